package uk.gov.cme.casework;

import java.util.List;

/** Reading the numeric ids of the register's parts from text. */
final class Ids {

  private Ids() {
  }

  static long parse(String field, String text) {
    try {
      long value = Long.parseLong(text == null ? "" : text.strip());
      if (value > 0) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new InvalidInputException(List.of(new InvalidInputException.FieldError(field, "not a valid id")));
  }
}
