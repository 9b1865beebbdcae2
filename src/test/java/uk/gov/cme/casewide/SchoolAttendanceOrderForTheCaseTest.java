package uk.gov.cme.casewide;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Issue 10, the School Attendance Order started for the case by the processes that hand it over, over
 * real HTTP with the real engine and register.
 *
 * <p>The P1 hand-over: a school refers a child, the CME officer finds the child here and not on roll,
 * Admissions find a place at the school, and the school says on its own task that the parents refuse the
 * place. The CME referral no longer leaves an officer a hand-over task: the order starts for the same
 * case with the reason {@code PLACE_REFUSED}, an LA instance the school cannot see.
 *
 * <p>The walk-through, over real HTTP with the real engine, register and letters: Riverside refers
 * a child; the CME officer finds the child home educated; TLP judge the home education unsuitable in the
 * EHE check (P4), which starts the School Attendance Order for the same case; the officer serves the
 * s437(1) notice, the period runs out, Admissions select Hillcrest, its governing body does not apply,
 * the s438 notice is served, the choice period runs out and the order is issued naming Hillcrest. Then
 * Hillcrest, the named school (not the referring school), has its "Keep a place and arrange the
 * pre-admission meeting" task in its own instance, holding only what its form shows, and completes it;
 * Riverside sees nothing of it, and neither school sees the order's own instance. Then the four
 * processes of the order meet for real: Legal and Interventions visit, the parent misses the meeting, the
 * enforcement ({@code sao-prosecution}) starts for the same order with the school's answer (seen by no
 * school), and a revocation recorded and granted with {@code sao-change-request} ends the order's process
 * and its enforcement.
 */
class SchoolAttendanceOrderForTheCaseTest extends CaseWorldTest {

  static final String REFERRING = "riverside.dsl";
  static final String NAMED = "hillcrest.dsl";

