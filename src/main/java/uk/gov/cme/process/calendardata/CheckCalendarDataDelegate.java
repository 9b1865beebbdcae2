package uk.gov.cme.process.calendardata;

import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import uk.gov.cme.rules.calendar.CalendarDataStatus;

/**
 * "Check the calendar data": passes once the file named by {@code calendarData} reaches beyond the
 * warning period; until then fails with the warning, so that it shows as an incident in Cockpit.
 * Writes {@code loadedTo} when it passes.
 */
@Component("checkCalendarDataDelegate")
public class CheckCalendarDataDelegate implements JavaDelegate {

  private final Supplier<CalendarDataWatch> watch;

  @Autowired
  CheckCalendarDataDelegate(CalendarDataWatch watch) {
    this(() -> watch);
  }

  /** For a process test, which loads new data by giving another watch. */
  public CheckCalendarDataDelegate(Supplier<CalendarDataWatch> watch) {
    this.watch = watch;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String key = (String) execution.getVariable(CalendarDataCheckProcess.Variables.DATA);
    CalendarDataStatus.Data data = java.util.Arrays.stream(CalendarDataStatus.Data.values())
        .filter(d -> d.key().equals(key)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no calendar data called " + key));
    CalendarDataStatus status = watch.get().status(data);
    if (status.needsAction()) {
      throw new CalendarDataEndingException(status.message() + " Once it is loaded and the application restarted,"
          + " this incident closes by itself at the next daily check, or retry it here.");
    }
    execution.setVariable(CalendarDataCheckProcess.Variables.LOADED_TO, status.lastDay().toString());
  }

  /** The data still end within the warning period: the message says what to load. */
  static class CalendarDataEndingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CalendarDataEndingException(String message) {
      super(message);
    }
  }
}
