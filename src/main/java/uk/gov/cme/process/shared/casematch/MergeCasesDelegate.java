package uk.gov.cme.process.shared.casematch;

import static uk.gov.cme.process.shared.casematch.ConfirmCaseMatchProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.Casework;

/**
 * "Same child": merges the new case into the child's open case in the register
 * ({@link Casework#mergeCase}), as the officer who confirmed it. Whoever followed the new case (the
 * processes that opened it, its updates) follows the open case from then on ({@link CaseMergeFollowers}).
 */
@Component("mergeCasesDelegate")
class MergeCasesDelegate implements JavaDelegate {

  private final Casework casework;

  MergeCasesDelegate(Casework casework) {
    this.casework = casework;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Authentication user = Context.getCommandContext().getAuthentication();
    casework.mergeCase(CaseReference.of((String) execution.getVariable(CASE_REFERENCE)),
        CaseReference.of((String) execution.getVariable(MATCHED_CASE_REFERENCE)),
        user == null || user.getUserId() == null ? Casework.SYSTEM_USER : user.getUserId(),
        ClockUtil.getCurrentTime().toInstant());
  }
}
