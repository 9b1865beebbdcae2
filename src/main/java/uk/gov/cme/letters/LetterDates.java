package uk.gov.cme.letters;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates in letters, written out: "Friday 8 January 2027". */
public final class LetterDates {

  private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.UK);

  private LetterDates() {
  }

  /** The date written out, e.g. "Friday 8 January 2027"; null for null. */
  public static String written(LocalDate date) {
    return date == null ? null : WRITTEN.format(date);
  }
}
