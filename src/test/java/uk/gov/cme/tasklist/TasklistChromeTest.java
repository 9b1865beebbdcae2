package uk.gov.cme.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import uk.gov.cme.security.WebappSession;

/**
 * Issue 9, "Tasklist chrome", over real HTTP as the browser does it: who may see Create task and the
 * filter pencil (what the Tasklist plug-in asks, and that Tasklist loads it), demo accounts named as
 * people, and a plain sentence, not a Whitelabel page, for a school user sent to Cockpit or Admin.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class TasklistChromeTest {

  static final String PASSWORD = "Demo-Pass-2026";
  static final String SCHOOL_SENTENCE = "This part of the service is for the local authority's CME team."
      + " School staff use Tasklist:";
  static final String RIGHTS = WebappSession.ENGINE_API + "/authorization/check?permissionName=CREATE";

  @Autowired
  TestRestTemplate http;
  @Autowired
  IdentityService identity;
  @Autowired
  TaskService tasks;

  final ObjectMapper json = new ObjectMapper();

  // --- Create task and filter editing only for those with the right -------------------------------

  @Test
  void tasklist_loads_the_plug_in_that_hides_create_task_and_the_filter_pencil() {
    ResponseEntity<String> config = http.getForEntity("/camunda/app/tasklist/scripts/config.js", String.class);
    assertThat(config.getBody()).contains("customScripts").contains("'scripts/cme-rights.js'");
    ResponseEntity<String> plugin = http.getForEntity("/camunda/app/tasklist/scripts/cme-rights.js", String.class);
    assertThat(plugin.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(plugin.getBody()).contains("pluginPoint: 'tasklist.navbar.action'", "cme-may-edit-filters",
        "resourceType: 5").doesNotContain("cme-may-create-task");
    ResponseEntity<String> styles = http.getForEntity("/camunda/app/tasklist/styles/user-styles.css", String.class);
    assertThat(styles.getBody()).contains("\n.create-task-action,", "body:not(.cme-may-edit-filters) .task-filter .actions")
        .doesNotContain("cme-may-create-task");
  }

  @Test
  void the_administrator_may_create_filters_but_nobody_a_task_outside_a_process() throws Exception {
    WebappSession admin = WebappSession.loggedIn(http, "tasklist", "admin", PASSWORD);
    assertThat(authorized(admin, "filter", 5)).isTrue();
    // the right is there, but the engine makes no standalone task (application.yaml): Create task is hidden
    assertThat(authorized(admin, "task", 7)).isTrue();
    ResponseEntity<String> created = admin.send(HttpMethod.POST,
        WebappSession.ENGINE_API + "/task/create", Map.of("name", "Made in Tasklist"));
    assertThat(created.getStatusCode().is2xxSuccessful()).as(created.getBody()).isFalse();
    assertThat(tasks.createTaskQuery().taskName("Made in Tasklist").count()).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"riverside.dsl", "cme.officer", "admissions"})
  void nobody_else_is_told_they_may_so_tasklist_hides_both(String user) throws Exception {
    WebappSession session = WebappSession.loggedIn(http, "tasklist", user, PASSWORD);
    assertThat(authorized(session, "task", 7)).isFalse();
    assertThat(authorized(session, "filter", 5)).isFalse();
  }

  /** What the plug-in concludes: only a 200 saying "authorized" shows the control. */
  private boolean authorized(WebappSession session, String resourceName, int resourceType) throws Exception {
    ResponseEntity<String> answer = session.get(RIGHTS + "&resourceName=" + resourceName + "&resourceType=" + resourceType);
    return answer.getStatusCode() == HttpStatus.OK && json.readTree(answer.getBody()).path("authorized").asBoolean();
  }

  // --- demo accounts are people ------------------------------------------------------------------------

  @Test
  void every_demo_account_is_named_as_a_person_with_a_role() {
    User dsl = identity.createUserQuery().userId("riverside.dsl").singleResult();
    assertThat(dsl.getFirstName()).isEqualTo("Sam");
    assertThat(dsl.getLastName()).isEqualTo("Patel (Riverside DSL)");
    User attendance = identity.createUserQuery().userId("riverside.attendance").singleResult();
    assertThat(attendance.getFirstName() + " " + attendance.getLastName())
        .as("the two Riverside users can be told apart").isEqualTo("Jo Williams (Riverside attendance officer)");
    List<User> users = identity.createUserQuery().list();
    assertThat(users).extracting(User::getId).contains("admin", "cme.officer", "admissions", "hillcrest.dsl");
    assertThat(users).allSatisfy(user -> assertThat(user.getLastName()).as(user.getId())
        .doesNotContain("(demo)").matches(".+ \\(.+\\)"));
  }

  // --- a school user sent to Cockpit or Admin ------------------------------------------------------------

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"cockpit", "admin"})
  void a_school_user_sent_to_cockpit_or_admin_sees_a_plain_sentence(String app) {
    WebappSession school = WebappSession.loggedIn(http, "tasklist", "riverside.dsl", PASSWORD);

    ResponseEntity<String> page = school.getPage("/camunda/app/" + app + "/default/");

    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(page.getBody()).contains(SCHOOL_SENTENCE).contains("href=\"/camunda/app/tasklist/\"")
        .doesNotContain("Whitelabel");
  }
}
