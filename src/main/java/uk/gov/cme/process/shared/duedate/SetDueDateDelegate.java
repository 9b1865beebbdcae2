package uk.gov.cme.process.shared.duedate;

import static uk.gov.cme.process.shared.duedate.SetDueDateProcess.Variables.DEADLINE_DAYS;
import static uk.gov.cme.process.shared.duedate.SetDueDateProcess.Variables.DEADLINE_FROM;
import static uk.gov.cme.process.shared.duedate.SetDueDateProcess.Variables.DEADLINE_KIND;
import static uk.gov.cme.process.shared.duedate.SetDueDateProcess.Variables.DUE_DATE;
import static uk.gov.cme.process.shared.duedate.SetDueDateProcess.Variables.PROVISIONAL_DUE_DATE;
import static uk.gov.cme.process.shared.duedate.SetDueDateProcess.Variables.TARGET_PROCESS_INSTANCE;
import static uk.gov.cme.process.shared.duedate.SetDueDateProcess.Variables.TASKS_UPDATED;
import static uk.gov.cme.process.shared.duedate.SetDueDateProcess.Variables.TIMERS_UPDATED;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import uk.gov.cme.rules.calendar.CalendarRangeException;
import uk.gov.cme.rules.calendar.DeadlineCalendar;
import uk.gov.cme.rules.calendar.ProvisionalDeadline;

/**
 * "Set the due date": works the provisional deadline out exactly and gives it to the target instance's
 * open tasks and timers that still have the provisional due date (a due date an officer has changed is
 * left alone). While the term dates still do not reach it, fails with a message saying what to load;
 * the step is then an incident in Cockpit, retried once the data are loaded and the application
 * restarted. Writes {@code dueDate}, {@code tasksUpdated} and {@code timersUpdated}.
 */
@Component("setDueDateDelegate")
public class SetDueDateDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(SetDueDateDelegate.class);

  private final Supplier<DeadlineCalendar> calendar;

  @Autowired
  SetDueDateDelegate(DeadlineCalendar calendar) {
    this(() -> calendar);
  }

  /** For a process test, which loads new data by giving another calendar. */
  public SetDueDateDelegate(Supplier<DeadlineCalendar> calendar) {
    this.calendar = calendar;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DeadlineCalendar deadlines = calendar.get();
    ProvisionalDeadline.Kind kind = ProvisionalDeadline.Kind.valueOf((String) execution.getVariable(DEADLINE_KIND));
    LocalDate from = LocalDate.parse((String) execution.getVariable(DEADLINE_FROM));
    int days = ((Number) execution.getVariable(DEADLINE_DAYS)).intValue();
    Date provisional = (Date) execution.getVariable(PROVISIONAL_DUE_DATE);
    String target = (String) execution.getVariable(TARGET_PROCESS_INSTANCE);
    DateTimeFormatter format = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.UK)
        .withZone(deadlines.zone());

    Date exact;
    try {
      exact = deadlines.exact(kind, from, days);
    } catch (CalendarRangeException e) {
      throw new DueDateNotSetException("The due date cannot be worked out yet: " + e.getMessage()
          + ". Until then it stays at the provisional " + format.format(provisional.toInstant())
          + ". Load the data, restart the application, then retry this step.", e);
    }

    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    List<Task> open = tasks.createTaskQuery().processInstanceId(target).dueDate(provisional).list();
    for (Task task : open) {
      task.setDueDate(exact);
      tasks.saveTask(task);
    }
    ManagementService management = execution.getProcessEngineServices().getManagementService();
    List<Job> timers = management.createJobQuery().processInstanceId(target).timers().list().stream()
        .filter(job -> provisional.equals(job.getDuedate())).toList();
    for (Job timer : timers) {
      management.setJobDuedate(timer.getId(), exact);
    }
    execution.setVariable(DUE_DATE, exact);
    execution.setVariable(TASKS_UPDATED, open.size());
    execution.setVariable(TIMERS_UPDATED, timers.size());
    LOG.info("Due date set for process instance {} (case {}): {} instead of the provisional {}; {} task(s), {} timer(s)",
        target, execution.getProcessBusinessKey(), format.format(exact.toInstant()),
        format.format(provisional.toInstant()), open.size(), timers.size());
  }

  /** The calendar data still do not reach the deadline: the message says what to load. */
  static class DueDateNotSetException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    DueDateNotSetException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
