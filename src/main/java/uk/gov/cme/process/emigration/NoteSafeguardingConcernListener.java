package uk.gov.cme.process.emigration;

import static uk.gov.cme.process.emigration.EmigrationProcess.Variables.RAISE_SAFEGUARDING_CONCERN;
import static uk.gov.cme.process.emigration.EmigrationProcess.Variables.SAFEGUARDING_CONCERN_RAISED;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Keeps, for the gateway after the confirmation task, that a safeguarding concern was raised on the
 * task's form ({@code raiseSafeguardingConcern}): the safeguarding event subprocess clears that flag
 * before the gateway is reached, and a child of concern is never simply taken off roll (processes.md
 * P6 step 3). Runs on the task's {@code complete} event, before the task is left.
 */
@Component("noteSafeguardingConcernListener")
class NoteSafeguardingConcernListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    if (Boolean.TRUE.equals(task.getVariable(RAISE_SAFEGUARDING_CONCERN))) {
      task.getExecution().setVariable(SAFEGUARDING_CONCERN_RAISED, true);
    }
  }
}
