package uk.gov.cme.validation;

import uk.gov.cme.api.ApiRequests;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import uk.gov.cme.RefusalLog;
import uk.gov.cme.security.WebappSession;

/**
 * Form submissions to the engine's REST APIs over real HTTP ({@code /engine-rest} with HTTP Basic and
 * Tasklist's {@code /camunda/api/engine} in a webapp session): bad input is answered 400 naming every
 * field by the label its form gives it, with the reason; nothing is saved (no process instance, not
 * even in history, no case, no variable); the refusal is logged once, without a stack trace and
 * without the child's details. Same configuration as {@code ReferralApiTest}: one shared context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@ExtendWith(OutputCaptureExtension.class)
class FormSubmissionTest {

  static final String PASSWORD = "Demo-Pass-2026";
  static final String SCHOOL_USER = "hillcrest.dsl";
  static final String OFFICER = "cme.officer";
  static final String SCHOOL_REFERRAL = "/engine-rest/process-definition/key/school-referral/";
  static final String SAFEGUARDING = "/engine-rest/process-definition/key/safeguarding-referral/";

  @Autowired
  TestRestTemplate http;
  @Autowired
  ProcessEngine engine;
  @Autowired
  JdbcTemplate jdbc;

  final ObjectMapper json = new ObjectMapper();

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"submit-form", "start"})
  void a_start_with_faults_the_intake_finds_is_400_naming_every_field_by_its_label(String call, CapturedOutput output)
      throws Exception {
    Map<String, Object> variables = schoolReferral("Quillon");
    variables.put("dateOfBirth", text("2031-02-01"));
    variables.remove("legalSurname");
    variables.put("postcode", text("12345"));
    Saved before = saved();
    int mark = RefusalLog.mark(output);

    ResponseEntity<String> response = post(SCHOOL_USER, SCHOOL_REFERRAL + call, Map.of("variables", variables));

    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode errors = json.readTree(response.getBody()).path("errors");
    assertThat(labelsAndReasons(errors)).containsEntry("Legal surname", "the child's legal surname is missing")
        .containsKeys("Date of birth (yyyy-mm-dd)", "Postcode");
    assertThat(reasonFor(errors, "dateOfBirth")).contains("future");
    assertThat(json.readTree(response.getBody()).path("message").asText())
        .contains("Date of birth (yyyy-mm-dd)", "Legal surname", "Postcode").doesNotContain("Quillon");
    assertThat(saved()).isEqualTo(before);
    RefusalLog.assertRefusalLoggedOnce(output, mark, "Quillon", "2031-02-01");
  }

  @Test
  void a_school_referral_without_the_circumstances_the_form_requires_is_400() throws Exception {
    Map<String, Object> variables = schoolReferral("Quillon");
    variables.remove("circumstances");
    Saved before = saved();

    ResponseEntity<String> response = post(SCHOOL_USER, SCHOOL_REFERRAL + "submit-form", Map.of("variables", variables));

    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(labelsAndReasons(json.readTree(response.getBody()).path("errors")))
        .containsOnlyKeys("What has happened? What do you know about where the child is?");
    assertThat(saved()).isEqualTo(before);
  }

  /**
   * Issue 8, defect 13: intake asymmetry. The form no longer demands a result for attempts not made;
   * the intake holds it to the rule (at least one attempt, each with its date and result) and names the
   * empty half of an attempt by its label.
   */
  @Test
  void intake_asymmetry_half_an_attempt_or_none_is_400_naming_the_field_by_its_label() throws Exception {
    Map<String, Object> variables = schoolReferral("Quillon");
    variables.remove("attemptCallsTextsResult");
    variables.put("attemptAgencyResult", text("No record with the welfare officer"));
    Saved before = saved();

    ResponseEntity<String> response = post(SCHOOL_USER, SCHOOL_REFERRAL + "submit-form", Map.of("variables", variables));

    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    Map<String, String> errors = labelsAndReasons(json.readTree(response.getBody()).path("errors"));
    assertThat(errors).containsOnlyKeys("First-day calls and texts to parents and carers: result",
        "Contact with a relevant agency (e.g. armed forces welfare officer): date (yyyy-mm-dd)");
    variables.keySet().removeIf(name -> name.startsWith("attempt"));
    response = post(SCHOOL_USER, SCHOOL_REFERRAL + "submit-form", Map.of("variables", variables));
    assertThat(labelsAndReasons(json.readTree(response.getBody()).path("errors")))
        .containsOnlyKeys("First-day calls and texts to parents and carers: date (yyyy-mm-dd)")
        .hasEntrySatisfying("First-day calls and texts to parents and carers: date (yyyy-mm-dd)",
            reason -> assertThat(reason).contains("at least one attempt"));
    assertThat(saved()).isEqualTo(before);

    variables.put("attemptPeerGroupDate", text("2026-10-21"));
    variables.put("attemptPeerGroupResult", text("Friends say the family moved"));
    response = post(SCHOOL_USER, SCHOOL_REFERRAL + "submit-form", Map.of("variables", variables));
    assertThat(response.getStatusCode()).as("one attempt is enough: " + response.getBody()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void a_thousand_names_no_form_has_are_refused_without_saving_or_logging_them(CapturedOutput output) throws Exception {
    Map<String, Object> variables = schoolReferral("Quillon");
    for (int i = 0; i < 1000; i++) {
      variables.put("Quillon" + i, text("x"));
    }
    Saved before = saved();
    int mark = RefusalLog.mark(output);

    ResponseEntity<String> response = post(SCHOOL_USER, SCHOOL_REFERRAL + "submit-form", Map.of("variables", variables));

    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode errors = json.readTree(response.getBody()).path("errors");
    assertThat(errors).isNotEmpty();
    assertThat(errors.findValuesAsText("reason")).allMatch(r -> r.contains("not a field of this form"));
    assertThat(saved()).isEqualTo(before);
    RefusalLog.assertRefusalLoggedOnce(output, mark, "Quillon");
  }

  @Test
  void a_five_megabyte_bytes_value_is_refused() throws Exception {
    Map<String, Object> variables = schoolReferral("Quillon");
    variables.put("photo", Map.of("type", "Bytes", "value", Base64.getEncoder().encodeToString(new byte[5 * 1024 * 1024])));
    Saved before = saved();

    ResponseEntity<String> response = post(SCHOOL_USER, SCHOOL_REFERRAL + "submit-form", Map.of("variables", variables));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(response.getBody()).path("errors").findValuesAsText("field")).containsExactly("body");
    assertThat(saved()).isEqualTo(before);
  }

  @Test
  void a_bytes_value_under_a_known_name_is_refused() throws Exception {
    Map<String, Object> variables = schoolReferral("Quillon");
    variables.put("circumstances", Map.of("type", "Bytes", "value", Base64.getEncoder().encodeToString(new byte[64])));
    Saved before = saved();

    ResponseEntity<String> response = post(SCHOOL_USER, SCHOOL_REFERRAL + "submit-form", Map.of("variables", variables));

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(labelsAndReasons(json.readTree(response.getBody()).path("errors")))
        .containsEntry("What has happened? What do you know about where the child is?", "must be text");
    assertThat(saved()).isEqualTo(before);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"2099-99-99, is not a date", "2015-02-29, is not a date", "2099-01-01, in the future"})
  void a_safeguarding_referral_with_a_date_of_birth_that_cannot_be_is_400_naming_the_date_of_birth(
      String dateOfBirth, String reason, CapturedOutput output) throws Exception {
    Map<String, Object> variables = safeguarding("Quillon");
    variables.put("dateOfBirth", text(dateOfBirth));
    Saved before = saved();
    int mark = RefusalLog.mark(output);

    ResponseEntity<String> response = post(SCHOOL_USER, SAFEGUARDING + "submit-form", Map.of("variables", variables));

    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    Map<String, String> errors = labelsAndReasons(json.readTree(response.getBody()).path("errors"));
    assertThat(errors).containsOnlyKeys("Child's date of birth, if known (yyyy-mm-dd)");
    assertThat(errors.values().iterator().next()).contains(reason);
    assertThat(saved()).isEqualTo(before);
    RefusalLog.assertRefusalLoggedOnce(output, mark, "Quillon", dateOfBirth);
  }

  /**
   * Issue 9: Tasklist answered a format fault with "Field must match pattern ^[0-9]{4}-…$". The forms
   * name a format instead; a value in the wrong format that no step checks (the day an enquiry was
   * answered) is refused after the step ran, in plain English by its label, and rolled back: the task
   * stays open and no enquiry is recorded.
   */
  @Test
  void a_value_in_the_wrong_format_is_400_in_plain_english_and_nothing_is_saved(CapturedOutput output)
      throws Exception {
    String instance = referredBy(SCHOOL_USER, "Quillon", "2014-09-15");
    var tasks = engine.getTaskService();
    tasks.complete(tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("Task_AcknowledgeReferral")
        .singleResult().getId());
    String investigate = tasks.createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey("Task_InvestigateWhereabouts").singleResult().getId();
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("investigationOutcome", text("enquiry-recorded"));
    variables.put("enquiryAgency", text("health"));
    variables.put("enquirySentOn", text("2026-11-02"));
    variables.put("enquiryAnswer", text("Registered with a GP in Leeds"));
    variables.put("enquiryAnsweredOn", text("yesterday"));
    Saved before = saved();
    long enquiries = count("cme_enquiry");
    int mark = RefusalLog.mark(output);

    ResponseEntity<String> response = post(OFFICER, "/engine-rest/task/" + investigate + "/submit-form",
        Map.of("variables", variables));

    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(labelsAndReasons(json.readTree(response.getBody()).path("errors"))).containsExactly(Map.entry(
        "Answered on (yyyy-mm-dd)", "is not a date: write it year-month-day, for example 2026-12-03 for 3 December 2026"));
    assertThat(response.getBody()).doesNotContain("pattern");
    assertThat(saved()).isEqualTo(before);
    assertThat(count("cme_enquiry")).isEqualTo(enquiries);
    assertThat(tasks.createTaskQuery().taskId(investigate).count()).as("the task stays open").isOne();
    RefusalLog.assertRefusalLoggedOnce(output, mark, "Quillon", "yesterday");
  }

  @Test
  void a_safeguarding_referral_with_a_real_date_of_birth_starts() throws Exception {
    Map<String, Object> variables = safeguarding("Quillon");
    variables.put("dateOfBirth", text("2016-02-29"));

    ResponseEntity<String> response = post(SCHOOL_USER, SAFEGUARDING + "submit-form", Map.of("variables", variables));

    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void yes_for_a_tick_box_one_for_a_tick_box_and_a_number_for_a_name_are_400_each_named() throws Exception {
    Map<String, Object> variables = safeguarding("Quillon");
    variables.put("policeContacted", text("yes"));
    variables.put("legalForename", Map.of("value", 42));
    variables.put("legalSurname", Map.of("value", 7, "type", "Integer"));
    Saved before = saved();
    ResponseEntity<String> yes = post(SCHOOL_USER, SAFEGUARDING + "start", Map.of("variables", variables));
    variables.put("policeContacted", Map.of("value", 1));
    ResponseEntity<String> one = post(SCHOOL_USER, SAFEGUARDING + "start", Map.of("variables", variables));

    for (ResponseEntity<String> response : List.of(yes, one)) {
      assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(labelsAndReasons(json.readTree(response.getBody()).path("errors")))
          .containsEntry("The police have been contacted", "must be ticked or not (true or false)")
          .containsEntry("Child's legal forename(s)", "must be text")
          .containsEntry("Child's legal surname", "must be text");
    }
    assertThat(saved()).isEqualTo(before);
  }

  @Test
  void completing_a_task_with_fields_its_form_does_not_have_or_a_changed_read_only_field_is_400_and_changes_nothing(
      CapturedOutput output) throws Exception {
    String instanceId = referredBy("riverside.dsl", "Quillon", "2013-03-04");
    String taskId = engine.getTaskService().createTaskQuery().processInstanceId(instanceId)
        .taskDefinitionKey("Task_AcknowledgeReferral").singleResult().getId();
    Object caseReference = engine.getRuntimeService().getVariable(instanceId, "caseReference");
    long variables = engine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(instanceId).count();
    int mark = RefusalLog.mark(output);

    ResponseEntity<String> unknown = post(OFFICER, "/engine-rest/task/" + taskId + "/complete", Map.of("variables",
        Map.of("schoolUrn", text("999002"), "acknowledgementNote", text("Thank you"))));
    ResponseEntity<String> readOnly = post(OFFICER, "/engine-rest/task/" + taskId + "/submit-form", Map.of("variables",
        Map.of("caseReference", text("CME-2026-99999"), "acknowledgementNote", text("Thank you"))));

    assertThat(unknown.getStatusCode()).as(unknown.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(labelsAndReasons(json.readTree(unknown.getBody()).path("errors")))
        .containsOnly(Map.entry("schoolUrn", "is not a field of this form"));
    assertThat(readOnly.getStatusCode()).as(readOnly.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(labelsAndReasons(json.readTree(readOnly.getBody()).path("errors")))
        .containsOnly(Map.entry("Case reference", "cannot be changed here"));
    assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).as("the task is still open").isOne();
    assertThat(engine.getRuntimeService().getVariable(instanceId, "caseReference")).isEqualTo(caseReference);
    assertThat(engine.getRuntimeService().getVariable(instanceId, "schoolUrn")).isEqualTo("999001");
    assertThat(engine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(instanceId).count())
        .isEqualTo(variables);
    String log = output.getAll().substring(mark);
    assertThat(log.lines().filter(l -> l.contains("refused"))).hasSize(2);
    RefusalLog.assertNoStackTraceOrPersonalData(log, "Quillon");
  }

  @Test
  void the_same_task_completed_with_its_own_fields_is_accepted() throws Exception {
    String instanceId = referredBy("riverside.dsl", "Marguerite", "2012-07-21");
    String taskId = engine.getTaskService().createTaskQuery().processInstanceId(instanceId)
        .taskDefinitionKey("Task_AcknowledgeReferral").singleResult().getId();
    Object caseReference = engine.getRuntimeService().getVariable(instanceId, "caseReference");

    ResponseEntity<String> completed = post(OFFICER, "/engine-rest/task/" + taskId + "/submit-form", Map.of("variables",
        Map.of("caseReference", text(caseReference.toString()), "acknowledgementNote", text("Thank you"),
            "raiseSafeguardingConcern", Map.of("value", false, "type", "Boolean"))));

    assertThat(completed.getStatusCode()).as(completed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void a_tasklist_submission_with_several_faults_gets_all_of_them_by_label_in_one_answer(CapturedOutput output)
      throws Exception {
    WebappSession tasklist = WebappSession.loggedIn(http, "tasklist", SCHOOL_USER, PASSWORD);
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("school-referral").latestVersion().singleResult().getId();
    Map<String, Object> variables = schoolReferral("Quillon");
    variables.put("dateOfBirth", text("2031-02-01"));
    variables.put("upn", text("A801200005001"));
    variables.put("referrerEmail", text("not an email"));
    variables.put("attemptCallsTextsDate", text("2099-01-05"));
    variables.put("attemptCallsTextsResult", text("No answer"));
    Saved before = saved();
    int mark = RefusalLog.mark(output);

    ResponseEntity<String> response = tasklist.send(HttpMethod.POST,
        WebappSession.ENGINE_API + "/process-definition/" + definitionId + "/submit-form", Map.of("variables", variables));

    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(labelsAndReasons(json.readTree(response.getBody()).path("errors"))).containsOnlyKeys(
        "Date of birth (yyyy-mm-dd)", "Unique Pupil Number (UPN), if known",
        "Your email (we send the acknowledgement and the outcome here)",
        "First-day calls and texts to parents and carers: date (yyyy-mm-dd)");
    assertThat(saved()).isEqualTo(before);
    RefusalLog.assertRefusalLoggedOnce(output, mark, "Quillon", "A801200005001", "2031-02-01");
  }

  @Test
  void a_tasklist_submission_with_several_kinds_of_bad_value_gets_all_of_them_in_one_answer() throws Exception {
    WebappSession tasklist = WebappSession.loggedIn(http, "tasklist", SCHOOL_USER, PASSWORD);
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("school-referral").latestVersion().singleResult().getId();
    Map<String, Object> variables = schoolReferral("Quil\u0007lon");
    variables.put("legalSurname", text("\u202Enollіuq"));
    variables.put("hasEhcp", text("yes"));
    variables.put("sex", text("X"));
    variables.put("preferredName", text("Q".repeat(101)));
    variables.put("schoolUrn", text("999001"));
    Saved before = saved();

    ResponseEntity<String> response = tasklist.send(HttpMethod.POST,
        WebappSession.ENGINE_API + "/process-definition/" + definitionId + "/submit-form", Map.of("variables", variables));

    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    Map<String, String> errors = labelsAndReasons(json.readTree(response.getBody()).path("errors"));
    assertThat(errors).containsOnlyKeys("Legal forename(s)", "Legal surname",
        "The child has an education, health and care plan (EHCP)", "Sex", "Preferred name", "schoolUrn");
    assertThat(errors.get("Legal forename(s)")).contains("character that is not allowed");
    assertThat(errors.get("Legal surname")).contains("character that is not allowed");
    assertThat(errors.get("Sex")).isEqualTo("is not one of the choices offered");
    assertThat(errors.get("Preferred name")).isEqualTo("at most 100 characters");
    assertThat(saved()).isEqualTo(before);
  }

  // --- helpers

  /** What a refused submission must leave as it was. */
  record Saved(long instances, long historicInstances, long cases, long referrals, long variables) {
  }

  Saved saved() {
    return new Saved(engine.getRuntimeService().createProcessInstanceQuery().count(),
        engine.getHistoryService().createHistoricProcessInstanceQuery().count(),
        count("cme_case"), count("cme_referral"),
        engine.getHistoryService().createHistoricVariableInstanceQuery().count());
  }

  long count(String table) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
  }

  ResponseEntity<String> post(String user, String path, Object body) {
    return http.withBasicAuth(user, PASSWORD).postForEntity(path, body, String.class);
  }

  /** A school referral through the API; returns the CME referral instance the CME team works in. */
  String referredBy(String user, String forename, String dateOfBirth) throws Exception {
    String caseReference = ApiRequests.refer(http, user, ApiRequests.referral(forename, "Formtest", dateOfBirth));
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("cme-referral")
        .processInstanceBusinessKey(caseReference).singleResult().getId();
  }

  static Map<String, Object> schoolReferral(String forename) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("referrerName", text("A. Teacher"));
    v.put("referrerEmail", text("dsl@hillcrest.example"));
    v.put("legalForename", text(forename));
    v.put("legalSurname", text("Formtest"));
    v.put("dateOfBirth", text("2014-09-15"));
    v.put("postcode", text("SO23 8UJ"));
    v.put("onSchoolRoll", Map.of("value", false, "type", "Boolean"));
    v.put("educationElsewhere", text("none"));
    v.put("circumstances", text("Not seen since the October half term."));
    v.put("attemptCallsTextsDate", text("2026-10-20"));
    v.put("attemptCallsTextsResult", text("No answer"));
    return v;
  }

  static Map<String, Object> safeguarding(String forename) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("legalForename", text(forename));
    v.put("legalSurname", text("Formtest"));
    v.put("concernDetails", text("Seen with unexplained bruising on both arms today."));
    v.put("policeContacted", Map.of("value", false, "type", "Boolean"));
    return v;
  }

  static Map<String, Object> text(String value) {
    return Map.of("value", value, "type", "String");
  }

  static Map<String, String> labelsAndReasons(JsonNode errors) {
    Map<String, String> byLabel = new LinkedHashMap<>();
    errors.forEach(e -> byLabel.put(e.path("label").asText(), e.path("reason").asText()));
    return byLabel;
  }

  static String reasonFor(JsonNode errors, String field) {
    for (JsonNode e : errors) {
      if (field.equals(e.path("field").asText())) {
        return e.path("reason").asText();
      }
    }
    throw new AssertionError("no error for " + field + " in " + errors);
  }
}
