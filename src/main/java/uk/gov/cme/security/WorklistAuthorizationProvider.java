package uk.gov.cme.security;

import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_TASK;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.TASK_WORK;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;

import java.util.List;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * The engine's default authorizations, less two kinds of row. No TASK grant for a local-authority team's
 * candidate group on a task of a process definition on which that team holds READ_TASK, READ_INSTANCE and
 * TASK_WORK (granted by {@link AccessPolicy} to a team that reads every instance of a model whose user
 * tasks name it). The team reads and works those tasks through the definition grant, and reads their
 * variables (the task cards, {@link TaskCardVariables}) through READ_INSTANCE; {@link TaskWorkGuard} keeps
 * claiming and completing to the task's own candidate groups, as the per-task grant did
 * (docs/security.md, section 3.10).
 *
 * <p>Why: with a grant per task, the engine's task query joins every one of the team's grants against
 * every open task ({@code AUTH.RESOURCE_ID_ IN (task id, definition key, '*')}), a nested loop that grows
 * with the square of the open tasks (docs/performance.md, "Worklist"). A school's candidate group, a
 * candidate user, and a team on a model it does not read whole or whose candidate group is
 * an expression the start-up cannot read, still get the engine's per-task grant. An assignee gets none when a
 * team of theirs covers the task's definition ({@link #newTaskAssignee}).
 */
public class WorklistAuthorizationProvider extends DefaultAuthorizationProvider {

  @Override
  public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String identityLinkType) {
    if (IdentityLinkType.CANDIDATE.equals(identityLinkType) && coveredByDefinition(task, groupId)) {
      return null;
    }
    return super.newTaskGroupIdentityLink(task, groupId, identityLinkType);
  }

  /**
   * No TASK grant for an assignee who is a member of a team covering the task's definition
   * ({@link #coveredByDefinition}): they read and work it through their team's definition grant, as they did
   * before they claimed it. Without this, every task an officer claimed added a grant row that the engine's
   * task query compares with every task of the team, whatever filter the officer opens (docs/performance.md,
   * "Worklist"). An assignee outside such a team (a manager given a task, a user of another team) still gets
   * the engine's grant.
   */
  @Override
  public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
    if (newAssignee != null && memberOfCoveringTeam(task, newAssignee)) {
      return null;
    }
    return super.newTaskAssignee(task, oldAssignee, newAssignee);
  }

  /** The user's groups are read whoever claims or assigns (the caller may not read groups). */
  private boolean memberOfCoveringTeam(Task task, String userId) {
    CommandContext command = Context.getCommandContext();
    List<Group> groups = command.runWithoutAuthorization(
        () -> command.getReadOnlyIdentityProvider().createGroupQuery().groupMember(userId).list());
    return groups.stream().anyMatch(group -> coveredByDefinition(task, group.getId()));
  }

  /** Whether the group is a team holding READ_TASK, READ_INSTANCE and TASK_WORK on the task's process definition. */
  boolean coveredByDefinition(Task task, String groupId) {
    if (groupId == null || Groups.isSchoolGroup(groupId) || task.getProcessDefinitionId() == null) {
      return false;
    }
    ProcessDefinitionEntity definition = Context.getProcessEngineConfiguration().getDeploymentCache()
        .findDeployedProcessDefinitionById(task.getProcessDefinitionId());
    if (definition == null) {
      return false;
    }
    AuthorizationEntity grant = getGrantAuthorizationByGroupId(groupId, PROCESS_DEFINITION, definition.getKey());
    return grant != null && grant.isPermissionGranted(READ_TASK) && grant.isPermissionGranted(READ_INSTANCE)
        && grant.isPermissionGranted(TASK_WORK);
  }
}
