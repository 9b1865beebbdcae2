package uk.gov.cme.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import uk.gov.cme.process.shared.forms.CaseSummary;

/**
 * {@code POST /api/referrals} over real HTTP, with the real engine, register and a real SMTP server
 * (GreenMail, on the port the test profile sends mail to) receiving the acknowledgement.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class ReferralApiTest {

  static final String PASSWORD = "Demo-Pass-2026";

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
      .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

  @Autowired
  TestRestTemplate http;
  @Autowired
  ProcessEngine engine;
  @Autowired
  JdbcTemplate jdbc;

  final ObjectMapper json = new ObjectMapper();

  @Test
  void an_unauthenticated_referral_is_refused_with_401() {
    assertThat(http.postForEntity("/api/referrals", aReferral("B801200005001"), String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void an_officer_account_is_told_to_use_tasklist() {
    assertThat(post("cme.officer", aReferral("B801200005001")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void an_invalid_referral_gets_400_naming_each_field_and_nothing_is_stored() throws Exception {
    long cases = count("cme_case");
    long instances = engine.getRuntimeService().createProcessInstanceQuery().count();
    Map<String, Object> body = aReferral("A801200005001");
    body.put("dateOfBirth", "2031-02-01");
    body.remove("legalForename");

    ResponseEntity<String> response = post("riverside.dsl", body);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode errors = json.readTree(response.getBody()).path("errors");
    assertThat(errors.findValuesAsText("field")).contains("upn", "dateOfBirth", "legalForename");
    assertThat(errors.toString()).contains("check letter");
    assertThat(count("cme_case")).isEqualTo(cases);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(instances);
  }

  @Test
  void an_unreadable_date_gets_400_naming_the_field() throws Exception {
    Map<String, Object> body = aReferral("B801200005001");
    body.put("dateOfBirth", "31/02/2015");

    ResponseEntity<String> response = post("riverside.dsl", body);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(response.getBody()).path("errors").findValuesAsText("field")).containsExactly("dateOfBirth");
  }

  @Test
  void a_valid_referral_opens_a_case_the_cme_team_sees_in_its_filter_and_the_referrer_gets_an_acknowledgement()
      throws Exception {
    Map<String, Object> body = aReferral("H243278544154");
    body.put("legalForename", "Alex");
    body.put("legalSurname", "Sample");
    body.put("dateOfBirth", "2013-01-10");
    ResponseEntity<String> response = post("riverside.dsl", body);

    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
    String caseReference = json.readTree(response.getBody()).path("caseReference").asText();
    assertThat(caseReference).matches("CME-\\d{4}-\\d{5}");

    JsonNode filter = filterNamed("cme.officer", "CME team — unassigned");
    ResponseEntity<String> listed = http.withBasicAuth("cme.officer", PASSWORD).postForEntity(
        "/engine-rest/filter/" + filter.path("id").asText() + "/list",
        Map.of("processInstanceBusinessKey", caseReference), String.class);
    JsonNode tasks = json.readTree(listed.getBody());
    assertThat(tasks).hasSize(1);
    assertThat(tasks.get(0).path("name").asText()).isEqualTo("Acknowledge the referral");
    String taskId = tasks.get(0).path("id").asText();
    JsonNode form = json.readTree(http.withBasicAuth("cme.officer", PASSWORD)
        .getForObject("/engine-rest/task/" + taskId + "/deployed-form", String.class));
    assertThat(form.path("id").asText()).isEqualTo("acknowledge-referral");

    ResponseEntity<String> completed = http.withBasicAuth("cme.officer", PASSWORD).postForEntity(
        "/engine-rest/task/" + taskId + "/complete", Map.of("variables", Map.of()), String.class);
    assertThat(completed.getStatusCode()).as(completed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    String sending = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("send-notification")
        .processInstanceBusinessKey(caseReference).singleResult().getId();
    Job send = engine.getManagementService().createJobQuery().processInstanceId(sending).singleResult();
    engine.getManagementService().executeJob(send.getId());

    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(1);
    assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("dsl@riverside.example");
    assertThat(GreenMailUtil.getBody(received[0])).contains(caseReference).doesNotContain("Example");
  }

  @Test
  void two_referrals_for_the_same_child_by_upn_and_by_name_date_of_birth_and_postcode_make_one_case() throws Exception {
    String first = caseOf(post("riverside.dsl", aReferral("G80120000101A")));

    ResponseEntity<String> byUpn = post("hillcrest.dsl", aReferral("G80120000101A"));
    Map<String, Object> withoutUpn = aReferral(null);
    withoutUpn.put("legalForename", "  jo ");
    withoutUpn.put("postcode", "so238uj");
    ResponseEntity<String> byName = post("riverside.attendance", withoutUpn);

    assertThat(caseOf(byUpn)).isEqualTo(first);
    assertThat(json.readTree(byUpn.getBody()).path("status").asText()).isEqualTo("RECEIVED");
    assertThat(json.readTree(byUpn.getBody()).fieldNames()).toIterable().containsExactlyInAnyOrder("caseReference", "status");
    assertThat(caseOf(byName)).isEqualTo(first);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cme_referral r JOIN cme_case c ON r.case_id = c.id"
        + " WHERE c.case_reference = ?", Long.class, first)).isEqualTo(3);
  }

  @Test
  void the_cme_team_hands_a_home_educated_child_to_the_ehe_check_and_an_emigrated_child_to_the_emigration_checks()
      throws Exception {
    Map<String, Object> ehe = aReferral(null);
    ehe.put("legalForename", "Robin");
    ehe.put("legalSurname", "Homeschool");
    ehe.put("dateOfBirth", "2012-05-05");
    String eheCase = caseOf(post("riverside.dsl", ehe));
    investigate(eheCase, Map.of("investigationOutcome", Map.of("value", "ehe"),
        "outcomeDetails", Map.of("value", "Parents home educate since October")));

    var eheCheck = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("ehe-check")
        .processInstanceBusinessKey(eheCase).singleResult();
    assertThat(eheCheck).as("the EHE check runs for the same case").isNotNull();
    assertThat(engine.getRuntimeService().getVariable(eheCheck.getId(), "legalSurname")).isEqualTo("Homeschool");

    Map<String, Object> abroad = aReferral(null);
    abroad.put("legalForename", "Kit");
    abroad.put("legalSurname", "Traveller");
    abroad.put("dateOfBirth", "2011-06-06");
    String abroadCase = caseOf(post("hillcrest.dsl", abroad));
    investigate(abroadCase, Map.of("investigationOutcome", Map.of("value", "abroad"),
        "outcomeDetails", Map.of("value", "Family moved to Spain"),
        "destinationCountry", Map.of("value", "Spain"), "destinationAddress", Map.of("value", "Calle Mayor 1, Madrid"),
        "leavingDate", Map.of("value", "2026-10-30")));

    var emigration = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("emigration")
        .processInstanceBusinessKey(abroadCase).singleResult();
    assertThat(emigration).as("the emigration checks run for the same case").isNotNull();
    assertThat(engine.getRuntimeService().getVariable(emigration.getId(), "confirmationGroup"))
        .as("an LA instance: the CME team confirms, no school works in it").isEqualTo("cme-officer");
    assertThat(engine.getAuthorizationService().createAuthorizationQuery().resourceId(emigration.getId()).count())
        .as("no school is granted the LA's emigration checks").isZero();
  }

  /** As a CME officer: acknowledge the referral, then complete the investigation with an outcome. */
  /**
   * What one intake writes (docs/performance.md): no Java-serialized variable (the classification is
   * strings), no variable for a field the request left out, in the school's instance or the CME team's,
   * and no history row per variable change (cme.history.variable-updates is off), while the variables'
   * history (less the task's case summary) and the classification's own decision history are kept.
   */
  @Test
  void an_intake_writes_the_classification_as_strings_no_null_copies_of_absent_fields_no_variable_change_rows_and_no_summary_history()
      throws Exception {
    Map<String, Object> body = aReferral(null);
    body.put("legalForename", "Quillon");
    body.put("legalSurname", "Ferncastle");
    body.put("dateOfBirth", "2013-03-03");
    String caseReference = caseOf(post("riverside.dsl", body));
    var cme = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("cme-referral")
        .processInstanceBusinessKey(caseReference).singleResult();
    var school = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("school-referral")
        .processInstanceBusinessKey(caseReference).singleResult();
    var history = engine.getHistoryService();
    for (var instance : List.of(cme, school)) {
      var variables = engine.getRuntimeService().createVariableInstanceQuery()
          .processInstanceIdIn(instance.getId()).list();
      assertThat(variables).as("variables of %s", instance.getProcessDefinitionId()).isNotEmpty()
          .noneMatch(v -> "serializable".equals(v.getTypeName()) || "object".equals(v.getTypeName()));
      assertThat(variables).as("null copies of fields the request left out, in %s", instance.getProcessDefinitionId())
          .noneMatch(v -> List.of("preferredName", "sex", "address", "referrerPhone", "lastSchoolName",
              "safeguardingDetails", "lastProvisionDate", "classificationResult").contains(v.getName()));
      assertThat(history.createHistoricDetailQuery().processInstanceId(instance.getId()).count())
          .as("history rows per variable change").isZero();
      assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).list())
          .as("the variables' history: all but the task's case summary, a copy of the register")
          .extracting(v -> v.getName())
          .containsExactlyInAnyOrderElementsOf(variables.stream().map(v -> v.getName())
              .filter(name -> !CaseSummary.Variables.ALL.contains(name)).toList())
          .doesNotContainAnyElementsOf(CaseSummary.Variables.ALL);
    }
    assertThat(engine.getRuntimeService().getVariables(cme.getId()))
        .containsEntry("classification", "CME").containsKey("classificationReason");
    var updates = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("case-updates")
        .processInstanceBusinessKey(caseReference).singleResult();
    assertThat(engine.getRuntimeService().getVariable(updates.getId(), "childInitials"))
        .as("the case's updates know the child's initials from the case's opening").isEqualTo("Q.F.");
    assertThat(history.createHistoricDecisionInstanceQuery().processInstanceId(cme.getId()).includeOutputs().list())
        .singleElement().satisfies(decision -> assertThat(decision.getOutputs())
            .anyMatch(o -> "classification".equals(o.getVariableName()) && "CME".equals(o.getValue())));
  }

  void investigate(String caseReference, Map<String, Object> outcome) throws Exception {
    String instanceId = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("cme-referral").processInstanceBusinessKey(caseReference).singleResult().getId();
    completeAsOfficer(instanceId, "Task_AcknowledgeReferral", Map.of());
    for (Job job : engine.getManagementService().createJobQuery().processInstanceId(instanceId).executable().list()) {
      engine.getManagementService().executeJob(job.getId());
    }
    completeAsOfficer(instanceId, "Task_InvestigateWhereabouts", outcome);
  }

  void completeAsOfficer(String instanceId, String taskKey, Map<String, Object> variables) {
    String taskId = engine.getTaskService().createTaskQuery().processInstanceId(instanceId)
        .taskDefinitionKey(taskKey).singleResult().getId();
    ResponseEntity<String> completed = http.withBasicAuth("cme.officer", PASSWORD).postForEntity(
        "/engine-rest/task/" + taskId + "/complete", Map.of("variables", variables), String.class);
    assertThat(completed.getStatusCode()).as(completed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  String caseOf(ResponseEntity<String> response) throws Exception {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
    return json.readTree(response.getBody()).path("caseReference").asText();
  }

  ResponseEntity<String> post(String user, Object body) {
    return http.withBasicAuth(user, PASSWORD).postForEntity("/api/referrals", body, String.class);
  }

  long count(String table) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
  }

  JsonNode filterNamed(String user, String name) throws Exception {
    for (JsonNode filter : json.readTree(http.withBasicAuth(user, PASSWORD).getForObject("/engine-rest/filter", String.class))) {
      if (name.equals(filter.path("name").asText())) {
        return filter;
      }
    }
    throw new AssertionError(user + " has no filter " + name);
  }

  static Map<String, Object> aReferral(String upn) {
    Map<String, Object> body = ApiRequests.referral("Jo", "Example", "2014-09-15");
    if (upn != null) {
      body.put("upn", upn);
    }
    body.put("attemptsToLocate", List.of(
        Map.of("step", "PARENTS_PHONE_OR_TEXT", "on", "2026-10-20", "result", "No answer"),
        Map.of("step", "PARENTS_EMAIL_LETTER_OR_VISIT", "on", "2026-10-21", "result", "Home visit: house empty")));
    return body;
  }
}
