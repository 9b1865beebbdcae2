package uk.gov.cme.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_TASK;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.TASK_WORK;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import uk.gov.cme.api.ApiRequests;

/**
 * Task authorizations without a grant per task (issue 12, "Worklist first"; docs/security.md, section
 * 3.10): a team that reads every instance of a model naming it works its tasks there through TASK_WORK on
 * the process definition ({@link WorklistAuthorizationProvider}, {@link AccessPolicy}); no other team
 * claims or completes them ({@link TaskWorkGuard}); any other team's task, and a school's task, keeps its
 * own grant, and a school's stays the school's alone. Over real HTTP, as Tasklist and a team's system call
 * the engine.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class TaskAuthorizationTest {

  static final String PASSWORD = ApiRequests.PASSWORD;

  @Autowired
  TestRestTemplate http;
  @Autowired
  ProcessEngine engine;
  @Autowired
  JdbcTemplate jdbc;

  final ObjectMapper json = new ObjectMapper();

  @Test
  void a_team_works_by_definition_only_the_models_that_name_it_and_that_it_reads_whole_and_no_school_does() {
    // the officers read every instance of these (read-processes) and have tasks in them
    assertThat(definitionsWorkedBy("cme-officer")).containsExactlyInAnyOrder("cme-referral", "school-attendance-order",
        "sao-change-request", "cme-outbound", "register-inspection");
    // the managers read everything (read-all); the escalation's other groups are expressions (per task)
    assertThat(definitionsWorkedBy("cme-manager")).containsExactlyInAnyOrder("cme-referral", "safeguarding-referral",
        "sao-prosecution", "escalation");
    assertThat(definitionsWorkedBy("tlp")).containsExactly("ehe-check");
    assertThat(definitionsWorkedBy("social-care")).containsExactly("safeguarding-referral");
    // admissions reads no model whole: its tasks keep their grant per task
    assertThat(definitionsWorkedBy("admissions")).isEmpty();
    assertThat(engine.getAuthorizationService().createAuthorizationQuery().resourceType(PROCESS_DEFINITION).list())
        .filteredOn(grant -> grant.getGroupId() != null && Groups.isSchoolGroup(grant.getGroupId()))
        .noneMatch(grant -> grant.isPermissionGranted(TASK_WORK) || grant.isPermissionGranted(READ_TASK));
  }

  @Test
  void an_open_referral_waiting_for_the_cme_team_holds_no_authorization_row_and_the_team_works_it() throws Exception {
    String caseReference = ApiRequests.refer(http, "riverside.dsl", ApiRequests.referral("Grantless", "Worklister", "2014-02-03"));
    String instance = instanceOf(caseReference);
    Task acknowledge = task(instance, "Task_AcknowledgeReferral");

    // the LA's case instance and its open task: not one authorization row (before: a TASK grant for the
    // team per open task); the school's receipt instance: the school's READ on it, as before
    assertThat(rowsAbout(instance, acknowledge.getId())).isZero();
    String receipt = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("school-referral")
        .processInstanceBusinessKey(caseReference).singleResult().getId();
    assertThat(jdbc.queryForList("select GROUP_ID_ from ACT_RU_AUTHORIZATION where RESOURCE_ID_ = ?", String.class, receipt))
        .containsExactly("school-999001");

    assertThat(filterTaskIds("cme.officer", "cme-unassigned", acknowledge)).contains(acknowledge.getId());
    assertThat(status(post("cme.officer", "/engine-rest/task/" + acknowledge.getId() + "/claim", Map.of("userId", "cme.officer"))))
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(filterTaskIds("cme.officer", "assigned-to-me", acknowledge)).contains(acknowledge.getId());
    assertThat(status(post("cme.officer", "/engine-rest/task/" + acknowledge.getId() + "/complete", Map.of("variables", Map.of()))))
        .isEqualTo(HttpStatus.NO_CONTENT);
    Task investigate = task(instance, "Task_InvestigateWhereabouts");
    assertThat(rowsAbout(instance, investigate.getId())).isZero();
    assertThat(filterTaskIds("cme.officer", "my-teams", investigate)).contains(investigate.getId());
  }

  @Test
  void another_team_with_tasks_in_the_same_model_neither_claims_nor_completes_the_cme_teams_task() throws Exception {
    String caseReference = ApiRequests.refer(http, "riverside.dsl", ApiRequests.referral("Otherteam", "Worklister", "2014-04-05"));
    Task acknowledge = task(instanceOf(caseReference), "Task_AcknowledgeReferral");

    // the managers have a task in cme-referral and read it whole, so they hold TASK_WORK on the
    // definition: TaskWorkGuard keeps the officers' task to the officers
    assertThat(http.withBasicAuth("cme.manager", PASSWORD).getForEntity("/engine-rest/task/" + acknowledge.getId(), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(status(post("cme.manager", "/engine-rest/task/" + acknowledge.getId() + "/claim", Map.of("userId", "cme.manager"))))
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(status(post("cme.manager", "/engine-rest/task/" + acknowledge.getId() + "/complete", Map.of("variables", Map.of()))))
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(status(post("cme.manager", "/engine-rest/task/" + acknowledge.getId() + "/submit-form", Map.of("variables", Map.of()))))
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(engine.getTaskService().createTaskQuery().taskId(acknowledge.getId()).singleResult().getAssignee()).isNull();
    assertThat(filterTaskIds("cme.manager", "my-teams", acknowledge)).doesNotContain(acknowledge.getId());

    // admissions (a task in the model, per-task grants) and TLP (no task in it) neither see nor work it
    for (String other : List.of("admissions", "tlp")) {
      assertThat(http.withBasicAuth(other, PASSWORD).getForEntity("/engine-rest/task/" + acknowledge.getId(), String.class)
          .getStatusCode()).as(other).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(status(post(other, "/engine-rest/task/" + acknowledge.getId() + "/claim", Map.of("userId", other))))
          .as(other).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
      assertThat(filterTaskIds(other, "my-teams", acknowledge)).as(other).doesNotContain(acknowledge.getId());
    }

    // the officers still work it
    assertThat(status(post("cme.officer", "/engine-rest/task/" + acknowledge.getId() + "/complete", Map.of("variables", Map.of()))))
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void a_schools_task_keeps_its_own_grant_and_only_that_school_lists_and_works_it() throws Exception {
    String caseReference = ApiRequests.refer(http, "riverside.dsl", ApiRequests.referral("Schooltask", "Worklister", "2014-06-07"));
    String instance = instanceOf(caseReference);
    complete("cme.officer", task(instance, "Task_AcknowledgeReferral"), Map.of());
    complete("cme.officer", task(instance, "Task_InvestigateWhereabouts"), Map.of(
        "investigationOutcome", Map.of("value", "located-not-on-roll"), "outcomeDetails", Map.of("value", "With an aunt")));
    Task allocate = task(instance, "Task_AllocateSchoolPlace");
    assertThat(engine.getAuthorizationService().createAuthorizationQuery()
        .resourceType(org.camunda.bpm.engine.authorization.Resources.TASK).resourceId(allocate.getId()).list())
        .as("admissions reads no model whole: a grant per task, as before").extracting(Authorization::getGroupId)
        .containsExactly("admissions");
    complete("admissions", allocate, Map.of(
        "allocatedSchoolUrn", Map.of("value", "999002"), "placeStartDate", Map.of("value", "2027-01-06")));
    String confirmOnRoll = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("confirm-on-roll")
        .superProcessInstanceId(instance).singleResult().getId();
    Task schoolTask = engine.getTaskService().createTaskQuery().processInstanceId(confirmOnRoll).singleResult();

    List<Authorization> taskGrants = engine.getAuthorizationService().createAuthorizationQuery()
        .resourceType(org.camunda.bpm.engine.authorization.Resources.TASK).resourceId(schoolTask.getId()).list();
    assertThat(taskGrants).extracting(Authorization::getGroupId).containsExactly("school-999002");

    assertThat(filterTaskIds("hillcrest.dsl", "school-999002", schoolTask)).contains(schoolTask.getId());
    assertThat(filterTaskIds("riverside.dsl", "school-999001", schoolTask)).doesNotContain(schoolTask.getId());
    assertThat(http.withBasicAuth("riverside.dsl", PASSWORD).getForEntity("/engine-rest/task/" + schoolTask.getId(), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(status(post("riverside.dsl", "/engine-rest/task/" + schoolTask.getId() + "/claim", Map.of("userId", "riverside.dsl"))))
        .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    assertThat(status(post("hillcrest.dsl", "/engine-rest/task/" + schoolTask.getId() + "/claim", Map.of("userId", "hillcrest.dsl"))))
        .isEqualTo(HttpStatus.NO_CONTENT);
  }

  private Set<String> definitionsWorkedBy(String group) {
    Set<String> keys = new TreeSet<>();
    for (Authorization grant : engine.getAuthorizationService().createAuthorizationQuery().groupIdIn(group)
        .resourceType(PROCESS_DEFINITION).list()) {
      if (grant.isPermissionGranted(READ_TASK) && grant.isPermissionGranted(TASK_WORK) && !"*".equals(grant.getResourceId())) {
        keys.add(grant.getResourceId());
      }
    }
    return keys;
  }

  /** Authorization rows naming the instance or the task. */
  private int rowsAbout(String instance, String taskId) {
    return jdbc.queryForObject("select count(*) from ACT_RU_AUTHORIZATION where RESOURCE_ID_ in (?, ?)", Integer.class,
        instance, taskId);
  }

  private String instanceOf(String caseReference) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("cme-referral")
        .processInstanceBusinessKey(caseReference).singleResult().getId();
  }

  private Task task(String instance, String key) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).taskDefinitionKey(key).singleResult();
    assertThat(task).as(key).isNotNull();
    return task;
  }

  private void complete(String user, Task task, Map<String, Object> variables) {
    assertThat(status(post(user, "/engine-rest/task/" + task.getId() + "/complete", Map.of("variables", variables))))
        .as(task.getTaskDefinitionKey()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  private ResponseEntity<String> post(String user, String path, Object body) {
    return http.withBasicAuth(user, PASSWORD).postForEntity(path, body, String.class);
  }

  private static HttpStatus status(ResponseEntity<String> answer) {
    return HttpStatus.valueOf(answer.getStatusCode().value());
  }

  /**
   * The ids of the tasks the filter (by its {@link TasklistFilters#KEY}) lists for the user, as Tasklist
   * asks for them, narrowed to the one task (the other tests' open tasks would push it past a page).
   */
  private List<String> filterTaskIds(String user, String key, Task only) throws Exception {
    Filter filter = engine.getFilterService().createTaskFilterQuery().list().stream()
        .filter(f -> f.getProperties() != null && key.equals(f.getProperties().get(TasklistFilters.KEY))).findFirst().orElseThrow();
    ResponseEntity<String> listed = http.withBasicAuth(user, PASSWORD)
        .postForEntity("/engine-rest/filter/" + filter.getId() + "/list?firstResult=0&maxResults=200", Map.of("taskId", only.getId()), String.class);
    assertThat(listed.getStatusCode()).as(listed.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode tasks = json.readTree(listed.getBody());
    return java.util.stream.StreamSupport.stream(tasks.spliterator(), false).map(t -> t.path("id").asText()).toList();
  }
}
