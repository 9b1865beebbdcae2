package uk.gov.cme.rules.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One school term (in practice a half-term) of the local authority's term dates.
 *
 * @param academicYear the academic year, written like {@code 2025/26}
 * @param name         the term's name, for example {@code Autumn 1}
 * @param firstDay     the first day pupils attend (inclusive)
 * @param lastDay      the last day pupils attend (inclusive); not before {@code firstDay}
 */
public record Term(String academicYear, String name, LocalDate firstDay, LocalDate lastDay) {

  public Term {
    Objects.requireNonNull(academicYear, "academicYear");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(firstDay, "firstDay");
    Objects.requireNonNull(lastDay, "lastDay");
    if (lastDay.isBefore(firstDay)) {
      throw new IllegalArgumentException("a term's last day " + lastDay + " is before its first day "
          + firstDay);
    }
  }

  /** Whether the day is between the first and last day of the term, both included. */
  public boolean contains(LocalDate date) {
    return !date.isBefore(firstDay) && !date.isAfter(lastDay);
  }
}
