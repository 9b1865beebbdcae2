package uk.gov.cme.rules.upn;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A valid Unique Pupil Number (DfE UPN standard, rules.md R5), upper case.
 *
 * <p>13 characters: a check letter, the LA code (3 digits), the DfE establishment number (4 digits),
 * the academic year of allocation (2 digits) and a serial number (3 digits). A temporary UPN has a
 * letter instead of the last digit. The letters I, O and S are never used. The check letter is
 * {@code LETTERS[(sum over p = 2..13 of value(character p) * p) mod 23]}, where a digit's value is
 * itself and a letter's value is its index in {@code ABCDEFGHJKLMNPQRTUVWXYZ}.
 *
 * <p>Obtain one with {@link #validate(String)}. The constructor accepts only a valid UPN whose parts
 * agree with its value. A UPN is personal data: do not log it.
 *
 * @param value         the whole UPN, 13 characters, upper case
 * @param temporary     whether it is a temporary UPN (ends with a letter)
 * @param laCode        characters 2 to 4
 * @param establishment characters 5 to 8
 * @param year          characters 9 and 10
 * @param serial        characters 11 to 13 (ending with a letter if temporary)
 */
public record Upn(String value, boolean temporary, String laCode, String establishment, String year,
                  String serial) {

  /** The letters a UPN may contain, in check-letter order (values 0 to 22). */
  static final String LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";
  static final int LENGTH = 13;

  public Upn {
    Objects.requireNonNull(value, "value");
    if (!faults(value).isEmpty()) {
      throw new IllegalArgumentException("not a valid UPN");
    }
    if (temporary != isLetter(value.charAt(12))
        || !value.substring(1, 4).equals(laCode)
        || !value.substring(4, 8).equals(establishment)
        || !value.substring(8, 10).equals(year)
        || !value.substring(10, 13).equals(serial)) {
      throw new IllegalArgumentException("the UPN's parts do not match its value");
    }
  }

  /**
   * Validates a UPN as entered: surrounding spaces are removed and letters upper-cased first.
   *
   * <p>A UPN is optional on intake; callers decide whether a blank field means "no UPN" before calling
   * this. A blank or null input is reported as {@link UpnFault.Kind#MISSING}.
   *
   * @param raw the UPN as entered, may be null
   * @return the valid normalised UPN, or every fault found
   */
  public static UpnValidation validate(String raw) {
    String upn = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
    List<UpnFault> faults = faults(upn);
    if (!faults.isEmpty()) {
      return UpnValidation.invalid(faults);
    }
    return UpnValidation.valid(new Upn(upn, isLetter(upn.charAt(12)), upn.substring(1, 4),
        upn.substring(4, 8), upn.substring(8, 10), upn.substring(10, 13)));
  }

  /** The check letter for characters 2 to 13, which must be digits or UPN letters. */
  static char checkLetter(String upn) {
    int sum = 0;
    for (int p = 2; p <= LENGTH; p++) {
      sum += value(upn.charAt(p - 1)) * p;
    }
    return LETTERS.charAt(sum % LETTERS.length());
  }

  private static int value(char c) {
    return isDigit(c) ? c - '0' : LETTERS.indexOf(c);
  }

  private static List<UpnFault> faults(String upn) {
    if (upn.isEmpty()) {
      return List.of(new UpnFault(UpnFault.Kind.MISSING, "no UPN was given"));
    }
    if (upn.length() != LENGTH) {
      return List.of(new UpnFault(UpnFault.Kind.LENGTH,
          "a UPN has 13 characters; this has " + upn.length()));
    }
    List<UpnFault> faults = new ArrayList<>();
    boolean restValid = true;
    restValid &= digits(upn, 2, 4, UpnFault.Kind.LA_CODE,
        "the LA code (characters 2 to 4) must be 3 digits", faults);
    restValid &= digits(upn, 5, 8, UpnFault.Kind.ESTABLISHMENT,
        "the establishment number (characters 5 to 8) must be 4 digits", faults);
    restValid &= digits(upn, 9, 10, UpnFault.Kind.YEAR,
        "the year (characters 9 and 10) must be 2 digits", faults);
    restValid &= serial(upn, faults);

    char first = upn.charAt(0);
    String expected = restValid ? String.valueOf(checkLetter(upn)) : null;
    if (!isLetter(first)) {
      String what = first == 'I' || first == 'O' || first == 'S'
          ? "it is " + first + ", which is never used in a UPN"
          : isDigit(first) ? "it is a digit" : "it is not a letter";
      faults.add(0, new UpnFault(UpnFault.Kind.FIRST_CHARACTER,
          "the first character must be the check letter (A to Z except I, O and S); " + what
              + (expected == null ? "" : "; for this UPN it should be " + expected)));
    } else if (expected != null && first != expected.charAt(0)) {
      faults.add(new UpnFault(UpnFault.Kind.CHECK_LETTER,
          "check letter should be " + expected + ", not " + first));
    }
    return faults;
  }

  /** Checks that characters {@code from} to {@code to} (1-based, inclusive) are digits. */
  private static boolean digits(String upn, int from, int to, UpnFault.Kind kind, String rule,
                                List<UpnFault> faults) {
    List<Integer> wrong = new ArrayList<>();
    for (int p = from; p <= to; p++) {
      if (!isDigit(upn.charAt(p - 1))) {
        wrong.add(p);
      }
    }
    if (wrong.isEmpty()) {
      return true;
    }
    faults.add(new UpnFault(kind, rule + "; " + notDigits(wrong)));
    return false;
  }

  private static boolean serial(String upn, List<UpnFault> faults) {
    String rule = "the serial number (characters 11 to 13) must be 3 digits, or 2 digits and a letter"
        + " for a temporary UPN";
    List<String> problems = new ArrayList<>();
    List<Integer> wrong = new ArrayList<>();
    for (int p = 11; p <= 12; p++) {
      if (!isDigit(upn.charAt(p - 1))) {
        wrong.add(p);
      }
    }
    if (!wrong.isEmpty()) {
      problems.add(notDigits(wrong));
    }
    char last = upn.charAt(12);
    if (!isDigit(last) && !isLetter(last)) {
      problems.add(last == 'I' || last == 'O' || last == 'S'
          ? "character 13 is " + last + ", which is never used in a UPN"
          : "character 13 is neither a digit nor a letter");
    }
    if (problems.isEmpty()) {
      return true;
    }
    faults.add(new UpnFault(UpnFault.Kind.SERIAL, rule + "; " + String.join("; ", problems)));
    return false;
  }

  private static String notDigits(List<Integer> positions) {
    if (positions.size() == 1) {
      return "character " + positions.get(0) + " is not a digit";
    }
    StringBuilder list = new StringBuilder();
    for (int i = 0; i < positions.size(); i++) {
      if (i > 0) {
        list.append(i == positions.size() - 1 ? " and " : ", ");
      }
      list.append(positions.get(i));
    }
    return "characters " + list + " are not digits";
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Whether the character is one of the letters a UPN may contain. */
  private static boolean isLetter(char c) {
    return LETTERS.indexOf(c) >= 0;
  }

  /** The UPN itself, for display and letters. It is personal data: do not log it. */
  @Override
  public String toString() {
    return value;
  }
}
