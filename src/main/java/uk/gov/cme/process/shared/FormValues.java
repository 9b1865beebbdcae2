package uk.gov.cme.process.shared;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Map;
import uk.gov.cme.casework.InvalidInputException.FieldError;
import uk.gov.cme.rules.text.TextRules;

/**
 * Reads values as Camunda Forms, the REST API and other processes send them: text trimmed (blank is
 * "not given"), tick boxes as booleans or "true", dates as yyyy-mm-dd text (or a Date / LocalDate).
 * One place, so every process reads its input the same way.
 */
public final class FormValues {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private FormValues() {
  }

  /** A date, or null when not given; a value that is not a date adds a fault for the field. */
  public static LocalDate date(Map<String, Object> variables, String name, List<FieldError> faults) {
    Object value = variables.get(name);
    if (value instanceof LocalDate date) {
      return date;
    }
    if (value instanceof Date date) {
      return date.toInstant().atZone(LONDON).toLocalDate();
    }
    String text = value == null ? null : value.toString().trim();
    if (text == null || text.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      faults.add(new FieldError(name, "is not a date (yyyy-mm-dd)"));
      return null;
    }
  }

  /**
   * The text without the spaces and line breaks around it, or null when missing or blank. A control
   * character is kept, even at either end, so that the intake's check refuses it ({@link TextRules}).
   */
  public static String text(Map<String, Object> variables, String name) {
    Object value = variables.get(name);
    if (value == null) {
      return null;
    }
    String text = TextRules.strip(value.toString());
    return text.isEmpty() ? null : text;
  }

  /**
   * A number (a form's number field gives a Long or a Double, the API a Double), or null when not
   * given; text that is not a number adds a fault for the field.
   */
  public static Double number(Map<String, Object> variables, String name, List<FieldError> faults) {
    Object value = variables.get(name);
    String text = value == null ? null : value.toString().trim();
    if (text == null || text.isEmpty()) {
      return null;
    }
    try {
      double number = value instanceof Number n ? n.doubleValue() : Double.parseDouble(text);
      if (!Double.isNaN(number) && !Double.isInfinite(number)) {
        return number;
      }
    } catch (NumberFormatException notANumber) {
      // named below
    }
    faults.add(new FieldError(name, "is not a number"));
    return null;
  }

  /** A tick box: true only for true or "true". */
  public static boolean flag(Map<String, Object> variables, String name) {
    Object value = variables.get(name);
    return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString().trim());
  }

  /**
   * A one-line text field: its value (null when empty), with a fault when it is required and missing
   * ({@code missing} the reason), breaks the text rules or is longer than {@code length}.
   */
  public static String line(Map<String, Object> variables, String name, int length, boolean required,
                            String missing, List<FieldError> faults) {
    return checked(variables, name, length, required, missing, false, faults);
  }

  /** A text area: as {@link #line}, line breaks allowed. */
  public static String lines(Map<String, Object> variables, String name, int length, boolean required,
                             String missing, List<FieldError> faults) {
    return checked(variables, name, length, required, missing, true, faults);
  }

  private static String checked(Map<String, Object> variables, String name, int length, boolean required,
                                String missing, boolean multiline, List<FieldError> faults) {
    String value = text(variables, name);
    if (value == null) {
      if (required) {
        faults.add(new FieldError(name, missing));
      }
      return null;
    }
    String fault = TextRules.fault(value, multiline);
    if (fault != null) {
      faults.add(new FieldError(name, fault));
    } else if (value.length() > length) {
      faults.add(new FieldError(name, "at most " + length + " characters"));
    }
    return value;
  }
}
