package uk.gov.cme.process.ehecheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static uk.gov.cme.process.ehecheck.EheCheckProcess.Elements.*;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.data.jdbc.DataJdbcTest;
import org.springframework.context.annotation.Import;
import uk.gov.cme.casework.CaseEventType;
import uk.gov.cme.casework.CaseHistoryEntry;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.CaseStatus;
import uk.gov.cme.casework.CaseView;
import uk.gov.cme.casework.Casework;
import uk.gov.cme.casework.ChildDetails;
import uk.gov.cme.casework.EducationStatus;
import uk.gov.cme.casework.OutcomeCode;
import uk.gov.cme.casework.ReferralDetails;
import uk.gov.cme.casework.ReferralSource;
import uk.gov.cme.casework.SaoRegister;
import uk.gov.cme.process.CaseRegisterConfiguration;
import uk.gov.cme.process.ProcessTestEngine;
import uk.gov.cme.process.schoolattendanceorder.SchoolAttendanceOrderProcess;
import uk.gov.cme.process.shared.casematch.ChildCases;
import uk.gov.cme.process.shared.referral.StartSchoolAttendanceOrderDelegate;
import uk.gov.cme.process.shared.safeguarding.SafeguardingDelegates;
import uk.gov.cme.security.CaseAccess;
import uk.gov.cme.validation.InputRefusedException;

/**
 * Every path and timer of the elective home education check (P4) on an in-memory engine with the real
 * contact-mode table and the real case register (H2, rolled back after each test). The CME referral it
 * may raise is recorded by a stub here (the joined walk-through with cme-referral is tested where both
 * processes meet).
 */
@DataJdbcTest
@Import(CaseRegisterConfiguration.class)
@Deployment(resources = {
    "processes/ehe-check.bpmn", "processes/decisions/ehe-contact-mode.dmn",
    "processes/shared/safeguarding-referral.bpmn", "processes/shared/keep-pupil-on-roll.bpmn",
    "processes/shared/confirm-case-match.bpmn"})
class EheCheckProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension
      .builder(ProcessTestEngine.configuration(Map.of("calendar", ProcessTestEngine.calendar())))
      .assertClassCoverageAtLeast(0.9)
      .excludeProcessDefinitionKeys("safeguarding-referral", "keep-pupil-on-roll", "confirm-case-match",
          SchoolAttendanceOrderProcess.KEY)
      .build();

  /** Monday 2 November 2026, 10:00 London. */
  static final ZonedDateTime RECEIVED = ZonedDateTime.of(2026, 11, 2, 10, 0, 0, 0, ProcessTestEngine.LONDON);
  /** 10 working days later, close of business. */
  static final ZonedDateTime TEN_WORKING_DAYS = ZonedDateTime.of(2026, 11, 16, 17, 0, 0, 0, ProcessTestEngine.LONDON);

  ProcessEngine engine;
  final List<Map<String, Object>> cmeReferrals = new ArrayList<>();
  Map<String, Object> notification;
  @Autowired
  Casework casework;
  @Autowired
  SaoRegister orders;
  String standIn;

  @BeforeEach
  void setUp() {
    engine = extension.getProcessEngine();
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(Date.from(RECEIVED.toInstant()));
    @SuppressWarnings("unchecked")
    Map<Object, Object> beans = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getBeans();
    var runtime = engine.getRuntimeService();
    EheCheckIntake intake = new EheCheckIntake(ProcessTestEngine.deadlines());
    beans.put("recordEheNotificationDelegate", new RecordEheNotificationDelegate(intake,
        new ChildCases(casework, runtime), casework));
    beans.put("recordContactModeDelegate", new RecordContactModeDelegate());
    beans.put("socialWorkerOnTask", new uk.gov.cme.process.shared.socialcare.SocialWorkerOnTask(casework));
    beans.put(ProcessTestEngine.CASE_ACCESS, new CaseAccess(casework, ProcessTestEngine.access()));
    beans.put("recordContactOutcomeDelegate", new RecordContactOutcomeDelegate(intake, casework));
    beans.put("raiseSafeguardingConcernDelegate", SafeguardingDelegates.raise(runtime));
    beans.put("recordSafeguardingConcernDelegate", SafeguardingDelegates.record());
    beans.put("startCmeReferralDelegate", (JavaDelegate) execution -> {
      cmeReferrals.add(Map.of(
          "source", execution.getVariable("cmeReferralSource"),
          "circumstances", execution.getVariable("cmeReferralCircumstances"),
          "referrerOrganisation", execution.getVariable("referrerOrganisation"),
          "legalSurname", execution.getVariable("legalSurname")));
      execution.setVariable("cmeReferralCaseReference", "CME-2026-00099");
    });
    beans.put("startSchoolAttendanceOrderDelegate", new StartSchoolAttendanceOrderDelegate(runtime,
        new ChildCases(casework, runtime), orders));
    // The order's own process has its own test; here a stand-in with its key shows what is started, and when not.
    standIn = engine.getRepositoryService().createDeployment().addModelInstance("school-attendance-order-stand-in.bpmn",
        Bpmn.createExecutableProcess(SchoolAttendanceOrderProcess.KEY).camundaHistoryTimeToLive(180)
            .startEvent().userTask("Task_StandIn").camundaCandidateGroups("cme-officer").endEvent().done()).deploy().getId();
    notification = aNotificationWithNoConcerns();
  }

  @AfterEach
  void tearDown() {
    engine.getRepositoryService().deleteDeployment(standIn, true);
    engine.getIdentityService().clearAuthentication();
    ClockUtil.reset();
  }

  // --- intake and contact mode --------------------------------------------------------------------

  @Test
  void a_notification_with_no_concerns_is_a_telephone_contact_for_tlp_within_10_working_days() {
    ProcessInstance instance = notifyAs("tlp", "tlp");

    assertThat(instance).hasPassed(TASK_RECORD_NOTIFICATION, TASK_DECIDE_CONTACT_MODE, TASK_RECORD_CONTACT_MODE)
        .hasNotPassed(TASK_DECIDE_LA_CONSENT, TASK_ASK_FAMILY_FOR_PROPOSAL)
        .isWaitingAt(TASK_CONTACT_FAMILY).variables()
        .containsEntry("contactMode", "telephone").containsEntry("yearGroup", 7)
        .containsEntry("contactAttempts", 0).containsEntry("maxContactAttempts", 3)
        .containsEntry("receivedBy", "tlp").containsEntry("childName", "Sam Example")
        .containsEntry("socialCareInvolvement", "none").containsEntry("compulsorySchoolAge", true);
    assertThat(task(instance)).hasCandidateGroup("tlp").hasDueDate(Date.from(TEN_WORKING_DAYS.toInstant()));
    assertThat((String) variable(instance, "contactModeReason")).contains("telephone");
  }

  @Test
  void a_year_11_child_by_date_of_birth_gets_a_home_visit() {
    notification.put("dateOfBirth", "2011-05-01");

    ProcessInstance instance = notifyAs("isend.admin", "isend-admin");

    assertThat(instance).isWaitingAt(TASK_CONTACT_FAMILY).variables()
        .containsEntry("yearGroup", 11).containsEntry("contactMode", "home-visit");
    assertThat((String) variable(instance, "contactModeReason")).contains("Year 11");
  }

  @Test
  void a_year_group_given_for_a_child_taught_out_of_year_wins_over_the_date_of_birth() {
    notification.put("yearGroup", 11L);

    assertThat(notifyAs("tlp", "tlp")).variables().containsEntry("yearGroup", 11).containsEntry("contactMode", "home-visit");
  }

  @Test
  void a_notification_with_faults_is_refused_with_each_field_named_and_nothing_is_saved() {
    notification.remove("legalSurname");
    notification.put("dateOfBirth", "2031-01-01");
    notification.put("eheNotificationDate", "2026-12-01");
    notification.put("socialCareInvolvement", "sometimes");
    notification.put("yearGroup", 14);
    notification.put("specialSchoolUnderLaArrangements", true);
    notification.remove("schoolUrn");
    notification.put("caseReference", "CASE-1");
    notification.put("maxContactAttempts", 0);

    assertThatThrownBy(() -> notifyAs("tlp", "tlp")).isInstanceOf(InputRefusedException.class)
        .satisfies(e -> assertThat(((InputRefusedException) e).faults()).extracting(f -> f.field())
            .containsExactlyInAnyOrder("legalSurname", "dateOfBirth", "eheNotificationDate", "socialCareInvolvement",
                "yearGroup", "schoolUrn", "caseReference", "maxContactAttempts"));
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).isZero();
  }

  @Test
  void another_process_starts_the_check_with_the_childs_variables_and_the_case_reference() {
    CaseReference reference = aCmeCase();
    notification.remove("socialCareInvolvement");
    notification.remove("esbasInvolvement");
    notification.put("hasEhcp", true);
    notification.put("sen", "false");
    notification.put("caseReference", reference.value());

    ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(EheCheckProcess.KEY, notification);

    assertThat(instance).isWaitingAt(TASK_CONTACT_FAMILY).variables()
        .containsEntry("sen", true).containsEntry("socialCareInvolvement", "none").containsEntry("esbasInvolvement", "none")
        .containsEntry("contactMode", "home-visit").containsEntry("caseReference", reference.value());
    assertThat(instance.getBusinessKey()).isEqualTo(reference.value());
    assertThat(casework.find(reference).orElseThrow().referrals()).as("a hand-over adds no referral").hasSize(1);
    assertThat(casework.history(reference)).extracting(CaseHistoryEntry::type)
        .endsWith(CaseEventType.EDUCATION_STATUS_CHANGED);
  }

  // --- one case per child (issue 8, defect 5) ----------------------------------------------------

  @Test
  void an_ehe_check_started_directly_for_a_child_with_an_open_case_joins_that_case() {
    CaseReference reference = aCmeCase();

    ProcessInstance instance = notifyAs("tlp", "tlp");

    assertThat(instance.getBusinessKey()).as("the child's case reference, not none").isEqualTo(reference.value());
    assertThat(instance).variables().containsEntry("caseReference", reference.value());
    CaseView joined = casework.find(reference).orElseThrow();
    assertThat(joined.referrals()).extracting(r -> r.details().source())
        .containsExactly(ReferralSource.SCHOOL, ReferralSource.EHE_NOTIFICATION);
    assertThat(casework.history(reference)).extracting(CaseHistoryEntry::detail)
        .contains(EducationStatus.HOME_EDUCATION_NOTIFIED.name());
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("confirm-case-match")
        .count()).isZero();
  }

  @Test
  void an_ehe_check_for_a_child_with_no_open_case_opens_one_the_la_tracks_and_records_the_plans() {
    notification.put("childProtectionPlan", true);

    ProcessInstance instance = notifyAs("isend.admin", "isend-admin");

    CaseReference reference = CaseReference.of(instance.getBusinessKey());
    CaseView opened = casework.find(reference).orElseThrow();
    assertThat(opened.status()).isEqualTo(CaseStatus.OPEN);
    assertThat(opened.child().legalSurname()).isEqualTo("Example");
    assertThat(opened.child().flags().childProtectionPlan()).isTrue();
    assertThat(opened.referrals()).singleElement()
        .satisfies(r -> assertThat(r.details().source()).isEqualTo(ReferralSource.EHE_NOTIFICATION));
    assertThat(instance).variables().containsEntry("caseReference", reference.value());
  }

  @Test
  void an_ehe_check_for_a_possible_match_opens_its_own_case_and_an_officer_confirms_the_match() {
    CaseReference other = aCmeCase();
    notification.remove("upn");
    notification.put("legalForename", "Samuel");
    notification.put("postcode", "SO22 5AA");

    ProcessInstance instance = notifyAs("tlp", "tlp");

    assertThat(instance.getBusinessKey()).isNotEqualTo(other.value()).startsWith("CME-");
    assertThat(engine.getRuntimeService().getVariables(instance.getId()).values())
        .as("the check's instance does not hold the other case").doesNotContain(other.value());
    ProcessInstance confirmation = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("confirm-case-match").singleResult();
    assertThat(confirmation.getBusinessKey()).isEqualTo(instance.getBusinessKey());
    assertThat(confirmation).isWaitingAt("Task_ConfirmSameChild").variables()
        .containsEntry("matchedCaseReference", other.value());
    assertThat(task(confirmation)).hasCandidateGroup("cme-officer");
  }

  @Test
  void a_cp_plan_on_the_notification_is_recorded_on_the_childs_joined_case() {
    CaseReference reference = aCmeCase();
    notification.put("childInNeedPlan", true);

    notifyAs("tlp", "tlp");

    assertThat(casework.find(reference).orElseThrow().child().flags().childInNeedPlan()).isTrue();
  }

  // --- LA consent (special school under LA arrangements) -----------------------------------------

  @Test
  void send_ap_decide_consent_for_a_special_school_and_the_check_goes_on_when_given() {
    notification.put("specialSchoolUnderLaArrangements", true);
    ProcessInstance instance = notifyAs("isend.admin", "isend-admin");

    assertThat(instance).isWaitingAt(TASK_DECIDE_LA_CONSENT);
    assertThat(task(instance)).hasCandidateGroup("send-ap").hasDueDate(Date.from(TEN_WORKING_DAYS.toInstant()));
    complete(task(instance), withVariables("laConsent", "given", "laConsentReason", "Parents have a plan; EHCP reviewed"));

    assertThat(instance).isWaitingAt(TASK_CONTACT_FAMILY);
  }

  @Test
  void refused_consent_tells_the_school_to_keep_the_pupil_on_roll() {
    notification.put("specialSchoolUnderLaArrangements", true);
    ProcessInstance instance = notifyAs("isend.admin", "isend-admin");
    complete(task(instance), withVariables("laConsent", "refused", "laConsentReason", "EHCP provision cannot be met at home"));

    assertThat(instance).isWaitingAt(TASK_KEEP_PUPIL_ON_ROLL);
    ProcessInstance schoolTask = calledProcessInstance("keep-pupil-on-roll", instance);
    assertThat(task(schoolTask)).hasCandidateGroup("school-999001");
    assertThat(engine.getRuntimeService().getVariables(schoolTask.getId()).keySet())
        .as("the school's task holds only what its form shows").containsExactlyInAnyOrder("schoolUrn", "schoolGroup",
            "caseReference", "childName", "legalForename", "legalSurname", "dateOfBirth", "laConsentReason");
    complete(task(schoolTask), withVariables("parentsToldOn", "2026-11-03", "schoolActions", "Told the parents"));
    assertThat(instance).isEnded().hasPassed(EVENT_CONSENT_REFUSED).hasNotPassed(TASK_CONTACT_FAMILY);
  }

  // --- CP / CIN plan: the social worker's steps (seed 002 §7.4) ------------------------------------

  @Test
  void a_child_with_a_cp_plan_goes_through_the_social_workers_steps_and_may_continue() {
    notification.put("childProtectionPlan", true);
    ProcessInstance instance = notifyAs("tlp", "tlp");

    assertThat(instance).isWaitingAt(TASK_ASK_FAMILY_FOR_PROPOSAL).variables()
        .containsEntry("socialCareInvolvement", "current");
    assertThat(task(instance)).hasCandidateGroup("social-care");
    complete(task(instance), withVariables("proposalRequestedOn", "2026-11-02", "strategyDiscussion", "not-needed",
        "strategyDiscussionNotes", "No new concerns", "socialWorkerName", "Jo Worker",
        "socialWorkerEmail", "jo.worker@council.example", "socialWorkerTeam", "Children's Services Team 3"));
    CaseView recorded = casework.find(CaseReference.of(instance.getBusinessKey())).orElseThrow();
    assertThat(recorded.socialWorker()).as("issue 8, defect 8: the social worker is recorded on the case")
        .isEqualTo(new uk.gov.cme.casework.SocialWorker("Jo Worker", "jo.worker@council.example",
            "Children's Services Team 3"));
    assertThat(recorded.socialWorkerToTell()).contains("jo.worker@council.example");
    assertThat(task(TASK_CONSULT_EDUCATION, instance)).hasCandidateGroup("social-care");
    complete(task(instance), withVariables("educationConsultedOn", "2026-11-02", "educationColleaguesViews", "None",
        "previousSchoolViews", "Attendance was good"));
    assertThat(task(TASK_ASSESS_RISK_AT_PLAN_MEETING, instance)).hasCandidateGroup("social-care");
    complete(task(instance), withVariables("planMeeting", "core-group", "planMeetingDate", "2026-11-02",
        "riskAssessment", "Low", "suitabilityReview", "Plan looks suitable", "planDecision", "continue",
        "planDecisionReason", "No increased risk"));

    assertThat(instance).isWaitingAt(TASK_CONTACT_FAMILY).variables().containsEntry("contactMode", "home-visit");
  }

  @Test
  void a_social_workers_email_that_is_not_one_keeps_the_task_open_and_the_known_social_worker_is_shown() {
    CaseReference reference = aCmeCase();
    casework.recordSocialCare(reference, null, true, uk.gov.cme.casework.SocialWorker.of("Jo Worker",
        "jo.worker@council.example", null), "cme.officer", RECEIVED.toInstant());
    notification.put("childInNeedPlan", true);
    ProcessInstance instance = notifyAs("tlp", "tlp");

    assertThat(task(instance)).hasDefinitionKey(TASK_ASK_FAMILY_FOR_PROPOSAL);
    assertThat(instance).variables().containsEntry("socialWorkerName", "Jo Worker")
        .containsEntry("socialWorkerEmail", "jo.worker@council.example");
    assertThatThrownBy(() -> complete(task(instance), withVariables("proposalRequestedOn", "2026-11-02",
        "strategyDiscussion", "held", "strategyDiscussionNotes", "Held", "socialWorkerName", "Jo Worker",
        "socialWorkerEmail", "not an address")))
        .as("a task listener's refusal reaches the caller inside the engine's exception: 400 on REST")
        .hasRootCauseInstanceOf(InputRefusedException.class)
        .satisfies(e -> assertThat(((InputRefusedException) org.assertj.core.util.Throwables.getRootCause(e)).faults())
            .extracting(f -> f.field()).containsExactly("socialWorkerEmail"));
    assertThat(instance).isWaitingAt(TASK_ASK_FAMILY_FOR_PROPOSAL);
  }

  @Test
  void a_child_with_a_cin_plan_at_greater_risk_at_home_is_handed_over_for_a_school_attendance_order() {
    notification.put("childInNeedPlan", true);
    ProcessInstance instance = notifyAs("tlp", "tlp");
    complete(task(instance), withVariables("proposalRequestedOn", "2026-11-02", "strategyDiscussion", "held",
        "strategyDiscussionNotes", "Held with police"));
    complete(task(instance), withVariables("educationConsultedOn", "2026-11-02", "educationColleaguesViews", "Concerns",
        "previousSchoolViews", "Neglect concerns"));
    complete(task(instance), withVariables("planMeeting", "cin-review", "planMeetingDate", "2026-11-02",
        "riskAssessment", "High", "suitabilityReview", "No proposal", "planDecision", "greater-safeguarding-risk",
        "planDecisionReason", "School is the child's only safe place"));

    assertThat(instance).isEnded().hasPassed(TASK_START_SAO, EVENT_HANDED_TO_SAO).hasNotPassed(TASK_CONTACT_FAMILY)
        .variables().containsEntry("saoAlreadyRunning", false);
    ProcessInstance order = schoolAttendanceOrderOf(instance);
    assertThat(order).as("the order's process, for the same case").isNotNull();
    assertThat(order).variables().containsEntry("saoTrigger", "EHE_SAFEGUARDING_RISK")
        .containsEntry("caseReference", instance.getBusinessKey()).containsEntry("legalSurname", "Example")
        .containsEntry("childInNeedPlan", true);
    assertThat((String) engine.getRuntimeService().getVariable(order.getId(), "saoTriggerDetails"))
        .contains("greater safeguarding risk");
  }

  // --- TLP's judgement ---------------------------------------------------------------------------

  @Test
  void suitable_waits_for_the_review_date_then_tlp_reviews_and_judges_again_or_closes() {
    ProcessInstance instance = notifyAs("tlp", "tlp");
    complete(task(instance), withVariables("contactOutcome", "suitable", "contactMadeOn", "2026-11-02",
        "suitabilityNotes", "Structured curriculum, tutors", "reviewDate", "2027-06-01"));

    assertThat(instance).isWaitingAt(EVENT_REVIEW_DATE);
    Job review = job(EVENT_REVIEW_DATE, instance);
    ZonedDateTime reviewDue = ZonedDateTime.of(2027, 6, 1, 9, 0, 0, 0, ProcessTestEngine.LONDON);
    assertThat(review).hasDueDate(Date.from(reviewDue.toInstant()));

    ClockUtil.setCurrentTime(Date.from(reviewDue.plusMinutes(1).toInstant()));
    execute(review);
    assertThat(instance).isWaitingAt(TASK_REVIEW_HOME_EDUCATION);
    assertThat(task(instance)).hasCandidateGroup("tlp");
    complete(task(instance), withVariables("reviewOutcome", "judge-again", "reviewNotes", "Annual review"));

    assertThat(instance).isWaitingAt(TASK_CONTACT_FAMILY).variables().containsEntry("contactAttempts", 0);
    complete(task(instance), withVariables("contactOutcome", "suitable", "contactMadeOn", "2027-06-01",
        "suitabilityNotes", "Still suitable", "reviewDate", "2028-06-01"));
    ClockUtil.setCurrentTime(Date.from(reviewDue.plusYears(1).plusMinutes(1).toInstant()));
    execute(job(EVENT_REVIEW_DATE, instance));
    complete(task(instance), withVariables("reviewOutcome", "no-longer-home-educated", "reviewNotes", "Back at school"));

    assertThat(instance).isEnded().hasPassed(EVENT_NO_LONGER_HOME_EDUCATED);
  }

  @Test
  void suitable_home_education_closes_the_childs_open_cme_case() {
    CaseReference reference = aCmeCase();
    notification.put("caseReference", reference.value());
    ProcessInstance instance = notifyAs("tlp", "tlp");

    engine.getIdentityService().setAuthentication("tlp", List.of("tlp"));
    complete(task(instance), withVariables("contactOutcome", "suitable", "contactMadeOn", "2026-11-02",
        "suitabilityNotes", "Structured curriculum", "reviewDate", "2027-06-01"));
    engine.getIdentityService().clearAuthentication();

    CaseView closed = casework.find(reference).orElseThrow();
    assertThat(closed.outcomeCode()).isEqualTo(OutcomeCode.ELECTIVE_HOME_EDUCATION_SUITABLE);
    assertThat(closed.outcomeReason()).contains("2027-06-01");
    assertThat(closed.updatedBy()).isEqualTo("tlp");
    assertThat(instance).isWaitingAt(EVENT_REVIEW_DATE);
  }

  @Test
  void suitable_without_a_review_date_in_the_future_keeps_the_task_open() {
    ProcessInstance instance = notifyAs("tlp", "tlp");

    assertThatThrownBy(() -> complete(task(instance), withVariables("contactOutcome", "suitable",
        "contactMadeOn", "2026-11-30", "suitabilityNotes", "Fine", "reviewDate", "2026-11-01")))
        .isInstanceOf(InputRefusedException.class)
        .satisfies(e -> assertThat(((InputRefusedException) e).faults()).extracting(f -> f.field())
            .containsExactlyInAnyOrder("contactMadeOn", "reviewDate"));
    assertThatThrownBy(() -> complete(task(instance), withVariables("contactOutcome", "suitable",
        "contactMadeOn", "2026-11-02", "suitabilityNotes", "Fine")))
        .isInstanceOf(InputRefusedException.class).satisfies(e -> assertThat(((InputRefusedException) e).faults()).extracting(f -> f.field()).contains("reviewDate"));
    assertThat(instance).isWaitingAt(TASK_CONTACT_FAMILY);
  }

  @Test
  void unsuitable_education_is_ehe_failed_and_starts_the_school_attendance_order_for_the_case() {
    ProcessInstance instance = notifyAs("tlp", "tlp");
    complete(task(instance), withVariables("contactOutcome", "unsuitable", "contactMadeOn", "2026-11-02",
        "suitabilityNotes", "No education seen"));

    assertThat(instance).isEnded().hasPassed(TASK_START_SAO, EVENT_HANDED_TO_SAO);
    assertThat(casework.history(CaseReference.of(instance.getBusinessKey()))).extracting(CaseHistoryEntry::detail)
        .as("EHE failed is a change of education status on the case").contains(EducationStatus.HOME_EDUCATION_UNSUITABLE.name());
    ProcessInstance order = schoolAttendanceOrderOf(instance);
    assertThat(order).variables().containsEntry("saoTrigger", "EHE_FAILED")
        .containsEntry("saoTriggerDetails", "EHE check: the home education was judged unsuitable.")
        .containsEntry("caseReference", instance.getBusinessKey());
    assertThat(instance).variables().containsEntry("schoolattendanceorderProcessInstanceId", order.getId());
  }

  /** One order process per case: a second trigger while it runs starts nothing and is in the case's audit trail. */
  @Test
  void ehe_failed_while_the_cases_school_attendance_order_is_under_way_starts_no_second_one_and_says_so() {
    ProcessInstance instance = notifyAs("tlp", "tlp");
    ProcessInstance running = engine.getRuntimeService().startProcessInstanceByKey(SchoolAttendanceOrderProcess.KEY,
        instance.getBusinessKey());

    engine.getIdentityService().setAuthentication("tlp", List.of("tlp"));
    complete(task(instance), withVariables("contactOutcome", "unsuitable", "contactMadeOn", "2026-11-02",
        "suitabilityNotes", "No education seen"));
    engine.getIdentityService().clearAuthentication();

    assertThat(instance).isEnded().hasPassed(TASK_START_SAO, EVENT_HANDED_TO_SAO).variables()
        .containsEntry("saoAlreadyRunning", true).containsEntry("schoolattendanceorderProcessInstanceId", running.getId());
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(SchoolAttendanceOrderProcess.KEY)
        .processInstanceBusinessKey(instance.getBusinessKey()).count()).isEqualTo(1);
    assertThat(casework.history(CaseReference.of(instance.getBusinessKey())))
        .filteredOn(e -> e.type() == uk.gov.cme.casework.CaseEventType.SAO_TRIGGER_WHILE_RUNNING)
        .singleElement().satisfies(e -> {
          assertThat(e.detail()).isEqualTo("EHE_FAILED: the School Attendance Order already running (" + running.getId()
              + ") was not started again");
          assertThat(e.user()).isEqualTo("tlp");
        });
  }

  @Test
  void no_response_is_tried_again_up_to_the_limit_then_the_child_is_referred_as_missing_education() {
    ProcessInstance instance = notifyAs("tlp", "tlp");
    noResponse(instance, withVariables("contactAttempts", 0.0, "maxContactAttempts", "3")); // as a form may send them back
    assertThat(instance).variables().containsEntry("contactAttempts", 1).containsEntry("maxContactAttempts", 3);
    noResponse(instance);
    assertThat(instance).isWaitingAt(TASK_CONTACT_FAMILY).variables().containsEntry("contactAttempts", 2);
    noResponse(instance);

    assertThat(instance).isWaitingAt(TASK_REFER_CME);
    assertThat(cmeReferrals).as("the referral is made after the form is saved (asynchronous)").isEmpty();
    execute(job(TASK_REFER_CME, instance));
    assertThat(instance).isEnded().hasPassed(EVENT_REFERRED_CME).variables()
        .containsEntry("cmeReferralCaseReference", "CME-2026-00099");
    assertThat(cmeReferrals).hasSize(1);
    assertThat(cmeReferrals.get(0)).containsEntry("source", "agency").containsEntry("legalSurname", "Example")
        .containsEntry("referrerOrganisation", "Teaching and Learning Provision (EHE team)");
    assertThat((String) cmeReferrals.get(0).get("circumstances")).contains("did not respond after 3 attempts");
  }

  @Test
  void an_answer_after_an_unanswered_attempt_starts_the_count_again_and_a_caller_may_set_the_limit() {
    notification.put("maxContactAttempts", 2);
    ProcessInstance instance = notifyAs("tlp", "tlp");
    noResponse(instance);
    complete(task(instance), withVariables("contactOutcome", "suitable", "contactMadeOn", "2026-11-02",
        "suitabilityNotes", "Fine", "reviewDate", "2027-06-01"));
    assertThat(instance).isWaitingAt(EVENT_REVIEW_DATE).variables().containsEntry("contactAttempts", 0);

    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2027, 6, 1, 9, 1, 0, 0, ProcessTestEngine.LONDON).toInstant()));
    execute(job(EVENT_REVIEW_DATE, instance));
    complete(task(instance), withVariables("reviewOutcome", "judge-again", "reviewNotes", "Annual review"));
    noResponse(instance);
    assertThat(instance).isWaitingAt(TASK_CONTACT_FAMILY);
    noResponse(instance);
    assertThat(instance).isWaitingAt(TASK_REFER_CME);
  }

  // --- safeguarding -------------------------------------------------------------------------------

  @Test
  void a_safeguarding_concern_on_any_task_starts_a_safeguarding_referral_and_the_check_goes_on() {
    ProcessInstance instance = notifyAs("tlp", "tlp");

    engine.getIdentityService().setAuthentication("tlp", List.of("tlp"));
    complete(task(instance), withVariables("contactOutcome", "no-response", "contactMadeOn", "2026-11-02",
        "suitabilityNotes", "Neighbour says the child is kept indoors", "raiseSafeguardingConcern", true,
        "safeguardingDetails", "Child seen with injuries"));
    engine.getIdentityService().clearAuthentication();

    assertThat(instance).hasPassed(TASK_RAISE_SAFEGUARDING_REFERRAL, EVENT_SAFEGUARDING_REFERRAL_STARTED)
        .isWaitingAt(TASK_CONTACT_FAMILY).variables().containsEntry("raiseSafeguardingConcern", false);
    ProcessInstance safeguarding = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("safeguarding-referral").singleResult();
    assertThat(safeguarding).isWaitingAt("Task_MakeInterAgencyReferral").variables()
        .containsEntry("concernRaisedBy", "tlp").containsEntry("legalSurname", "Example");
  }

  @Test
  void a_safeguarding_concern_on_the_notification_starts_a_safeguarding_referral_at_once() {
    notification.put("raiseSafeguardingConcern", true);
    notification.put("safeguardingDetails", "The school saw bruising before the withdrawal");

    ProcessInstance instance = notifyAs("isend.admin", "isend-admin");

    assertThat(instance).hasPassed(TASK_RAISE_SAFEGUARDING_REFERRAL).isWaitingAt(TASK_CONTACT_FAMILY);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("safeguarding-referral").count()).isEqualTo(1);
  }

  // --- helpers ------------------------------------------------------------------------------------

  ProcessInstance notifyAs(String user, String group) {
    engine.getIdentityService().setAuthentication(user, List.of(group));
    try {
      return engine.getRuntimeService().startProcessInstanceByKey(EheCheckProcess.KEY, notification);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  void noResponse(ProcessInstance instance) {
    noResponse(instance, Map.of());
  }

  void noResponse(ProcessInstance instance, Map<String, Object> alsoSubmitted) {
    Map<String, Object> form = new HashMap<>(withVariables("contactOutcome", "no-response",
        "contactMadeOn", "2026-11-02", "suitabilityNotes", "No answer at the door"));
    form.putAll(alsoSubmitted);
    complete(task(TASK_CONTACT_FAMILY, instance), form);
  }

  /** A CME case for the notification's child (Sam Example, the same UPN), opened by a school's referral. */
  CaseReference aCmeCase() {
    return casework.openCase(ChildDetails.builder().legalForename("Sam").legalSurname("Example")
            .dateOfBirth(java.time.LocalDate.of(2015, 3, 4)).upn("B801200005001").postcode("SO23 8UJ")
            .build(RECEIVED.toLocalDate()),
        ReferralDetails.builder(ReferralSource.SCHOOL).referringSchoolUrn("999001").circumstances("Not seen").build(),
        "riverside.dsl", RECEIVED.toInstant());
  }

  Object variable(ProcessInstance instance, String name) {
    return engine.getRuntimeService().getVariable(instance.getId(), name);
  }

  /** A Year 7 child withdrawn from a mainstream school, nothing of concern recorded. */
  static Map<String, Object> aNotificationWithNoConcerns() {
    Map<String, Object> v = new HashMap<>();
    v.put("legalForename", "Sam");
    v.put("legalSurname", "Example");
    v.put("dateOfBirth", "2015-03-04");
    v.put("upn", "B801200005001");
    v.put("postcode", "SO23 8UJ");
    v.put("schoolUrn", "999001");
    v.put("lastSchoolName", "Riverside Primary School");
    v.put("eheNotificationDate", "2026-10-30");
    v.put("specialSchoolUnderLaArrangements", false);
    v.put("childProtectionPlan", false);
    v.put("childInNeedPlan", false);
    v.put("sen", false);
    v.put("vulnerable", false);
    v.put("socialCareInvolvement", "none");
    v.put("esbasInvolvement", "none");
    v.put("schoolConcerns", false);
    return v;
  }

  /** The case's School Attendance Order process (business key: the case reference), or null. */
  ProcessInstance schoolAttendanceOrderOf(ProcessInstance instance) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(SchoolAttendanceOrderProcess.KEY)
        .processInstanceBusinessKey(instance.getBusinessKey()).singleResult();
  }
}
