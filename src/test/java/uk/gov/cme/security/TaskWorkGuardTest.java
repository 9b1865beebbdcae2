package uk.gov.cme.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@link TaskWorkGuard} and {@link WorklistAuthorizationProvider} on an engine with authorization on, as the
 * application configures it: a team holding TASK_WORK on a definition works only the tasks offered to it;
 * a candidate user, an administrator and a task with no candidates are as the engine has them; a team on
 * a definition gets no grant per task, any other group does.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskWorkGuardTest {

  ProcessEngine engine;

  @BeforeAll
  void engine() {
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setJdbcUrl("jdbc:h2:mem:task-work-guard;DB_CLOSE_DELAY=-1");
    configuration.setDatabaseSchemaUpdate("create-drop");
    configuration.setAuthorizationEnabled(true);
    configuration.setDefaultUserPermissionForTask(Permissions.TASK_WORK);
    configuration.setJobExecutorActivate(false);
    configuration.setProcessEngineName("task-work-guard");
    configuration.setGeneralResourceWhitelistPattern("[a-zA-Z0-9][a-zA-Z0-9._-]*"); // group ids as the application has them
    configuration.getProcessEnginePlugins().add(new EngineSecurityPlugin(() -> null,
        new SchoolScopes(java.util.Set.of(), Map.of())));
    engine = configuration.buildProcessEngine();
    engine.getRepositoryService().createDeployment().addModelInstance("shared.bpmn",
        Bpmn.createExecutableProcess("shared").camundaHistoryTimeToLive(1).startEvent()
            .parallelGateway("fork")
            .userTask("teamA").camundaCandidateGroups("team-a").endEvent("doneA")
            .moveToLastGateway().userTask("teamB").camundaCandidateGroups("team-b").endEvent("doneB")
            .moveToLastGateway().userTask("someone").camundaCandidateUsers("u.one").endEvent("doneSomeone")
            .moveToLastGateway().userTask("nobody").endEvent("doneNobody")
            .done()).deploy();
    // team-a works "shared" by definition (as a team reading the model whole); team-b does not
    grant("team-a", Resources.PROCESS_DEFINITION, "shared", ProcessDefinitionPermissions.READ_TASK,
        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.TASK_WORK);
    grant(Groups.ADMIN, Resources.TASK, "*", Permissions.ALL);
  }

  @AfterAll
  void close() {
    engine.close();
  }

  @Test
  void a_team_working_the_definition_gets_no_grant_per_task_and_another_group_does() {
    String instance = engine.getRuntimeService().startProcessInstanceByKey("shared").getId();
    assertThat(taskGrantGroups(task(instance, "teamA"))).isEmpty();
    assertThat(taskGrantGroups(task(instance, "teamB"))).containsExactly("team-b");
  }

  @Test
  void a_team_working_the_definition_completes_its_own_task_and_not_another_teams() {
    String instance = engine.getRuntimeService().startProcessInstanceByKey("shared").getId();
    String teamB = task(instance, "teamB");
    as("a.member", List.of("team-a"), () ->
        assertThatThrownBy(() -> engine.getTaskService().claim(teamB, "a.member")).isInstanceOf(AuthorizationException.class));
    as("a.member", List.of("team-a"), () ->
        assertThatThrownBy(() -> engine.getTaskService().complete(teamB)).isInstanceOf(AuthorizationException.class));
    as("a.member", List.of("team-a"), () -> engine.getTaskService().complete(task(instance, "teamA")));
    as("b.member", List.of("team-b"), () -> engine.getTaskService().complete(teamB));
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance).taskDefinitionKeyIn("teamA", "teamB").count()).isZero();
  }

  /**
   * An assignee in a team working the definition reads and works the task through the team's grant, so the
   * claim adds no grant of its own (each would be one more row in every task query of the team); an assignee
   * in no such team gets the engine's grant.
   */
  @Test
  void a_claim_by_a_member_of_the_team_working_the_definition_adds_no_grant_and_another_claim_does() {
    member("a.claimer", "team-a");
    member("b.claimer", "team-b");
    String instance = engine.getRuntimeService().startProcessInstanceByKey("shared").getId();
    String teamA = task(instance, "teamA");
    String teamB = task(instance, "teamB");

    as("a.claimer", List.of("team-a"), () -> engine.getTaskService().claim(teamA, "a.claimer"));
    as("b.claimer", List.of("team-b"), () -> engine.getTaskService().claim(teamB, "b.claimer"));

    assertThat(taskGrantUsers(teamA)).as("claimed by a member of team-a").isEmpty();
    assertThat(taskGrantUsers(teamB)).as("claimed by a member of team-b").containsExactly("b.claimer");
    as("a.claimer", List.of("team-a"), () -> {
      assertThat(engine.getTaskService().createTaskQuery().taskAssignee("a.claimer").list())
          .extracting(t -> t.getId()).containsExactly(teamA);
      engine.getTaskService().complete(teamA);
    });
    as("b.claimer", List.of("team-b"), () -> engine.getTaskService().complete(teamB));
  }

  @Test
  void a_candidate_user_an_administrator_and_a_task_without_candidates_are_as_the_engine_has_them() {
    String instance = engine.getRuntimeService().startProcessInstanceByKey("shared").getId();
    as("u.one", List.of(), () -> engine.getTaskService().complete(task(instance, "someone")));
    as("admin", List.of(Groups.ADMIN), () -> engine.getTaskService().complete(task(instance, "teamB")));
    // no candidates: the guard adds nothing, the definition's TASK_WORK lets team-a work it
    as("a.member", List.of("team-a"), () -> engine.getTaskService().complete(task(instance, "nobody")));
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance).list())
        .extracting(t -> t.getTaskDefinitionKey()).containsExactly("teamA");
  }

  private void as(String user, List<String> groups, Runnable action) {
    engine.getIdentityService().setAuthentication(user, groups);
    try {
      action.run();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private String task(String instance, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance).taskDefinitionKey(key).singleResult().getId();
  }

  private List<String> taskGrantGroups(String taskId) {
    return engine.getAuthorizationService().createAuthorizationQuery().resourceType(Resources.TASK).resourceId(taskId)
        .list().stream().map(Authorization::getGroupId).toList();
  }

  private List<String> taskGrantUsers(String taskId) {
    return engine.getAuthorizationService().createAuthorizationQuery().resourceType(Resources.TASK).resourceId(taskId)
        .list().stream().map(Authorization::getUserId).filter(java.util.Objects::nonNull).toList();
  }

  private void member(String user, String group) {
    var identity = engine.getIdentityService();
    if (identity.createGroupQuery().groupId(group).count() == 0) {
      identity.saveGroup(identity.newGroup(group));
    }
    identity.saveUser(identity.newUser(user));
    identity.createMembership(user, group);
  }

  private void grant(String group, Resource resource, String id, Permission... permissions) {
    Authorization grant = engine.getAuthorizationService().createNewAuthorization(AUTH_TYPE_GRANT);
    grant.setGroupId(group);
    grant.setResource(resource);
    grant.setResourceId(id);
    for (Permission permission : permissions) {
      grant.addPermission(permission);
    }
    engine.getAuthorizationService().saveAuthorization(grant);
  }
}