  final ObjectMapper json = new ObjectMapper();
  @Test
  void ehe_judged_unsuitable_starts_the_order_and_only_the_named_school_gets_its_task_with_only_its_forms_variables()
      throws Exception {
    String caseReference = world.refer(REFERRING, "Wren", "Walkthrough", "2013-05-05", null, "dsl@riverside.example");
    world.acknowledgeAndInvestigate(caseReference, Map.of("investigationOutcome", "ehe",
        "outcomeDetails", "The parents say they home educate"));
    String eheCheck = world.instance("ehe-check", caseReference);
    world.complete("tlp", eheCheck, "Task_ContactFamily", Map.of("contactOutcome", "unsuitable",
        "contactMadeOn", CaseWorld.today(), "suitabilityNotes", "No education seen; no plan"));

    String order = world.instance("school-attendance-order", caseReference);
    assertThat(engine.getRuntimeService().getVariable(order, "saoTrigger")).isEqualTo("EHE_FAILED");
    world.complete("cme.officer", order, "Task_ServeS437Notice", Map.of("parent1Name", "Robin Walkthrough",
        "parent1Address", "4 Lark Lane, Winchester, SO22 4NR", "parent1Phone", "07700 900555",
        "noticeSentOn", CaseWorld.today(), "serviceMethod", "BY_HAND"));
    runJobs(caseReference);
    fire(order, "Event_NoticeDeadlinePassed");
    world.complete("admissions", order, "Task_SelectSchool", Map.of("excludedSchoolUrns", "999004",
        "selectedSchoolUrn", "999002", "selectedSchoolName", "Hillcrest Academy",
        "governingBodyConsultedOn", CaseWorld.today()));
    runJobs(caseReference);
    fire(order, "Event_GoverningBodyPeriodEnded");
    world.complete("admissions", order, "Task_RecordGoverningBodyResponse", Map.of("governingBodyApplied", false));
    world.complete("cme.officer", order, "Task_ServeS438Notice", Map.of("noticeSentOn", CaseWorld.today(),
        "serviceMethod", "BY_HAND"));
    runJobs(caseReference);
    fire(order, "Event_ChoicePeriodEnded");
    world.complete("cme.officer", order, "Task_IssueOrder", Map.of("noticeSentOn", CaseWorld.today(),
        "serviceMethod", "BY_HAND"));
    runJobs(caseReference);

    ProcessInstance namedSchool = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("sao-named-school").superProcessInstanceId(order).singleResult();
    assertThat(namedSchool).as("the named school's own instance").isNotNull();
    assertThat(namedSchool.getBusinessKey()).isEqualTo(caseReference);

    // Hillcrest, the named school, finds its task in its list and reads only what its form shows
    JsonNode hillcrestTasks = get(NAMED, "/task?processDefinitionKey=sao-named-school");
    List<String> pam = new ArrayList<>();
    hillcrestTasks.forEach(t -> {
      if (namedSchool.getId().equals(t.path("processInstanceId").asText())) {
        pam.add(t.path("id").asText());
        assertThat(t.path("taskDefinitionKey").asText()).isEqualTo("Task_ArrangeMeeting");
        assertThat(t.path("name").asText()).isEqualTo("Keep a place and arrange the pre-admission meeting");
      }
    });
    assertThat(pam).hasSize(1);
    JsonNode variables = get(NAMED, "/task/" + pam.get(0) + "/variables");
    List<String> names = new ArrayList<>();
    variables.fieldNames().forEachRemaining(names::add);
    assertThat(names).containsExactlyInAnyOrder("caseReference", "schoolUrn", "schoolGroup", "childForename",
        "childSurname", "dateOfBirth", "parent1Name", "parent1Phone", "parent1Address", "orderIssuedOn");
    assertThat(variables.path("childSurname").path("value").asText()).isEqualTo("Walkthrough");
    assertThat(variables.path("schoolUrn").path("value").asText()).isEqualTo("999002");
    assertThat(variables.toString()).as("nothing of the officers' or TLP's work")
        .doesNotContain("No education seen").doesNotContain("home educate").doesNotContain("saoTrigger");

    // neither school sees the order's own instance or its tasks
    for (String school : List.of(NAMED, REFERRING)) {
      assertThat(get(school, "/process-instance?processDefinitionKey=school-attendance-order")).as(school).isEmpty();
      assertThat(get(school, "/task?processInstanceId=" + order)).as(school).isEmpty();
      assertThat(call(school, "/process-instance/" + order + "/variables").getStatusCode()).as(school)
          .isNotEqualTo(HttpStatus.OK);
    }
    // Riverside, the referring school, sees nothing of Hillcrest's work
    assertThat(get(REFERRING, "/task?processInstanceId=" + namedSchool.getId())).isEmpty();
    assertThat(get(REFERRING, "/process-instance?processDefinitionKey=sao-named-school")).isEmpty();
    ResponseEntity<String> riversideReads = call(REFERRING, "/task/" + pam.get(0) + "/variables");
    assertThat(riversideReads.getStatusCode()).isNotEqualTo(HttpStatus.OK);
    assertThat(riversideReads.getBody()).doesNotContain("Walkthrough");

    // Hillcrest does its part
    world.complete(NAMED, namedSchool.getId(), "Task_ArrangeMeeting", Map.of("meetingDate", CaseWorld.daysFromToday(3),
        "meetingArrangements", "At the school with the head of year"));
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(namedSchool.getId()).singleResult()
        .getTaskDefinitionKey()).isEqualTo("Task_RecordMeeting");

