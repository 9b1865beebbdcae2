package uk.gov.cme.rules.calendar;

/**
 * A calendar data file (bank holidays, term dates or the escalation groups' meeting dates) cannot be read
 * or contains a mistake. The message names the file and, where the mistake is on one line, the line
 * number, so that whoever maintains the file can correct it.
 */
public class CalendarDataException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public CalendarDataException(String source, int lineNumber, String problem) {
    super(source + " line " + lineNumber + ": " + problem);
  }

  public CalendarDataException(String source, String problem) {
    super(source + ": " + problem);
  }

  public CalendarDataException(String source, String problem, Throwable cause) {
    super(source + ": " + problem, cause);
  }
}
