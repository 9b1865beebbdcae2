package uk.gov.cme.validation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The format a text field of a form expects, named in the form as the custom property
 * {@code "properties": {"format": "date"}} and checked by {@link FormContract} with a message a person
 * understands. Forms do not use form-js's {@code validate.pattern}: Tasklist's form-js answers a
 * pattern with "Field must match pattern ^[0-9]{4}-…$" and cannot be given a message of its own. The
 * field's description says the format with an example; the check names the field by its label.
 */
public enum FieldFormat {

  /** A day written year-month-day. */
  DATE("date", Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}"),
      "is not a date: write it year-month-day, for example 2026-12-03 for 3 December 2026"),
  /** A school's Unique Reference Number. */
  URN("urn", Pattern.compile("[0-9]{6}"), "is not a school URN: give the school's six digits, for example 999001"),
  /** A Unique Pupil Number: a letter, eleven digits and a digit or letter (the check letter is the intake's). */
  UPN("upn", Pattern.compile("[A-Za-z][0-9]{11}[0-9A-Za-z]"),
      "is not a Unique Pupil Number: 13 characters, a letter then 12 digits or 11 digits and a letter, for example B801200005001"),
  /** A CME case reference. */
  CASE_REFERENCE("case-reference", Pattern.compile("CME-[0-9]{4}-[0-9]{5}"),
      "is not a case reference: it looks like CME-2026-00042"),
  /** An email address. */
  EMAIL("email", Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"),
      "is not an email address: it looks like name@school.example");

  private static final String NO_SUCH_DAY =
      "is not a date: there is no such day; write it year-month-day, for example 2026-12-03";

  private final String name;
  private final Pattern pattern;
  private final String fault;

  FieldFormat(String name, Pattern pattern, String fault) {
    this.name = name;
    this.pattern = pattern;
    this.fault = fault;
  }

  /** The name a form gives it in {@code properties.format}. */
  public String formName() {
    return name;
  }

  /** The format a form names; empty for none or a name not known here. */
  public static Optional<FieldFormat> named(String name) {
    return Arrays.stream(values()).filter(f -> f.name.equals(name)).findFirst();
  }

  /** Whether a fault's reason is one of these formats' (the form's own check, not an intake's). */
  public static boolean isFormatFault(String reason) {
    return NO_SUCH_DAY.equals(reason) || Arrays.stream(values()).anyMatch(f -> f.fault.equals(reason));
  }

  /** Why the text is not in this format, in plain English; null when it is (or it is blank: not given). */
  public String fault(String text) {
    String value = text == null ? "" : text.strip();
    if (value.isEmpty()) {
      return null;
    }
    if (!pattern.matcher(value).matches()) {
      return fault;
    }
    if (this == DATE) {
      try {
        LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        return NO_SUCH_DAY;
      }
    }
    return null;
  }
}
