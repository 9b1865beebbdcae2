package uk.gov.cme.process.offroll;

import static uk.gov.cme.process.offroll.OffRollNotificationProcess.Variables.*;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.OffRollOutcome;
import uk.gov.cme.casework.OffRollRegister;
import uk.gov.cme.casework.SaoNoticeEntry;
import uk.gov.cme.casework.SaoRegister;
import uk.gov.cme.security.InstanceAccessGuard;

/**
 * Grounds (d) and (e) (issue 10): the school an order named has deleted the pupil because the order was
 * amended to name another school (s440) or revoked (s442). The deletion is recorded against that order
 * on the child's case ({@link SaoRegister#recordSchoolDeletion}: a line of the case's audit trail), with
 * no task for an officer: the outcome is {@code SAO_RECORD_UPDATED} with the order's row. Without the
 * child's case, or with no amended or revoked order of this LA's naming the school (the order may be
 * another authority's), the notification is logged as {@code SAO_NOT_ON_RECORD}. The routing table sends
 * here only when no order in force names the school; one that still does keeps the pupil on roll.
 * Sets {@code offRollOutcome}.
 */
@Component("recordOffRollSaoDeletionDelegate")
class RecordSaoDeletionDelegate implements JavaDelegate {

  private final OffRollRegister register;
  private final SaoRegister orders;

  RecordSaoDeletionDelegate(OffRollRegister register, SaoRegister orders) {
    this.register = register;
    this.orders = orders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object reference = execution.getVariable(CASE_REFERENCE);
    String school = (String) execution.getVariable(InstanceAccessGuard.SCHOOL_URN);
    boolean amended = "d".equals(execution.getVariable(GROUND));
    Optional<SaoNoticeEntry> order = reference == null ? Optional.empty()
        : orders.recordSchoolDeletion(CaseReference.of(reference.toString()), school, amended, Actors.user(),
            Actors.now());
    OffRollOutcome outcome = order.isPresent() ? OffRollOutcome.SAO_RECORD_UPDATED : OffRollOutcome.SAO_NOT_ON_RECORD;
    String detail = order.map(o -> "order #" + o.id() + " " + (amended ? "amended" : "revoked")).orElse(null);
    register.recordOutcome(RecordOffRollRouteDelegate.id(execution), outcome, detail,
        reference == null ? null : reference.toString(), Actors.user(), Actors.now());
    execution.getProcessInstance().setVariable(OUTCOME, outcome.name());
  }
}
