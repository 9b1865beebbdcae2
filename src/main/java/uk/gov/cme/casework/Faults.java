package uk.gov.cme.casework;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects every fault in one piece of input so that the person who entered it sees them all at once,
 * and tidies text on the way (surrounding spaces removed, blank becomes null). Reasons never repeat the
 * value entered, so an {@link InvalidInputException} carries no personal data.
 */
final class Faults {

  /** A school's unique reference number: six digits. */
  private static final Pattern URN = Pattern.compile("\\d{6}");
  /** One {@code @}, something either side, a dot in the domain, no spaces. Deliberately loose. */
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

  private final List<InvalidInputException.FieldError> errors = new ArrayList<>();

  void add(String field, String reason) {
    errors.add(new InvalidInputException.FieldError(field, reason));
  }

  /** The trimmed text, or null if blank; a fault if longer than {@code max}. */
  String optional(String field, String value, int max) {
    String text = trim(value);
    if (text != null && text.length() > max) {
      add(field, "at most " + max + " characters");
    }
    return text;
  }

  /** The trimmed text; a fault ({@code missing}) if blank or one if longer than {@code max}. */
  String required(String field, String value, int max, String missing) {
    String text = optional(field, value, max);
    if (text == null) {
      add(field, missing);
    }
    return text;
  }

  /** An optional school URN: six digits if given. */
  String urn(String field, String value) {
    String urn = trim(value);
    if (urn != null && !URN.matcher(urn).matches()) {
      add(field, "a school URN is six digits");
    }
    return urn;
  }

  /** An optional email address: plausible if given. */
  String email(String field, String value) {
    String email = trim(value);
    if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
      add(field, "not a valid email address");
    }
    return email;
  }

  /** The text without surrounding spaces, or null if it is null or blank. */
  static String trim(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  boolean isEmpty() {
    return errors.isEmpty();
  }

  /** @throws InvalidInputException with every fault collected, if there is any */
  void throwIfAny() {
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }
}
