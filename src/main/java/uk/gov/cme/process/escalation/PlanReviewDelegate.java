package uk.gov.cme.process.escalation;

import static uk.gov.cme.process.escalation.EscalationProcess.Variables.*;

import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.EscalationRegister;
import uk.gov.cme.process.shared.EngineActors;
import uk.gov.cme.rules.calendar.DeadlineCalendar;
import uk.gov.cme.rules.calendar.Deadlines;
import uk.gov.cme.rules.meetings.MeetingDates;

/**
 * After the decision table has routed the stage: a group that meets ({@link MeetingDates#meets}) takes the
 * child at its next meeting strictly after today (seed 004 §4), and the review is due on the meeting's day;
 * a person reviews within {@code escalation-review-working-days}. Records the stage in the register and
 * refreshes the agenda shown on the tasks of the other children for the same meeting.
 */
@Component("planReviewDelegate")
class PlanReviewDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(PlanReviewDelegate.class);

  private final EscalationRegister register;
  private final MeetingDates meetings;
  private final DeadlineCalendar calendar;
  private final Deadlines deadlines;

  PlanReviewDelegate(EscalationRegister register, MeetingDates meetingDates, DeadlineCalendar calendar,
                     Deadlines deadlines) {
    this.register = register;
    this.meetings = meetingDates;
    this.calendar = calendar;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    @SuppressWarnings("unchecked")
    Map<String, Object> route = (Map<String, Object>) execution.getVariable(ROUTE_RESULT);
    if (route == null) {
      throw new IllegalStateException("the decision table " + EscalationProcess.ROUTE_DECISION
          + " gave no route (case " + execution.getProcessBusinessKey() + ")");
    }
    String code = (String) route.get(ROUTE);
    String group = (String) route.get(GROUP);
    String name = (String) route.get(ROUTE_NAME);
    int stage = ((Number) execution.getVariable(STAGE)).intValue();
    LocalDate today = EngineActors.today();
    LocalDate meetingDate = meetings.meets(group) ? meetings.nextMeetingAfter(group, today) : null;
    Date due = meetingDate != null ? calendar.atCloseOfBusiness(meetingDate)
        : calendar.addWorkingDays(EngineActors.startOf(today), deadlines.getEscalationReviewWorkingDays());
    LocalDate dueOn = due.toInstant().atZone(EngineActors.LONDON).toLocalDate();
    CaseReference reference = CaseReference.of(execution.getProcessBusinessKey());
    long stageId = register.startStage(reference, stage, code, group, meetingDate, dueOn, EngineActors.user(),
        EngineActors.now());
    execution.setVariable(ROUTE, code);
    execution.setVariable(GROUP, group);
    execution.setVariable(ROUTE_NAME, name);
    execution.setVariable(MEETING_DATE, meetingDate == null ? null : meetingDate.toString());
    execution.setVariable(REVIEW_DUE, due);
    execution.setVariable(REVIEW_WHEN, EscalationTexts.reviewWhen(stage, name, meetingDate, dueOn));
    execution.setVariable(STAGE_ID, stageId);
    if (meetingDate != null) {
      refreshAgendas(execution.getProcessEngineServices().getTaskService(), group, meetingDate, name);
    }
    LOG.info("Case {}: escalation stage {} routed to {} ({})", reference, stage, code,
        meetingDate == null ? "due " + dueOn : "meeting " + meetingDate);
  }

  /** The agenda on every open review task for the same meeting, now with this child too. */
  private void refreshAgendas(TaskService tasks, String group, LocalDate meetingDate, String routeName) {
    String agenda = EscalationTexts.agenda(routeName, meetingDate, register.agenda(group, meetingDate));
    tasks.createTaskQuery().processDefinitionKey(EscalationProcess.KEY)
        .taskDefinitionKey(EscalationProcess.Elements.TASK_REVIEW)
        .processVariableValueEquals(GROUP, group)
        .processVariableValueEquals(MEETING_DATE, meetingDate.toString()).list()
        .forEach(task -> tasks.setVariableLocal(task.getId(), MEETING_AGENDA, agenda));
  }
}
