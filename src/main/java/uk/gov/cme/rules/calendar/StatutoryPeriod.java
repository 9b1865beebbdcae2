package uk.gov.cme.rules.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Statutory periods in calendar days (rules.md R7), for wording such as "not less than 15 days
 * beginning with the day on which the notice is served" (Education Act 1996 s437(1)). The day of
 * service is day 1, weekends and bank holidays count, and the local authority may act from the day
 * after the last day.
 *
 * <p>The day of service is the caller's input: where a notice is posted, work out the deemed day of
 * service first.
 */
public final class StatutoryPeriod {

  private StatutoryPeriod() {
  }

  /**
   * The last day of a period of {@code days} calendar days beginning with {@code servedOn}: 15 days
   * from 2 March 2026 end on 16 March 2026.
   *
   * @param servedOn the day of service, which is day 1
   * @param days     the length of the period, at least 1
   * @throws IllegalArgumentException if {@code days} is less than 1
   */
  public static LocalDate lastDay(LocalDate servedOn, int days) {
    Objects.requireNonNull(servedOn, "servedOn");
    WorkingDayCalendar.requirePositive(days);
    return servedOn.plusDays(days - 1L);
  }

  /**
   * The first day after the period, when the local authority may act: 15 days from 2 March 2026 allow
   * action from 17 March 2026.
   *
   * @throws IllegalArgumentException if {@code days} is less than 1
   */
  public static LocalDate firstDayAfter(LocalDate servedOn, int days) {
    return lastDay(servedOn, days).plusDays(1);
  }
}
