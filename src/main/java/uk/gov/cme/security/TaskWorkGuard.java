package uk.gov.cme.security;

import static org.camunda.bpm.engine.authorization.Permissions.TASK_WORK;
import static org.camunda.bpm.engine.authorization.Resources.TASK;

import java.lang.reflect.Proxy;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's TASK_WORK check (claim, complete, submit a task's form), narrowed: a user may work a task
 * that has candidates only if they are one of its candidate users or belong to one of its candidate
 * groups (administrators excepted). Added by {@link EngineSecurityPlugin} to the engine's command checkers,
 * after its own authorization check, so it only ever refuses more.
 *
 * <p>A team works its tasks through READ_TASK and TASK_WORK on the process definition
 * ({@link WorklistAuthorizationProvider}) instead of a grant per task. In a model whose tasks go to several
 * teams (cme-referral: the CME officers, admissions, SEND, the panel, the managers), that grant alone would
 * let one team claim or complete another team's task; this check keeps working a task to the groups it
 * was given to, as the per-task grant did. Reading is not narrowed: see docs/security.md, "Task
 * authorizations". Commands without a user (jobs, timers, the application's own steps) are not checked.
 */
public final class TaskWorkGuard {

  private static final Logger LOG = LoggerFactory.getLogger(TaskWorkGuard.class);

  private TaskWorkGuard() {
  }

  /** A command checker that checks {@code checkTaskWork} as above and allows everything else. */
  public static CommandChecker checker() {
    return (CommandChecker) Proxy.newProxyInstance(TaskWorkGuard.class.getClassLoader(),
        new Class<?>[] {CommandChecker.class}, (proxy, method, args) -> {
          if (method.getName().equals("checkTaskWork") && args != null && args.length == 1
              && args[0] instanceof TaskEntity task) {
            checkTaskWork(task);
            return null;
          }
          if (method.getDeclaringClass() == Object.class) {
            return switch (method.getName()) {
              case "equals" -> proxy == args[0];
              case "hashCode" -> System.identityHashCode(proxy);
              default -> "TaskWorkGuard";
            };
          }
          return null;
        });
  }

  static void checkTaskWork(TaskEntity task) {
    CommandContext command = Context.getCommandContext();
    if (command == null || !command.isAuthorizationCheckEnabled()
        || !command.getProcessEngineConfiguration().isAuthorizationEnabled()) {
      return;
    }
    Authentication user = command.getAuthentication();
    if (user == null || user.getUserId() == null) {
      return;
    }
    Set<String> groups = new HashSet<>(user.getGroupIds() == null ? List.of() : user.getGroupIds());
    if (groups.contains(Groups.ADMIN)) {
      return;
    }
    boolean hasCandidates = false;
    for (IdentityLink link : task.getCandidates()) {
      if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
        continue;
      }
      hasCandidates = true;
      if (user.getUserId().equals(link.getUserId()) || (link.getGroupId() != null && groups.contains(link.getGroupId()))) {
        return;
      }
    }
    if (!hasCandidates) {
      return;
    }
    LOG.info("Work on task refused: the user is not one of its candidates ({})", task.getTaskDefinitionKey());
    throw new AuthorizationException(user.getUserId(), TASK_WORK.getName(), TASK.resourceName(), task.getId());
  }
}
