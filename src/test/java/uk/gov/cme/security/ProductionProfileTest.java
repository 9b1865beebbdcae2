package uk.gov.cme.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import uk.gov.cme.CmeApplication;

/**
 * The prod profile: no demo accounts, no start without a proper first administrator, that
 * administrator may administer everything, and HTTPS-only headers (HSTS, frame denial).
 */
class ProductionProfileTest {

  static final String STRONG = "Str0ng-and-long!";
  static final String DEMO_PASSWORD = "Demo-Pass-2026";
  static final List<String> PUBLISHED = List.of(DEMO_PASSWORD);

  @Test
  void a_missing_administrator_is_named_in_the_error() {
    assertThatThrownBy(() -> AdministratorBootstrap.validate(new AdministratorProperties(null, "", null), PUBLISHED))
        .isInstanceOf(StartupConfigurationException.class)
        .hasMessageContaining("CME_ADMIN_USER is not set")
        .hasMessageContaining("CME_ADMIN_PASSWORD is not set");
  }

  @Test
  void a_weak_password_is_refused_with_the_reasons() {
    assertThatThrownBy(() -> AdministratorBootstrap.validate(new AdministratorProperties("root", "password", null), PUBLISHED))
        .hasMessageContaining("too weak")
        .hasMessageContaining("fewer than 10 characters")
        .hasMessageContaining("upper-case")
        .hasMessageContaining("digit")
        .hasMessageContaining("special");
  }

  @Test
  void a_strong_password_passes() {
    AdministratorBootstrap.validate(new AdministratorProperties("la.admin", STRONG, null), PUBLISHED);
  }

  @Test
  void the_demo_password_is_refused_for_the_administrator() {
    assertThatThrownBy(() -> AdministratorBootstrap.validate(new AdministratorProperties("la.admin", DEMO_PASSWORD,
        null), PUBLISHED)).hasMessageContaining("published password");
  }

  @Test
  void accounts_left_from_the_demo_profile_are_locked_when_the_database_is_started_in_production() {
    String database = "prod-" + UUID.randomUUID();
    try (ConfigurableApplicationContext demo = new SpringApplicationBuilder(CmeApplication.class).profiles("demo")
        .run("--spring.datasource.url=jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1", "--server.port=0",
            "--camunda.bpm.process-engine-name=" + database.replace("-", ""),
            "--camunda.bpm.job-execution.enabled=false")) {
      assertThat(demo.getBean(ProcessEngine.class).getIdentityService().checkPassword("admin", DEMO_PASSWORD)).isTrue();
    }
    try (ConfigurableApplicationContext prod = start(database, "la.admin", STRONG)) {
      IdentityService identity = prod.getBean(ProcessEngine.class).getIdentityService();
      for (String user : List.of("admin", "cme.officer", "riverside.dsl")) {
        assertThat(identity.checkPassword(user, DEMO_PASSWORD)).as(user + " keeps no published password").isFalse();
      }
      assertThat(identity.checkPassword("la.admin", STRONG)).isTrue();
    }
  }

  @Test
  void the_application_does_not_start_without_an_administrator() {
    String database = "prod-" + UUID.randomUUID();
    assertThatThrownBy(() -> start(database, "", "").close())
        .hasStackTraceContaining("CME_ADMIN_USER is not set");
  }

  @Test
  void the_application_does_not_start_with_demo_and_prod_together() {
    String database = "prod-" + UUID.randomUUID();
    assertThatThrownBy(() -> start(database, "la.admin", STRONG, "demo").close())
        .hasStackTraceContaining("demo accounts must never exist in production");
  }

