package uk.gov.cme.process.shared.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * What an officer's form shows of the case, over real HTTP as Tasklist reads it
 * ({@code /engine-rest/task/{id}/form-variables}): a school refers a child through its Tasklist start
 * form; the CME officer's *Acknowledge the referral* task carries the address, postcode, UPN, sex, last
 * school (by name), EHCP and the school's attempts to locate the child, readable, and the referral's
 * source by the school's name. The school's own receipt instance gets none of it. Same configuration
 * as {@code FormSubmissionTest}: one shared context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class CaseSummaryOnTaskTest {

  static final String PASSWORD = "Demo-Pass-2026";

  @Autowired
  TestRestTemplate http;
  @Autowired
  ProcessEngine engine;

  final ObjectMapper json = new ObjectMapper();

  @Test
  void the_acknowledge_form_shows_what_the_officer_needs_readable() throws Exception {
    Map<String, Object> referral = new LinkedHashMap<>();
    referral.put("referrerName", text("A. Teacher"));
    referral.put("referrerEmail", text("dsl@riverside.example"));
    referral.put("legalForename", text("Summaria"));
    referral.put("legalSurname", text("Formview"));
    referral.put("dateOfBirth", text("2014-09-15"));
    referral.put("sex", text("F"));
    referral.put("upn", text("B801200005001"));
    referral.put("address", text("12 Mill Lane, Winchester"));
    referral.put("postcode", text("SO23 8UJ"));
    referral.put("hasEhcp", Map.of("value", true, "type", "Boolean"));
    referral.put("onSchoolRoll", Map.of("value", false, "type", "Boolean"));
    referral.put("educationElsewhere", text("none"));
    referral.put("circumstances", text("Not seen since the October half term."));
    referral.put("attemptCallsTextsDate", text("2026-11-02"));
    referral.put("attemptCallsTextsResult", text("No answer on either number"));

    ResponseEntity<String> started = http.withBasicAuth("riverside.dsl", PASSWORD)
        .postForEntity("/engine-rest/process-definition/key/school-referral/submit-form",
            Map.of("variables", referral), String.class);
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    String receipt = json.readTree(started.getBody()).path("id").asText();
    String caseReference = (String) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(receipt).variableName("caseReference").singleResult().getValue();

    Task acknowledge = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseReference)
        .taskDefinitionKey("Task_AcknowledgeReferral").singleResult();
    JsonNode form = formVariables("cme.officer", acknowledge.getId());

    assertThat(value(form, "summarySex")).isEqualTo("Female");
    assertThat(value(form, "summaryUpn")).isEqualTo("B801200005001");
    assertThat(value(form, "summaryAddress")).isEqualTo("12 Mill Lane, Winchester");
    assertThat(value(form, "summaryPostcode")).isEqualTo("SO23 8UJ");
    assertThat(value(form, "summaryLastSchool")).isEqualTo("Riverside Primary School (URN 999001)");
    assertThat(value(form, "summaryEhcp")).isEqualTo("Yes");
    assertThat(value(form, "summaryAttemptsToLocate"))
        .isEqualTo("2 November 2026 — First-day calls and texts to parents and carers: No answer on either number");
    assertThat(value(form, "summaryReferrals")).matches("Received \\d{1,2} [A-Z][a-z]+ 2026 \\d{2}:\\d{2} from Riverside Primary School");
    assertThat(value(form, "summaryClassification")).startsWith("CME — child missing education:");

    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(receipt).count())
        .as("the school's receipt is still running").isOne();
    assertThat(engine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(receipt)
        .variableNameLike("summary%").count()).as("the school's receipt holds no summary").isZero();
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(acknowledge.getProcessInstanceId()).variableNameLike("summary%").count())
        .as("the history keeps no copy of the summary, which the register holds").isZero();
  }

  /** Issue 9: the IARF task for social care had no address or parents. */
  @Test
  void the_iarf_form_shows_the_address_and_the_parents_of_the_case_it_names() throws Exception {
    Map<String, Object> referral = new LinkedHashMap<>();
    referral.put("referralSource", text("agency"));
    referral.put("referrerOrganisation", text("Health visiting"));
    referral.put("referrerName", text("H. Visitor"));
    referral.put("legalForename", text("Iarfia"));
    referral.put("legalSurname", text("Formview"));
    referral.put("dateOfBirth", text("2013-05-06"));
    referral.put("address", text("4 Quay Street, Southampton"));
    referral.put("postcode", text("SO14 2AA"));
    referral.put("onSchoolRoll", Map.of("value", false, "type", "Boolean"));
    referral.put("educationElsewhere", text("none"));
    referral.put("circumstances", text("The family left the refuge without notice."));
    ResponseEntity<String> started = http.withBasicAuth("cme.officer", PASSWORD)
        .postForEntity("/engine-rest/process-definition/key/cme-referral/submit-form",
            Map.of("variables", referral), String.class);
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    String caseReference = (String) engine.getRuntimeService()
        .getVariable(json.readTree(started.getBody()).path("id").asText(), "caseReference");

    ResponseEntity<String> concern = http.withBasicAuth("cme.officer", PASSWORD)
        .postForEntity("/engine-rest/process-definition/key/safeguarding-referral/submit-form", Map.of("variables", Map.of(
            "caseReference", text(caseReference), "legalForename", text("Iarfia"), "legalSurname", text("Formview"),
            "concernDetails", text("The mother said she was afraid to go home."),
            "policeContacted", Map.of("value", false, "type", "Boolean"))), String.class);
    assertThat(concern.getStatusCode()).as(concern.getBody()).isEqualTo(HttpStatus.OK);
    Task iarf = engine.getTaskService().createTaskQuery()
        .processInstanceId(json.readTree(concern.getBody()).path("id").asText())
        .taskDefinitionKey("Task_MakeInterAgencyReferral").singleResult();

    JsonNode form = formVariables("social.care", iarf.getId());
    assertThat(value(form, "summaryAddress")).isEqualTo("4 Quay Street, Southampton");
    assertThat(value(form, "summaryPostcode")).isEqualTo("SO14 2AA");
    assertThat(value(form, "summaryParents")).as("no off-roll notification names them").isEqualTo("None recorded");
  }

  private JsonNode formVariables(String user, String taskId) throws Exception {
    ResponseEntity<String> response = http.withBasicAuth(user, PASSWORD)
        .getForEntity("/engine-rest/task/" + taskId + "/form-variables", String.class);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    return json.readTree(response.getBody());
  }

  private static String value(JsonNode form, String name) {
    return form.path(name).path("value").asText(null);
  }

  private static Map<String, Object> text(String value) {
    return Map.of("value", value, "type", "String");
  }
}
