package uk.gov.cme.casework;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * UK postcodes as entered: the match key (upper case, no spaces), a plausibility check of the shape
 * (outward code {@code A9}, {@code A99}, {@code AA9}, {@code AA99}, {@code A9A} or {@code AA9A}, then
 * inward code {@code 9AA}; and {@code GIR 0AA}) and the usual written form ({@code SO23 8UJ}). It does
 * not check that the postcode exists. A postcode is personal data in context: do not log it.
 */
final class Postcode {

  private static final Pattern PLAUSIBLE =
      Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}|GIR0AA");

  private Postcode() {
  }

  /** The match key: upper case with every space removed; null for a blank or null postcode. */
  static String key(String postcode) {
    if (postcode == null || postcode.isBlank()) {
      return null;
    }
    return postcode.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
  }

  /** Whether the postcode has the shape of a UK postcode, ignoring case and spaces. */
  static boolean isPlausible(String postcode) {
    String key = key(postcode);
    return key != null && PLAUSIBLE.matcher(key).matches();
  }

  /** A plausible postcode as written: upper case, one space before the inward code ({@code SO23 8UJ}). */
  static String format(String postcode) {
    String key = key(postcode);
    if (key == null || !PLAUSIBLE.matcher(key).matches()) {
      throw new IllegalArgumentException("not a plausible UK postcode");
    }
    return key.substring(0, key.length() - 3) + " " + key.substring(key.length() - 3);
  }
}
