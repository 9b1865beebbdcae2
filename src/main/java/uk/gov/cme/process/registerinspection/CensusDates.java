package uk.gov.cme.process.registerinspection;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * The school census days in England (DfE school census guide): the autumn census on the first Thursday of
 * October, the spring census on the third Thursday of January and the summer census on the third Thursday
 * of May. Plain Java: a deletion "just before a census date" falls within a number of days before one.
 */
final class CensusDates {

  private CensusDates() {
  }

  /** The census days of a calendar year, in date order. */
  static List<LocalDate> of(int year) {
    return List.of(
        LocalDate.of(year, Month.JANUARY, 1).with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.THURSDAY)),
        LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.THURSDAY)),
        LocalDate.of(year, Month.OCTOBER, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.THURSDAY)));
  }

  /**
   * Whether {@code day} falls within {@code days} days before a census day (the census day itself
   * included): a pupil deleted then is off the census return.
   */
  static boolean justBefore(LocalDate day, int days) {
    if (day == null) {
      return false;
    }
    for (int year = day.getYear(); year <= day.getYear() + 1; year++) {
      for (LocalDate census : of(year)) {
        if (!day.isAfter(census) && !day.isBefore(census.minusDays(days))) {
          return true;
        }
      }
    }
    return false;
  }
}
