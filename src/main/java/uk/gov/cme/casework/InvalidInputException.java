package uk.gov.cme.casework;

import java.util.List;
import java.util.stream.Collectors;

/** Input that cannot be accepted, with each field at fault and why (no personal data in the message). */
public class InvalidInputException extends RuntimeException {

  private final transient List<FieldError> errors;

  public InvalidInputException(List<FieldError> errors) {
    super(errors.stream().map(e -> e.field() + ": " + e.reason()).collect(Collectors.joining("; ")));
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }

  /** One field at fault. */
  public record FieldError(String field, String reason) {
  }
}
