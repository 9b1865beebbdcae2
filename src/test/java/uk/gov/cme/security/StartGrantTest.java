package uk.gov.cme.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Who may start a process, on an engine with authorization on and {@link AccessPolicy} applied twice over
 * a database that still has the groups' own grants to create process instances (as every database made
 * before 2026-12 does): one GLOBAL grant of CREATE on process instances replaces the groups' rows that held
 * only that, a group's row with more is kept, and a group still starts exactly the processes whose
 * definition it may start.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StartGrantTest {

  static final String SCHOOL = "school-100001";

  ProcessEngine engine;

  @BeforeAll
  void engine() {
    StandaloneInMemProcessEngineConfiguration config = SecuredEngine.configuration("start-grant");
    engine = config.buildProcessEngine();
    for (String key : List.of("school-starts", "team-starts")) {
      engine.getRepositoryService().createDeployment().addModelInstance(key + ".bpmn",
          Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1).startEvent().userTask().endEvent().done()).deploy();
    }
    Group school = engine.getIdentityService().newGroup(SCHOOL);
    school.setType(Groups.TYPE_SCHOOL);
    engine.getIdentityService().saveGroup(school);
    Grants grants = new Grants(engine.getAuthorizationService());
    // as a database from before: each starting group's own CREATE on process instances, one with more
    grants.grant(SCHOOL, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
    grants.grant("starters", Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
    grants.grant("cme-manager", Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE, ProcessInstancePermissions.RETRY_JOB);

    AccessProperties access = new AccessProperties(
        new AccessProperties.SchoolAccess(List.of("tasklist"), List.of("school-starts"), List.of(), Map.of()),
        Map.of("starters", new AccessProperties.TeamAccess("Starters", List.of("tasklist"), List.of("team-starts"), List.of(), false, false)),
        "cme-manager");
    AccessPolicy policy = new AccessPolicy(access, engine.getIdentityService(), grants, engine.getRepositoryService());
    policy.ensureGroups();
    policy.grantAll();
    policy.grantAll();
  }

  @AfterAll
  void close() {
    engine.close();
  }

  @Test
  void everyone_holds_create_on_process_instances_in_one_row_and_no_group_holds_only_that() {
    List<Authorization> global = engine.getAuthorizationService().createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GLOBAL).resourceType(Resources.PROCESS_INSTANCE).list();
    assertThat(global).singleElement().satisfies(row -> {
      assertThat(row.getUserId()).isEqualTo(ANY);
      assertThat(row.getResourceId()).isEqualTo(ANY);
      assertThat(row.isPermissionGranted(Permissions.CREATE)).isTrue();
      assertThat(row.isPermissionGranted(ProcessInstancePermissions.RETRY_JOB)).isFalse();
      assertThat(row.isPermissionGranted(Permissions.READ)).isFalse();
    });
    List<Authorization> groups = engine.getAuthorizationService().createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT).resourceType(Resources.PROCESS_INSTANCE).list();
    assertThat(groups).extracting(Authorization::getGroupId).containsExactlyInAnyOrder("cme-manager", Groups.ADMIN);
    assertThat(groups).filteredOn(row -> row.getGroupId().equals("cme-manager")).singleElement()
        .satisfies(row -> assertThat(row.isPermissionGranted(ProcessInstancePermissions.RETRY_JOB)).isTrue());
  }

  @Test
  void a_group_starts_the_processes_whose_definition_it_may_start_and_no_other() {
    assertThat(startAs("school.user", SCHOOL, "school-starts")).isTrue();
    assertThat(startAs("school.user", SCHOOL, "team-starts")).isFalse();
    assertThat(startAs("team.user", "starters", "team-starts")).isTrue();
    assertThat(startAs("team.user", "starters", "school-starts")).isFalse();
    assertThat(startAs("someone", "no-rights", "school-starts")).isFalse();
  }

  private boolean startAs(String user, String group, String key) {
    engine.getIdentityService().setAuthentication(user, List.of(group));
    try {
      engine.getRuntimeService().startProcessInstanceByKey(key);
      return true;
    } catch (AuthorizationException refused) {
      return false;
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  @Test
  void without_the_grant_to_everyone_nobody_but_an_administrator_could_start_anything() {
    Authorization global = engine.getAuthorizationService().createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GLOBAL).resourceType(Resources.PROCESS_INSTANCE).singleResult();
    engine.getAuthorizationService().deleteAuthorization(global.getId());
    try {
      assertThatThrownBy(() -> {
        engine.getIdentityService().setAuthentication("school.user", List.of(SCHOOL));
        engine.getRuntimeService().startProcessInstanceByKey("school-starts");
      }).isInstanceOf(AuthorizationException.class).hasMessageContaining("CREATE");
    } finally {
      engine.getIdentityService().clearAuthentication();
      new Grants(engine.getAuthorizationService()).grantEveryone(Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
    }
  }
}
