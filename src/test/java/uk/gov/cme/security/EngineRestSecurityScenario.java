package uk.gov.cme.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.exception.NotAllowedException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * What a school system, an officer or an attacker gets from {@code /engine-rest}, over real HTTP with
 * the demo accounts: nothing without credentials, and a school sees only its own school's work.
 * Run on H2 ({@link EngineRestSecurityTest}) and on PostgreSQL ({@code PostgresIT}).
 */
abstract class EngineRestSecurityScenario {

  static final String PASSWORD = "Demo-Pass-2026";
  static final String SCHOOL_A_USER = "riverside.dsl";
  static final String SCHOOL_A_COLLEAGUE = "riverside.attendance";
  static final String SCHOOL_B_USER = "hillcrest.dsl";
  static final String SOCIAL_CARE_USER = "social.care";
  static final String MANAGER = "cme.manager";

  @Autowired
  TestRestTemplate http;
  @Autowired
  org.camunda.bpm.engine.ProcessEngine engine;

  final ObjectMapper json = new ObjectMapper();

  /**
   * On every database the engine knows each task is a process's (no CMMN, no standalone tasks), so its task
   * lists use inner joins and are checked by the list of what the user may read (docs/performance.md,
   * "Task query shape", "Reading the grants first").
   */
  @Test
  void task_lists_take_the_process_tasks_only_form() {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.isCmmnEnabled()).isFalse();
    assertThat(configuration.isStandaloneTasksEnabled()).isFalse();
  }

  /**
   * Every Tasklist filter is ordered by due date; the first page of a filter is read by the index Flyway adds
   * to the engine's task table (db/engine V1), after the engine has made its tables (EngineTableIndexes), so that the
   * database need not sort the whole filter (docs/performance.md, "The first page by due date").
   */
  @Test
  void the_first_page_of_a_filter_is_read_by_the_due_date_index() throws Exception {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    List<String> columns = new ArrayList<>();
    try (var connection = configuration.getDataSource().getConnection()) {
      var metadata = connection.getMetaData();
      String table = metadata.storesLowerCaseIdentifiers() ? "act_ru_task" : "ACT_RU_TASK";
      try (var indexes = metadata.getIndexInfo(null, null, table, false, false)) {
        while (indexes.next()) {
          if ("cme_task_due_date_ix".equalsIgnoreCase(indexes.getString("INDEX_NAME"))) {
            columns.add(indexes.getString("COLUMN_NAME").toUpperCase(java.util.Locale.ROOT));
          }
        }
      }
    }
    assertThat(columns).containsExactly("DUE_DATE_");
  }

  /**
   * Every task belongs to a process, and so to a case and its owners (application.yaml,
   * {@code standalone-tasks-enabled: false}): none is made by hand, through the API or the engine itself.
   */
  @Test
  void no_task_is_made_outside_a_process() {
    ResponseEntity<String> created = http.withBasicAuth("admin", PASSWORD)
        .postForEntity("/engine-rest/task/create", Map.of("name", "Made by hand"), String.class);
    assertThat(created.getStatusCode().is2xxSuccessful()).as(created.getBody()).isFalse();
    var tasks = engine.getTaskService();
    assertThatThrownBy(() -> {
      var task = tasks.newTask();
      task.setName("Made by hand");
      tasks.saveTask(task);
    }).isInstanceOf(NotAllowedException.class).hasMessageContaining("standalone");
    assertThat(tasks.createTaskQuery().taskName("Made by hand").count()).isZero();
  }

  @Test
  void every_call_without_credentials_is_refused_with_401() {
    assertThat(http.getForEntity("/engine-rest/task", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.getForEntity("/engine-rest/process-instance", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.withBasicAuth("qaro", "wrong-password").getForEntity("/engine-rest/task", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void a_concern_raised_by_school_A_reaches_social_care_and_no_school_reads_social_cares_work() throws Exception {
    String instanceId = raiseConcernAs(SCHOOL_A_USER, "999002");

    assertThat(engine.getRuntimeService().getVariable(instanceId, "schoolUrn"))
        .as("the school is the user's own school, whatever the form said").isEqualTo("999001");
    assertThat(engine.getRuntimeService().getVariable(instanceId, "concernRaisedBy")).isEqualTo(SCHOOL_A_USER);

    JsonNode socialCareTasks = getJson(SOCIAL_CARE_USER, "/engine-rest/task?processInstanceId=" + instanceId);
    assertThat(socialCareTasks).hasSize(1);
    JsonNode task = socialCareTasks.get(0);
    assertThat(task.path("taskDefinitionKey").asText()).isEqualTo("Task_MakeInterAgencyReferral");
    assertThat(task.path("due").asText()).isNotBlank();
    JsonNode form = getJson(SOCIAL_CARE_USER, "/engine-rest/task/" + task.path("id").asText() + "/deployed-form");
    assertThat(form.path("id").asText()).isEqualTo("make-inter-agency-referral");

    for (String school : List.of(SCHOOL_A_USER, SCHOOL_A_COLLEAGUE, SCHOOL_B_USER)) {
      assertThat(taskIds(school)).as(school).doesNotContain(task.path("id").asText());
      assertThat(get(school, "/engine-rest/process-instance/" + instanceId + "/variables").getStatusCode())
          .as(school + ": the referral is social care's work").isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(get(school, "/engine-rest/task/" + task.path("id").asText()).getStatusCode())
          .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
      assertThat(getJson(school, "/engine-rest/process-instance?processInstanceIds=" + instanceId)).isEmpty();
      assertThat(get(school, "/engine-rest/variable-instance?processInstanceIdIn=" + instanceId).getStatusCode())
          .as("schools have no variable-instance queries at all").isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(get(school, "/engine-rest/history/variable-instance?processInstanceId=" + instanceId)
          .getStatusCode()).as("nor history").isEqualTo(HttpStatus.FORBIDDEN);
    }

    assertThat(get(MANAGER, "/engine-rest/process-instance/" + instanceId + "/variables").getStatusCode())
        .as("the CME manager reads everything").isEqualTo(HttpStatus.OK);
  }

  @Test
  void each_role_sees_its_own_tasklist_filters() throws Exception {
    assertThat(filterNames(SCHOOL_A_USER)).contains("My school's tasks", "Assigned to me", "Overdue")
        .doesNotContain("CME team — unassigned", "Overdue — all teams", "My team's tasks");
    assertThat(filterNames(SOCIAL_CARE_USER)).contains("My team's tasks", "Assigned to me", "Overdue")
        .doesNotContain("My school's tasks", "CME team — unassigned");
    assertThat(filterNames("cme.officer")).contains("CME team — unassigned", "My team's tasks");
    assertThat(filterNames(MANAGER)).contains("Overdue — all teams", "CME team — unassigned");

    JsonNode schoolAFilter = filterNamed(SCHOOL_A_USER, "My school's tasks");
    JsonNode schoolBFilter = filterNamed(SCHOOL_B_USER, "My school's tasks");
    assertThat(schoolAFilter.path("id").asText()).isNotEqualTo(schoolBFilter.path("id").asText());
    assertThat(get(SCHOOL_B_USER, "/engine-rest/filter/" + schoolAFilter.path("id").asText()).getStatusCode())
        .as("school B cannot open school A's filter").isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
  }

  @Test
  void the_social_care_team_filter_lists_the_referral_task() throws Exception {
    String instanceId = raiseConcernAs("cme.officer", "999001");
    JsonNode filter = filterNamed(SOCIAL_CARE_USER, "My team's tasks");
    JsonNode listed = postJson(SOCIAL_CARE_USER, "/engine-rest/filter/" + filter.path("id").asText() + "/list",
        Map.of("processInstanceId", instanceId));
    assertThat(listed).hasSize(1);
    assertThat(listed.get(0).path("name").asText()).isEqualTo("Make the inter-agency referral (IARF)");
  }

  String raiseConcernAs(String user, String schoolUrn) throws Exception {
    Map<String, Object> body = Map.of("variables", Map.of(
        "legalForename", Map.of("value", "Sam"),
        "legalSurname", Map.of("value", "Example"),
        "schoolUrn", Map.of("value", schoolUrn),
        "concernDetails", Map.of("value", "Seen with unexplained bruising on both arms today.")));
    ResponseEntity<String> started = http.withBasicAuth(user, PASSWORD)
        .postForEntity("/engine-rest/process-definition/key/safeguarding-referral/start", body, String.class);
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    return json.readTree(started.getBody()).path("id").asText();
  }

  ResponseEntity<String> get(String user, String path) {
    return http.withBasicAuth(user, PASSWORD).getForEntity(path, String.class);
  }

  JsonNode getJson(String user, String path) throws Exception {
    ResponseEntity<String> response = get(user, path);
    assertThat(response.getStatusCode()).as(path + " " + response.getBody()).isEqualTo(HttpStatus.OK);
    return json.readTree(response.getBody());
  }

  JsonNode postJson(String user, String path, Object body) throws Exception {
    ResponseEntity<String> response = http.withBasicAuth(user, PASSWORD).postForEntity(path, body, String.class);
    assertThat(response.getStatusCode()).as(path + " " + response.getBody()).isEqualTo(HttpStatus.OK);
    return json.readTree(response.getBody());
  }

  List<String> taskIds(String user) throws Exception {
    List<String> ids = new ArrayList<>();
    getJson(user, "/engine-rest/task").forEach(t -> ids.add(t.path("id").asText()));
    return ids;
  }

  List<String> filterNames(String user) throws Exception {
    List<String> names = new ArrayList<>();
    getJson(user, "/engine-rest/filter").forEach(f -> names.add(f.path("name").asText()));
    return names;
  }

  JsonNode filterNamed(String user, String name) throws Exception {
    for (JsonNode filter : getJson(user, "/engine-rest/filter")) {
      if (name.equals(filter.path("name").asText())) {
        return filter;
      }
    }
    throw new AssertionError(user + " has no filter named " + name);
  }
}
