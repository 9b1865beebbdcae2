package uk.gov.cme.process.shared.forms;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.Casework;
import uk.gov.cme.casework.OffRollRegister;

/**
 * Puts the {@link CaseSummary} of the task's case on every new LA task, as task-local variables, so the
 * form shows what the register holds now (address, postcode, UPN, sex, last school, EHCP, the school's
 * attempts to locate, parents, referrals, classification) without each process copying it. Added to
 * every user task of every LA process by {@link CaseSummaryPlugin}; never to a school-facing process.
 * The case is the task's {@code caseReference}, else the instance's business key; without a case in the
 * register the listener does nothing.
 */
@Component
public class CaseSummaryOnTask implements TaskListener {

  static final String CASE_REFERENCE = "caseReference";

  private final Casework casework;
  private final OffRollRegister offRoll;
  private final SchoolNames schools;

  CaseSummaryOnTask(Casework casework, OffRollRegister offRoll, ObjectProvider<SchoolNames> schools) {
    this.casework = casework;
    this.offRoll = offRoll;
    this.schools = SchoolNames.preferred(schools);
  }

  @Override
  public void notify(DelegateTask task) {
    CaseReference reference = caseOf(task);
    if (reference == null) {
      return;
    }
    casework.find(reference).ifPresent(view ->
        task.setVariablesLocal(CaseSummary.of(view, offRoll.forCase(reference), schools)));
  }

  private static CaseReference caseOf(DelegateTask task) {
    Object value = task.getVariable(CASE_REFERENCE);
    if (value == null || !CaseReference.isValid(value.toString())) {
      value = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
    }
    return value != null && CaseReference.isValid(value.toString()) ? CaseReference.of(value.toString()) : null;
  }
}
