package uk.gov.cme.tasklist;

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
import uk.gov.cme.api.ApiRequests;

/**
 * Issue 9, "admissions types a URN by hand, never checked against a known school": over real HTTP as
 * Tasklist does it, the allocation task's form gets the schools of the schools file as its select's
 * choices (a Json variable, as Camunda Forms' valuesKey needs), a URN not in the file is refused with
 * the field named by its label and nothing done, and a school from the file is allocated by name.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class AdmissionsSchoolChoiceTest {

  static final String PASSWORD = ApiRequests.PASSWORD;

  @Autowired
  TestRestTemplate http;
  @Autowired
  ProcessEngine engine;

  final ObjectMapper json = new ObjectMapper();

  @Test
  void admissions_choose_the_school_from_the_schools_file() throws Exception {
    String caseReference = ApiRequests.refer(http, "riverside.dsl",
        ApiRequests.referral("Sela", "Choosewell", "2014-02-03"));
    String instance = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("cme-referral")
        .processInstanceBusinessKey(caseReference).singleResult().getId();
    complete("cme.officer", task(instance, "Task_AcknowledgeReferral"), Map.of());
    complete("cme.officer", task(instance, "Task_InvestigateWhereabouts"), Map.of(
        "investigationOutcome", "located-not-on-roll", "outcomeDetails", "Living with an aunt at 4 Mill Lane"));
    String allocate = task(instance, "Task_AllocateSchoolPlace");

    ResponseEntity<String> formVariables = http.withBasicAuth("admissions", PASSWORD).getForEntity(
        "/engine-rest/task/" + allocate + "/form-variables?deserializeValues=false", String.class);
    assertThat(formVariables.getStatusCode()).as(formVariables.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode options = json.readTree(formVariables.getBody()).path("schoolOptions");
    assertThat(options.path("type").asText()).isEqualTo("Json");
    JsonNode choices = json.readTree(options.path("value").asText());
    assertThat(choices).hasSize(2);
    assertThat(choices.get(0).path("label").asText()).isEqualTo("Hillcrest Academy (URN 999002)");
    assertThat(choices.get(0).path("value").asText()).isEqualTo("999002");
    assertThat(choices.get(1).path("value").asText()).isEqualTo("999001");

    ResponseEntity<String> refused = submit("admissions", allocate, Map.of("allocatedSchoolUrn", "123456",
        "placeStartDate", "2027-01-06"));
    assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode error = json.readTree(refused.getBody()).path("errors").get(0);
    assertThat(error.path("label").asText()).isEqualTo("Allocated school");
    assertThat(error.path("reason").asText()).startsWith("is not a school in the schools file");
    assertThat(refused.getBody()).as("a plain message, no stack trace").doesNotContain("\tat ", "ENGINE-");
    assertThat(engine.getTaskService().createTaskQuery().taskId(allocate).count()).as("the task stays open").isOne();

    ResponseEntity<String> allocated = submit("admissions", allocate, Map.of("allocatedSchoolUrn", "999002",
        "placeStartDate", "2027-01-06"));
    assertThat(allocated.getStatusCode()).as(allocated.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(engine.getRuntimeService().getVariable(instance, "allocatedSchoolName")).isEqualTo("Hillcrest Academy");
    assertThat(engine.getRuntimeService().getVariable(instance, "schoolOptions")).as("the choices went with the task")
        .isNull();
  }

  private String task(String instance, String key) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).taskDefinitionKey(key)
        .singleResult();
    assertThat(task).as(key + " waits").isNotNull();
    return task.getId();
  }

  private ResponseEntity<String> submit(String user, String taskId, Map<String, Object> values) {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    return http.withBasicAuth(user, PASSWORD).postForEntity("/engine-rest/task/" + taskId + "/submit-form",
        Map.of("variables", variables), String.class);
  }

  private void complete(String user, String taskId, Map<String, Object> values) {
    ResponseEntity<String> completed = submit(user, taskId, values);
    assertThat(completed.getStatusCode()).as(completed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }
}
