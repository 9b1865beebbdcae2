package uk.gov.cme.process.shared.referral;

import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import uk.gov.cme.process.escalation.EscalationProcess;
import uk.gov.cme.process.shared.casematch.ChildCases;
import uk.gov.cme.security.InstanceAccessGuard;

/**
 * Hands the child's case to the three-stage escalation ({@code escalation}, processes.md P8, issue 11):
 * the monthly CME panel's decision to escalate and a child classified CMOOE (P1), a child of interest
 * on ground (j) or (o) (P3), a school's concern about its own pupil ({@code school-education-concern}).
 * Besides the case's variables it passes {@code escalationTrigger} (one of
 * {@link uk.gov.cme.process.escalation.EscalationTrigger}) and {@code escalationTriggerDetails}, input
 * parameters of the calling service task.
 *
 * <p>Always starts: the escalation itself joins a running one for the same case (its start contract),
 * so the caller need not check. A child with no open case (an off-roll notification) is passed with its
 * details and no case; the escalation finds or opens the case. A school-scoped caller keeps nothing of
 * the escalation (no instance id): schools see nothing of escalations (seed 004 §6).
 */
@Component("startEscalationDelegate")
public class StartEscalationDelegate extends StartCaseProcess {

  /**
   * Carried when given: a practitioner's concern in their own words (a school's concern,
   * {@code school-education-concern}); personal data, never in the trigger details or the logs.
   */
  public static final String CONCERN = "educationConcern";

  public StartEscalationDelegate(RuntimeService runtime, ChildCases childCases) {
    super(runtime, childCases, EscalationProcess.KEY);
  }

  @Override
  protected List<String> alsoCarried() {
    return List.of(EscalationProcess.Variables.TRIGGER, EscalationProcess.Variables.TRIGGER_DETAILS, CONCERN);
  }

  @Override
  protected boolean keepsStartedInstanceId(DelegateExecution execution) {
    return execution.getVariable(InstanceAccessGuard.SCHOOL_GROUP) == null;
  }
}
