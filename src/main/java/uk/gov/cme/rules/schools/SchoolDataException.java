package uk.gov.cme.rules.schools;

import java.util.List;

/**
 * The schools file cannot be read or contains mistakes. The message names the file and every mistake
 * with its line, so that whoever maintains the file can correct them all at once.
 */
public class SchoolDataException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  SchoolDataException(String source, List<String> problems) {
    super(source + ": " + String.join("; ", problems));
  }

  SchoolDataException(String source, String problem, Throwable cause) {
    super(source + ": " + problem, cause);
  }
}
