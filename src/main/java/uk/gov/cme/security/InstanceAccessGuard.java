package uk.gov.cme.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.validation.InputRefusedException;
import uk.gov.cme.validation.InputRefusedException.Fault;

/**
 * Runs when any process instance starts (a built-in listener on every process, registered by
 * {@link EngineSecurityPlugin}): the one place that decides whose an instance is and whether the user
 * starting it may name the case it is for (docs/security.md).
 *
 * <h2>A user's start</h2>
 * Through Tasklist, {@code /engine-rest} or {@code /api}:
 * <ul>
 *   <li>a case named by the business key or the {@value #CASE_REFERENCE} variable must be an open case
 *   the user may act on ({@link CaseAccessRules}); otherwise the start is refused with one answer,
 *   whether the case does not exist, is closed or is not the user's;</li>
 *   <li>a school user's {@value #SCHOOL_URN} is the user's own school, whatever the form said;</li>
 *   <li>an instance of a school-facing process ({@link SchoolScopes#scopedProcesses()}) a school user
 *   starts is that school's: its group gets READ on the instance, and {@value #SCHOOL_GROUP} names it.
 *   Any other instance is never granted to a school.</li>
 * </ul>
 *
 * <h2>A start by the application</h2>
 * A building block handing a case on ({@link ProcessStarts}) is not checked again; the new instance is
 * school-scoped only if it is a school-facing process started from an instance of that school.
 *
 * <h2>A school's task</h2>
 * An instance of a school task process ({@link SchoolScopes#taskProcesses()}) called by an LA process
 * belongs to the school named in its {@value #SCHOOL_URN} input, which becomes entitled to the case on
 * the configured basis. The call activity passes in only what the school's form shows.
 */
public class InstanceAccessGuard implements ExecutionListener {

  /** Process variable: the URN of the school the instance is about or belongs to. */
  public static final String SCHOOL_URN = "schoolUrn";
  /** Process variable: set only on a school-scoped instance, the group of the school it belongs to. */
  public static final String SCHOOL_GROUP = "schoolGroup";
  /** Process variable: the case the instance is for. */
  public static final String CASE_REFERENCE = "caseReference";

  public static final String NO_SUCH_CASE = "there is no open case with this reference that you may act on";

  private static final Logger LOG = LoggerFactory.getLogger(InstanceAccessGuard.class);

  private final Supplier<CaseAccessRules> rules;
  private final SchoolScopes scopes;

  InstanceAccessGuard(Supplier<CaseAccessRules> rules, SchoolScopes scopes) {
    this.rules = rules;
    this.scopes = scopes;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (!execution.getId().equals(execution.getProcessInstanceId())) {
      return;
    }
    ExecutionEntity instance = (ExecutionEntity) execution;
    String processKey = instance.getProcessDefinition().getKey();
    Authentication user = Context.getCommandContext().getAuthentication();
    ProcessStarts.Origin origin = ProcessStarts.current();

    String school;
    if (instance.getSuperExecution() != null) {
      school = scopes.taskBasis(processKey).map(basis -> schoolTask(execution, processKey, basis)).orElse(null);
    } else if (origin != null || user == null || user.getUserId() == null) {
      school = origin != null && scopes.isScoped(processKey) ? origin.schoolUrn() : null;
    } else {
      school = userStart(execution, processKey, user);
    }

    if (school == null) {
      execution.removeVariableLocal(SCHOOL_GROUP);
      return;
    }
    scopeToSchool(execution, school);
  }

  /** Checks a user's start; the school the instance belongs to, or null for an LA instance. */
  private String userStart(DelegateExecution execution, String processKey, Authentication user) {
    Set<String> groups = new HashSet<>(user.getGroupIds() == null ? List.of() : user.getGroupIds());
    checkNamedCase(execution, groups);
    Object given = execution.getVariable(SCHOOL_URN);
    String own = ownSchool(groups, given == null ? null : given.toString());
    if (own != null) {
      execution.setVariable(SCHOOL_URN, own);
      return scopes.isScoped(processKey) ? own : null;
    }
    if (given != null && !given.toString().isBlank() && !Groups.isValidUrn(given.toString().strip())) {
      throw refused(SCHOOL_URN, "School URN", "a school URN is six digits");
    }
    return null;
  }

  /** The business key and the case reference variable, when given, must name a case the user may act on. */
  private void checkNamedCase(DelegateExecution execution, Set<String> groups) {
    Set<String> named = new HashSet<>();
    String businessKey = execution.getProcessBusinessKey();
    if (businessKey != null && !businessKey.isBlank()) {
      if (!CaseReference.isValid(businessKey.strip())) {
        throw refused("businessKey", "Business key", "leave it empty, or give the case reference (CME-<year>-<5 digits>)");
      }
      named.add(businessKey.strip());
    }
    Object variable = execution.getVariable(CASE_REFERENCE);
    // A reference that is not one is the intake's to report, with the form's other faults.
    if (variable != null && CaseReference.isValid(variable.toString().strip())) {
      named.add(variable.toString().strip());
    }
    for (String reference : named) {
      if (!rules.get().mayActOn(CaseReference.of(reference), groups)) {
        LOG.info("Start refused: a case was named that the user may not act on");
        throw refused(CASE_REFERENCE, "Case reference", NO_SUCH_CASE);
      }
    }
  }

  /** The school of a school task instance, entitled to the case. */
  private String schoolTask(DelegateExecution execution, String processKey,
                            uk.gov.cme.casework.PartyBasis basis) {
    Object urn = execution.getVariable(SCHOOL_URN);
    if (urn == null || !Groups.isValidUrn(urn.toString().strip())) {
      throw refused(SCHOOL_URN, "School URN", "the school's URN (six digits) is needed to give it the task");
    }
    String school = urn.toString().strip();
    Object reference = execution.getVariable(CASE_REFERENCE);
    if (reference != null && CaseReference.isValid(reference.toString())) {
      rules.get().entitle(CaseReference.of(reference.toString()), Groups.schoolGroup(school), basis);
    }
    LOG.info("{} for school {} (case {})", processKey, school, reference);
    return school;
  }

  /** The user's own school: their only school, or the one of theirs they named; null for LA staff. */
  static String ownSchool(Set<String> groups, String givenUrn) {
    List<String> ownSchools = Groups.schoolsOf(groups);
    if (ownSchools.size() == 1) {
      return ownSchools.get(0);
    }
    if (ownSchools.size() > 1) {
      if (givenUrn != null && ownSchools.contains(givenUrn.strip())) {
        return givenUrn.strip();
      }
      throw refused(SCHOOL_URN, "School URN",
          "you belong to more than one school; give the URN of the school this is about");
    }
    return null;
  }

  private static void scopeToSchool(DelegateExecution execution, String school) {
    String group = Groups.schoolGroup(school);
    execution.setVariable(SCHOOL_URN, school);
    execution.setVariable(SCHOOL_GROUP, group);
    String instanceId = execution.getProcessInstanceId();
    CommandContext commandContext = Context.getCommandContext();
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

  private static InputRefusedException refused(String field, String label, String reason) {
    return new InputRefusedException(List.of(new Fault(field, label, reason)));
  }
}
