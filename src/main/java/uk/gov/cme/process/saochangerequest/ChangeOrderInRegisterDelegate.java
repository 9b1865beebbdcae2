package uk.gov.cme.process.saochangerequest;

import static uk.gov.cme.process.saochangerequest.SaoChangeRequestProcess.Variables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.SaoNoticeDetails;
import uk.gov.cme.casework.SaoNoticeType;
import uk.gov.cme.casework.SaoOrderEndReason;
import uk.gov.cme.casework.SaoRegister;
import uk.gov.cme.process.saochangerequest.SaoChangeRequestProcess.EndReason;
import uk.gov.cme.process.saochangerequest.SaoChangeRequestProcess.RequestType;
import uk.gov.cme.process.shared.EngineActors;
import uk.gov.cme.rules.calendar.ServiceMethod;

/**
 * Records the change in the notices-and-orders register: an amendment granted is a new order row naming
 * the new school, served with the decision letter (the old order becomes AMENDED); a revocation granted is
 * a REVOCATION row (the order becomes REVOKED); a child who left the area ends the order (LEFT_AREA). Sets
 * what the School Attendance Order process is told.
 */
@Component("changeOrderInRegisterDelegate")
class ChangeOrderInRegisterDelegate implements JavaDelegate {

  private final SaoRegister register;

  ChangeOrderInRegisterDelegate(SaoRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseReference reference = CaseReference.of(execution.getProcessBusinessKey());
    long orderId = ((Number) execution.getVariable(ORDER_ID)).longValue();
    String type = (String) execution.getVariable(REQUEST_TYPE);
    var now = ClockUtil.getCurrentTime().toInstant();
    if (RequestType.LEFT_AREA.equals(type)) {
      register.endOrder(reference, orderId, SaoOrderEndReason.LEFT_AREA, (String) execution.getVariable(RECEIVED_BY), now);
      execution.setVariable(SAO_END_REASON, EndReason.LEFT_AREA);
      return;
    }
    boolean amend = RequestType.AMEND.equals(type);
    Object letter = execution.getVariable(LETTER_ID);
    long row = register.record(reference, new SaoNoticeDetails(
            amend ? SaoNoticeType.AMENDMENT : SaoNoticeType.REVOCATION,
            (String) execution.getVariable(PARENT_NAME), EngineActors.today(),
            ServiceMethod.valueOf((String) execution.getVariable(DECISION_SERVICE_METHOD)),
            amend ? (String) execution.getVariable(REQUESTED_SCHOOL_URN) : null, List.of(), orderId, null,
            letter == null ? null : ((Number) letter).longValue()),
        (String) execution.getVariable(DECIDED_BY), now);
    execution.setVariable(CHANGE_ROW_ID, row);
    if (!amend) {
      execution.setVariable(SAO_END_REASON, EndReason.REVOKED);
    }
  }
}