    // Legal and Interventions visit the family; the parent does not come to the meeting: the order is not
    // complied with, and the real enforcement process starts for the same case and order with the named
    // school's answer
    world.complete("legal.interventions", order, "Task_HomeVisit", Map.of("homeVisitOn", CaseWorld.today(),
        "homeVisitNotes", "Explained the order; the parent says they will come to the meeting"));
    ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(4))));
    try {
      world.complete(NAMED, namedSchool.getId(), "Task_RecordMeeting", Map.of("parentAttendedMeeting", "no",
          "schoolActions", "Phoned twice and wrote; no answer"));
    } finally {
      ClockUtil.reset();
    }
    ProcessInstance enforcement = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("sao-prosecution").superProcessInstanceId(order).singleResult();
    assertThat(enforcement).as("the enforcement called by the order").isNotNull();
    assertThat(engine.getRuntimeService().getVariables(enforcement.getId())).containsEntry("caseReference", caseReference)
        .containsEntry("nonComplianceReason", "PARENT_DID_NOT_ATTEND_PAM")
        .containsEntry("schoolActions", "Phoned twice and wrote; no answer")
        .containsEntry("namedSchoolUrn", "999002")
        .containsEntry("orderId", engine.getRuntimeService().getVariable(order, "orderId"));
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(enforcement.getId()).singleResult()
        .getTaskDefinitionKey()).isEqualTo("Task_ConsiderEso");
    for (String school : List.of(NAMED, REFERRING)) {
      assertThat(get(school, "/process-instance?processDefinitionKey=sao-prosecution")).as(school).isEmpty();
    }

    // The parents arrange education otherwise and ask for the order to be revoked (s442); the officer
    // records the request from its start form and grants it: the register and the real order process end it
    String request = world.start("cme.officer", "sao-change-request", Map.of("caseReference", caseReference,
        "requestType", "revoke", "receivedOn", CaseWorld.today(), "parentName", "Robin Walkthrough",
        "parentAddress", "4 Lark Lane, Winchester, SO22 4NR",
        "arrangementDetails", "A full-time online school with a tutor at home, 25 hours a week."));
    world.complete("cme.officer", request, "Task_DecideChangeRequest", Map.of("changeDecision", "granted",
        "decisionReasons", "Suitable full-time education is arranged", "decisionServiceMethod", "BY_HAND"));
    runJobs(caseReference);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseReference)
        .processDefinitionKey("school-attendance-order").count()).as("the order's process has ended").isZero();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(enforcement.getId()).count())
        .as("and its enforcement with it").isZero();
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(order)
        .activityId("Task_CloseOrderEnded").finished().count()).as("closed: the order ended").isEqualTo(1);
  }

  JsonNode get(String user, String path) throws Exception {
    ResponseEntity<String> answer = call(user, path);
    assertThat(answer.getStatusCode()).as(user + " " + path + ": " + answer.getBody()).isEqualTo(HttpStatus.OK);
    return json.readTree(answer.getBody());
  }

  ResponseEntity<String> call(String user, String path) {
    return http.withBasicAuth(user, CaseWorld.PASSWORD).getForEntity("/engine-rest" + path, String.class);
  }

  /** Runs a timer of the order now, as the job executor would when it falls due. */
  void fire(String instance, String activityId) {
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance).timers()
        .activityId(activityId).singleResult();
    assertThat(timer).as(activityId).isNotNull();
    engine.getManagementService().executeJob(timer.getId());
  }

  /** Runs the asynchronous work of the case's instances (the letters) until none is left, as the job executor would. */
  void runJobs(String caseReference) {
    for (int round = 0; round < 20; round++) {
      List<Job> jobs = new ArrayList<>();
      for (var instance : engine.getRuntimeService().createProcessInstanceQuery()
          .processInstanceBusinessKey(caseReference).list()) {
        jobs.addAll(engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).messages()
            .executable().list());
      }
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(j -> engine.getManagementService().executeJob(j.getId()));
    }
  }

  @Test
  void parents_refusing_the_place_start_the_school_attendance_order_for_the_case_which_the_school_cannot_see()
      throws Exception {
    String caseReference = world.refer("riverside.dsl", "Ottilie", "Placerefused", "2013-09-09", null,
        "dsl@riverside.example");
    String referral = world.instance("cme-referral", caseReference);
    world.acknowledgeAndInvestigate(caseReference, Map.of("investigationOutcome", "located-not-on-roll",
        "outcomeDetails", "Living at home, no school place"));
    world.complete("admissions", referral, "Task_AllocateSchoolPlace", Map.of("allocatedSchoolUrn", "999001",
        "placeStartDate", CaseWorld.daysFromToday(7)));
    String confirmOnRoll = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("confirm-on-roll").superProcessInstanceId(referral).singleResult().getId();

    world.complete("riverside.dsl", confirmOnRoll, "Task_ConfirmOnRoll", Map.of("onRollOutcome", "parents-refuse",
        "refusalDetails", "The parents will not send the child"));

    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(referral)
        .activityId("Event_HandedToSao").count()).as("the referral ended: handed to the order").isEqualTo(1);
    String order = world.instance("school-attendance-order", caseReference);
    assertThat(engine.getRuntimeService().getVariable(order, "saoTrigger")).isEqualTo("PLACE_REFUSED");
    assertThat(engine.getRuntimeService().getVariable(order, "legalSurname")).isEqualTo("Placerefused");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(referral).count())
        .as("no hand-over task for an officer").isZero();
    assertThat(http.withBasicAuth("riverside.dsl", CaseWorld.PASSWORD).getForObject(
        "/engine-rest/process-instance?processDefinitionKey=school-attendance-order", String.class))
        .as("the order's process is the LA's: the referring school does not see it").isEqualTo("[]");
    assertThat(http.withBasicAuth("riverside.dsl", CaseWorld.PASSWORD).getForObject(
        "/engine-rest/task?processInstanceId=" + order, String.class)).isEqualTo("[]");
    assertThat(http.withBasicAuth("cme.officer", CaseWorld.PASSWORD).getForObject(
        "/engine-rest/task?processInstanceId=" + order, String.class)).as("the CME officer's first step")
        .contains("\"processInstanceId\":\"" + order + "\"");
  }
}
