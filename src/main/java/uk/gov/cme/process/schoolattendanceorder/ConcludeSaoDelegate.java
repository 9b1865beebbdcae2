package uk.gov.cme.process.schoolattendanceorder;

import static uk.gov.cme.process.schoolattendanceorder.SchoolAttendanceOrderProcess.Variables.*;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.Casework;
import uk.gov.cme.casework.OutcomeCode;
import uk.gov.cme.casework.SaoNoticeEntry;
import uk.gov.cme.casework.SaoOrderEndReason;
import uk.gov.cme.casework.SaoRegister;
import uk.gov.cme.process.shared.EngineActors;

/**
 * Ends the School Attendance Order: the order in force, if there is one, is ended with the task's
 * input {@code endOrderReason} (a {@link SaoOrderEndReason}; none: the order is left as it is), and the
 * case is closed with the input {@code saoOutcomeCode} (an {@link OutcomeCode}). With neither input (the
 * order was revoked or the child left the area, message {@code SaoOrderEnded}: the change request has
 * already updated the register) the outcome follows the message's {@code saoEndReason}. A case that is
 * already closed stays as it is.
 */
@Component("concludeSaoDelegate")
class ConcludeSaoDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(ConcludeSaoDelegate.class);
  /** Input parameter: why the order in force ends. */
  static final String END_ORDER_REASON = "endOrderReason";
  static final String LEFT_AREA_REASON = "left the local authority's area while a School Attendance Order was in force";

  private final Casework casework;
  private final SaoRegister register;

  ConcludeSaoDelegate(Casework casework, SaoRegister register) {
    this.casework = casework;
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseReference reference = CaseReference.of((String) execution.getVariable(CASE_REFERENCE));
    Object outcomeInput = execution.getVariableLocal(SAO_OUTCOME_CODE);
    Object endInput = execution.getVariableLocal(END_ORDER_REASON);
    OutcomeCode outcome;
    String reason = null;
    if (outcomeInput == null) {
      // the order ended by message: revoked (s442) or the child left the area
      boolean leftArea = "LEFT_AREA".equals(execution.getVariable(SAO_END_REASON));
      outcome = leftArea ? OutcomeCode.TRANSFERRED_TO_ANOTHER_LA : OutcomeCode.SAO_REVOKED;
      reason = leftArea ? LEFT_AREA_REASON : null;
    } else {
      outcome = OutcomeCode.valueOf(outcomeInput.toString());
      if (outcome == OutcomeCode.SAO_ENFORCED) {
        reason = "enforcement outcome " + execution.getVariable(ENFORCEMENT_OUTCOME);
      }
    }
    if (endInput != null) {
      Optional<SaoNoticeEntry> order = register.orderInForce(reference);
      order.ifPresent(o -> register.endOrder(reference, o.id(), SaoOrderEndReason.valueOf(endInput.toString()),
          EngineActors.user(), EngineActors.now()));
    }
    if (casework.isOpen(reference)) {
      casework.close(reference, outcome, reason, EngineActors.user(), EngineActors.now());
    }
    execution.setVariable("outcome", outcome.description());
    LOG.info("School Attendance Order for case {} concluded: {}", reference, outcome);
  }
}
