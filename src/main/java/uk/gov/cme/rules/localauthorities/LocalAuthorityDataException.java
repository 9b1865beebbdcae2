package uk.gov.cme.rules.localauthorities;

import java.util.List;

/**
 * The local authorities file cannot be read or contains mistakes. The message names the file and every
 * mistake with its line, so that whoever maintains the file can correct them all at once.
 */
public class LocalAuthorityDataException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  LocalAuthorityDataException(String source, List<String> problems) {
    super(source + ": " + String.join("; ", problems));
  }

  LocalAuthorityDataException(String source, String problem, Throwable cause) {
    super(source + ": " + problem, cause);
  }
}
