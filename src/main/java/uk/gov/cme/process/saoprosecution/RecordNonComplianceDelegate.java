package uk.gov.cme.process.saoprosecution;

import static uk.gov.cme.process.saoprosecution.SaoProsecutionProcess.Variables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.InvalidInputException;
import uk.gov.cme.casework.InvalidInputException.FieldError;
import uk.gov.cme.casework.SaoRegister;
import uk.gov.cme.process.shared.EngineActors;

/**
 * Checks what the School Attendance Order passes when its order is not complied with: the case, the
 * order in force (it must be the case's order in force in the register), the child, the parent and the
 * named school the letters need, and why. Starts the enforcement with no new cycle needed and records
 * the step in the case's audit trail. A fault refuses the call, naming each variable.
 */
@Component("recordNonComplianceDelegate")
class RecordNonComplianceDelegate implements JavaDelegate {

  private final SaoProsecutionIntake intake;
  private final SaoRegister register;

  RecordNonComplianceDelegate(SaoProsecutionIntake intake, SaoRegister register) {
    this.intake = intake;
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseReference reference = intake.nonCompliance(execution.getVariables());
    long orderId = ((Number) execution.getVariable(ORDER_ID)).longValue();
    boolean inForce = register.orderInForce(reference).map(order -> order.id() == orderId).orElse(false);
    if (!inForce) {
      throw new InvalidInputException(List.of(new FieldError(ORDER_ID, "not the order in force on this case")));
    }
    execution.setVariable(ORDER_ID, orderId);
    execution.setVariable(NEW_CYCLE_NEEDED, false);
    register.recordEnforcementStep(reference, "NON_COMPLIANCE " + execution.getVariable(NON_COMPLIANCE_REASON)
        + " order #" + orderId, EngineActors.user(), EngineActors.now());
  }
}
