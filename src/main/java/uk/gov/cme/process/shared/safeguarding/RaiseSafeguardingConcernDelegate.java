package uk.gov.cme.process.shared.safeguarding;

import static uk.gov.cme.process.shared.safeguarding.SafeguardingReferralProcess.Variables.CASE_REFERENCE;
import static uk.gov.cme.process.shared.safeguarding.SafeguardingReferralProcess.Variables.CONCERN_DETAILS;
import static uk.gov.cme.process.shared.safeguarding.SafeguardingReferralProcess.Variables.CONCERN_RAISED_BY;
import static uk.gov.cme.process.shared.safeguarding.SafeguardingReferralProcess.Variables.DATE_OF_BIRTH;
import static uk.gov.cme.process.shared.safeguarding.SafeguardingReferralProcess.Variables.LEGAL_FORENAME;
import static uk.gov.cme.process.shared.safeguarding.SafeguardingReferralProcess.Variables.LEGAL_SURNAME;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.cme.security.ProcessStarts;
import org.springframework.stereotype.Component;
import uk.gov.cme.security.InstanceAccessGuard;

/**
 * Any process's way into the safeguarding building block: a task form sets
 * {@value #RAISE} = true and {@value #DETAILS}; a non-interrupting conditional event subprocess calls
 * this delegate, which starts a separate {@code safeguarding-referral} instance for the same child
 * (business key: the case reference), so the referral outlives the process that raised it. The flag is
 * cleared, so the next concern can be raised from a later task.
 */
@Component("raiseSafeguardingConcernDelegate")
class RaiseSafeguardingConcernDelegate implements JavaDelegate {

  /** Form field: raise a safeguarding concern. */
  static final String RAISE = "raiseSafeguardingConcern";
  /** Form field: what the concern is. */
  static final String DETAILS = "safeguardingDetails";
  /** Process variable: who received the referral (the start form's initiator). */
  static final String FALLBACK_RAISED_BY = "receivedBy";

  private static final Logger LOG = LoggerFactory.getLogger(RaiseSafeguardingConcernDelegate.class);

  private final RuntimeService runtime;

  RaiseSafeguardingConcernDelegate(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (!Boolean.TRUE.equals(execution.getVariable(RAISE))) {
      return; // already raised: the condition can be met twice by one form (variable event and scope start)
    }
    Map<String, Object> variables = new HashMap<>();
    for (String name : new String[] {LEGAL_FORENAME, LEGAL_SURNAME, DATE_OF_BIRTH, CASE_REFERENCE,
        InstanceAccessGuard.SCHOOL_URN}) {
      variables.put(name, execution.getVariable(name));
    }
    variables.put(CONCERN_DETAILS, execution.getVariable(DETAILS));
    variables.put(CONCERN_RAISED_BY, raisedBy(execution));
    Object reference = execution.getVariable(CASE_REFERENCE);
    String caseReference = reference != null ? reference.toString() : execution.getProcessBusinessKey();
    execution.setVariable(RAISE, false);
    execution.setVariable(DETAILS, null);
    String started = ProcessStarts.fromProcess(execution,
        () -> runtime.startProcessInstanceByKey(SafeguardingReferralProcess.KEY, caseReference, variables).getId());
    LOG.info("Safeguarding referral {} started for case {}", started, caseReference);
  }

  private static Object raisedBy(DelegateExecution execution) {
    Authentication user = Context.getCommandContext().getAuthentication();
    return user != null && user.getUserId() != null ? user.getUserId() : execution.getVariable(FALLBACK_RAISED_BY);
  }
}
