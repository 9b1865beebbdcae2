package uk.gov.cme.security;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.db.PermissionCheck;

/**
 * A task list's authorization check written as the list of what the user may read, in place of the
 * engine's join of every candidate task with the user's grants.
 *
 * <p>The engine checks a task query by joining each task with the user's grant rows on
 * {@code AUTH.RESOURCE_ID_ IN (RES.ID_, D.KEY_, '*')} (the task's own grant, a READ_TASK grant on its
 * process definition, or a grant on everything). The databases can run that {@code OR} only as a nested
 * loop of every task the filter matches against every grant the user holds, so a team's count costs its
 * whole queue times its grants, and on H2 the join makes every count start from all open tasks
 * (docs/performance.md, "Reading the grants first").
 *
 * <p>Here the same grant rows are read first, and the query gets the same condition as a criterion:
 * a task is listed when its id or its process definition's key is among the resource ids of the grants
 * that would have matched ({@code RES.ID_ IN (…) OR D.KEY_ IN (…)}), and every task when one of them is
 * {@code '*'}. The answer is the engine's, row for row: the same grant rows (not revoked, the user's,
 * everyone's or one of the user's groups', of the resource type and permission the engine's check names),
 * matched against the same two columns. Where that cannot be said the engine's own check runs unchanged:
 * when revokes apply to the user (the engine then checks each task grant by grant), when tasks may belong
 * to no process (CMMN or standalone tasks on), when the check is not the one this class knows, or when the
 * user holds more than {@value #MAX_RESOURCE_IDS} such grants.
 */
final class TaskReadScope {

  /** Beyond this many granted resource ids the engine's join runs instead of a list in the SQL. */
  static final int MAX_RESOURCE_IDS = 1000;

  private static final String TASK_ID = "RES.ID_";
  private static final String DEFINITION_KEY = "D.KEY_";

  /** One grant row that is not a revoke: its resource type, permissions and resource id. */
  record Grant(int resourceType, int permissions, String resourceId) {}

  /** The user's grant rows that are not revokes: their own, everyone's ({@code *}) and their groups'. */
  interface Grants {
    List<Grant> of(String userId, List<String> groupIds);
  }

  /** The criterion this class adds: an {@code or} group of the query, told apart from the user's own. */
  static final class Scope extends TaskQueryImpl {
    private static final long serialVersionUID = 1L;
  }

  private TaskReadScope() {
  }

  /**
   * Replaces the engine's authorization join of {@code query} by the list of what the user may read, if
   * the answer stays the same; otherwise leaves the query as the engine configured it. Called after the
   * engine's own configuration, each time the query runs.
   *
   * @param definitionKeys of the given ids, those that are keys of deployed process definitions
   */
  static void narrow(TaskQueryImpl query, boolean processTasksOnly, Grants grants,
      Function<Set<String>, Set<String>> definitionKeys) {
    query.getQueries().removeIf(Scope.class::isInstance); // the list of an earlier run of the same query
    AuthorizationCheck check = query.getAuthCheck();
    if (!check.getShouldPerformAuthorizatioCheck() || check.getAuthUserId() == null
        || check.isRevokeAuthorizationCheckEnabled() || !processTasksOnly || !known(check.getPermissionChecks())) {
      return;
    }
    List<PermissionCheck> atomics = check.getPermissionChecks().getAtomicChecks();
    Set<String> granted = new LinkedHashSet<>();
    Set<String> definitionGrants = new LinkedHashSet<>();
    for (Grant grant : grants.of(check.getAuthUserId(), check.getAuthGroupIds())) {
      if (atomics.stream().anyMatch(atomic -> grant.resourceType() == atomic.getResourceType()
          && (grant.permissions() & atomic.getPerms()) == atomic.getPerms())) {
        granted.add(grant.resourceId());
        if (grant.resourceType() == Resources.PROCESS_DEFINITION.resourceType()) {
          definitionGrants.add(grant.resourceId());
        }
      }
    }
    if (granted.contains("*")) {
      check.setAuthorizationCheckEnabled(false); // a grant on every task or every definition: all may be read
      return;
    }
    if (granted.isEmpty() || granted.size() > MAX_RESOURCE_IDS) {
      return; // nothing readable (the engine's join says so at once), or too long a list for the SQL
    }
    // the engine compares every grant's id with the task's id and with its definition's key alike; a
    // definition grant's id that is no deployed key matches no task, and a task grant's id is asked for
    Set<String> keys = new LinkedHashSet<>(definitionGrants);
    Set<String> others = new LinkedHashSet<>(granted);
    others.removeAll(definitionGrants);
    if (!others.isEmpty()) {
      keys.addAll(definitionKeys.apply(others));
    }
    Scope scope = new Scope();
    scope.taskIdIn(granted.toArray(String[]::new));
    if (!keys.isEmpty()) {
      scope.processDefinitionKeyIn(keys.toArray(String[]::new));
    }
    query.addOrQuery(scope);
    check.setAuthorizationCheckEnabled(false);
  }

  /** The engine's task check: either of a task grant on the task's id and a grant on its definition's key. */
  private static boolean known(CompositePermissionCheck checks) {
    if (!checks.isDisjunctive() || !checks.getCompositeChecks().isEmpty() || checks.getAtomicChecks().isEmpty()) {
      return false;
    }
    return checks.getAtomicChecks().stream().allMatch(atomic -> atomic.getResourceId() == null
        && (TASK_ID.equals(atomic.getResourceIdQueryParam()) || DEFINITION_KEY.equals(atomic.getResourceIdQueryParam())));
  }
}
