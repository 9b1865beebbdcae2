package uk.gov.cme.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_REVOKE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@link TaskReadScope}: a task list checked by the list of what the user may read gives the engine's
 * answer, row for row. Two engines share one database: {@code scoped} as the application builds it, and
 * {@code engine} with the engine's own join of tasks and grants. Every user and every query below is
 * asked of both, and the lists and counts must be equal; a few are also checked against what the grants
 * plainly allow, and the scoped engine is shown to have used its list where it should (so that equal
 * answers cannot come from both running the engine's join).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskReadScopeTest {

  ProcessEngine scoped;
  ProcessEngine engine;
  final List<String> teamTasks = new ArrayList<>();
  final List<String> otherTasks = new ArrayList<>();
  final List<String> schoolTasks = new ArrayList<>();
  final List<String> schoolTwoTasks = new ArrayList<>();
  /** Tasks everyone may read: the public model's, and one school task granted to every user by name. */
  final List<String> publicTasks = new ArrayList<>();
  String assignedOtherTask;

  /** user, groups */
  final Map<String, List<String>> users = Map.ofEntries(
      Map.entry("team.member", List.of("team-a")),
      Map.entry("team.and.school", List.of("team-a", "school-1")),
      Map.entry("school.one", List.of("school-1")),
      Map.entry("school.two", List.of("school-2")),
      Map.entry("assignee", List.of("no-grants")),
      Map.entry("reads.every.task", List.of()),
      Map.entry("reads.every.model", List.of("readers-all")),
      Map.entry("quirk", List.of()),
      Map.entry("stranger", List.of("no-grants")),
      Map.entry("no.groups", List.of()));

  @BeforeAll
  void engines() {
    StandaloneInMemProcessEngineConfiguration first = processTasksOnly(SecuredEngine.configuration("task-read-scope"));
    scoped = first.buildProcessEngine();
    StandaloneInMemProcessEngineConfiguration second = processTasksOnly(SecuredEngine.configuration("task-read-scope-engine"));
    second.setJdbcUrl("jdbc:h2:mem:task-read-scope;DB_CLOSE_DELAY=-1");
    second.setDatabaseSchemaUpdate("false");
    second.getProcessEnginePlugins().add(new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.getCustomSessionFactories().add(GroupListAuthorizationManager.sessionFactory(false));
      }
    });
    engine = second.buildProcessEngine();

    deploy("team-work", "team-a");
    deploy("other-work", "team-b");
    deploy("school-work", "school-1");
    deploy("school-two-work", "school-2");
    deploy("public-work", "everyone");
    for (int i = 0; i < 3; i++) {
      teamTasks.add(start("team-work"));
      otherTasks.add(start("other-work"));
      schoolTasks.add(start("school-work"));
      schoolTwoTasks.add(start("school-two-work"));
      publicTasks.add(start("public-work"));
    }
    assignedOtherTask = otherTasks.get(0);
    scoped.getTaskService().setAssignee(assignedOtherTask, "assignee");

    grant(AUTH_TYPE_GRANT, null, "team-a", Resources.PROCESS_DEFINITION, "team-work", ProcessDefinitionPermissions.READ_TASK);
    grant(AUTH_TYPE_GRANT, null, "readers-all", Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ_TASK);
    grant(AUTH_TYPE_GRANT, "reads.every.task", null, Resources.TASK, "*", Permissions.READ);
    grant(AUTH_TYPE_GLOBAL, "*", null, Resources.PROCESS_DEFINITION, "public-work", ProcessDefinitionPermissions.READ_TASK);
    grant(AUTH_TYPE_GRANT, "*", null, Resources.TASK, schoolTwoTasks.get(2), Permissions.READ);
    publicTasks.add(schoolTwoTasks.get(2));
    // the engine matches any of the grants' ids with the task's id and its definition's key alike
    grant(AUTH_TYPE_GRANT, "quirk", null, Resources.TASK, "other-work", Permissions.READ);
    // the school groups' per-task grants are the engine's, written as their tasks were made
  }

  @AfterAll
  void close() {
    engine.close();
    scoped.close();
  }

  @Test
  void every_user_gets_the_engines_list_and_count_for_every_query() {
    users.forEach((user, groups) -> queries().forEach(query -> assertSame(user, groups, query)));
  }

  @Test
  void what_the_grants_allow_is_what_is_listed() {
    assertThat(ids(scoped, "team.member", List.of("team-a"), TaskQuery::taskUnassigned))
        .containsExactlyInAnyOrderElementsOf(concat(teamTasks, publicTasks));
    assertThat(ids(scoped, "school.one", List.of("school-1"), TaskQuery::active))
        .containsExactlyInAnyOrderElementsOf(concat(schoolTasks, publicTasks));
    assertThat(ids(scoped, "assignee", List.of("no-grants"), TaskQuery::active))
        .containsExactlyInAnyOrderElementsOf(concat(List.of(assignedOtherTask), publicTasks));
    assertThat(ids(scoped, "quirk", List.of(), TaskQuery::active))
        .containsExactlyInAnyOrderElementsOf(concat(otherTasks, publicTasks));
    assertThat(ids(scoped, "reads.every.task", List.of(), TaskQuery::active)).hasSize(15);
    assertThat(ids(scoped, "stranger", List.of("no-grants"), query -> query.processDefinitionKey("team-work"))).isEmpty();
  }

  @Test
  void the_scoped_engine_lists_the_grants_instead_of_joining_them() {
    TaskQueryImpl school = asUser(scoped, "school.one", List.of("school-1"), () -> {
      TaskQueryImpl query = (TaskQueryImpl) scoped.getTaskService().createTaskQuery();
      query.count();
      query.list();
      return query;
    });
    assertThat(school.getQueries()).as("the same query run twice carries one list, not two")
        .filteredOn(TaskReadScope.Scope.class::isInstance).hasSize(1);
    assertThat(school.getAuthCheck().isAuthorizationCheckEnabled()).as("no join of the grants").isFalse();

    TaskQueryImpl everything = asUser(scoped, "reads.every.model", List.of("readers-all"), () -> {
      TaskQueryImpl query = (TaskQueryImpl) scoped.getTaskService().createTaskQuery();
      query.count();
      return query;
    });
    assertThat(everything.getQueries()).filteredOn(TaskReadScope.Scope.class::isInstance).isEmpty();
    assertThat(everything.getAuthCheck().isAuthorizationCheckEnabled()).as("a grant on every model: no check").isFalse();

    TaskQueryImpl joined = asUser(engine, "school.one", List.of("school-1"), () -> {
      TaskQueryImpl query = (TaskQueryImpl) engine.getTaskService().createTaskQuery();
      query.count();
      return query;
    });
    assertThat(joined.getAuthCheck().isAuthorizationCheckEnabled()).as("the comparison engine joins").isTrue();
  }

  @Test
  void a_revoke_on_the_user_leaves_the_check_to_the_engine_and_still_takes_the_right_away() {
    Authorization revoke = grant(AUTH_TYPE_REVOKE, null, "team-a", Resources.PROCESS_DEFINITION, "public-work",
        ProcessDefinitionPermissions.READ_TASK);
    try {
      TaskQueryImpl query = asUser(scoped, "team.member", List.of("team-a"), () -> {
        TaskQueryImpl q = (TaskQueryImpl) scoped.getTaskService().createTaskQuery();
        q.list();
        return q;
      });
      assertThat(query.getAuthCheck().isRevokeAuthorizationCheckEnabled()).isTrue();
      assertThat(query.getQueries()).filteredOn(TaskReadScope.Scope.class::isInstance).isEmpty();
      assertThat(ids(scoped, "team.member", List.of("team-a"), TaskQuery::active))
          .containsExactlyInAnyOrderElementsOf(teamTasks);
      queries().forEach(q -> assertSame("team.member", List.of("team-a"), q));
    } finally {
      scoped.getAuthorizationService().deleteAuthorization(revoke.getId());
    }
  }

  @Test
  void a_user_with_more_grants_than_a_list_should_hold_gets_the_engines_join() {
    List<String> granted = new ArrayList<>();
    IntStream.rangeClosed(0, TaskReadScope.MAX_RESOURCE_IDS)
        .forEach(i -> granted.add(grant(AUTH_TYPE_GRANT, "many.grants", null, Resources.TASK, "no-such-task-" + i,
            Permissions.READ).getId()));
    granted.add(grant(AUTH_TYPE_GRANT, "many.grants", null, Resources.TASK, schoolTasks.get(1), Permissions.READ).getId());
    try {
      TaskQueryImpl query = asUser(scoped, "many.grants", List.of(), () -> {
        TaskQueryImpl q = (TaskQueryImpl) scoped.getTaskService().createTaskQuery();
        q.list();
        return q;
      });
      assertThat(query.getAuthCheck().isAuthorizationCheckEnabled()).isTrue();
      assertThat(ids(scoped, "many.grants", List.of(), TaskQuery::active))
          .containsExactlyInAnyOrderElementsOf(concat(List.of(schoolTasks.get(1)), publicTasks));
    } finally {
      granted.forEach(scoped.getAuthorizationService()::deleteAuthorization);
    }
  }

  @Test
  void a_saved_filter_as_tasklist_runs_it_gives_the_engines_list_and_count() {
    Filter filter = scoped.getFilterService().newTaskFilter("Unassigned")
        .setQuery(scoped.getTaskService().createTaskQuery().taskUnassigned().orderByDueDate().asc());
    scoped.getFilterService().saveFilter(filter);
    Authorization readFilter = grant(AUTH_TYPE_GLOBAL, "*", null, Resources.FILTER, filter.getId(), Permissions.READ);
    try {
      users.forEach((user, groups) -> {
        List<String> mine = asUser(scoped, user, groups, () -> {
          List<Task> page = scoped.getFilterService().listPage(filter.getId(), 0, 15);
          long count = scoped.getFilterService().count(filter.getId());
          return List.of(ids(page).toString(), String.valueOf(count));
        });
        List<String> theirs = asUser(engine, user, groups, () -> {
          List<Task> page = engine.getFilterService().listPage(filter.getId(), 0, 15);
          long count = engine.getFilterService().count(filter.getId());
          return List.of(ids(page).toString(), String.valueOf(count));
        });
        assertThat(mine).as(user).isEqualTo(theirs);
      });
    } finally {
      scoped.getAuthorizationService().deleteAuthorization(readFilter.getId());
      scoped.getFilterService().deleteFilter(filter.getId());
    }
  }

  /** The kinds of query Tasklist and the application send: by group, by model, with an {@code or}, by id. */
  private List<Function<TaskQuery, TaskQuery>> queries() {
    return List.of(
        TaskQuery::active,
        query -> query.taskUnassigned().orderByTaskCreateTime().desc(),
        query -> query.taskCandidateGroupIn(List.of("team-a", "school-1", "everyone")),
        query -> query.processDefinitionKeyIn("team-work", "school-work"),
        query -> query.or().taskCandidateGroup("school-1").processDefinitionKey("public-work").endOr(),
        query -> query.or().taskAssignee("assignee").taskCandidateGroup("team-a").endOr()
            .or().processDefinitionKeyIn("other-work", "team-work").taskName("nothing").endOr(),
        query -> query.taskIdIn(teamTasks.get(0), schoolTasks.get(0), otherTasks.get(1)),
        query -> query.taskAssignee("assignee"),
        query -> query.orderByDueDate().asc().orderByTaskId().asc());
  }

  private void assertSame(String user, List<String> groups, Function<TaskQuery, TaskQuery> query) {
    assertThat(ids(scoped, user, groups, query)).as(user).isEqualTo(ids(engine, user, groups, query));
    assertThat(count(scoped, user, groups, query)).as(user).isEqualTo(count(engine, user, groups, query));
  }

  private List<String> ids(ProcessEngine on, String user, List<String> groups, Function<TaskQuery, TaskQuery> query) {
    return asUser(on, user, groups, () -> ids(query.apply(on.getTaskService().createTaskQuery()).orderByTaskId().asc().list()));
  }

  private long count(ProcessEngine on, String user, List<String> groups, Function<TaskQuery, TaskQuery> query) {
    return asUser(on, user, groups, () -> query.apply(on.getTaskService().createTaskQuery()).count());
  }

  private static List<String> ids(List<Task> tasks) {
    return tasks.stream().map(Task::getId).toList();
  }

  private static <T> T asUser(ProcessEngine on, String user, List<String> groups, java.util.function.Supplier<T> body) {
    on.getIdentityService().setAuthentication(user, groups);
    try {
      return body.get();
    } finally {
      on.getIdentityService().clearAuthentication();
    }
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static StandaloneInMemProcessEngineConfiguration processTasksOnly(StandaloneInMemProcessEngineConfiguration config) {
    config.setCmmnEnabled(false); // as application.yaml: every task belongs to a process
    config.setStandaloneTasksEnabled(false);
    return config;
  }

  private void deploy(String key, String candidateGroup) {
    scoped.getRepositoryService().createDeployment().addModelInstance(key + ".bpmn",
        Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1).startEvent()
            .userTask("work").name("Work").camundaCandidateGroups(candidateGroup).endEvent().done()).deploy();
  }

  private String start(String key) {
    String instance = scoped.getRuntimeService().startProcessInstanceByKey(key).getId();
    return scoped.getTaskService().createTaskQuery().processInstanceId(instance).singleResult().getId();
  }

  private Authorization grant(int type, String user, String group, Resource resource, String id, Permission permission) {
    Authorization grant = scoped.getAuthorizationService().createNewAuthorization(type);
    if (user != null) {
      grant.setUserId(user);
    } else {
      grant.setGroupId(group);
    }
    grant.setResource(resource);
    grant.setResourceId(id);
    if (type == AUTH_TYPE_REVOKE) {
      grant.removePermission(permission);
    } else {
      grant.addPermission(permission);
    }
    return scoped.getAuthorizationService().saveAuthorization(grant);
  }
}
