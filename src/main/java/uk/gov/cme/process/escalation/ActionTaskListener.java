package uk.gov.cme.process.escalation;

import static uk.gov.cme.process.escalation.EscalationProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import uk.gov.cme.casework.EscalationRegister.ActionEntry;
import uk.gov.cme.letters.LetterDates;

/** When an action's task (the owner's, or the chair's reminder) is made: the action, task-local, for its form. */
@Component("escalationActionTaskListener")
class ActionTaskListener implements TaskListener {

  private final EscalationActions actions;

  ActionTaskListener(EscalationActions actions) {
    this.actions = actions;
  }

  @Override
  public void notify(DelegateTask task) {
    ActionEntry a = actions.action(task.getVariable(ACTION_ID));
    task.setVariableLocal(ACTION_WHAT, a.details().what());
    task.setVariableLocal(ACTION_OWNER, EscalationTexts.owner(a));
    task.setVariableLocal(ACTION_DUE_ON, LetterDates.written(a.details().dueOn()));
    task.setVariableLocal(ACTION_MEASURE, a.details().successMeasure());
  }
}
