package uk.gov.cme.rules.meetings;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Objects;

/**
 * How a group's meetings fall in a month where the meetings file lists none for it: an ordinal and a
 * weekday, written like {@code SECOND TUESDAY} or {@code LAST FRIDAY} (setting
 * {@code cme.escalation.meetings.rules.<group>}). The day it gives may be a bank holiday; the caller
 * moves it to the next working day. Immutable.
 *
 * @param ordinal which of the month's weekdays
 * @param day     the weekday
 */
public record MonthlyMeetingRule(Ordinal ordinal, DayOfWeek day) {

  /** Which of the month's weekdays: the first to the fourth, or the last. */
  public enum Ordinal {
    FIRST(1), SECOND(2), THIRD(3), FOURTH(4), LAST(-1);

    private final int number;

    Ordinal(int number) {
      this.number = number;
    }
  }

  public MonthlyMeetingRule {
    Objects.requireNonNull(ordinal, "ordinal");
    Objects.requireNonNull(day, "day");
  }

  /**
   * Reads a rule written like {@code SECOND TUESDAY} (any case, spaces between the two words). Spring
   * binds the setting with this method.
   *
   * @throws IllegalArgumentException naming the forms allowed when the text is not one
   */
  public static MonthlyMeetingRule valueOf(String text) {
    String[] words = text == null ? new String[0] : text.strip().toUpperCase(Locale.ROOT).split("\\s+");
    if (words.length == 2) {
      try {
        return new MonthlyMeetingRule(Ordinal.valueOf(words[0]), DayOfWeek.valueOf(words[1]));
      } catch (IllegalArgumentException e) {
        // fall through to the message below
      }
    }
    throw new IllegalArgumentException("'" + text + "' is not a monthly meeting rule: write FIRST, SECOND,"
        + " THIRD, FOURTH or LAST and a weekday, for example SECOND TUESDAY");
  }

  /** The rule's day in the month, before any move off a non-working day. */
  public LocalDate in(YearMonth month) {
    LocalDate first = month.atDay(1);
    return ordinal == Ordinal.LAST
        ? first.with(TemporalAdjusters.lastInMonth(day))
        : first.with(TemporalAdjusters.dayOfWeekInMonth(ordinal.number, day));
  }

  /** The rule as it is written in the setting, e.g. {@code SECOND TUESDAY}. */
  @Override
  public String toString() {
    return ordinal + " " + day;
  }
}
