package uk.gov.cme.rules.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * School days (rules.md R7): working days inside the local authority's term dates. Holidays between
 * terms, weekends and bank holidays (including one that falls in term) are not school days.
 *
 * <p>Counting starts the day <em>after</em> the event, as for working days: the last day of a half-term
 * plus 1 school day is the first day of the next half-term. A calculation that needs a day outside the
 * loaded term dates throws {@link CalendarRangeException} rather than guessing. Immutable and
 * thread-safe.
 */
public final class SchoolDayCalendar {

  private final WorkingDayCalendar workingDays;
  private final TermDates termDates;

  /**
   * @param workingDays the working-day calendar (for weekends and bank holidays)
   * @param termDates   the local authority's term dates
   */
  public SchoolDayCalendar(WorkingDayCalendar workingDays, TermDates termDates) {
    this.workingDays = Objects.requireNonNull(workingDays, "workingDays");
    this.termDates = Objects.requireNonNull(termDates, "termDates");
  }

  /** The term dates this calendar uses. */
  public TermDates termDates() {
    return termDates;
  }

  /**
   * Whether the day is a school day: inside a term and a working day.
   *
   * @throws CalendarRangeException if the day is outside the loaded term dates
   */
  public boolean isSchoolDay(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (date.isAfter(termDates.lastDay())) {
      throw new CalendarRangeException("term dates are not loaded beyond " + termDates.lastDay()
          + "; add the next academic year to term-dates.csv");
    }
    if (date.isBefore(termDates.firstDay())) {
      throw new CalendarRangeException("term dates are not loaded before " + termDates.firstDay()
          + "; add the earlier academic year to term-dates.csv");
    }
    return termDates.termContaining(date).isPresent() && workingDays.isWorkingDay(date);
  }

  /**
   * The {@code n}-th school day strictly after {@code from}; {@code from} itself never counts, whether
   * or not it is a school day.
   *
   * @param from the day of the event (for example the end of a leave of absence)
   * @param n    the number of school days, at least 1
   * @return the deadline day
   * @throws IllegalArgumentException if {@code n} is less than 1
   * @throws CalendarRangeException   if the count runs past the last term in the data
   */
  public LocalDate addSchoolDays(LocalDate from, int n) {
    Objects.requireNonNull(from, "from");
    WorkingDayCalendar.requirePositive(n);
    LocalDate day = from;
    int counted = 0;
    while (counted < n) {
      day = day.plusDays(1);
      if (isSchoolDay(day)) {
        counted++;
      }
    }
    return day;
  }

  /**
   * The number of school days after {@code fromExclusive} up to and including {@code toInclusive}; the
   * inverse of {@link #addSchoolDays}. Zero when the two days are the same.
   *
   * @throws IllegalArgumentException if {@code toInclusive} is before {@code fromExclusive}
   * @throws CalendarRangeException   if the period runs outside the loaded term dates
   */
  public int schoolDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
    WorkingDayCalendar.requireOrdered(fromExclusive, toInclusive);
    int count = 0;
    for (LocalDate day = fromExclusive.plusDays(1); !day.isAfter(toInclusive); day = day.plusDays(1)) {
      if (isSchoolDay(day)) {
        count++;
      }
    }
    return count;
  }
}
