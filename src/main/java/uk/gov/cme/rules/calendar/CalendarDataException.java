package uk.gov.cme.rules.calendar;

/**
 * A calendar data file (bank holidays or term dates) cannot be read or contains a mistake. The message
 * names the file and, where the mistake is on one line, the line number, so that whoever maintains the
 * file can correct it.
 */
public class CalendarDataException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  CalendarDataException(String source, int lineNumber, String problem) {
    super(source + " line " + lineNumber + ": " + problem);
  }

  CalendarDataException(String source, String problem) {
    super(source + ": " + problem);
  }

  CalendarDataException(String source, String problem, Throwable cause) {
    super(source + ": " + problem, cause);
  }
}
