package uk.gov.cme.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Runs when any process instance starts and ties it to a school:
 * <ul>
 *   <li>when a school user starts it, the school is the user's own school (variable
 *   {@value #SCHOOL_URN}), whatever the form said: a school can never act for another school;</li>
 *   <li>otherwise the {@value #SCHOOL_URN} variable, if an officer gave one, names the child's school;</li>
 *   <li>the school's group ({@value #SCHOOL_GROUP}) is granted READ on this process instance, so the
 *   school sees its own pupils' instances and no other school does.</li>
 * </ul>
 * Registered as a built-in listener on every process by {@link SchoolAccessPlugin}.
 */
public class SchoolInstanceAccess implements ExecutionListener {

  /** Process variable: URN of the child's school. */
  public static final String SCHOOL_URN = "schoolUrn";
  /** Process variable: candidate group of the child's school, {@code school-<URN>}. */
  public static final String SCHOOL_GROUP = "schoolGroup";

  @Override
  public void notify(DelegateExecution execution) {
    if (!execution.getId().equals(execution.getProcessInstanceId())) {
      return;
    }
    CommandContext commandContext = Context.getCommandContext();
    String urn = schoolOf(commandContext.getAuthentication(), (String) execution.getVariable(SCHOOL_URN));
    if (urn == null) {
      return;
    }
    String group = Groups.schoolGroup(urn);
    execution.setVariable(SCHOOL_URN, urn);
    execution.setVariable(SCHOOL_GROUP, group);
    String instanceId = execution.getProcessInstanceId();
    commandContext.runWithoutAuthorization(() -> {
      var authorizations = Context.getProcessEngineConfiguration().getAuthorizationService();
      Authorization grant = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
      grant.setGroupId(group);
      grant.setResource(PROCESS_INSTANCE);
      grant.setResourceId(instanceId);
      grant.addPermission(READ);
      authorizations.saveAuthorization(grant);
      return null;
    });
  }

  /**
   * The school an instance belongs to: the starting user's own school when a school user starts it,
   * else the URN an officer gave (which must be six digits), else none.
   */
  static String schoolOf(Authentication user, String givenUrn) {
    List<String> ownSchools = Groups.schoolsOf(user == null ? null : user.getGroupIds());
    if (ownSchools.size() == 1) {
      return ownSchools.get(0);
    }
    if (ownSchools.size() > 1) {
      if (givenUrn != null && ownSchools.contains(givenUrn.trim())) {
        return givenUrn.trim();
      }
      throw new ProcessEngineException(
          "You belong to more than one school; give the URN of the school this child attends");
    }
    if (givenUrn == null || givenUrn.isBlank()) {
      return null;
    }
    if (!Groups.isValidUrn(givenUrn.trim())) {
      throw new ProcessEngineException("schoolUrn: a school URN is six digits");
    }
    return givenUrn.trim();
  }
}
