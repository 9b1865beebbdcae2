package uk.gov.cme.process.schoolattendanceorder;

import static uk.gov.cme.process.schoolattendanceorder.SchoolAttendanceOrderProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.SaoNoticeEntry;
import uk.gov.cme.casework.SaoOrderStatus;
import uk.gov.cme.casework.SaoRegister;
import uk.gov.cme.process.shared.EngineActors;

/**
 * The order was amended to name another school (s440, message {@code SaoOrderAmended} with the new
 * order's row {@code orderId}, {@code namedSchoolUrn} and {@code namedSchoolName}): the old named
 * school's instance was cancelled with the stage; the new order, which the register must hold in force
 * for this case, starts the stage again from its day of issue.
 */
@Component("recordAmendedOrderDelegate")
class RecordAmendedOrderDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(RecordAmendedOrderDelegate.class);

  private final SaoRegister register;

  RecordAmendedOrderDelegate(SaoRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseReference reference = CaseReference.of((String) execution.getVariable(CASE_REFERENCE));
    long orderId = ((Number) execution.getVariable(ORDER_ID)).longValue();
    SaoNoticeEntry order = register.forCase(reference).stream()
        .filter(e -> e.id() == orderId && e.status() == SaoOrderStatus.IN_FORCE).findFirst()
        .orElseThrow(() -> new IllegalStateException("case " + reference + " has no order in force #" + orderId));
    execution.setVariable(ORDER_ID, orderId);
    execution.setVariable(NAMED_SCHOOL_URN, order.schoolUrn());
    execution.setVariable(ORDER_ISSUED_ON, order.servedOn().toString());
    execution.setVariable(ORDER_ISSUED_AT, EngineActors.startOf(order.servedOn()));
    execution.setVariable(NAMED_SCHOOL_OUTCOME, null);
    LOG.info("Case {}: amended order #{} in force", reference, orderId);
  }
}
