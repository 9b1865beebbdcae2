package uk.gov.cme.process.calendardata;

/** The calendar data check: ids of processes/calendar-data-check.bpmn in one place. */
public final class CalendarDataCheckProcess {

  public static final String KEY = "calendar-data-check";

  private CalendarDataCheckProcess() {
  }

  /** Flow node ids. */
  public static final class Elements {
    public static final String START = "Event_CalendarDataEnding";
    public static final String TASK_CHECK = "Task_CheckCalendarData";
    public static final String END_LOADED = "Event_CalendarDataLoaded";

    private Elements() {
    }
  }

  /** Process variables. */
  public static final class Variables {
    /** Which file: {@code term-dates} or {@code bank-holidays}. */
    public static final String DATA = "calendarData";
    /** The file's last day when the warning started, yyyy-mm-dd. */
    public static final String LAST_DAY = "lastDay";
    /** The first day of the warning, yyyy-mm-dd. */
    public static final String WARN_FROM = "warnFrom";
    /** Written when the check passes: the file's new last day. */
    public static final String LOADED_TO = "loadedTo";

    private Variables() {
    }
  }
}
