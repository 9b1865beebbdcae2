package uk.gov.cme.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The cross-school probe: the contract that a school touches only its own pupils' cases and sees only
 * what its forms show (docs/security.md). Each demo school builds its whole world over real HTTP
 * ({@link SchoolWorld}: a referral worked by the LA up to the school's own "Confirm the child is on
 * roll" task, an off-roll notification, an emigration notice, a safeguarding concern). Then, as the
 * other school, every REST read path, every write path and every process start is tried against that
 * world's instances, tasks, jobs, executions, variables and case references, over {@code /engine-rest}
 * (HTTP Basic, as a school's system) and over the webapps' API in a Tasklist session (as Tasklist
 * calls it). It fails on any answer that carries something of the other world that the caller did not
 * send itself, on any write that succeeds, and on any change to the other world's state (retries
 * included). It prints every call it made and the answers it got.
 *
 * <p>Every new process, task and endpoint is added here: its paths to {@link #probes()}, its instances
 * to {@link SchoolWorld}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.MethodName.class)
class CrossSchoolProbeTest {

  static final String PASSWORD = SchoolWorld.PASSWORD;
  static final String NO_SUCH_CASE = "CME-2026-99999";

  @Autowired
  TestRestTemplate http;
  @Autowired
  ProcessEngine engine;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  uk.gov.cme.casework.CaseLetters caseLetters;
  @Autowired
  uk.gov.cme.casework.SaoRegister saoRegister;
  @Autowired
  uk.gov.cme.casework.Casework casework;
  /** A letter stored on each victim's case (issue 10), by case reference: probed by its real id. */
  final Map<String, Long> letterIds = new java.util.HashMap<>();

  final ObjectMapper json = new ObjectMapper();
  SchoolWorld riverside;
  SchoolWorld hillcrest;

  /** Both schools' worlds, built once (lazily: each test method has its engine registered first). */
  void worlds() throws Exception {
    if (riverside == null) {
      riverside = SchoolWorld.build(http, engine, "999001", "riverside.dsl", "riverside", "Quillanthe", "Farrowdene", 301);
      hillcrest = SchoolWorld.build(http, engine, "999002", "hillcrest.dsl", "hillcrest", "Marrowyn", "Ashgrove", 311);
      riverside.enforcement(engine, saoRegister);
      hillcrest.enforcement(engine, saoRegister);
      riverside.offRollUnderOrder(http, engine, saoRegister);
      hillcrest.offRollUnderOrder(http, engine, saoRegister);
      uk.gov.cme.process.shared.referral.EscalationStandIn.deployIfMissing(engine);
      riverside.educationConcern(http, engine);
      hillcrest.educationConcern(http, engine);
    }
  }

  @Test
  void hillcrest_reaches_nothing_of_riversides_world() throws Exception {
    worlds();
    probe("hillcrest.dsl", "999002", riverside);
  }

  @Test
  void riverside_reaches_nothing_of_hillcrests_world() throws Exception {
    worlds();
    probe("riverside.attendance", "999001", hillcrest);
  }

  /**
   * The probe's own check that it can fail: the owner of a world reads its task's variables, its receipt
   * and its instance over the same paths, and the answers carry the world's secrets.
   */
  @Test
  void the_probe_sees_a_worlds_secrets_when_its_own_school_asks() throws Exception {
    worlds();
    Set<String> secrets = riverside.secrets();
    for (String path : List.of("/task/" + riverside.confirmOnRollTask + "/variables",
        "/task/" + riverside.namedSchoolTask + "/variables",
        "/task/" + riverside.lostPupilCtfTask + "/variables", "/task/" + riverside.ctfAbroadChaseTask + "/variables",
        "/process-instance/" + riverside.receiptInstance + "/variables",
        "/task?processInstanceBusinessKey=" + riverside.caseReference)) {
      ResponseEntity<String> answer = basic("riverside.dsl").call("GET", path, null);
      assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
      assertThat(leaked(answer.getBody(), secrets, path)).as(path).isNotEmpty();
    }
  }

  @Test
  void a_start_naming_another_schools_case_gets_the_answer_of_a_case_that_does_not_exist() throws Exception {
    worlds();
    String closed = closedCase();
    for (String key : List.of("school-referral", "off-roll-notification", "emigration", "safeguarding-referral",
        "school-education-concern")) {
      String path = "/engine-rest/process-definition/key/" + key + "/submit-form";
      ResponseEntity<String> others = startNaming("hillcrest.dsl", path, riverside.caseReference);
      ResponseEntity<String> missing = startNaming("hillcrest.dsl", path, NO_SUCH_CASE);
      ResponseEntity<String> ended = startNaming("hillcrest.dsl", path, closed);
      assertThat(others.getStatusCode()).as(key + ": " + others.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(others.getBody()).as(key).contains("Case reference");
      assertThat(missing.getStatusCode()).isEqualTo(others.getStatusCode());
      assertThat(ended.getStatusCode()).isEqualTo(others.getStatusCode());
      assertThat(missing.getBody()).as(key).isEqualTo(others.getBody().replace(riverside.caseReference, NO_SUCH_CASE));
      assertThat(ended.getBody()).as(key).isEqualTo(others.getBody().replace(riverside.caseReference, closed));
    }
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(riverside.caseReference)
        .processDefinitionKey("emigration").count()).as("no emigration for riverside's case").isZero();
    assertThat(jdbc.queryForObject("SELECT status FROM cme_case WHERE case_reference = ?", String.class,
        riverside.caseReference)).isEqualTo("OPEN");
  }

  @Test
  void the_referring_school_reads_its_receipt_and_status_and_not_the_officers_notes() throws Exception {
    worlds();
    JsonNode receipt = json.readTree(basic("riverside.dsl").call("GET",
        "/process-instance/" + riverside.receiptInstance + "/variables", null).getBody());
    Set<String> allowed = new java.util.TreeSet<>(formFields("forms/school-referral/start-school-referral.form"));
    allowed.addAll(List.of("caseReference", "referralId", "referralStatus", "referralStatusAt", "outcomeCode",
        "schoolUrn", "schoolGroup", "receivedBy"));
    assertThat(SchoolWorld.variableNames(receipt)).as("the receipt: what the school sent, and its status")
        .isSubsetOf(allowed).contains("caseReference", "referralStatus", "legalSurname", "circumstances");
    assertThat(receipt.path("caseReference").path("value").asText()).isEqualTo(riverside.caseReference);
    assertThat(receipt.path("referralStatus").path("value").asText()).isEqualTo("ACKNOWLEDGED");
    assertThat(receipt.toString()).doesNotContain(riverside.officerText).doesNotContain("officer-note");
    ResponseEntity<String> caseInstance = basic("riverside.dsl").call("GET",
        "/process-instance/" + riverside.caseInstance + "/variables", null);
    assertThat(caseInstance.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void the_allocated_schools_task_shows_only_what_its_form_shows() throws Exception {
    worlds();
    JsonNode variables = json.readTree(basic("riverside.dsl").call("GET",
        "/task/" + riverside.confirmOnRollTask + "/variables", null).getBody());
    // What the form shows, the child's legal names (the form shows them as childName; a safeguarding
    // concern raised on the task names the child with them) and the school the instance belongs to.
    assertThat(SchoolWorld.variableNames(variables)).containsExactlyInAnyOrder("caseReference", "childName",
        "dateOfBirth", "placeStartDate", "legalForename", "legalSurname", "schoolUrn", "schoolGroup");
    assertThat(formFields("forms/confirm-on-roll/confirm-on-roll.form"))
        .contains("caseReference", "childName", "dateOfBirth", "placeStartDate");
    assertThat(variables.toString()).doesNotContain("officer-note").doesNotContain("school-note");
  }

  /**
   * The school named in a School Attendance Order (issue 10, {@code sao-named-school}): its task holds only
   * what the order passes for its forms (never the order's own variables), and another school can neither
   * read, claim nor complete it (also tried by the probe, with every other path).
   */
  @Test
  void the_named_schools_task_shows_only_what_the_school_attendance_order_passes() throws Exception {
    worlds();
    JsonNode variables = json.readTree(basic("riverside.dsl").call("GET",
        "/task/" + riverside.namedSchoolTask + "/variables", null).getBody());
    assertThat(SchoolWorld.variableNames(variables)).containsExactlyInAnyOrder("caseReference", "schoolUrn",
        "schoolGroup", "childForename", "childSurname", "dateOfBirth", "parent1Name", "parent1Phone",
        "parent1Address", "orderIssuedOn");
    assertThat(formFields("forms/sao-named-school/sao-named-school-arrange-meeting.form")).contains("caseReference",
        "childForename", "childSurname", "dateOfBirth", "parent1Name", "parent1Phone", "parent1Address", "orderIssuedOn");
    assertThat(variables.toString()).doesNotContain("officer-note").doesNotContain("namedSchoolUrn");
    assertThat(variables.path("schoolGroup").path("value").asText()).isEqualTo("school-999001");
    Map<String, String> before = riverside.snapshot(engine, jdbc);
    for (Transport hillcrestUser : List.of(basic("hillcrest.dsl"), webapp("hillcrest.dsl"))) {
      for (String[] call : List.of(new String[] {"GET", "/task/" + riverside.namedSchoolTask + "/variables"},
          new String[] {"GET", "/process-instance/" + riverside.namedSchoolInstance + "/variables"},
          new String[] {"POST", "/task/" + riverside.namedSchoolTask + "/claim"},
          new String[] {"POST", "/task/" + riverside.namedSchoolTask + "/complete"},
          new String[] {"POST", "/task/" + riverside.namedSchoolTask + "/submit-form"})) {
        Object body = "GET".equals(call[0]) ? null : call[1].endsWith("/claim") ? Map.of("userId", "hillcrest.dsl")
            : Map.of("variables", Map.of("meetingDate", Map.of("value", "2026-12-03")));
        ResponseEntity<String> answer = hillcrestUser.call(call[0], call[1], body);
        assertThat(answer.getStatusCode().is2xxSuccessful()).as(hillcrestUser.name() + " " + call[0] + " " + call[1]
            + ": " + answer.getBody()).isFalse();
        assertThat(leaked(answer.getBody(), riverside.secrets(), call[1])).as(call[1]).isEmpty();
      }
    }
    assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup("school-999002")
        .processInstanceId(riverside.namedSchoolInstance).count()).isZero();
    assertThat(riverside.snapshot(engine, jdbc)).as("nothing of riverside's named-school work changed").isEqualTo(before);
  }

  /**
   * Issue 13 (P7): a register inspection of riverside, its lists compared by the school in its own instance
   * (register-inspection-return). Riverside's task holds what its form shows, its own allocated pupil among
   * them, and once the inspection ends riverside downloads its lists and its record of findings over /api;
   * hillcrest reads, claims, completes and downloads nothing of it (the answer of an inspection that does not
   * exist), and no school reads the LA's inspection instance.
   */
  @Test
  void a_school_sees_its_own_inspection_lists_and_findings_only_and_another_school_gets_nothing() throws Exception {
    worlds();
    ResponseEntity<String> started = http.withBasicAuth("cme.officer", PASSWORD).postForEntity(
        "/engine-rest/process-definition/key/register-inspection/submit-form", Map.of("variables", Map.of(
            "schoolUrn", Map.of("value", "999001"), "inspectionReason", Map.of("value", "probe"))), String.class);
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    String inspection = json.readTree(started.getBody()).path("id").asText();
    String plan = engine.getTaskService().createTaskQuery().processInstanceId(inspection).singleResult().getId();
    assertThat(basic("cme.officer").call("POST", "/task/" + plan + "/complete",
        Map.of("variables", Map.of("comparedBy", Map.of("value", "school")))).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    String returnInstance = engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(inspection)
        .singleResult().getId();
    String returnTask = engine.getTaskService().createTaskQuery().processInstanceId(returnInstance).singleResult().getId();
    long id = ((Number) engine.getRuntimeService().getVariable(inspection, "inspectionId")).longValue();

    JsonNode variables = json.readTree(basic("riverside.dsl").call("GET", "/task/" + returnTask + "/variables", null)
        .getBody());
    assertThat(SchoolWorld.variableNames(variables)).as("what the school's form shows").containsExactlyInAnyOrder(
        "schoolUrn", "schoolGroup", "schoolName", "inspectionReference", "allocatedListText", "offRollListText",
        "allocatedChoices");
    assertThat(formFields("forms/register-inspection-return/compare-inspection-lists.form")).contains("schoolName",
        "inspectionReference", "allocatedListText", "offRollListText");
    assertThat(variables.path("allocatedListText").path("value").asText()).as("its own allocated pupil")
        .contains(riverside.caseReference).doesNotContain(hillcrest.caseReference);
    assertThat(basic("riverside.dsl").call("GET", "/process-instance/" + inspection + "/variables", null)
        .getStatusCode().is2xxSuccessful()).as("the LA's inspection instance is never a school's").isFalse();

    Map<String, String> before = riverside.snapshot(engine, jdbc);
    for (Transport hillcrestUser : List.of(basic("hillcrest.dsl"), webapp("hillcrest.dsl"))) {
      for (String[] call : List.of(new String[] {"GET", "/task/" + returnTask + "/variables"},
          new String[] {"GET", "/process-instance/" + returnInstance + "/variables"},
          new String[] {"GET", "/process-instance/" + inspection + "/variables"},
          new String[] {"POST", "/task/" + returnTask + "/claim"},
          new String[] {"POST", "/task/" + returnTask + "/complete"})) {
        Object body = "GET".equals(call[0]) ? null : call[1].endsWith("/claim") ? Map.of("userId", "hillcrest.dsl")
            : Map.of("variables", Map.of());
        ResponseEntity<String> answer = hillcrestUser.call(call[0], call[1], body);
        assertThat(answer.getStatusCode().is2xxSuccessful()).as(hillcrestUser.name() + " " + call[0] + " " + call[1]
            + ": " + answer.getBody()).isFalse();
        assertThat(leaked(answer.getBody(), riverside.secrets(), call[1])).as(call[1]).isEmpty();
      }
      ResponseEntity<String> list = hillcrestUser.call("GET", "/task?processDefinitionKey=register-inspection-return", null);
      assertThat(list.getBody()).as(hillcrestUser.name()).doesNotContain(returnTask);
    }
    assertThat(riverside.snapshot(engine, jdbc)).as("nothing of riverside's world changed").isEqualTo(before);
    for (String school : List.of("riverside.dsl", "hillcrest.dsl")) {
      ResponseEntity<String> start = basic(school).call("POST",
          "/process-definition/key/register-inspection/submit-form",
          Map.of("variables", Map.of("schoolUrn", Map.of("value", "999001"))));
      assertThat(start.getStatusCode().is2xxSuccessful()).as(school + " starts no inspection: " + start.getBody()).isFalse();
    }

    assertThat(basic("riverside.dsl").call("POST", "/task/" + returnTask + "/complete", Map.of("variables", Map.of()))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    var job = engine.getManagementService().createJobQuery().processInstanceId(inspection).singleResult();
    engine.getManagementService().executeJob(job.getId());
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(inspection)
        .singleResult().getEndTime()).as("the inspection ended with its record of findings").isNotNull();

    for (String suffix : List.of("/allocated.csv", "/off-roll.csv", "/findings.pdf")) {
      String path = "/api/register-inspections/" + id + suffix;
      String absent = "/api/register-inspections/999999999" + suffix;
      ResponseEntity<String> own = http.withBasicAuth("riverside.dsl", PASSWORD).getForEntity(path, String.class);
      assertThat(own.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
      if (suffix.equals("/allocated.csv")) {
        assertThat(own.getBody()).startsWith("caseReference,childName").contains(riverside.caseReference)
            .doesNotContain(hillcrest.caseReference);
      }
      ResponseEntity<String> nothing = http.withBasicAuth("hillcrest.dsl", PASSWORD).getForEntity(absent, String.class);
      for (Function<String, ResponseEntity<String>> hillcrestCall : List.<Function<String, ResponseEntity<String>>>of(
          p -> http.withBasicAuth("hillcrest.dsl", PASSWORD).getForEntity(p, String.class),
          p -> WebappSession.loggedIn(http, "tasklist", "hillcrest.dsl", PASSWORD).send(HttpMethod.GET, p, null))) {
        ResponseEntity<String> other = hillcrestCall.apply(path);
        assertThat(other.getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(String.valueOf(other.getBody())).as("the answer of an inspection that does not exist")
            .isEqualTo(String.valueOf(nothing.getBody()).replace(absent, path));
        assertThat(leaked(other.getBody(), riverside.secrets(), path)).as(path).isEmpty();
      }
    }
  }

  /**
   * Issue 11: a school's concern about its own pupil reaches the escalation (the world's own concern,
   * made in {@link SchoolWorld#educationConcern}); its receipt holds only what its form showed, and
   * another school finds nothing of it (the probe also tries every path against it, with a start naming
   * the other school's case refused as a missing case in
   * {@link #a_start_naming_another_schools_case_gets_the_answer_of_a_case_that_does_not_exist}).
   */
  @Test
  void a_schools_concern_for_its_own_pupil_is_escalated_and_its_receipt_holds_only_its_form() throws Exception {
    worlds();
    for (SchoolWorld world : List.of(riverside, hillcrest)) {
      assertThat(engine.getRuntimeService().getVariable(world.escalationInstance, "escalationTrigger"))
          .isEqualTo("PRACTITIONER_CONCERN");
      assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(world.concernInstance)
          .singleResult().getBusinessKey()).isEqualTo(world.caseReference);
      Set<String> held = new java.util.TreeSet<>();
      engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(world.concernInstance).list()
          .stream().filter(v -> v.getActivityInstanceId().equals(world.concernInstance)
              || v.getActivityInstanceId().startsWith("Event_ConcernRaised"))
          .forEach(v -> held.add(v.getName()));
      assertThat(held).as("the receipt: what the school's form showed")
          .containsExactlyInAnyOrder("caseReference", "educationConcern", "raisedBy", "schoolUrn", "schoolGroup");
      assertThat(formFields("forms/school-education-concern/start-school-education-concern.form"))
          .containsExactlyInAnyOrder("caseReference", "educationConcern");
      // (the engine removes an instance's own grants when it ends; none was ever another school's)
      assertThat(engine.getAuthorizationService().createAuthorizationQuery().resourceId(world.concernInstance).list())
          .extracting(a -> a.getGroupId()).allMatch(("school-" + world.urn)::equals);
    }
    for (String path : List.of("/process-instance?processDefinitionKey=school-education-concern",
        "/history/process-instance?processDefinitionKey=school-education-concern",
        "/history/variable-instance?processInstanceId=" + riverside.concernInstance,
        "/process-instance/" + riverside.concernInstance)) {
      ResponseEntity<String> answer = basic("hillcrest.dsl").call("GET", path, null);
      if (answer.getStatusCode().is2xxSuccessful()) {
        assertThat(answer.getBody()).as(path).isIn("[]", "{\"count\":0}");
      }
      assertThat(leaked(answer.getBody(), riverside.secrets(), path)).as(path).isEmpty();
    }
  }

  /**
   * Issue 11, seed 004 §6: escalation records are for the CME team and the groups only. No school, not
   * even the one whose pupil it is or that raised the concern, reads an escalation's instance, tasks,
   * variables or history, finds it in a list, or starts one; a CME officer and the CME panel read it (the
   * check can fail), and an LA team without the right does not. Run with the stand-in escalation until the
   * real model is deployed; then against the real one.
   */
  @Test
  void no_school_reads_or_starts_an_escalation_not_even_for_its_own_pupil() throws Exception {
    worlds();
    long escalationsBefore = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("escalation")
        .count();
    for (SchoolWorld world : List.of(riverside, hillcrest)) {
      Map<String, String> before = world.snapshot(engine, jdbc);
      for (String user : List.of("riverside.dsl", "hillcrest.dsl", "riverside.attendance")) {
        for (Transport school : List.of(basic(user), webapp(user))) {
          for (String path : List.of("/process-instance/" + world.escalationInstance,
              "/process-instance/" + world.escalationInstance + "/variables", "/task/" + world.escalationTask,
              "/task/" + world.escalationTask + "/variables", "/task/" + world.escalationTask + "/form-variables")) {
            ResponseEntity<String> answer = school.call("GET", path, null);
            assertThat(answer.getStatusCode().is2xxSuccessful()).as(user + " " + path + ": " + answer.getBody()).isFalse();
            assertThat(answer.getBody()).as(user + " " + path).doesNotContain(world.caseReference)
                .doesNotContain(world.tag + "-concern-note");
          }
          for (String path : List.of("/task?processInstanceId=" + world.escalationInstance,
              "/task?processDefinitionKey=escalation", "/process-instance?processDefinitionKey=escalation",
              "/history/process-instance?processDefinitionKey=escalation",
              "/history/variable-instance?processInstanceId=" + world.escalationInstance,
              "/history/task?processInstanceId=" + world.escalationInstance,
              "/history/activity-instance?processInstanceId=" + world.escalationInstance,
              "/variable-instance?processInstanceIdIn=" + world.escalationInstance)) {
            ResponseEntity<String> answer = school.call("GET", path, null);
            if (answer.getStatusCode().is2xxSuccessful()) {
              assertThat(answer.getBody()).as(user + " " + path).isEqualTo("[]");
            }
            assertThat(answer.getBody()).as(user + " " + path).doesNotContain(world.escalationInstance)
                .doesNotContain(world.caseReference);
          }
          // the case's instances a school may list are its own scoped ones, never the escalation
          ResponseEntity<String> byCase = school.call("GET", "/process-instance?businessKey=" + world.caseReference, null);
          assertThat(byCase.getBody()).as(user + " by case").doesNotContain(world.escalationInstance);
        }
        ResponseEntity<String> start = http.withBasicAuth(user, PASSWORD).postForEntity(
            "/engine-rest/process-definition/key/escalation/submit-form", Map.of("businessKey", world.caseReference,
                "variables", Map.of("caseReference", SchoolWorld.value(world.caseReference))), String.class);
        assertThat(start.getStatusCode().is2xxSuccessful()).as(user + " starts: " + start.getBody()).isFalse();
      }
      assertThat(world.snapshot(engine, jdbc)).isEqualTo(before);
    }
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("escalation").count())
        .as("no school started an escalation").isEqualTo(escalationsBefore);
    for (String team : List.of("cme.officer", "cme.panel")) {
      ResponseEntity<String> read = basic(team).call("GET", "/process-instance/" + riverside.escalationInstance
          + "/variables", null);
      assertThat(read.getStatusCode()).as(team + " reads it: the check can fail").isEqualTo(HttpStatus.OK);
      assertThat(read.getBody()).contains("riverside-concern-note");
    }
    assertThat(basic("admissions").call("GET", "/process-instance/" + riverside.escalationInstance + "/variables", null)
        .getStatusCode()).as("a team without the right").isEqualTo(HttpStatus.FORBIDDEN);
  }

  /**
   * Issue 11: a group that is not {@code all-cases} (here {@code line-manager}) works the escalation
   * task offered to it (TASK_WORK through the candidate group: read, claim, complete) and reads the
   * escalation (read-processes); it cannot raise an escalation for a case it is no party of (the guard's
   * missing-case answer). An LA team without the right to read escalations cannot read the task.
   */
  @Test
  void an_escalation_group_that_is_not_all_cases_works_the_task_offered_to_it() throws Exception {
    worlds();
    Map<String, Object> referral = new java.util.HashMap<>();
    referral.put("referrerName", "DSL of hillcrest");
    referral.put("referrerEmail", "dsl@hillcrest.example");
    referral.put("legalForename", "Groupwork");
    referral.put("legalSurname", "Escalatia");
    referral.put("dateOfBirth", "2013-05-05");
    referral.put("onSchoolRoll", false);
    referral.put("educationElsewhere", "none");
    referral.put("circumstances", "Not seen since the half term.");
    referral.put("attemptsToLocate", List.of(Map.of("step", "PEER_GROUP", "on", "2026-10-20", "result", "No news")));
    ResponseEntity<String> referred = http.withBasicAuth("hillcrest.dsl", PASSWORD).postForEntity("/api/referrals",
        referral, String.class);
    assertThat(referred.getStatusCode()).as(referred.getBody()).isEqualTo(HttpStatus.CREATED);
    String reference = json.readTree(referred.getBody()).path("caseReference").asText();

    ResponseEntity<String> notAParty = http.withBasicAuth("line.manager", PASSWORD).postForEntity(
        "/engine-rest/process-definition/key/escalation/start", Map.of("businessKey", reference), String.class);
    assertThat(notAParty.getStatusCode()).as(notAParty.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(notAParty.getBody()).contains(uk.gov.cme.security.InstanceAccessGuard.NO_SUCH_CASE);

    String escalation = engine.getRuntimeService().startProcessInstanceByKey("escalation", reference, Map.of(
        "caseReference", reference, "escalationTrigger", "PANEL_DECISION",
        "escalationTriggerDetails", "The monthly CME panel decided to escalate the case")).getId();
    List<org.camunda.bpm.engine.task.Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(escalation)
        .list();
    assertThat(tasks).as("a task of the escalation to offer to the group (with the real model, the coordinator"
        + " picks the task its route offers)").isNotEmpty();
    String task = tasks.get(0).getId();
    engine.getTaskService().addCandidateGroup(task, "line-manager");

    Transport lineManager = basic("line.manager");
    assertThat(lineManager.call("GET", "/task?candidateGroup=line-manager", null).getBody()).contains(task);
    assertThat(lineManager.call("GET", "/task/" + task + "/variables", null).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(lineManager.call("GET", "/process-instance/" + escalation + "/variables", null).getStatusCode())
        .as("the group reads the escalation").isEqualTo(HttpStatus.OK);
    assertThat(basic("admissions").call("GET", "/task/" + task + "/variables", null).getStatusCode())
        .as("a team without the right").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(lineManager.call("POST", "/task/" + task + "/claim", Map.of("userId", "line.manager"))
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    if (uk.gov.cme.process.shared.referral.EscalationStandIn.deployed(engine)) {
      assertThat(lineManager.call("POST", "/task/" + task + "/complete", Map.of("variables", Map.of()))
          .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(escalation).count()).isZero();
    } else {
      engine.getRuntimeService().deleteProcessInstance(escalation, "probe: the group's task was worked");
    }
  }

  @org.junit.jupiter.api.AfterAll
  void removeTheSchoolAttendanceOrderStandIn() {
    SchoolWorld.undeploySaoCaller(engine);
    uk.gov.cme.process.shared.referral.EscalationStandIn.remove(engine);
  }

  @Test
  void a_referral_for_another_schools_pupil_under_another_name_is_a_possible_match_for_an_officer() throws Exception {
    worlds();
    Map<String, Object> referral = new java.util.HashMap<>();
    referral.put("referrerName", "DSL of hillcrest");
    referral.put("referrerEmail", "dsl@hillcrest.example");
    referral.put("legalForename", "Tamsin");
    referral.put("legalSurname", "Overbury");
    referral.put("dateOfBirth", "2014-04-04");
    referral.put("upn", riverside.upn);
    referral.put("onSchoolRoll", false);
    referral.put("educationElsewhere", "none");
    referral.put("circumstances", "hillcrest-probable-text: not seen since the half term");
    referral.put("attemptsToLocate", List.of(Map.of("step", "PARENTS_PHONE_OR_TEXT", "on", "2026-10-20", "result", "No answer")));
    ResponseEntity<String> answer = http.withBasicAuth("hillcrest.dsl", PASSWORD).postForEntity("/api/referrals",
        referral, String.class);

    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.CREATED);
    String reference = json.readTree(answer.getBody()).path("caseReference").asText();
    assertThat(reference).isNotEqualTo(riverside.caseReference);
    assertThat(leaked(answer.getBody(), riverside.secrets(), riverside.upn)).isEmpty();
    String receipt = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("school-referral")
        .processInstanceBusinessKey(reference).singleResult().getId();
    String bReceipt = basic("hillcrest.dsl").call("GET", "/process-instance/" + receipt + "/variables", null).getBody();
    assertThat(leaked(bReceipt, riverside.secrets(), riverside.upn)).as("hillcrest's receipt").isEmpty();
    assertThat(new TreeMap<>(engine.getRuntimeService().getVariables(riverside.receiptInstance)).toString())
        .as("riverside's receipt").doesNotContain("hillcrest-probable-text").doesNotContain("Overbury");
    assertThat(new TreeMap<>(engine.getRuntimeService().getVariables(riverside.caseInstance)).toString())
        .as("riverside's case instance").doesNotContain("hillcrest-probable-text").doesNotContain("Overbury");
    String provisional = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("cme-referral")
        .processInstanceBusinessKey(reference).singleResult().getId();
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(provisional).singleResult().getTaskDefinitionKey())
        .as("an officer decides whether it is the same child").isEqualTo("Task_ConfirmSameChild");
  }

  /**
   * Issue 8, defect 5: a school's emigration notice for another school's pupil (the UPN of riverside's
   * child under another name) gets a case of its own; only a CME officer, in an LA instance, sees that it
   * may be riverside's child. Nothing of riverside's case reaches hillcrest's answer or instance.
   */
  @Test
  void an_emigration_notice_for_another_schools_pupil_under_another_name_gives_a_case_of_its_own_and_nothing_of_the_other()
      throws Exception {
    worlds();
    Map<String, String> before = riverside.snapshot(engine, jdbc);
    ResponseEntity<String> answer = http.withBasicAuth("hillcrest.dsl", PASSWORD).postForEntity(
        "/engine-rest/process-definition/key/emigration/submit-form", Map.of("variables", Map.of(
            "legalForename", SchoolWorld.value("Tamsin"), "legalSurname", SchoolWorld.value("Overbury"),
            "dateOfBirth", SchoolWorld.value(riverside.dateOfBirth), "upn", SchoolWorld.value(riverside.upn),
            "leavingDate", SchoolWorld.value("2027-03-01"), "destinationCountry", SchoolWorld.value("Spain"),
            "destinationAddress", SchoolWorld.value("Calle Probe 4, Sevilla"),
            "emigrationNotice", SchoolWorld.value("hillcrest-emigration-text"))), String.class);

    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(leaked(answer.getBody(), riverside.secrets(), riverside.upn)).isEmpty();
    String instance = json.readTree(answer.getBody()).path("id").asText();
    String own = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).singleResult()
        .getBusinessKey();
    assertThat(own).as("hillcrest's notice has a case of its own").matches("CME-\\d{4}-\\d{5}")
        .isNotEqualTo(riverside.caseReference);
    ResponseEntity<String> read = basic("hillcrest.dsl").call("GET", "/process-instance/" + instance + "/variables", null);
    assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(leaked(read.getBody(), riverside.secrets(), riverside.upn + " " + riverside.dateOfBirth))
        .as("hillcrest's instance").isEmpty();
    var confirmation = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("confirm-case-match")
        .processInstanceBusinessKey(own).singleResult();
    assertThat(engine.getRuntimeService().getVariable(confirmation.getId(), "matchedCaseReference"))
        .as("an officer compares it with riverside's case").isEqualTo(riverside.caseReference);
    assertThat(basic("hillcrest.dsl").call("GET", "/process-instance/" + confirmation.getId() + "/variables", null)
        .getStatusCode()).as("the officer's instance is the LA's").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cme_case_party p JOIN cme_case c ON p.case_id = c.id"
        + " WHERE c.case_reference = ? AND p.group_id = 'school-999002'", Long.class, riverside.caseReference))
        .as("hillcrest is no party of riverside's case").isZero();
    assertThat(riverside.snapshot(engine, jdbc)).isEqualTo(before);
  }

  /**
   * Issue 8, defect 5: an off-roll notification joins only the open case of the same child; under
   * another name it is linked to nothing, and the school's answer names no case.
   */
  @Test
  void an_off_roll_notification_for_another_schools_pupil_under_another_name_is_linked_to_no_case() throws Exception {
    worlds();
    Map<String, String> before = riverside.snapshot(engine, jdbc);
    Map<String, Object> notification = uk.gov.cme.api.ApiRequests.offRollNotification("k", "Tobias", "Underhill");
    notification.put("schoolUrn", "999002");
    notification.put("dateOfBirth", riverside.dateOfBirth);
    notification.put("upn", riverside.upn);

    ResponseEntity<String> answer = http.withBasicAuth("hillcrest.dsl", PASSWORD).postForEntity(
        "/api/off-roll-notifications", notification, String.class);

    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(json.readTree(answer.getBody()).hasNonNull("caseReference")).as(answer.getBody()).isFalse();
    assertThat(leaked(answer.getBody(), riverside.secrets(), riverside.upn)).isEmpty();
    assertThat(riverside.snapshot(engine, jdbc)).isEqualTo(before);
  }

  /**
   * Issue 10: Riverside's return on ground (a) for its own pupil under a School Attendance Order naming
   * Riverside was not accepted ({@code sao-keeps-pupil}). Hillcrest sending ground (a) for the same UPN
   * and date of birth gets the answer it gets for a pupil with no order at all: the usual route, no case,
   * nothing of Riverside's world, and Riverside's world unchanged.
   */
  @Test
  void an_off_roll_return_on_ground_a_for_another_schools_pupil_under_an_order_learns_nothing_of_the_order()
      throws Exception {
    worlds();
    assertThat(riverside.offRollUnderOrderRoute).isEqualTo("sao-keeps-pupil");
    assertThat(hillcrest.offRollUnderOrderRoute).isEqualTo("sao-keeps-pupil");
    Map<String, String> before = riverside.snapshot(engine, jdbc);
    Map<String, Object> underOrder = uk.gov.cme.api.ApiRequests.offRollNotification("a", "Tobias", "Underhill");
    underOrder.put("schoolUrn", "999002");
    underOrder.put("dateOfBirth", riverside.dateOfBirth);
    underOrder.put("upn", riverside.upn);
    Map<String, Object> noOrder = new java.util.HashMap<>(underOrder);
    noOrder.put("upn", SchoolWorld.upn(399));

    ResponseEntity<String> answer = http.withBasicAuth("hillcrest.dsl", PASSWORD).postForEntity(
        "/api/off-roll-notifications", underOrder, String.class);
    ResponseEntity<String> control = http.withBasicAuth("hillcrest.dsl", PASSWORD).postForEntity(
        "/api/off-roll-notifications", noOrder, String.class);

    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(control.getStatusCode()).as(control.getBody()).isEqualTo(HttpStatus.CREATED);
    JsonNode accepted = json.readTree(answer.getBody());
    assertThat(accepted.path("route").asText()).isEqualTo("confirm-on-roll")
        .isEqualTo(json.readTree(control.getBody()).path("route").asText());
    assertThat(accepted.hasNonNull("caseReference")).as(answer.getBody()).isFalse();
    assertThat(leaked(answer.getBody(), riverside.secrets(), riverside.upn)).isEmpty();
    String instance = jdbc.queryForObject("SELECT process_instance_id FROM cme_off_roll_notification WHERE id = ?",
        String.class, accepted.path("notificationId").asLong());
    JsonNode variables = json.readTree(basic("hillcrest.dsl").call("GET", "/process-instance/" + instance
        + "/variables", null).getBody());
    assertThat(variables.path("saoNamesSchool").path("value").asBoolean(true)).isFalse();
    assertThat(leaked(variables.toString(), riverside.secrets(), riverside.upn + " " + riverside.dateOfBirth)).isEmpty();
    assertThat(riverside.snapshot(engine, jdbc)).isEqualTo(before);
  }

  /** The school's emigration notice holds what the school sent, its own case and what the checks need. */
  @Test
  void the_schools_emigration_notice_holds_what_it_sent_and_its_own_case_reference() throws Exception {
    worlds();
    String emigration = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("emigration")
        .processInstanceIds(new java.util.HashSet<>(riverside.instances)).list().stream()
        .filter(i -> engine.getRuntimeService().getVariable(i.getId(), "legalForename").equals("Emigrantriverside"))
        .findFirst().orElseThrow().getId();
    JsonNode variables = json.readTree(basic("riverside.dsl").call("GET", "/process-instance/" + emigration
        + "/variables", null).getBody());
    Set<String> allowed = new java.util.TreeSet<>(formFields("forms/emigration/record-emigration.form"));
    allowed.addAll(List.of("caseReference", "schoolUrn", "schoolGroup", "receivedBy", "receivedAt", "childName",
        "childInitials", "leavingDateAt", "confirmationGroup", "emigrationSummary", "departureNotes",
        "safeguardingConcernRaised"));
    assertThat(SchoolWorld.variableNames(variables)).isSubsetOf(allowed).contains("caseReference");
    String caseReference = variables.path("caseReference").path("value").asText();
    assertThat(riverside.caseReferences).contains(caseReference);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cme_case_party p JOIN cme_case c ON p.case_id = c.id"
        + " WHERE c.case_reference = ? AND p.group_id = 'school-999001'", Long.class, caseReference))
        .as("riverside may act on the case its instance names").isPositive();
  }

  /**
   * Issue 10: the School Attendance Order is the LA's. No school, not even the one whose pupil it is,
   * reads its instance, its tasks or their variables, finds it in a list, or starts one for a case.
   */
  @Test
  void no_school_reads_or_starts_a_school_attendance_order_not_even_for_its_own_pupil() throws Exception {
    worlds();
    long ordersBefore = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("school-attendance-order").count();
    for (SchoolWorld world : List.of(riverside, hillcrest)) {
      Map<String, String> before = world.snapshot(engine, jdbc);
      for (String user : List.of("riverside.dsl", "hillcrest.dsl", "riverside.attendance")) {
        Transport school = basic(user);
        for (String path : List.of("/process-instance/" + world.saoInstance + "/variables",
            "/process-instance/" + world.saoInstance, "/task/" + world.saoTask, "/task/" + world.saoTask + "/variables",
            "/task/" + world.saoTask + "/form-variables")) {
          ResponseEntity<String> answer = school.call("GET", path, null);
          assertThat(answer.getStatusCode().is2xxSuccessful()).as(user + " " + path + ": " + answer.getBody()).isFalse();
          assertThat(answer.getBody()).as(user + " " + path).doesNotContain(world.officerText)
              .doesNotContain(world.caseReference);
        }
        for (String path : List.of("/task?processInstanceId=" + world.saoInstance,
            "/process-instance?processDefinitionKey=school-attendance-order",
            "/history/process-instance?processDefinitionKey=school-attendance-order",
            "/task?processDefinitionKey=school-attendance-order")) {
          ResponseEntity<String> answer = school.call("GET", path, null);
          if (answer.getStatusCode().is2xxSuccessful()) {
            assertThat(answer.getBody()).as(user + " " + path).isEqualTo("[]");
          }
          assertThat(answer.getBody()).as(user + " " + path).doesNotContain(world.saoInstance)
              .doesNotContain(world.caseReference);
        }
        ResponseEntity<String> start = http.withBasicAuth(user, PASSWORD).postForEntity(
            "/engine-rest/process-definition/key/school-attendance-order/submit-form", Map.of("variables", Map.of(
                "caseReference", SchoolWorld.value(world.caseReference),
                "saoTriggerDetails", SchoolWorld.value("A school tries to start an order"))), String.class);
        assertThat(start.getStatusCode().is2xxSuccessful()).as(user + " starts: " + start.getBody()).isFalse();
      }
      assertThat(world.snapshot(engine, jdbc)).isEqualTo(before);
    }
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("school-attendance-order")
        .count()).as("no school started an order (the worlds' own orders only)").isEqualTo(ordersBefore)
        .isGreaterThanOrEqualTo(2);
    ResponseEntity<String> own = basic("cme.officer").call("GET", "/process-instance/" + riverside.saoInstance
        + "/variables", null);
    assertThat(own.getStatusCode()).as("a CME officer reads it: the check can fail").isEqualTo(HttpStatus.OK);
    assertThat(own.getBody()).contains(riverside.officerText);
  }

  /**
   * Issue 13: the outbound enquiry to another LA (cme-outbound) is the LA's. A CME officer starts one over
   * REST for a case a school referred; no school, not even the referring one, reads its instance, its tasks
   * or their variables, finds it in a list, starts one, or answers its task. A CME officer reads it (the
   * check can fail).
   */
  @Test
  void no_school_reads_starts_or_answers_an_outbound_enquiry_not_even_for_its_own_pupil() throws Exception {
    worlds();
    String reference = casework.openCase(uk.gov.cme.casework.ChildDetails.builder().legalForename("Ottoline")
            .legalSurname("Brackwater").dateOfBirth(java.time.LocalDate.of(2014, 5, 6))
            .build(java.time.LocalDate.now()),
        uk.gov.cme.casework.ReferralDetails.builder(uk.gov.cme.casework.ReferralSource.SCHOOL)
            .referringSchoolUrn("999001").circumstances("Not seen since half term").build(),
        "riverside.dsl", java.time.Instant.now()).value();
    ResponseEntity<String> started = http.withBasicAuth("cme.officer", PASSWORD).postForEntity(
        "/engine-rest/process-definition/key/cme-outbound/submit-form", Map.of("variables", Map.of(
            "caseReference", SchoolWorld.value(reference),
            "whatIsKnown", SchoolWorld.value("Outbound secret: the family is with an aunt in Leeds"))), String.class);
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    String instance = json.readTree(started.getBody()).get("id").asText();
    String secret = "Outbound secret";
    String task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getId();
    long enquiriesBefore = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("cme-outbound")
        .count();
    for (String user : List.of("riverside.dsl", "hillcrest.dsl", "riverside.attendance")) {
      Transport school = basic(user);
      for (String path : List.of("/process-instance/" + instance, "/process-instance/" + instance + "/variables",
          "/task/" + task, "/task/" + task + "/variables", "/task/" + task + "/form-variables")) {
        ResponseEntity<String> answer = school.call("GET", path, null);
        assertThat(answer.getStatusCode().is2xxSuccessful()).as(user + " " + path + ": " + answer.getBody()).isFalse();
        assertThat(answer.getBody()).as(user + " " + path).doesNotContain(secret).doesNotContain(reference);
      }
      for (String path : List.of("/task?processInstanceId=" + instance, "/task?processDefinitionKey=cme-outbound",
          "/process-instance?processDefinitionKey=cme-outbound",
          "/history/process-instance?processDefinitionKey=cme-outbound",
          "/history/variable-instance?processInstanceId=" + instance, "/history/task?processInstanceId=" + instance,
          "/variable-instance?processInstanceIdIn=" + instance)) {
        ResponseEntity<String> answer = school.call("GET", path, null);
        if (answer.getStatusCode().is2xxSuccessful()) {
          assertThat(answer.getBody()).as(user + " " + path).isEqualTo("[]");
        }
        assertThat(answer.getBody()).as(user + " " + path).doesNotContain(instance).doesNotContain(secret);
      }
      ResponseEntity<String> complete = school.call("POST", "/task/" + task + "/submit-form", Map.of("variables",
          Map.of("otherLaCode", SchoolWorld.value("383"), "whatIsKnown", SchoolWorld.value("A school answers"))));
      assertThat(complete.getStatusCode().is2xxSuccessful()).as(user + " answers: " + complete.getBody()).isFalse();
      ResponseEntity<String> start = http.withBasicAuth(user, PASSWORD).postForEntity(
          "/engine-rest/process-definition/key/cme-outbound/submit-form", Map.of("variables", Map.of(
              "caseReference", SchoolWorld.value(reference))), String.class);
      assertThat(start.getStatusCode().is2xxSuccessful()).as(user + " starts: " + start.getBody()).isFalse();
    }
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("cme-outbound").count())
        .as("no school started an enquiry").isEqualTo(enquiriesBefore);
    assertThat(engine.getTaskService().createTaskQuery().taskId(task).count()).as("the task is still open").isOne();
    ResponseEntity<String> own = basic("cme.officer").call("GET", "/process-instance/" + instance + "/variables", null);
    assertThat(own.getStatusCode()).as("a CME officer reads it: the check can fail").isEqualTo(HttpStatus.OK);
    assertThat(own.getBody()).contains(secret);
    engine.getRuntimeService().deleteProcessInstance(instance, "probe: the outbound enquiry was probed");
  }

  /** What no team may do to a case's path over REST: only administrators may. */
  @Test
  void an_la_team_cannot_end_a_path_with_an_error_restart_an_instance_or_attach_files() throws Exception {
    worlds();
    Map<String, String> before = riverside.snapshot(engine, jdbc);
    String jointDecision = engine.getTaskService().createTaskQuery().processInstanceIdIn(
        riverside.instances.toArray(String[]::new)).taskDefinitionKey("Task_JointDecision").singleResult().getId();
    String definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("cme-referral")
        .latestVersion().singleResult().getId();
    Transport officer = basic("cme.officer");
    for (ResponseEntity<String> answer : List.of(
        officer.call("POST", "/task/" + jointDecision + "/bpmnError", Map.of("errorCode", "any")),
        officer.call("POST", "/task/" + jointDecision + "/bpmnEscalation", Map.of("escalationCode", "any")),
        officer.call("POST", "/process-definition/" + definition + "/restart", Map.of("processInstanceIds",
            List.of(riverside.caseInstance), "instructions", List.of(Map.of("type", "startBeforeActivity",
                "activityId", "Task_InvestigateWhereabouts")))),
        officer.call("POST", "/task/" + jointDecision + "/attachment/create", Map.of()))) {
      assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    }
    assertThat(riverside.snapshot(engine, jdbc)).isEqualTo(before);
  }

  /**
   * Issue 10: a request to change a School Attendance Order is an LA instance. A school cannot start one
   * (for its own pupil's case or another's: the same answer as for a case that does not exist), and
   * neither the school the order names nor the school the parent asks for reads the officer's instance,
   * its decision task or its variables, or completes the task. The instance (and an order made here) are
   * removed afterwards, so the worlds are as they were.
   */
  @Test
  void a_school_cannot_start_a_change_request_nor_see_the_officers_one() throws Exception {
    worlds();
    String reference = riverside.caseReference;
    // the world's order in force (its enforcement), else one made here and ended afterwards
    Long order = saoRegister.orderInForce(uk.gov.cme.casework.CaseReference.of(reference)).isPresent() ? null
        : saoRegister.record(uk.gov.cme.casework.CaseReference.of(reference),
            new uk.gov.cme.casework.SaoNoticeDetails(uk.gov.cme.casework.SaoNoticeType.SCHOOL_ATTENDANCE_ORDER,
                "Parent of the probe", java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")),
                uk.gov.cme.rules.calendar.ServiceMethod.BY_HAND, "999001", List.of(), null, null, null),
            "cme.officer", java.time.Instant.now());
    String instance = null;
    try {
      Map<String, Object> variables = new LinkedHashMap<>();
      variables.put("caseReference", SchoolWorld.value(reference));
      variables.put("requestType", SchoolWorld.value("amend"));
      variables.put("receivedOn", SchoolWorld.value(java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).toString()));
      variables.put("parentName", SchoolWorld.value("Parent of the probe"));
      variables.put("parentAddress", SchoolWorld.value("1 Probe Street, Exampletown"));
      variables.put("requestedSchoolUrn", SchoolWorld.value("999002"));
      String path = "/process-definition/key/sao-change-request/submit-form";
      for (String school : List.of("riverside.dsl", "hillcrest.dsl")) {
        for (Transport transport : List.of(basic(school), webapp(school))) {
          ResponseEntity<String> own = transport.call("POST", path, Map.of("variables", variables));
          Map<String, Object> absent = new LinkedHashMap<>(variables);
          absent.put("caseReference", SchoolWorld.value(NO_SUCH_CASE));
          ResponseEntity<String> missing = transport.call("POST", path, Map.of("variables", absent));
          assertThat(own.getStatusCode().is2xxSuccessful()).as(school + " " + transport.name() + ": " + own.getBody()).isFalse();
          assertThat(own.getStatusCode()).isEqualTo(missing.getStatusCode());
          assertThat(String.valueOf(own.getBody())).isEqualTo(String.valueOf(missing.getBody()).replace(NO_SUCH_CASE, reference));
        }
      }
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("sao-change-request").count())
          .as("no school started one").isZero();

      ResponseEntity<String> started = basic("cme.officer").call("POST", path, Map.of("variables", variables));
      assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
      instance = json.readTree(started.getBody()).path("id").asText();
      String task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getId();
      // the officer's instance: none of it for either school; riverside's own world is riverside's to read
      Set<String> request = Set.of(instance, task, "Parent of the probe", "1 Probe Street");
      for (String school : List.of("riverside.dsl", "hillcrest.dsl")) {
        Set<String> secrets = new java.util.HashSet<>(request);
        if (school.startsWith("hillcrest")) {
          secrets.addAll(riverside.secrets());
        }
        for (Transport transport : List.of(basic(school), webapp(school))) {
          for (String[] call : List.of(new String[] {"GET", "/process-instance/" + instance + "/variables"},
              new String[] {"GET", "/process-instance/" + instance},
              new String[] {"GET", "/process-instance?processDefinitionKey=sao-change-request"},
              new String[] {"GET", "/task?processInstanceId=" + instance},
              new String[] {"GET", "/task?processInstanceBusinessKey=" + reference},
              new String[] {"GET", "/task/" + task + "/variables"},
              new String[] {"GET", "/task/" + task + "/form-variables"},
              new String[] {"GET", "/history/variable-instance?processInstanceId=" + instance},
              new String[] {"GET", "/history/process-instance?processDefinitionKey=sao-change-request"},
              new String[] {"POST", "/task/" + task + "/claim"},
              new String[] {"POST", "/task/" + task + "/complete"},
              new String[] {"POST", "/task/" + task + "/submit-form"})) {
            Object body = "POST".equals(call[0]) ? Map.of("userId", school, "variables", Map.of(
                "changeDecision", SchoolWorld.value("granted"), "decisionServiceMethod", SchoolWorld.value("BY_HAND"))) : null;
            ResponseEntity<String> answer = transport.call(call[0], call[1], body);
            String what = school + " " + transport.name() + " " + call[0] + " " + call[1];
            assertThat(answer.getStatusCode().value()).as(what + ": " + answer.getBody()).isLessThan(500);
            if ("POST".equals(call[0])) {
              assertThat(answer.getStatusCode().is2xxSuccessful()).as(what + " was accepted").isFalse();
            }
            assertThat(leaked(answer.getBody(), secrets, call[1])).as(what).isEmpty();
          }
        }
      }
      assertThat(engine.getTaskService().createTaskQuery().taskId(task).singleResult().getAssignee()).isNull();
      assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult()
          .getTaskDefinitionKey()).isEqualTo("Task_DecideChangeRequest");
    } finally {
      if (instance != null) {
        engine.getRuntimeService().deleteProcessInstance(instance, "cross-school probe: removed");
      }
      if (order != null) {
        saoRegister.endOrder(uk.gov.cme.casework.CaseReference.of(reference), order,
            uk.gov.cme.casework.SaoOrderEndReason.COMPLIED, "cme.officer", java.time.Instant.now());
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The application's case API (issue 9): the case view, the case search, a school's receipts

  /**
   * As the other school, over HTTP Basic and over a Tasklist session (with its CSRF token, as the
   * plugins call it): every case reference of the victim's world opened gets exactly the answer of a
   * case that does not exist; every search for the victim's child (name, UPN, date of birth, postcode,
   * reference) is refused; the school's own receipts carry nothing of the victim's world. Nothing in
   * the victim's world changes (no audit line is written for a view that was refused). The owner
   * reading its own receipt over the same path shows the check can fail.
   */
  @Test
  void the_case_api_answers_another_schools_cases_as_cases_that_do_not_exist() throws Exception {
    worlds();
    Map<String, Map<String, Integer>> tried = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    for (var pair : List.of(Map.entry("hillcrest.dsl", riverside), Map.entry("riverside.attendance", hillcrest))) {
      SchoolWorld victim = pair.getValue();
      letterIds.computeIfAbsent(victim.caseReference, ref -> caseLetters.store(
          uk.gov.cme.casework.CaseReference.of(ref), "s437-notice", "Notice", "s437-notice", "1",
          new byte[] {'%', 'P', 'D', 'F'}, "system", java.time.Instant.now()).id());
      Map<String, String> before = victim.snapshot(engine, jdbc);
      failures.addAll(caseApiProbe(pair.getKey(), victim, tried));
      assertThat(victim.snapshot(engine, jdbc)).as(victim.tag + "'s world is unchanged").isEqualTo(before);
    }
    int calls = tried.values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum();
    StringBuilder report = new StringBuilder("Cross-school probe of the case API:\n");
    tried.forEach((path, answers) -> report.append(String.format("  %-60s %s%n", path, answers)));
    System.out.println(report.append("  ").append(calls).append(" calls, ").append(failures.size()).append(" failures"));
    assertThat(failures).as("leaks and answers that tell a case apart").isEmpty();
    assertThat(calls).isGreaterThan(20);

    ResponseEntity<String> own = http.withBasicAuth("riverside.dsl", PASSWORD)
        .getForEntity("/api/cases/" + riverside.caseReference, String.class);
    assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(leaked(own.getBody(), riverside.secrets(), "/api/cases/" + riverside.caseReference))
        .as("the owner's receipt names its child: the check can fail").isNotEmpty();
  }

  List<String> caseApiProbe(String attacker, SchoolWorld victim, Map<String, Map<String, Integer>> tried) {
    WebappSession session = WebappSession.loggedIn(http, "tasklist", attacker, PASSWORD);
    Map<String, Function<String, ResponseEntity<String>>> transports = new LinkedHashMap<>();
    transports.put("api-basic", path -> http.withBasicAuth(attacker, PASSWORD).getForEntity(path, String.class));
    transports.put("api-session", path -> session.send(HttpMethod.GET, path, null));
    Set<String> secrets = victim.secrets();
    List<String> failures = new ArrayList<>();
    for (var transport : transports.entrySet()) {
      String absent = "/api/cases/" + NO_SUCH_CASE;
      ResponseEntity<String> nothing = transport.getValue().apply(absent);
      for (String reference : victim.caseReferences) {
        String path = "/api/cases/" + reference;
        ResponseEntity<String> answer = transport.getValue().apply(path);
        count(tried, transport.getKey() + " GET /api/cases/{case}", answer);
        if (answer.getStatusCode() != nothing.getStatusCode()
            || !String.valueOf(answer.getBody()).equals(String.valueOf(nothing.getBody()).replace(absent, path))) {
          failures.add(transport.getKey() + " " + path + " answered " + answer.getStatusCode() + " " + answer.getBody()
              + ", not as for a case that does not exist: " + nothing.getStatusCode() + " " + nothing.getBody());
        }
        failures.addAll(leaks(transport.getKey(), path, answer, secrets));
        // Letters (issue 10): the case's letters and a letter by id, as for a case that does not exist.
        List<String> suffixes = new ArrayList<>(List.of("/letters", "/letters/1"));
        if (letterIds.containsKey(reference)) {
          suffixes.add("/letters/" + letterIds.get(reference));
        }
        for (String suffix : suffixes) {
          String lettersAbsent = absent + suffix;
          String lettersPath = path + suffix;
          ResponseEntity<String> noLetters = transport.getValue().apply(lettersAbsent);
          ResponseEntity<String> letters = transport.getValue().apply(lettersPath);
          count(tried, transport.getKey() + " GET /api/cases/{case}" + suffix.replaceAll("[0-9]+", "{id}"), letters);
          if (letters.getStatusCode() != noLetters.getStatusCode()
              || !String.valueOf(letters.getBody()).equals(String.valueOf(noLetters.getBody())
                  .replace(lettersAbsent, lettersPath))) {
            failures.add(transport.getKey() + " " + lettersPath + " answered " + letters.getStatusCode() + " "
                + letters.getBody() + ", not as for a case that does not exist: " + noLetters.getStatusCode());
          }
          failures.addAll(leaks(transport.getKey(), lettersPath, letters, secrets));
        }
      }
      for (String query : List.of(victim.surname, victim.forename, victim.surname.substring(0, 4).toLowerCase(),
          victim.upn, victim.dateOfBirth, "SO22 4NR", victim.caseReference)) {
        String path = "/api/cases?query=" + query.replace(" ", "%20");
        ResponseEntity<String> answer = transport.getValue().apply(path);
        count(tried, transport.getKey() + " GET /api/cases?query={victim's child}", answer);
        if (answer.getStatusCode() != HttpStatus.FORBIDDEN) {
          failures.add(transport.getKey() + " " + path + " was answered " + answer.getStatusCode());
        }
        failures.addAll(leaks(transport.getKey(), path, answer, secrets));
      }
      ResponseEntity<String> receipts = transport.getValue().apply("/api/my-school/referrals");
      count(tried, transport.getKey() + " GET /api/my-school/referrals", receipts);
      if (receipts.getStatusCode() != HttpStatus.OK) {
        failures.add(transport.getKey() + " /api/my-school/referrals answered " + receipts.getStatusCode());
      }
      failures.addAll(leaks(transport.getKey(), "/api/my-school/referrals", receipts, secrets));
    }
    return failures;
  }

  private static void count(Map<String, Map<String, Integer>> tried, String what, ResponseEntity<String> answer) {
    tried.computeIfAbsent(what, k -> new TreeMap<>()).merge(String.valueOf(answer.getStatusCode().value()), 1,
        Integer::sum);
  }

  private static List<String> leaks(String transport, String path, ResponseEntity<String> answer, Set<String> secrets) {
    return leaked(answer.getBody(), secrets, path).stream()
        .map(leak -> transport + " " + path + " answered " + answer.getStatusCode() + " with " + leak).toList();
  }

  /** The keys of a form's fields. */
  Set<String> formFields(String form) throws Exception {
    Set<String> keys = new java.util.TreeSet<>();
    json.readTree(new java.io.File(form)).findValues("key").forEach(k -> keys.add(k.asText()));
    return keys;
  }

  ResponseEntity<String> startNaming(String user, String path, String caseReference) {
    return http.withBasicAuth(user, PASSWORD).postForEntity(path, Map.of("businessKey", caseReference,
        "variables", Map.of()), String.class);
  }

  /** A case of hillcrest's, closed (not CME: the child is on a school roll and attending elsewhere). */
  String closedCase() throws Exception {
    Map<String, Object> referral = new java.util.HashMap<>();
    referral.put("referrerName", "DSL of hillcrest");
    referral.put("referrerEmail", "dsl@hillcrest.example");
    referral.put("legalForename", "Closedcase");
    referral.put("legalSurname", "Probeshire");
    referral.put("dateOfBirth", "2012-12-12");
    referral.put("onSchoolRoll", false);
    referral.put("educationElsewhere", "ehe-suitable");
    referral.put("circumstances", "Home educated, known to the EHE team.");
    referral.put("attemptsToLocate", List.of(Map.of("step", "PEER_GROUP", "on", "2026-10-20", "result", "Friends say so")));
    ResponseEntity<String> answer = http.withBasicAuth("hillcrest.dsl", PASSWORD).postForEntity("/api/referrals",
        referral, String.class);
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.CREATED);
    String reference = json.readTree(answer.getBody()).path("caseReference").asText();
    assertThat(jdbc.queryForObject("SELECT status FROM cme_case WHERE case_reference = ?", String.class, reference))
        .isEqualTo("CLOSED");
    return reference;
  }

  void probe(String attacker, String attackerUrn, SchoolWorld victim) throws Exception {
    Map<String, String> before = victim.snapshot(engine, jdbc);
    Map<String, Map<String, Integer>> tried = new TreeMap<>();
    List<String> failures = run(attacker, attackerUrn, victim, probes(), tried);
    Map<String, String> after = victim.snapshot(engine, jdbc);

    StringBuilder report = new StringBuilder("Cross-school probe: " + attacker + " against " + victim.tag + "'s world ("
        + victim.instances.size() + " instances, " + victim.tasks.size() + " tasks, " + victim.jobs.size() + " jobs, "
        + victim.caseReferences.size() + " case references)\n");
    int calls = 0;
    for (var entry : tried.entrySet()) {
      int n = entry.getValue().values().stream().mapToInt(Integer::intValue).sum();
      calls += n;
      report.append(String.format("  %-100s x%-3d %s%n", entry.getKey(), n, entry.getValue()));
    }
    report.append("  ").append(calls).append(" calls, ").append(failures.size()).append(" failures\n");
    System.out.println(report);

    assertThat(failures).as("leaks and accepted writes").isEmpty();
    assertThat(after).as("the victim's world is unchanged").isEqualTo(before);
    assertThat(calls).as("the probe made its calls").isGreaterThan(500);
  }

  /** Makes every call of {@code probes} as {@code attacker} over both transports; the failures found. */
  List<String> run(String attacker, String attackerUrn, SchoolWorld victim, List<Probe> probes,
                   Map<String, Map<String, Integer>> tried) throws Exception {
    Set<String> secrets = victim.secrets();
    List<String> failures = new ArrayList<>();
    for (Transport transport : List.of(basic(attacker), webapp(attacker))) {
      for (Probe probe : probes) {
        for (Call call : probe.expand(victim, attacker, attackerUrn)) {
          ResponseEntity<String> answer = transport.call(call.method(), call.path(), call.body());
          int status = answer.getStatusCode().value();
          tried.computeIfAbsent(transport.name() + " " + probe.method() + " " + probe.path(), k -> new TreeMap<>())
              .merge(String.valueOf(status), 1, Integer::sum);
          String what = transport.name() + " " + call.method() + " " + call.path();
          if (status >= 500) {
            failures.add(what + " answered " + status + ": " + answer.getBody());
          }
          if (probe.write() && status >= 200 && status < 300) {
            failures.add(what + " was accepted (" + status + ")");
          }
          String sent = call.path() + " " + (call.body() == null ? "" : json.writeValueAsString(call.body()));
          for (String leak : leaked(answer.getBody(), secrets, sent)) {
            failures.add(what + " answered " + status + " with " + leak);
          }
        }
      }
    }
    return failures;
  }

  /**
   * The probe's check that it fails on a leak: with one wrong grant (hillcrest may read riverside's
   * receipt), the same calls report riverside's details.
   */
  @Test
  void the_probe_reports_a_leak_made_by_a_wrong_grant() throws Exception {
    worlds();
    var authorizations = engine.getAuthorizationService();
    var grant = authorizations.createNewAuthorization(org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId("school-999002");
    grant.setResource(org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE);
    grant.setResourceId(riverside.receiptInstance);
    grant.addPermission(org.camunda.bpm.engine.authorization.Permissions.READ);
    String id = authorizations.saveAuthorization(grant).getId();
    try {
      List<String> failures = run("hillcrest.dsl", "999002", riverside,
          probes().stream().filter(p -> !p.write()).toList(), new TreeMap<>());
      assertThat(failures).anyMatch(f -> f.contains("/process-instance/" + riverside.receiptInstance + "/variables")
          && f.contains(riverside.surname));
    } finally {
      authorizations.deleteAuthorization(id);
    }
  }

  /** What of {@code secrets} an answer carries that the caller did not send itself. */
  static List<String> leaked(String body, Set<String> secrets, String sent) {
    List<String> leaks = new ArrayList<>();
    if (body == null) {
      return leaks;
    }
    for (String secret : secrets) {
      if (body.contains(secret) && !sent.contains(secret)) {
        leaks.add("'" + secret + "'");
      }
    }
    return leaks;
  }

  // ---------------------------------------------------------------------------------------------
  // The paths

  /** Every call the probe makes; {…} names what of the victim's world is put in. */
  static List<Probe> probes() {
    List<Probe> p = new ArrayList<>();
    // Tasks: reads
    read(p, "GET", "/task?processInstanceId={instance}");
    read(p, "GET", "/task?processInstanceBusinessKey={case}");
    read(p, "GET", "/task?candidateGroup=school-{victimUrn}");
    read(p, "GET", "/task/count?processInstanceId={instance}");
    read(p, "POST", "/task", w -> Map.of("processInstanceBusinessKey", w.caseReference));
    read(p, "POST", "/task", w -> Map.of("processVariables", List.of(Map.of("name", "legalSurname", "operator", "eq",
        "value", w.surname))));
    read(p, "POST", "/task/count", w -> Map.of("processInstanceBusinessKeyLike", "%" + w.caseReference.substring(4, 8) + "%"));
    for (String sub : List.of("", "/variables", "/variables/caseReference", "/variables/legalSurname", "/localVariables",
        "/form-variables", "/form", "/deployed-form", "/rendered-form", "/identity-links", "/comment", "/attachment")) {
      read(p, "GET", "/task/{task}" + sub);
    }
    // Tasks: writes
    write(p, "POST", "/task/{task}/claim", w -> Map.of("userId", "{attacker}"));
    write(p, "POST", "/task/{task}/unclaim", null);
    write(p, "POST", "/task/{task}/assignee", w -> Map.of("userId", "{attacker}"));
    write(p, "POST", "/task/{task}/delegate", w -> Map.of("userId", "{attacker}"));
    write(p, "POST", "/task/{task}/complete", w -> Map.of("variables", Map.of()));
    write(p, "POST", "/task/{task}/submit-form", w -> Map.of("variables", Map.of()));
    write(p, "POST", "/task/{task}/resolve", w -> Map.of("variables", Map.of()));
    write(p, "POST", "/task/{task}/identity-links", w -> Map.of("groupId", "school-{attackerUrn}", "type", "candidate"));
    write(p, "POST", "/task/{task}/identity-links/delete", w -> Map.of("groupId", "school-{victimUrn}", "type", "candidate"));
    write(p, "PUT", "/task/{task}/variables/probe", w -> Map.of("value", "x", "type", "String"));
    write(p, "POST", "/task/{task}/variables", w -> Map.of("modifications", Map.of("probe", Map.of("value", "x"))));
    write(p, "PUT", "/task/{task}/localVariables/probe", w -> Map.of("value", "x", "type", "String"));
    write(p, "DELETE", "/task/{task}/variables/caseReference", null);
    write(p, "POST", "/task/{task}/comment/create", w -> Map.of("message", "probe"));
    write(p, "PUT", "/task/{task}", w -> Map.of("name", "probe"));
    write(p, "DELETE", "/task/{task}", null);
    write(p, "POST", "/task/{task}/bpmnError", w -> Map.of("errorCode", "probe"));
    write(p, "POST", "/task/{task}/bpmnEscalation", w -> Map.of("escalationCode", "probe"));
    // Process instances
    read(p, "GET", "/process-instance?businessKey={case}");
    read(p, "GET", "/process-instance?processInstanceIds={instance}");
    read(p, "POST", "/process-instance", w -> Map.of("variables", List.of(Map.of("name", "legalSurname", "operator",
        "eq", "value", w.surname))));
    read(p, "GET", "/process-instance/count?businessKey={case}");
    for (String sub : List.of("", "/variables", "/variables/caseReference", "/variables/legalSurname",
        "/activity-instances", "/comment")) {
      read(p, "GET", "/process-instance/{instance}" + sub);
    }
    write(p, "PUT", "/process-instance/{instance}/variables/probe", w -> Map.of("value", "x", "type", "String"));
    write(p, "POST", "/process-instance/{instance}/variables", w -> Map.of("modifications", Map.of("probe",
        Map.of("value", "x"))));
    write(p, "DELETE", "/process-instance/{instance}/variables/caseReference", null);
    write(p, "PUT", "/process-instance/{instance}/suspended", w -> Map.of("suspended", true));
    write(p, "POST", "/process-instance/{instance}/modification", w -> Map.of("instructions", List.of(
        Map.of("type", "cancel", "activityId", "Task_ConfirmOnRoll"))));
    write(p, "DELETE", "/process-instance/{instance}", null);
    write(p, "POST", "/process-instance/delete", w -> Map.of("processInstanceIds", List.copyOf(w.instances),
        "deleteReason", "probe"));
    write(p, "POST", "/process-instance/job-retries", w -> Map.of("processInstances", List.copyOf(w.instances),
        "retries", 0));
    write(p, "PUT", "/process-instance/suspended", w -> Map.of("processInstanceIds", List.copyOf(w.instances),
        "suspended", true));
    // Executions, variable instances, events
    read(p, "GET", "/execution?processInstanceId={instance}");
    read(p, "GET", "/execution/{execution}");
    read(p, "GET", "/execution/{execution}/localVariables");
    write(p, "PUT", "/execution/{execution}/localVariables/probe", w -> Map.of("value", "x", "type", "String"));
    write(p, "POST", "/execution/{execution}/signal", w -> Map.of());
    write(p, "POST", "/execution/{execution}/messageSubscriptions/ReferralStatusChanged/trigger", w -> Map.of());
    read(p, "GET", "/variable-instance?processInstanceIdIn={instance}");
    read(p, "GET", "/variable-instance?variableName=legalSurname");
    read(p, "GET", "/variable-instance/{variable}");
    read(p, "GET", "/variable-instance/{variable}/data");
    read(p, "GET", "/event-subscription?processInstanceId={instance}");
    read(p, "GET", "/incident?processInstanceId={instance}");
    write(p, "POST", "/message", w -> Map.of("messageName", "ReferralStatusChanged", "businessKey", w.caseReference,
        "processVariables", Map.of("referralStatus", Map.of("value", "CLOSED"))));
    write(p, "POST", "/message", w -> Map.of("messageName", "ReferralForOpenCase", "businessKey", w.caseReference));
    write(p, "POST", "/message", w -> Map.of("messageName", "ReferralStatusChanged", "all", true));
    // the case's own updates (issue 8): closing, merging and a change of education status are the register's to say
    for (String message : List.of("CaseClosed", "CaseMerged", "EducationStatusChanged")) {
      write(p, "POST", "/message", w -> Map.of("messageName", message, "businessKey", w.caseReference,
          "processVariables", Map.of("outcomeCode", Map.of("value", "DIED"))));
    }
    write(p, "POST", "/signal", w -> Map.of("name", "probe"));
    // Jobs
    read(p, "GET", "/job?processInstanceId={instance}");
    read(p, "GET", "/job/{job}");
    read(p, "GET", "/job/{job}/stacktrace");
    read(p, "GET", "/job-definition?processDefinitionKey=send-notification");
    write(p, "POST", "/job/{job}/execute", null);
    write(p, "POST", "/job/{job}/execute", null);
    write(p, "POST", "/job/{job}/execute", null);
    write(p, "PUT", "/job/{job}/retries", w -> Map.of("retries", 0));
    write(p, "POST", "/job/retries", w -> Map.of("jobIds", List.copyOf(w.jobs), "retries", 0));
    write(p, "PUT", "/job/{job}/duedate", w -> Map.of("duedate", "2026-01-01T00:00:00.000+0000"));
    write(p, "PUT", "/job/{job}/suspended", w -> Map.of("suspended", true));
    write(p, "PUT", "/job/{job}/priority", w -> Map.of("priority", 99));
    write(p, "DELETE", "/job/{job}", null);
    write(p, "PUT", "/job-definition/{jobDefinition}/retries", w -> Map.of("retries", 0));
    write(p, "PUT", "/job-definition/{jobDefinition}/suspended", w -> Map.of("suspended", true));
    // History
    for (String resource : List.of("process-instance", "activity-instance", "task", "variable-instance", "detail",
        "user-operation", "incident", "job-log", "identity-link-log", "decision-instance", "external-task-log")) {
      read(p, "GET", "/history/" + resource + "?processInstanceId={instance}");
    }
    read(p, "GET", "/history/process-instance?processInstanceBusinessKey={case}");
    read(p, "GET", "/history/task?processInstanceBusinessKey={case}");
    read(p, "GET", "/history/variable-instance?variableName=legalSurname");
    read(p, "GET", "/history/user-operation");
    read(p, "GET", "/history/process-instance/{instance}");
    read(p, "GET", "/history/variable-instance/{historicVariable}");
    read(p, "POST", "/history/process-instance", w -> Map.of("processInstanceBusinessKey", w.caseReference));
    read(p, "POST", "/history/variable-instance", w -> Map.of("processInstanceIdIn", List.copyOf(w.instances)));
    read(p, "POST", "/history/task", w -> Map.of("processInstanceBusinessKey", w.caseReference));
    write(p, "DELETE", "/history/process-instance/{instance}", null);
    write(p, "POST", "/history/process-instance/delete", w -> Map.of("historicProcessInstanceIds",
        List.copyOf(w.instances)));
    // Filters: the attacker's own filters asked for the victim's work
    read(p, "POST", "/filter/{filter}/list", w -> Map.of("processInstanceBusinessKey", w.caseReference));
    read(p, "POST", "/filter/{filter}/list", w -> Map.of());
    read(p, "POST", "/filter/{filter}/list", w -> Map.of("processVariables", List.of(Map.of("name", "legalSurname",
        "operator", "eq", "value", w.surname))));
    read(p, "POST", "/filter/{filter}/count", w -> Map.of("processInstanceBusinessKey", w.caseReference));
    write(p, "POST", "/filter/create", w -> Map.of("resourceType", "Task", "name", "probe",
        "query", Map.of("candidateGroup", "school-{victimUrn}")));
    // Figures, deployments, identities, authorizations
    read(p, "GET", "/process-definition/statistics?incidents=true");
    read(p, "GET", "/process-definition/key/cme-referral/statistics");
    read(p, "GET", "/job-definition/statistics");
    read(p, "GET", "/metrics/activity-instance-start/sum");
    read(p, "GET", "/metrics?name=process-instances");
    read(p, "GET", "/deployment");
    read(p, "GET", "/user");
    read(p, "GET", "/user/{victimUser}/profile");
    read(p, "GET", "/group?member={victimUser}");
    read(p, "GET", "/authorization?resourceId={instance}");
    read(p, "GET", "/decision-definition");
    read(p, "GET", "/external-task?processInstanceId={instance}");
    write(p, "POST", "/deployment/create", w -> Map.of());
    write(p, "PUT", "/user/{victimUser}/credentials", w -> Map.of("password", "Probe-Pass-2026!",
        "authenticatedUserPassword", PASSWORD));
    write(p, "POST", "/group/school-{attackerUrn}/members/{attacker}", w -> Map.of());
    write(p, "POST", "/authorization/create", w -> Map.of("type", 1, "permissions", List.of("READ"),
        "groupId", "school-{attackerUrn}", "resourceType", 8, "resourceId", "*"));
    // Process starts naming the victim's case
    for (String key : List.of("school-referral", "off-roll-notification", "emigration", "safeguarding-referral",
        "cme-referral", "ehe-check", "case-updates", "confirm-case-match", "sao-prosecution",
        "sao-change-request", "school-attendance-order", "school-education-concern", "escalation",
        "find-stuck-cases")) {
      write(p, "POST", "/process-definition/key/" + key + "/submit-form", w -> Map.of("businessKey", w.caseReference,
          "variables", Map.of()));
      write(p, "POST", "/process-definition/key/" + key + "/start", w -> Map.of("businessKey", w.caseReference));
    }
    write(p, "POST", "/process-definition/key/safeguarding-referral/submit-form", w -> Map.of("variables", Map.of(
        "caseReference", SchoolWorld.value(w.caseReference), "legalForename", SchoolWorld.value("Probe"),
        "legalSurname", SchoolWorld.value("Probe"), "concernDetails", SchoolWorld.value("A concern raised by a probe"))));
    write(p, "POST", "/process-definition/key/school-education-concern/submit-form", w -> Map.of("variables", Map.of(
        "caseReference", SchoolWorld.value(w.caseReference), "educationConcern", SchoolWorld.value("A probe's concern"))));
    write(p, "POST", "/process-definition/key/emigration/submit-form", w -> Map.of("variables", Map.of(
        "caseReference", SchoolWorld.value(w.caseReference), "legalForename", SchoolWorld.value("Probe"),
        "legalSurname", SchoolWorld.value("Probe"), "dateOfBirth", SchoolWorld.value("2012-01-01"),
        "leavingDate", SchoolWorld.value("2026-01-01"), "destinationCountry", SchoolWorld.value("Spain"),
        "destinationAddress", SchoolWorld.value("Madrid"), "emigrationNotice", SchoolWorld.value("Probe notice"))));
    return p;
  }

  private static void read(List<Probe> probes, String method, String path) {
    probes.add(new Probe(method, path, null, false));
  }

  private static void read(List<Probe> probes, String method, String path, Function<SchoolWorld, Object> body) {
    probes.add(new Probe(method, path, body, false));
  }

  private static void write(List<Probe> probes, String method, String path, Function<SchoolWorld, Object> body) {
    probes.add(new Probe(method, path, body, true));
  }

  /** One kind of call: its path with placeholders, its body, whether it changes something. */
  record Probe(String method, String path, Function<SchoolWorld, Object> body, boolean write) {

    /** The calls for every id of the victim's world that the path names. */
    List<Call> expand(SchoolWorld victim, String attacker, String attackerUrn) throws Exception {
      Map<String, List<String>> values = new LinkedHashMap<>();
      values.put("{instance}", List.copyOf(victim.instances));
      values.put("{task}", List.copyOf(victim.tasks));
      values.put("{job}", List.copyOf(victim.jobs));
      values.put("{jobDefinition}", List.copyOf(victim.jobDefinitions));
      values.put("{execution}", List.copyOf(victim.executions));
      values.put("{variable}", List.copyOf(victim.variableInstances).subList(0, Math.min(12, victim.variableInstances.size())));
      values.put("{historicVariable}", List.copyOf(victim.historicVariableInstances)
          .subList(0, Math.min(12, victim.historicVariableInstances.size())));
      values.put("{case}", List.copyOf(victim.caseReferences));
      values.put("{filter}", FILTERS.apply(attacker));
      String bodyText = body == null ? null : new ObjectMapper().writeValueAsString(body.apply(victim));
      String fixed = path;
      Map<String, String> single = Map.of("{attacker}", attacker, "{attackerUrn}", attackerUrn,
          "{victimUrn}", victim.urn, "{victimUser}", victim.user);
      for (var e : single.entrySet()) {
        fixed = fixed.replace(e.getKey(), e.getValue());
        bodyText = bodyText == null ? null : bodyText.replace(e.getKey(), e.getValue());
      }
      List<Call> calls = new ArrayList<>();
      String placeholder = values.keySet().stream().filter(fixed::contains).findFirst().orElse(null);
      Object parsed = bodyText == null ? null : new ObjectMapper().readValue(bodyText, Object.class);
      if (placeholder == null) {
        calls.add(new Call(method, fixed, parsed));
      } else {
        for (String value : values.get(placeholder)) {
          calls.add(new Call(method, fixed.replace(placeholder, value), parsed));
        }
      }
      return calls;
    }
  }

  record Call(String method, String path, Object body) {
  }

  /** The filter ids the attacker sees; set per test class instance. */
  static Function<String, List<String>> FILTERS = user -> List.of();

  // ---------------------------------------------------------------------------------------------
  // How the calls are made

  interface Transport {
    String name();

    ResponseEntity<String> call(String method, String enginePath, Object body);
  }

  /** {@code /engine-rest} with HTTP Basic, as a school's system calls it. */
  Transport basic(String user) {
    FILTERS = this::filtersOf;
    return new Transport() {
      public String name() {
        return "engine-rest";
      }

      public ResponseEntity<String> call(String method, String enginePath, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, PASSWORD).exchange("/engine-rest" + enginePath, HttpMethod.valueOf(method),
            new HttpEntity<>(body, headers), String.class);
      }
    };
  }

  /** The webapps' engine API in a Tasklist session, as Tasklist calls it. */
  Transport webapp(String user) {
    WebappSession session = WebappSession.loggedIn(http, "tasklist", user, PASSWORD);
    return new Transport() {
      public String name() {
        return "tasklist";
      }

      public ResponseEntity<String> call(String method, String enginePath, Object body) {
        String path = WebappSession.ENGINE_API + enginePath;
        return "GET".equals(method) ? session.get(path) : session.send(HttpMethod.valueOf(method), path, body);
      }
    };
  }

  List<String> filtersOf(String user) {
    try {
      JsonNode filters = json.readTree(http.withBasicAuth(user, PASSWORD).getForObject("/engine-rest/filter", String.class));
      List<String> ids = new ArrayList<>();
      filters.forEach(f -> ids.add(f.path("id").asText()));
      assertThat(ids).as(user + "'s filters").isNotEmpty();
      return ids;
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
