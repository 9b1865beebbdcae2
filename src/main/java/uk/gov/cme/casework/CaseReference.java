package uk.gov.cme.casework;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A case's reference and the business key of its processes: {@code CME-<year>-<5 digits>}, for example
 * {@code CME-2026-00042}. The year is the year the case was opened; the number comes from one
 * sequence for all years (see {@link CaseReferenceGenerator}), so it is unique on its own.
 *
 * <p>A case reference is not personal data: log it instead of anything about the child.
 *
 * @param year   the year the case was opened, four digits
 * @param number the case number, 1 to {@value #MAX_NUMBER}
 */
public record CaseReference(int year, int number) {

  /** The highest number five digits can hold. */
  public static final int MAX_NUMBER = 99_999;

  private static final Pattern FORMAT = Pattern.compile("CME-(\\d{4})-(\\d{5})");
  private static final String FIELD = "caseReference";

  public CaseReference {
    if (year < 1000 || year > 9999) {
      throw new IllegalArgumentException("the year of a case reference has four digits");
    }
    if (number < 1 || number > MAX_NUMBER) {
      throw new IllegalArgumentException("the number of a case reference is 1 to " + MAX_NUMBER);
    }
  }

  /**
   * Reads a case reference as entered: surrounding spaces are ignored and the prefix may be in lower
   * case ({@code " cme-2026-00042"} is {@code CME-2026-00042}).
   *
   * @throws InvalidInputException (field {@code caseReference}) if it is not {@code CME-<year>-<5 digits>}
   */
  public static CaseReference of(String text) {
    Matcher matcher = text == null ? null : FORMAT.matcher(text.strip().toUpperCase(Locale.ROOT));
    if (matcher == null || !matcher.matches() || Integer.parseInt(matcher.group(2)) == 0) {
      throw new InvalidInputException(List.of(new InvalidInputException.FieldError(FIELD,
          "a case reference looks like CME-2026-00042: CME, the year and a five-digit number")));
    }
    return new CaseReference(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
  }

  /** Whether the text is a case reference that {@link #of(String)} accepts. */
  public static boolean isValid(String text) {
    try {
      of(text);
      return true;
    } catch (InvalidInputException e) {
      return false;
    }
  }

  /** The reference as written: {@code CME-2026-00042}. */
  public String value() {
    return String.format(Locale.ROOT, "CME-%04d-%05d", year, number);
  }

  /** The same as {@link #value()}. */
  @Override
  public String toString() {
    return value();
  }
}
