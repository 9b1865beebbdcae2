package uk.gov.cme.casework;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import uk.gov.cme.rules.text.TextRules;

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

  /**
   * The trimmed text, or null if blank; a fault if longer than {@code max} or if it holds a character
   * no text may hold (a control or formatting character, {@link TextRules}); line breaks are allowed.
   */
  String optional(String field, String value, int max) {
    return text(field, value, max, true);
  }

  /** The trimmed text; a fault ({@code missing}) if blank, and the faults of {@link #optional}. */
  String required(String field, String value, int max, String missing) {
    String text = optional(field, value, max);
    if (text == null) {
      add(field, missing);
    }
    return text;
  }

  /** As {@link #optional}, for text of one line (a name, a phone number): no line breaks or tabs either. */
  String optionalLine(String field, String value, int max) {
    return text(field, value, max, false);
  }

  /** As {@link #required}, for text of one line (a name): no line breaks or tabs either. */
  String requiredLine(String field, String value, int max, String missing) {
    String text = optionalLine(field, value, max);
    if (text == null) {
      add(field, missing);
    }
    return text;
  }

  private String text(String field, String value, int max, boolean multiline) {
    String text = trim(value);
    if (text != null && text.length() > max) {
      add(field, "at most " + max + " characters");
    } else if (text != null) {
      String characters = TextRules.fault(text, multiline);
      if (characters != null) {
        add(field, characters);
      }
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
    if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches()
        || TextRules.fault(email, false) != null)) {
      add(field, "not a valid email address");
    }
    return email;
  }

  /**
   * The text without surrounding spaces and line breaks, or null if it is null or blank; a control
   * character at either end is kept, for the check to refuse ({@link TextRules#strip}).
   */
  static String trim(String value) {
    String text = TextRules.strip(value);
    return text == null || text.isEmpty() ? null : text;
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
