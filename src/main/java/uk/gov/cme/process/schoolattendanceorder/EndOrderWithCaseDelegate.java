package uk.gov.cme.process.schoolattendanceorder;

import static uk.gov.cme.process.schoolattendanceorder.SchoolAttendanceOrderProcess.Variables.CASE_REFERENCE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.SaoOrderEndReason;
import uk.gov.cme.casework.SaoRegister;
import uk.gov.cme.process.shared.EngineActors;

/**
 * Another of the case's processes closed the case while the order's process ran (event subprocess
 * <i>Case closed by another of its processes</i>): an order in force, if there is one, is recorded ended
 * ({@link SaoOrderEndReason#CASE_CLOSED}). The case stays as the other process closed it.
 */
@Component("endOrderWithCaseDelegate")
class EndOrderWithCaseDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(EndOrderWithCaseDelegate.class);

  private final SaoRegister register;

  EndOrderWithCaseDelegate(SaoRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseReference reference = CaseReference.of((String) execution.getVariable(CASE_REFERENCE));
    register.orderInForce(reference).ifPresent(order -> {
      register.endOrder(reference, order.id(), SaoOrderEndReason.CASE_CLOSED, EngineActors.user(), EngineActors.now());
      LOG.info("Case {}: closed by another of its processes, order #{} ended with it", reference, order.id());
    });
  }
}
