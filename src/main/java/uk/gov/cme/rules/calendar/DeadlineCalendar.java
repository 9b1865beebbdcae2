package uk.gov.cme.rules.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Objects;

/**
 * Deadlines for BPMN expressions, available as the bean {@code calendar}, for example a timer's due
 * date {@code ${calendar.addWorkingDays(now(), 5)}}.
 *
 * <p>Each method takes a {@link Date} (what the engine's {@code now()} returns), reads it as a day in
 * the configured time zone (Europe/London), does the calculation on days and returns the resulting day
 * at close of business in that zone, so a deadline is the end of the working day whether the clocks
 * show GMT or BST. Immutable and thread-safe.
 */
public final class DeadlineCalendar {

  private final WorkingDayCalendar workingDays;
  private final SchoolDayCalendar schoolDays;
  private final ZoneId zone;
  private final LocalTime closeOfBusiness;

  /**
   * @param workingDays     the working-day calendar
   * @param schoolDays      the school-day calendar
   * @param zone            the zone in which a {@link Date} is read as a day, normally Europe/London
   * @param closeOfBusiness the time of day of each returned deadline, for example 17:00
   */
  public DeadlineCalendar(WorkingDayCalendar workingDays, SchoolDayCalendar schoolDays, ZoneId zone,
                          LocalTime closeOfBusiness) {
    this.workingDays = Objects.requireNonNull(workingDays, "workingDays");
    this.schoolDays = Objects.requireNonNull(schoolDays, "schoolDays");
    this.zone = Objects.requireNonNull(zone, "zone");
    this.closeOfBusiness = Objects.requireNonNull(closeOfBusiness, "closeOfBusiness");
  }

  /**
   * Close of business on the {@code n}-th working day after the day of {@code from}.
   *
   * @see WorkingDayCalendar#addWorkingDays(LocalDate, int)
   */
  public Date addWorkingDays(Date from, int n) {
    return atCloseOfBusiness(workingDays.addWorkingDays(day(from, "from"), n));
  }

  /**
   * Close of business on the {@code n}-th school day after the day of {@code from}.
   *
   * @see SchoolDayCalendar#addSchoolDays(LocalDate, int)
   */
  public Date addSchoolDays(Date from, int n) {
    return atCloseOfBusiness(schoolDays.addSchoolDays(day(from, "from"), n));
  }

  /**
   * Close of business on the last day of a statutory period of {@code days} calendar days beginning
   * with the day of service (which is day 1).
   *
   * @see StatutoryPeriod#lastDay(LocalDate, int)
   */
  public Date statutoryDays(Date servedOn, int days) {
    return atCloseOfBusiness(StatutoryPeriod.lastDay(day(servedOn, "servedOn"), days));
  }

  /**
   * Close of business on the first day of the next half term after the day of {@code from}: the
   * moment for a half-termly update.
   *
   * @see TermDates#nextTermStart(LocalDate)
   */
  public Date nextHalfTermStart(Date from) {
    return atCloseOfBusiness(schoolDays.termDates().nextTermStart(day(from, "from")));
  }

  private LocalDate day(Date date, String name) {
    Objects.requireNonNull(date, name);
    return date.toInstant().atZone(zone).toLocalDate();
  }

  private Date atCloseOfBusiness(LocalDate day) {
    return Date.from(day.atTime(closeOfBusiness).atZone(zone).toInstant());
  }
}
