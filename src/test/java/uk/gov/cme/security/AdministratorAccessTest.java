package uk.gov.cme.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
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

/**
 * The administrator ({@code camunda-admin}) logs in to Admin, Cockpit and Tasklist as the webapps do
 * and administers users; a school user cannot open Admin or Cockpit. Over real HTTP, demo accounts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class AdministratorAccessTest {

  static final String PASSWORD = "Demo-Pass-2026";
  static final String ADMIN = "admin";
  static final String SCHOOL_USER = "riverside.dsl";

  @Autowired
  TestRestTemplate http;
  @Autowired
  ProcessEngine engine;

  final ObjectMapper json = new ObjectMapper();

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"admin", "cockpit", "tasklist"})
  void the_administrator_logs_in_to_each_webapp_and_lists_the_users(String app) throws Exception {
    WebappSession session = WebappSession.open(http, app);

    ResponseEntity<String> login = session.login(app, ADMIN, PASSWORD);

    assertThat(login.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode authentication = json.readTree(login.getBody());
    assertThat(authentication.path("userId").asText()).isEqualTo(ADMIN);
    assertThat(texts(authentication.path("authorizedApps")))
        .containsExactlyInAnyOrder("admin", "cockpit", "tasklist", "welcome");
    ResponseEntity<String> users = session.get(WebappSession.ENGINE_API + "/user");
    assertThat(users.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(ids(users)).contains(ADMIN, SCHOOL_USER, "cme.manager", "social.care");
  }

  @Test
  void the_administrator_lists_the_users_on_the_rest_api() throws Exception {
    ResponseEntity<String> users = http.withBasicAuth(ADMIN, PASSWORD).getForEntity("/engine-rest/user", String.class);

    assertThat(users.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(ids(users)).contains(ADMIN, SCHOOL_USER, "cme.manager", "social.care");
  }

  @Test
  void the_administrator_creates_and_deletes_a_user_in_admin() {
    WebappSession session = WebappSession.loggedIn(http, "admin", ADMIN, PASSWORD);
    Map<String, Object> user = Map.of(
        "profile", Map.of("id", "new.officer", "firstName", "New", "lastName", "Officer",
            "email", "new.officer@example.invalid"),
        "credentials", Map.of("password", "Another-Pass-2026"));

    ResponseEntity<String> created = session.send(HttpMethod.POST, WebappSession.ENGINE_API + "/user/create", user);
    assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(engine.getIdentityService().createUserQuery().userId("new.officer").count()).isEqualTo(1);

    ResponseEntity<String> deleted = session.send(HttpMethod.DELETE, WebappSession.ENGINE_API + "/user/new.officer", null);
    assertThat(deleted.getStatusCode()).as(deleted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(engine.getIdentityService().createUserQuery().userId("new.officer").count()).isZero();
  }

  @Test
  void the_administrators_group_has_every_permission_on_every_resource_type() {
    List<String> missing = new ArrayList<>();
    for (Resources resource : Resources.values()) {
      Authorization grant = engine.getAuthorizationService().createAuthorizationQuery()
          .authorizationType(Authorization.AUTH_TYPE_GRANT).groupIdIn(Groups.ADMIN)
          .resourceType(resource).resourceId(Authorization.ANY).singleResult();
      if (grant == null || !grant.isEveryPermissionGranted()) {
        missing.add(resource.resourceName());
      }
    }
    assertThat(missing).as("resource types without ALL for " + Groups.ADMIN).isEmpty();
  }

  @Test
  void a_login_without_the_csrf_token_is_refused() {
    WebappSession session = WebappSession.open(http, "admin");

    ResponseEntity<String> login = session.loginWithoutCsrfToken("admin", ADMIN, PASSWORD);

    assertThat(login.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(login.getHeaders().getFirst(WebappSession.CSRF_HEADER)).isEqualTo("Required");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"admin", "cockpit"})
  void a_school_user_cannot_log_in_to_admin_or_cockpit(String app) {
    ResponseEntity<String> login = WebappSession.open(http, app).login(app, SCHOOL_USER, PASSWORD);

    assertThat(login.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void a_school_user_logs_in_to_tasklist() {
    ResponseEntity<String> login = WebappSession.open(http, "tasklist").login("tasklist", SCHOOL_USER, PASSWORD);

    assertThat(login.getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  List<String> ids(ResponseEntity<String> response) throws Exception {
    List<String> ids = new ArrayList<>();
    json.readTree(response.getBody()).forEach(node -> ids.add(node.path("id").asText()));
    return ids;
  }

  static List<String> texts(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(node -> values.add(node.asText()));
    return values;
  }
}
