package uk.gov.cme.letters;

/**
 * A letter could not be made: a template missing or broken, a value it needs not given. The message
 * names the template and the value, never a person's details. In a process step it fails the job, so
 * after its retries it becomes an incident.
 */
public class LetterException extends RuntimeException {

  public LetterException(String message) {
    super(message);
  }

  public LetterException(String message, Throwable cause) {
    super(message, cause);
  }
}
