package uk.gov.cme.rules.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Working days (rules.md R7): Monday to Friday, except England and Wales bank holidays.
 *
 * <p>Counting starts the day <em>after</em> the event: a referral received on a Monday has a
 * 5-working-day acknowledgement deadline of the next Monday, and one received on a Saturday has the
 * next Friday. Bank holidays come from the data file for its years and from the England and Wales rules
 * for every other year, so working days never run out. Immutable and thread-safe.
 */
public final class WorkingDayCalendar {

  private final BankHolidays bankHolidays;

  /** @param bankHolidays the bank holidays to skip */
  public WorkingDayCalendar(BankHolidays bankHolidays) {
    this.bankHolidays = Objects.requireNonNull(bankHolidays, "bankHolidays");
  }

  /** The bank holidays this calendar skips. */
  public BankHolidays bankHolidays() {
    return bankHolidays;
  }

  /** Whether the day is a working day: Monday to Friday and not a bank holiday. */
  public boolean isWorkingDay(LocalDate date) {
    Objects.requireNonNull(date, "date");
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !bankHolidays.isBankHoliday(date);
  }

  /**
   * The {@code n}-th working day strictly after {@code from}; {@code from} itself never counts, whether
   * or not it is a working day.
   *
   * @param from the day of the event (for example receipt of a referral)
   * @param n    the number of working days, at least 1
   * @return the deadline day
   * @throws IllegalArgumentException if {@code n} is less than 1
   */
  public LocalDate addWorkingDays(LocalDate from, int n) {
    Objects.requireNonNull(from, "from");
    requirePositive(n);
    LocalDate day = from;
    int counted = 0;
    while (counted < n) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  /**
   * The number of working days after {@code fromExclusive} up to and including {@code toInclusive}; the
   * inverse of {@link #addWorkingDays}. Zero when the two days are the same.
   *
   * @throws IllegalArgumentException if {@code toInclusive} is before {@code fromExclusive}
   */
  public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
    requireOrdered(fromExclusive, toInclusive);
    int count = 0;
    for (LocalDate day = fromExclusive.plusDays(1); !day.isAfter(toInclusive); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        count++;
      }
    }
    return count;
  }

  static void requirePositive(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("the number of days must be at least 1, not " + n);
    }
  }

  static void requireOrdered(LocalDate fromExclusive, LocalDate toInclusive) {
    Objects.requireNonNull(fromExclusive, "fromExclusive");
    Objects.requireNonNull(toInclusive, "toInclusive");
    if (toInclusive.isBefore(fromExclusive)) {
      throw new IllegalArgumentException("the end of the period " + toInclusive
          + " is before its start " + fromExclusive);
    }
  }
}
