package uk.gov.cme.rules.calendar;

/**
 * A calculation needs calendar data (bank holidays or term dates) for a period that the loaded files do
 * not cover. The message says which file needs another year. Deadlines are never calculated on a guess.
 */
public class CalendarRangeException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  CalendarRangeException(String message) {
    super(message);
  }
}
