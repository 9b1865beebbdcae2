package uk.gov.cme.process.shared.schooltask;

import static uk.gov.cme.process.shared.schooltask.SaoNamedSchoolProcess.Elements.*;
import static uk.gov.cme.process.shared.schooltask.SaoNamedSchoolProcess.Variables.*;

import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.gov.cme.process.shared.schooltask.SaoNamedSchoolProcess.Outcome;
import uk.gov.cme.rules.calendar.DeadlineCalendar;

/**
 * The named school's answers in {@code sao-named-school} (bean {@code saoNamedSchoolAnswers}), a task
 * listener on {@code complete} of each of its tasks: checks the form ({@link SaoNamedSchoolIntake}; a
 * fault keeps the task open with each field named) and sets what the next due date, the monitoring timer
 * and the School Attendance Order read: {@code meetingDueAt}, {@code firstDayDueAt} (close of business on
 * the day), {@code namedSchoolOutcome}, {@code startDate} and {@code schoolActions}. Logs only the case
 * reference.
 */
@Component("saoNamedSchoolAnswers")
class SaoNamedSchoolAnswers implements TaskListener {

  private static final Logger LOG = LoggerFactory.getLogger(SaoNamedSchoolAnswers.class);

  private final DeadlineCalendar calendar;

  SaoNamedSchoolAnswers(DeadlineCalendar calendar) {
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateTask task) {
    DelegateExecution instance = task.getExecution().getProcessInstance();
    var variables = task.getVariables();
    LocalDate today = ClockUtil.getCurrentTime().toInstant().atZone(zone()).toLocalDate();
    switch (task.getTaskDefinitionKey()) {
      case TASK_ARRANGE_MEETING -> {
        LocalDate meeting = SaoNamedSchoolIntake.meetingArranged(variables);
        instance.setVariable(MEETING_DATE, meeting.toString());
        instance.setVariable(MEETING_DUE_AT, calendar.atCloseOfBusiness(meeting));
      }
      case TASK_RECORD_MEETING -> {
        SaoNamedSchoolIntake.Meeting meeting = SaoNamedSchoolIntake.meetingRecorded(variables, today);
        if (meeting.parentAttended()) {
          instance.setVariable(START_DATE, meeting.startDate().toString());
          instance.setVariable(FIRST_DAY_DUE_AT, calendar.atCloseOfBusiness(meeting.startDate()));
          answer(instance, null, null);
        } else {
          instance.setVariable(START_DATE, null);
          answer(instance, Outcome.PARENT_DID_NOT_ATTEND_PAM, meeting.schoolActions());
        }
      }
      case TASK_RECORD_FIRST_DAY -> {
        String actions = SaoNamedSchoolIntake.firstDayRecorded(variables, today);
        answer(instance, actions == null ? null : Outcome.CHILD_DID_NOT_ATTEND_FIRST_DAY, actions);
      }
      case TASK_MONITOR_ATTENDANCE ->
          answer(instance, Outcome.STOPPED_ATTENDING, SaoNamedSchoolIntake.stoppedAttending(variables, today));
      case TASK_CONFIRM_ATTENDANCE -> {
        String actions = SaoNamedSchoolIntake.attendanceConfirmed(variables);
        answer(instance, actions == null ? Outcome.COMPLIED : Outcome.STOPPED_ATTENDING, actions);
      }
      default -> throw new IllegalStateException("saoNamedSchoolAnswers is not a listener of " + task.getTaskDefinitionKey());
    }
  }

  private void answer(DelegateExecution instance, Outcome outcome, String schoolActions) {
    instance.setVariable(NAMED_SCHOOL_OUTCOME, outcome == null ? null : outcome.name());
    instance.setVariable(SCHOOL_ACTIONS, schoolActions);
    if (outcome != null) {
      LOG.info("Named school's answer {} for case {} (process instance {})", outcome,
          instance.getVariable(CASE_REFERENCE), instance.getProcessInstanceId());
    }
  }

  private ZoneId zone() {
    return calendar.zone();
  }
}
