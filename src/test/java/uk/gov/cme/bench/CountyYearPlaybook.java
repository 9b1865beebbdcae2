package uk.gov.cme.bench;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What the simulated officers and schools answer on each user task of the county year, by the task's
 * definition key. A task whose key is not here is left open, and the simulation fails naming it: every task
 * the processes create must be answered (a new process's tasks are added here when it reaches main).
 *
 * <p>Escalation (issue 11): a stuck case (a named school's attendance monitoring waits by design) or a child
 * of interest is escalated by the application itself; the group's chair resolves it at its meeting.
 */
final class CountyYearPlaybook {

  /** The task being answered: its key, the case it is for (the business key), today by the engine's clock. */
  record Work(String taskKey, String businessKey, LocalDate today, CountyYearPlan plan, String ground) {
  }

  /** What the simulation decided for a child's case when it was referred. */
  enum CountyYearPlan {
    ON_ROLL, SAO, EHE_SUITABLE, EHE_UNSUITABLE, ABROAD, ANOTHER_LA, WHEREABOUTS_UNKNOWN
  }

  private static final Map<String, Function<Work, Map<String, Object>>> ANSWERS = new HashMap<>();

  static {
    // CME referral (cme-referral)
    answer("Task_AcknowledgeReferral", w -> Map.of());
    answer("Task_InvestigateWhereabouts", CountyYearPlaybook::investigation);
    answer("Task_RecheckWhereabouts", w -> Map.of("recheckNotes", "Chased housing and health"));
    answer("Task_ReviewFurtherReferral", w -> Map.of("reviewNotes", "Added to the case"));
    answer("Task_ReviewReferralForHandedOverCase", w -> Map.of("reviewNotes", "Passed to the owning team"));
    answer("Task_ConfirmSameChild", w -> Map.of("sameChild", "same", "matchNotes", "Same child"));
    answer("Task_AlertManagerAcknowledgement", w -> Map.of("chaseAction", "Spoke to the duty officer"));
    answer("Task_AllocateSchoolPlace", CountyYearPlaybook::allocation);
    answer("Task_SecureEhcpProvision", CountyYearPlaybook::allocation);
    // the outbound enquiry to the other LA (cme-outbound)
    answer("Task_PrepareEnquiry", w -> Map.of("otherLaCode", "202", "whatIsKnown",
        "Housing says the family moved to Camden", "shareAddress", true));
    answer("Task_CheckEnquiry", w -> Map.of("enquiryDecision", "send"));
    answer("Task_RecordReply", w -> Map.of("outboundReply", "on-roll-there", "outboundReplyDetails",
        "On roll at a Camden primary school"));
    answer("Task_UploadLostPupil", w -> Map.of("lostPupilUploadedOn", w.today().toString(), "ctfReference",
        "CTF-" + w.businessKey()));
    answer("Task_ChaseLostPupilUpload", w -> Map.of("ctfChaseNotes", "Uploading today"));
    answer("Task_PanelReview", w -> Map.of("panelDecision", "found", "panelActions", "Housing has an address"));
    // the school confirms the place (confirm-on-roll)
    answer("Task_ConfirmOnRoll", w -> w.plan() == CountyYearPlan.SAO
        ? Map.of("onRollOutcome", "parents-refuse", "refusalDetails", "The parents will not send the child")
        : Map.of("onRollOutcome", "on-roll", "firstDayAttended", w.today().toString()));
    // elective home education (ehe-check)
    answer("Task_ContactFamily", w -> w.plan() == CountyYearPlan.EHE_UNSUITABLE
        ? Map.of("contactOutcome", "unsuitable", "contactMadeOn", w.today().toString(),
            "suitabilityNotes", "No education seen; no plan")
        : Map.of("contactOutcome", "suitable", "contactMadeOn", w.today().toString(),
            "suitabilityNotes", "A structured curriculum with tutors",
            "reviewDate", w.today().plusDays(300).toString()));
    // emigration
    answer("Task_ConfirmDeparture", w -> Map.of("departureOutcome", "confirmed",
        "departureEvidence", "The new school abroad confirmed the enrolment", "offRolledOn", w.today().toString()));
    // off-roll notification
    answer("Task_ConfirmNewSchoolRoll", w -> Map.of("newSchoolConfirmed", "yes",
        "newSchoolConfirmedOn", w.today().toString(), "confirmationNotes", "The new school's admissions officer"));
    // ground (h): agreed, the child referred; ground (i): refused, the school keeps the pupil on roll
    answer("Task_JointDecision", w -> "h".equals(w.ground())
        ? Map.of("jointDecision", "agreed", "jointDecisionReason", "Reasonable enquiries made jointly")
        : Map.of("jointDecision", "refused", "jointDecisionReason", "The school has not made enquiries yet"));
    answer("Task_KeepPupilOnRoll", w -> Map.of("parentsToldOn", w.today().toString(),
        "schoolActions", "Told the parents"));
    answer("Task_SendLostPupilCtf", w -> Map.of("ctfSentOn", w.today().toString(), "ctfReference", "850-CTF"));
    answer("Task_ChaseLostPupilCtf", w -> Map.of("ctfChaseNotes", "Sending today"));
    // School Attendance Order and the named school
    answer("Task_ServeS437Notice", w -> Map.of("parent1Name", "Robin Parent",
        "parent1Address", "4 Lark Lane, Winchester, SO22 4NR", "parent1Phone", "07700 900555",
        "noticeSentOn", w.today().toString(), "serviceMethod", "BY_HAND"));
    answer("Task_SelectSchool", w -> Map.of("excludedSchoolUrns", "999004", "selectedSchoolUrn", "999002",
        "selectedSchoolName", "Hillcrest Academy", "governingBodyConsultedOn", w.today().toString()));
    answer("Task_RecordGoverningBodyResponse", w -> Map.of("governingBodyApplied", false));
    answer("Task_ServeS438Notice", w -> Map.of("noticeSentOn", w.today().toString(), "serviceMethod", "BY_HAND"));
    answer("Task_IssueOrder", w -> Map.of("noticeSentOn", w.today().toString(), "serviceMethod", "BY_HAND"));
    answer("Task_ArrangeMeeting", w -> Map.of("meetingDate", nextWorkingDay(w.today()).toString(),
        "meetingArrangements", "At the school with the head of year"));
    answer("Task_HomeVisit", w -> Map.of("homeVisitOn", w.today().toString(),
        "homeVisitNotes", "Explained the order to the parent"));
    answer("Task_RecordMeeting", w -> Map.of("parentAttendedMeeting", "yes",
        "startDate", nextWorkingDay(w.today()).toString()));
    answer("Task_RecordFirstDay", w -> Map.of("childAttendedFirstDay", "yes"));
    answer("Task_ConfirmAttendance", w -> Map.of("stillAttending", "yes"));
    answer("Task_ReviewHomeEducation", w -> Map.of("reviewOutcome", "judge-again", "reviewNotes", "Annual review"));
    // register inspection: the officer compares the lists at a visit and finds nothing amiss (every school of
    // the schools file once a year, and a school whose notifications look like off-rolling)
    answer("Task_PlanInspection", w -> Map.of("comparedBy", "visit"));
    answer("Task_RecordVisit", w -> Map.of("findingsNotes", "The admission register matches both lists"));
    answer("Task_CompareLists", w -> Map.of("findingsNotes", "The admission register matches both lists"));
    // escalation: resolved at the group's meeting (the review is due on the meeting date)
    answer("Task_ReviewEscalation", w -> Map.of("concernLevel", "moderate", "escalationDecision", "resolved",
        "minutesNotes", "The case is moving again"));
    answer("Task_CarryOutAction", w -> Map.of("actionDone", "done", "actionNote", "Done"));
    answer("Task_ChaseOverdueAction", w -> Map.of());
    answer("Task_SeniorManagementDecides", w -> Map.of("seniorManagementResponse", "Director to review"));
  }

  private CountyYearPlaybook() {
  }

  private static void answer(String taskKey, Function<Work, Map<String, Object>> answer) {
    ANSWERS.put(taskKey, answer);
  }

  /**
   * Tasks answered on their due date, not before: the panel meets monthly; a meeting or a first day is
   * recorded on its day.
   */
  static final Set<String> ON_THE_DUE_DATE = Set.of("Task_PanelReview", "Task_RecordMeeting", "Task_RecordFirstDay",
      "Task_ReviewEscalation");

  /**
   * Tasks that wait by design and are not answered when all is well: the named school tells the LA only if
   * the child stops attending (a timer ends the monitoring).
   */
  static final Set<String> LEFT_OPEN = Set.of("Task_MonitorAttendance");

  /**
   * Tasks the playbook leaves to their own timer, due when it fires: the parents' choice of school after a
   * notice of intention (the playbook's parents never choose; the 15 days end and the selected school is
   * named). Open at the end of the year only if due after it.
   */
  static final Set<String> CLOSED_BY_THEIR_TIMER = Set.of("Task_RecordParentChoice");

  static LocalDate nextWorkingDay(LocalDate day) {
    LocalDate next = day.plusDays(1);
    while (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY) {
      next = next.plusDays(1);
    }
    return next;
  }

  static boolean knows(String taskKey) {
    return ANSWERS.containsKey(taskKey);
  }

  static Map<String, Object> answer(Work work) {
    return ANSWERS.get(work.taskKey()).apply(work);
  }

  private static Map<String, Object> investigation(Work w) {
    Map<String, Object> v = new HashMap<>();
    CountyYearPlan plan = w.plan() == null ? CountyYearPlan.ON_ROLL : w.plan();
    switch (plan) {
      case ON_ROLL, SAO -> v.put("investigationOutcome", "located-not-on-roll");
      case EHE_SUITABLE, EHE_UNSUITABLE -> v.put("investigationOutcome", "ehe");
      case ABROAD -> {
        v.put("investigationOutcome", "abroad");
        v.put("destinationCountry", "Spain");
        v.put("destinationAddress", "Calle Mayor 1, Madrid");
        v.put("leavingDate", w.today().minusDays(10).toString());
      }
      case ANOTHER_LA -> v.put("investigationOutcome", "another-la");
      case WHEREABOUTS_UNKNOWN -> v.put("investigationOutcome", "whereabouts-unknown");
      default -> throw new IllegalStateException(plan.name());
    }
    v.put("outcomeDetails", "Found through housing");
    return v;
  }

  private static Map<String, Object> allocation(Work w) {
    return Map.of("allocatedSchoolUrn", Math.abs(w.businessKey().hashCode()) % 2 == 0 ? "999001" : "999002",
        "placeStartDate", w.today().toString());
  }
}