  @Test
  void prod_creates_the_administrator_once_and_no_demo_accounts() {
    String database = "prod-" + UUID.randomUUID();
    try (ConfigurableApplicationContext first = start(database, "la.admin", STRONG)) {
      IdentityService identity = first.getBean(ProcessEngine.class).getIdentityService();
      assertThat(identity.createUserQuery().list()).extracting(u -> u.getId()).containsExactly("la.admin");
      assertThat(identity.createUserQuery().memberOfGroup(Groups.ADMIN).count()).isEqualTo(1);
      assertThat(identity.createGroupQuery().groupId("social-care").count()).isEqualTo(1);
      var authorizations = first.getBean(ProcessEngine.class).getAuthorizationService();
      for (String app : List.of("admin", "cockpit", "tasklist")) {
        assertThat(authorizations.isUserAuthorized("la.admin", List.of(Groups.ADMIN), Permissions.ACCESS,
            Resources.APPLICATION, app)).as("the administrator may open " + app).isTrue();
      }
      assertThat(authorizations.isUserAuthorized("la.admin", List.of(Groups.ADMIN), Permissions.CREATE,
          Resources.USER, "*")).as("the administrator may create users").isTrue();
      identity.setAuthentication("la.admin", List.of(Groups.ADMIN));
      var admin = identity.createUserQuery().userId("la.admin").singleResult();
      admin.setPassword("Changed-in-Admin-1");
      identity.saveUser(admin);
      identity.clearAuthentication();
    }
    try (ConfigurableApplicationContext second = start(database, "la.admin", STRONG)) {
      IdentityService identity = second.getBean(ProcessEngine.class).getIdentityService();
      assertThat(identity.checkPassword("la.admin", "Changed-in-Admin-1"))
          .as("a restart leaves the administrator's changed password alone").isTrue();
      assertThat(identity.createUserQuery().count()).isEqualTo(1);
    }
  }

  @Test
  void prod_answers_carry_hsts_and_frame_denial() throws Exception {
    String database = "prod-" + UUID.randomUUID();
    try (ConfigurableApplicationContext prod = start(database, "la.admin", STRONG)) {
      HttpClient client = HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + ((WebServerApplicationContext) prod).getWebServer().getPort();

      HttpResponse<Void> api = client.send(HttpRequest.newBuilder(URI.create(base + "/engine-rest/engine/" + database.replace("-", "") + "/task")).build(),
          HttpResponse.BodyHandlers.discarding());
      assertThat(api.statusCode()).isEqualTo(401);
      assertThat(api.headers().allValues("Strict-Transport-Security"))
          .containsExactly("max-age=31536000; includeSubDomains");
      assertThat(api.headers().allValues("X-Frame-Options")).containsExactly("DENY");
      assertThat(api.headers().allValues("Cache-Control")).containsExactly("no-store");

      HttpResponse<Void> tasklist = client.send(
          HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/" + database.replace("-", "") + "/")).build(),
          HttpResponse.BodyHandlers.discarding());
      assertThat(tasklist.statusCode()).isEqualTo(200);
      assertThat(tasklist.headers().allValues("Strict-Transport-Security"))
          .containsExactly("max-age=31536000; includeSubDomains");
      assertThat(tasklist.headers().firstValue("Content-Security-Policy")).get(STRING)
          .contains("frame-ancestors 'none'");
    }
  }

  private static ConfigurableApplicationContext start(String database, String user, String password,
                                                      String... extraProfiles) {
    List<String> profiles = new ArrayList<>(List.of("prod"));
    profiles.addAll(List.of(extraProfiles));
    // Command-line arguments: they override application.yaml, whereas builder properties() are only
    // defaults, which left the datasource on the demo file database ./data/cme.
    return new SpringApplicationBuilder(CmeApplication.class)
        .profiles(profiles.toArray(String[]::new))
        .run(
            "--spring.datasource.url=jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1",
            "--server.port=0",
            // No hyphens: the starter ignores such a name and would register this engine as "default",
            // taking the place of the engine of the cached test contexts.
            "--camunda.bpm.process-engine-name=" + database.replace("-", ""),
            "--camunda.bpm.job-execution.enabled=false",
            "--CME_ADMIN_USER=" + user,
            "--CME_ADMIN_PASSWORD=" + password);
  }
}
