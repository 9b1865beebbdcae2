package uk.gov.cme.process.schoolattendanceorder;

import static uk.gov.cme.process.schoolattendanceorder.SchoolAttendanceOrderProcess.Variables.*;

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
 * The parent was convicted (or discharged) and the child still does not attend: the offence is
 * committed once per order (rules.md R10), so the order is ended ({@code NEW_CYCLE}) and a new notice
 * cycle starts with a new s437(1) notice linked to it ({@code previousOrderId}), cycle + 1.
 */
@Component("startNewSaoCycleDelegate")
class StartNewSaoCycleDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(StartNewSaoCycleDelegate.class);

  private final SaoRegister register;

  StartNewSaoCycleDelegate(SaoRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseReference reference = CaseReference.of((String) execution.getVariable(CASE_REFERENCE));
    Long orderId = ((Number) execution.getVariable(ORDER_ID)).longValue();
    register.endOrder(reference, orderId, SaoOrderEndReason.NEW_CYCLE, EngineActors.user(), EngineActors.now());
    int cycle = ((Number) execution.getVariable(SAO_CYCLE)).intValue() + 1;
    execution.setVariable(SAO_CYCLE, cycle);
    execution.setVariable(PREVIOUS_ORDER_ID, orderId);
    for (String name : new String[] {ORDER_ID, NAMED_SCHOOL_OUTCOME, ENFORCEMENT_OUTCOME, NEW_CYCLE_NEEDED,
        NOTICE_RESPONSE, PARENT_CHOICE}) {
      execution.setVariable(name, null);
    }
    LOG.info("Case {}: order #{} ended, notice cycle {} starts", reference, orderId, cycle);
  }
}
