package uk.gov.cme.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import uk.gov.cme.api.ApiRequests;
import uk.gov.cme.security.TasklistFilters;

/**
 * Issue 9, "the admissions task card shows no case or child": every Tasklist filter names the case and
 * the child as card variables, and every team's card shows them, over real HTTP as Tasklist asks for
 * them ({@code POST /filter/{id}/list}, HAL), including a team that may not read the whole instance.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class TaskCardsTest {

  static final String PASSWORD = ApiRequests.PASSWORD;
  static final int PAGE = 50;

  @Autowired
  TestRestTemplate http;
  @Autowired
  ProcessEngine engine;

  final ObjectMapper json = new ObjectMapper();

  @Test
  void every_filter_shows_the_case_and_the_child_on_its_cards() {
    List<Filter> managed = engine.getFilterService().createTaskFilterQuery().list().stream()
        .filter(f -> f.getProperties() != null && f.getProperties().containsKey(TasklistFilters.KEY)).toList();
    assertThat(managed).extracting(f -> f.getProperties().get(TasklistFilters.KEY))
        .contains("school-999001", "school-999002", "cme-unassigned", "my-teams", "assigned-to-me", "overdue-mine",
            "overdue-all", "stuck-cases");
    assertThat(managed).allSatisfy(filter -> assertThat(filter.getProperties().get("variables")).as(filter.getName())
        .asList().contains(Map.of("name", "caseReference", "label", "Case"), Map.of("name", "childName", "label", "Child")));
  }

  @Test
  void the_admissions_card_shows_the_case_and_the_child() throws Exception {
    String caseReference = ApiRequests.refer(http, "riverside.dsl",
        ApiRequests.referral("Carda", "Admissionson", "2015-06-07"));
    String instance = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("cme-referral")
        .processInstanceBusinessKey(caseReference).singleResult().getId();
    assertThat(variables(card("cme.officer", "CME team — unassigned", instance, "Task_AcknowledgeReferral")))
        .containsEntry("caseReference", caseReference).containsEntry("childName", "Carda Admissionson");
    complete("cme.officer", instance, "Task_AcknowledgeReferral", Map.of());
    complete("cme.officer", instance, "Task_InvestigateWhereabouts", Map.of(
        "investigationOutcome", "located-not-on-roll", "outcomeDetails", "Living with an aunt at 4 Mill Lane"));

    assertThat(engine.getAuthorizationService().isUserAuthorized("admissions", List.of("admissions"),
        org.camunda.bpm.engine.authorization.Permissions.READ, org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE,
        instance)).as("admissions may not read the referral's instance").isFalse();
    assertThat(variables(card("admissions", "My team's tasks", instance, "Task_AllocateSchoolPlace")))
        .containsEntry("caseReference", caseReference).containsEntry("childName", "Carda Admissionson");
  }

  /** The card Tasklist shows to {@code user} in the filter named {@code filterName}; null when not listed. */
  private JsonNode card(String user, String filterName, String instance, String taskKey) throws Exception {
    ResponseEntity<String> filters = http.withBasicAuth(user, PASSWORD)
        .getForEntity("/engine-rest/filter?resourceType=Task", String.class);
    assertThat(filters.getStatusCode()).isEqualTo(HttpStatus.OK);
    String filterId = null;
    for (JsonNode filter : json.readTree(filters.getBody())) {
      if (filterName.equals(filter.path("name").asText())) {
        filterId = filter.path("id").asText();
      }
    }
    assertThat(filterId).as(user + " sees the filter " + filterName).isNotNull();
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(MediaType.parseMediaType("application/hal+json")));
    headers.setContentType(MediaType.APPLICATION_JSON);
    // narrowed to the one task as Tasklist's search narrows a filter (a body extending the filter's query):
    // paging through the whole filter raced the tasks other tests' jobs create meanwhile
    String narrowed = json.writeValueAsString(Map.of("processInstanceId", instance, "taskDefinitionKey", taskKey));
    ResponseEntity<String> list = http.withBasicAuth(user, PASSWORD).exchange(
        "/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=" + PAGE, HttpMethod.POST,
        new HttpEntity<>(narrowed, headers), String.class);
    assertThat(list.getStatusCode()).as(list.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode tasks = json.readTree(list.getBody()).path("_embedded").path("task");
    assertThat(tasks.size()).as("tasks of the instance at " + taskKey).isLessThanOrEqualTo(1);
    return tasks.size() == 1 ? tasks.get(0) : null;
  }

  private static Map<String, String> variables(JsonNode card) {
    assertThat(card).as("the task is listed").isNotNull();
    Map<String, String> values = new LinkedHashMap<>();
    card.path("_embedded").path("variable").forEach(v -> values.put(v.path("name").asText(), v.path("value").asText()));
    return values;
  }

  private void complete(String user, String instance, String taskKey, Map<String, Object> values) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey)
        .singleResult();
    assertThat(task).as(taskKey + " waits").isNotNull();
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    ResponseEntity<String> completed = http.withBasicAuth(user, PASSWORD).postForEntity(
        "/engine-rest/task/" + task.getId() + "/complete", Map.of("variables", variables), String.class);
    assertThat(completed.getStatusCode()).as(taskKey + ": " + completed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }
}
