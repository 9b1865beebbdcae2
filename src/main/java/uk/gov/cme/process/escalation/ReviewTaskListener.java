package uk.gov.cme.process.escalation;

import static uk.gov.cme.process.escalation.EscalationProcess.Variables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.EscalationRegister;

/**
 * When a review task is made: the meeting's agenda (every child for the meeting with their case summary,
 * computed now and refreshed by {@link PlanReviewDelegate} as children are added), this child's summary,
 * and the actions agreed before with whether each is done, for their review. Task-local variables.
 */
@Component("escalationReviewTaskListener")
class ReviewTaskListener implements TaskListener {

  private final EscalationRegister register;

  ReviewTaskListener(EscalationRegister register) {
    this.register = register;
  }

  @Override
  public void notify(DelegateTask task) {
    CaseReference reference = CaseReference.of(task.getExecution().getProcessBusinessKey());
    String group = (String) task.getVariable(GROUP);
    String routeName = (String) task.getVariable(ROUTE_NAME);
    Object meeting = task.getVariable(MEETING_DATE);
    String caseReference = reference.value();
    if (meeting != null) {
      LocalDate meetingDate = LocalDate.parse(meeting.toString());
      var items = register.agenda(group, meetingDate);
      task.setVariableLocal(MEETING_AGENDA, EscalationTexts.agenda(routeName, meetingDate, items));
      task.setVariableLocal(CASE_SUMMARY, items.stream().filter(i -> i.caseReference().equals(caseReference))
          .findFirst().map(EscalationTexts::item).orElse(""));
    } else {
      task.setVariableLocal(MEETING_AGENDA, "Not a meeting. " + task.getVariable(REVIEW_WHEN) + ".");
      task.setVariableLocal(CASE_SUMMARY, task.getVariable(CHILD_NAME) + ", stage " + task.getVariable(STAGE)
          + "; escalated for: " + EscalationTexts.trigger((String) task.getVariable(TRIGGER)));
    }
    task.setVariableLocal(ACTIONS_FOR_REVIEW, EscalationTexts.actionsForReview(register.actionsToReview(reference)));
  }
}
