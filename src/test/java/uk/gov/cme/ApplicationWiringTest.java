package uk.gov.cme;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import uk.gov.cme.modelcheck.ModelStandards;
import uk.gov.cme.security.PlatformSetup;

/** The application as it starts: engine, models, beans the models call, accounts, idempotent set-up. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class ApplicationWiringTest {

  @Autowired
  ApplicationContext context;
  @Autowired
  ProcessEngine engine;
  @Autowired
  TestRestTemplate http;
  @Autowired
  PlatformSetup platformSetup;

  @Test
  void every_bean_the_models_call_exists() {
    Map<String, List<String>> referenced = ModelStandards.referencedBeans(projectRoot());
    assertThat(referenced).as("the models reference at least the calendar").containsKey("calendar");
    Map<String, List<String>> missing = new TreeMap<>();
    referenced.forEach((bean, places) -> {
      if (!context.containsBean(bean)) {
        missing.put(bean, places);
      }
    });
    assertThat(missing).as("beans referenced in processes/ but not defined").isEmpty();
  }

  @Test
  void models_and_their_forms_are_deployed() {
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("safeguarding-referral").latestVersion().count()).isEqualTo(1);
    String deploymentId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("safeguarding-referral").latestVersion().singleResult().getDeploymentId();
    List<String> resources = engine.getRepositoryService().getDeploymentResources(deploymentId).stream()
        .map(Resource::getName).toList();
    assertThat(resources).anyMatch(r -> r.endsWith("make-inter-agency-referral.form"))
        .anyMatch(r -> r.endsWith("raise-safeguarding-concern.form"));
  }

  @Test
  void authorization_checks_are_on_and_demo_accounts_exist_for_every_actor() {
    assertThat(engine.getProcessEngineConfiguration().isAuthorizationEnabled()).isTrue();
    var identity = engine.getIdentityService();
    for (String group : List.of("cme-officer", "legal-interventions", "isend-admin", "tlp", "admissions",
        "send-ap", "social-care", "cme-panel", "cic-cmooe-group", "line-manager", "send-team-manager",
        "virtual-school-head", "line-of-sight", "qaro", "cme-manager", "camunda-admin",
        "school-999001", "school-999002")) {
      assertThat(identity.createUserQuery().memberOfGroup(group).count()).as(group).isPositive();
    }
    assertThat(identity.createUserQuery().memberOfGroup("school-999001").count()).isEqualTo(2);
    assertThat(identity.checkPassword("riverside.dsl", "Demo-Pass-2026")).isTrue();
  }

  @Test
  void a_restart_changes_nothing() {
    long authorizations = engine.getAuthorizationService().createAuthorizationQuery().count();
    long filters = engine.getFilterService().createFilterQuery().count();
    long users = engine.getIdentityService().createUserQuery().count();
    long groups = engine.getIdentityService().createGroupQuery().count();

    platformSetup.apply();

    assertThat(engine.getAuthorizationService().createAuthorizationQuery().count()).isEqualTo(authorizations);
    assertThat(engine.getFilterService().createFilterQuery().count()).isEqualTo(filters);
    assertThat(engine.getIdentityService().createUserQuery().count()).isEqualTo(users);
    assertThat(engine.getIdentityService().createGroupQuery().count()).isEqualTo(groups);
  }

  @Test
  void the_webapps_carry_the_service_name_and_hide_the_product_banner() {
    String config = http.getForObject("/camunda/app/tasklist/scripts/config.js", String.class);
    assertThat(config).contains("Children Missing Education");
    String styles = http.getForObject("/camunda/app/tasklist/styles/user-styles.css", String.class);
    assertThat(styles).contains(".ce-eol-banner").contains("display: none");
  }

  static Path projectRoot() {
    return Path.of(System.getProperty("project.basedir", "."));
  }
}
