package uk.gov.cme.security;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.AuthorizationQuery;
import org.camunda.bpm.engine.impl.AuthorizationQueryImpl;
import org.camunda.bpm.engine.impl.ProcessDefinitionQueryImpl;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;

/**
 * The engine's authorization checks without a read of the whole grant table in every command.
 *
 * <p>Before it checks a user's rights, the engine narrows the user's groups to those that hold a grant:
 * once per command it reads every group id of {@code ACT_RU_AUTHORIZATION}
 * ({@code SELECT distinct(GROUP_ID_)}, a full scan that grows with every open school task and
 * school-scoped instance, each of which has its own grant row) and keeps the user's groups found there.
 * That keeps the {@code GROUP_ID_ IN (…)} lists short for a user in hundreds of directory groups; it
 * changes no answer, since a group without a grant matches no grant row. Our users are in one to a few
 * groups, so the scan costs every command (on PostgreSQL about 7 ms at 45,000 grant rows) and saves
 * nothing. Here a user with at most {@value #GROUP_LIST_LIMIT} groups is checked with their groups as
 * they are; a user with more (a directory's) gets the engine's narrowing as before. CIB seven, a fork of
 * Camunda 7, made the same choice a setting ({@code authGroupFilterThreshold}); Camunda's own issue is
 * camunda-bpm-platform#5485 (docs/performance.md, "The grant table read in every command").
 *
 * <p>A task list's check reads the user's grants first and lists what they may read, in place of the
 * engine's join of every candidate task with every grant ({@link TaskReadScope}; docs/performance.md,
 * "Reading the grants first"), where that gives the engine's answer.
 */
public class GroupListAuthorizationManager extends AuthorizationManager {

  /** A user in more groups than this gets the engine's narrowing of their groups. */
  public static final int GROUP_LIST_LIMIT = 32;

  private final boolean taskReadScope;

  /** With the task lists' check written as the list of what the user may read. */
  public GroupListAuthorizationManager() {
    this(true);
  }

  /** @param taskReadScope false keeps the engine's join for task lists (the benchmark's comparison) */
  public GroupListAuthorizationManager(boolean taskReadScope) {
    this.taskReadScope = taskReadScope;
  }

  @Override
  public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
    if (authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()
        || authenticatedGroupIds.size() > GROUP_LIST_LIMIT) {
      return super.filterAuthenticatedGroupIds(authenticatedGroupIds);
    }
    return new ArrayList<>(new LinkedHashSet<>(authenticatedGroupIds));
  }

  @Override
  public void configureTaskQuery(TaskQueryImpl query) {
    super.configureTaskQuery(query);
    if (taskReadScope) {
      TaskReadScope.narrow(query, query.isQueryForProcessTasksOnly(), this::grantsOf, this::definitionKeys);
    }
  }

  /**
   * The user's grant rows the engine's join could use (not revokes), read by the indexes each database has:
   * everyone's global grants, the user's and everyone's grants, the groups' grants.
   */
  private List<TaskReadScope.Grant> grantsOf(String userId, List<String> groupIds) {
    List<TaskReadScope.Grant> grants = new ArrayList<>();
    grants.addAll(grants(grantQuery(Authorization.AUTH_TYPE_GLOBAL).userIdIn(Authorization.ANY)));
    grants.addAll(grants(grantQuery(Authorization.AUTH_TYPE_GRANT).userIdIn(userId)));
    grants.addAll(grants(grantQuery(Authorization.AUTH_TYPE_GRANT).userIdIn(Authorization.ANY)));
    if (groupIds != null && !groupIds.isEmpty()) {
      grants.addAll(grants(new AuthorizationQueryImpl().groupIdIn(groupIds.toArray(String[]::new))));
    }
    return grants;
  }

  private static AuthorizationQueryImpl grantQuery(int type) {
    AuthorizationQueryImpl query = new AuthorizationQueryImpl();
    query.authorizationType(type);
    return query;
  }

  @SuppressWarnings("unchecked")
  private List<TaskReadScope.Grant> grants(AuthorizationQuery query) {
    return ((List<AuthorizationEntity>) getDbEntityManager().selectList("selectAuthorizationByQueryCriteria",
        (AuthorizationQueryImpl) query))
        .stream()
        .filter(grant -> grant.getAuthorizationType() != Authorization.AUTH_TYPE_REVOKE)
        .map(grant -> new TaskReadScope.Grant(grant.getResourceType(), grant.getPermissions(), grant.getResourceId()))
        .toList();
  }

  @SuppressWarnings("unchecked")
  private Set<String> definitionKeys(Set<String> ids) {
    ProcessDefinitionQueryImpl query = new ProcessDefinitionQueryImpl();
    query.processDefinitionKeysIn(ids.toArray(String[]::new));
    query.getTenantCheck().setTenantCheckEnabled(false);
    return ((List<ProcessDefinitionEntity>) getDbEntityManager().selectList("selectProcessDefinitionsByQueryCriteria", query))
        .stream()
        .map(ProcessDefinitionEntity::getKey)
        .collect(Collectors.toSet());
  }

  /** Makes the engine open this manager wherever it asks for its {@link AuthorizationManager}. */
  public static SessionFactory sessionFactory() {
    return sessionFactory(true);
  }

  /** @param taskReadScope false keeps the engine's join for task lists (the benchmark's comparison) */
  public static SessionFactory sessionFactory(boolean taskReadScope) {
    return new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return AuthorizationManager.class;
      }

      @Override
      public Session openSession() {
        return new GroupListAuthorizationManager(taskReadScope);
      }
    };
  }
}
