package uk.gov.cme.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_REVOKE;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@link GroupListAuthorizationManager} on an engine built as the application builds it: a user's few
 * groups are checked as they are (no read of every group id in the grant table), a user in more than
 * {@value GroupListAuthorizationManager#GROUP_LIST_LIMIT} groups gets the engine's narrowing, and either
 * way the answers are the engine's: grants through any of the user's groups count, groups without grants
 * give nothing, and a revoke through a group still takes away what everyone is granted.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GroupListAuthorizationManagerTest {

  ProcessEngine engine;
  ProcessEngineConfigurationImpl configuration;

  @BeforeAll
  void engine() {
    StandaloneInMemProcessEngineConfiguration config = SecuredEngine.configuration("group-list-authorization");
    engine = config.buildProcessEngine();
    configuration = config;
    engine.getRepositoryService().createDeployment().addModelInstance("waits.bpmn",
        Bpmn.createExecutableProcess("waits").camundaHistoryTimeToLive(1).startEvent()
            .userTask("work").camundaCandidateGroups("team-a").endEvent().done()).deploy();
    grant(AUTH_TYPE_GRANT, "team-a", "waits", ProcessDefinitionPermissions.READ_INSTANCE,
        ProcessDefinitionPermissions.READ_TASK);
  }

  @AfterAll
  void close() {
    engine.close();
  }

  @Test
  void the_engine_opens_this_manager_for_its_authorization_checks() {
    assertThat(inCommand(() -> Context.getCommandContext().getAuthorizationManager()))
        .isInstanceOf(GroupListAuthorizationManager.class);
  }

  @Test
  void a_users_few_groups_are_checked_as_they_are_and_a_directorys_many_are_narrowed_to_those_with_grants() {
    assertThat(filter(List.of("team-a", "no-grants", "team-a"))).containsExactly("team-a", "no-grants");
    List<String> many = new ArrayList<>(List.of("team-a"));
    IntStream.range(0, GroupListAuthorizationManager.GROUP_LIST_LIMIT).forEach(i -> many.add("directory-" + i));
    assertThat(filter(many)).as("the engine's narrowing: only groups that hold a grant").containsExactly("team-a");
    assertThat(filter(List.of())).isEmpty();
  }

  @Test
  void the_answers_are_the_engines_for_a_few_groups_and_for_many() {
    String instance = engine.getRuntimeService().startProcessInstanceByKey("waits").getId();
    List<String> many = new ArrayList<>(List.of("team-a"));
    IntStream.range(0, GroupListAuthorizationManager.GROUP_LIST_LIMIT).forEach(i -> many.add("directory-" + i));

    assertThat(visible("a.member", List.of("no-grants", "team-a"), instance)).isEqualTo(new Visible(1, 1));
    assertThat(visible("a.member", many, instance)).isEqualTo(new Visible(1, 1));
    assertThat(visible("stranger", List.of("no-grants", "other"), instance)).isEqualTo(new Visible(0, 0));
    assertThat(visible("stranger", List.of(), instance)).isEqualTo(new Visible(0, 0));
  }

  @Test
  void a_revoke_through_one_of_a_few_groups_still_takes_away_what_everyone_is_granted() {
    String instance = engine.getRuntimeService().startProcessInstanceByKey("waits").getId();
    Authorization everyone = engine.getAuthorizationService().createNewAuthorization(AUTH_TYPE_GLOBAL);
    everyone.setUserId(Authorization.ANY);
    everyone.setResource(Resources.PROCESS_DEFINITION);
    everyone.setResourceId("waits");
    everyone.addPermission(ProcessDefinitionPermissions.READ_INSTANCE);
    engine.getAuthorizationService().saveAuthorization(everyone);
    Authorization revoke = engine.getAuthorizationService().createNewAuthorization(AUTH_TYPE_REVOKE);
    revoke.setGroupId("team-r");
    revoke.setResource(Resources.PROCESS_DEFINITION);
    revoke.setResourceId("waits");
    revoke.removePermission(ProcessDefinitionPermissions.READ_INSTANCE);
    engine.getAuthorizationService().saveAuthorization(revoke);
    List<String> many = new ArrayList<>(List.of("team-r"));
    IntStream.range(0, GroupListAuthorizationManager.GROUP_LIST_LIMIT).forEach(i -> many.add("directory-" + i));
    try {
      assertThat(visible("r.member", List.of("no-grants", "team-r"), instance).instances()).isZero();
      assertThat(visible("r.member", many, instance).instances()).isZero();
      assertThat(visible("anyone", List.of("no-grants"), instance).instances()).isEqualTo(1);
    } finally {
      engine.getAuthorizationService().deleteAuthorization(revoke.getId());
      engine.getAuthorizationService().deleteAuthorization(everyone.getId());
    }
  }

  record Visible(long instances, long tasks) {}

  private Visible visible(String user, List<String> groups, String instance) {
    engine.getIdentityService().setAuthentication(user, groups);
    try {
      return new Visible(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).count(),
          engine.getTaskService().createTaskQuery().processInstanceId(instance).count());
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private List<String> filter(List<String> groups) {
    return inCommand(() -> Context.getCommandContext().getAuthorizationManager().filterAuthenticatedGroupIds(groups));
  }

  private <T> T inCommand(Supplier<T> body) {
    return configuration.getCommandExecutorTxRequired().execute(commandContext -> body.get());
  }

  private void grant(int type, String group, String definition, ProcessDefinitionPermissions... permissions) {
    Authorization grant = engine.getAuthorizationService().createNewAuthorization(type);
    grant.setGroupId(group);
    grant.setResource(Resources.PROCESS_DEFINITION);
    grant.setResourceId(definition);
    for (ProcessDefinitionPermissions permission : permissions) {
      grant.addPermission(permission);
    }
    engine.getAuthorizationService().saveAuthorization(grant);
  }
}
