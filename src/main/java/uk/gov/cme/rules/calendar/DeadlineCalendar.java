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
 * show GMT or BST.
 *
 * <p>No method fails for want of calendar data, so a deadline never stops a step (a start, a task, a
 * timer). Working days and calendar days never run out (bank holidays beyond the file come from the
 * rules). A school-day deadline beyond the loaded term dates is given <em>provisionally</em> and
 * reported to {@link ProvisionalDeadlines}: {@link #addSchoolDays} as the same number of working days
 * (never later than the real deadline, since every school day is a working day), {@link
 * #nextHalfTermStart} projected from an earlier year's terms. {@link #exact} works it out again once the
 * term dates are loaded. Immutable and thread-safe.
 */
public final class DeadlineCalendar {

  private final WorkingDayCalendar workingDays;
  private final SchoolDayCalendar schoolDays;
  private final ZoneId zone;
  private final LocalTime closeOfBusiness;
  private final ProvisionalDeadlines provisionalDeadlines;

  /**
   * @param workingDays     the working-day calendar
   * @param schoolDays      the school-day calendar
   * @param zone            the zone in which a {@link Date} is read as a day, normally Europe/London
   * @param closeOfBusiness the time of day of each returned deadline, for example 17:00
   */
  public DeadlineCalendar(WorkingDayCalendar workingDays, SchoolDayCalendar schoolDays, ZoneId zone,
                          LocalTime closeOfBusiness) {
    this(workingDays, schoolDays, zone, closeOfBusiness, ProvisionalDeadlines.NONE);
  }

  /**
   * @param provisionalDeadlines told of each school-day deadline given provisionally
   * @see #DeadlineCalendar(WorkingDayCalendar, SchoolDayCalendar, ZoneId, LocalTime)
   */
  public DeadlineCalendar(WorkingDayCalendar workingDays, SchoolDayCalendar schoolDays, ZoneId zone,
                          LocalTime closeOfBusiness, ProvisionalDeadlines provisionalDeadlines) {
    this.workingDays = Objects.requireNonNull(workingDays, "workingDays");
    this.schoolDays = Objects.requireNonNull(schoolDays, "schoolDays");
    this.zone = Objects.requireNonNull(zone, "zone");
    this.closeOfBusiness = Objects.requireNonNull(closeOfBusiness, "closeOfBusiness");
    this.provisionalDeadlines = Objects.requireNonNull(provisionalDeadlines, "provisionalDeadlines");
  }

  /** The school-day calendar, with the term dates loaded. */
  public SchoolDayCalendar schoolDays() {
    return schoolDays;
  }

  /** The zone in which days are read and deadlines fall. */
  public ZoneId zone() {
    return zone;
  }

  /** The working-day calendar, with the bank holidays. */
  public WorkingDayCalendar workingDays() {
    return workingDays;
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
   * Close of business on the {@code n}-th school day after the day of {@code from}. Beyond the loaded
   * term dates: provisionally the {@code n}-th working day, reported to {@link ProvisionalDeadlines}.
   *
   * @see SchoolDayCalendar#addSchoolDays(LocalDate, int)
   */
  public Date addSchoolDays(Date from, int n) {
    LocalDate day = day(from, "from");
    WorkingDayCalendar.requirePositive(n);
    try {
      return atCloseOfBusiness(schoolDays.addSchoolDays(day, n));
    } catch (CalendarRangeException e) {
      return provisionally(ProvisionalDeadline.Kind.SCHOOL_DAYS, day, n, workingDays.addWorkingDays(day, n), e);
    }
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
    LocalDate day = day(from, "from");
    TermDates terms = schoolDays.termDates();
    try {
      return atCloseOfBusiness(terms.nextTermStart(day));
    } catch (CalendarRangeException e) {
      LocalDate projected = terms.projectedNextTermStart(day);
      if (!workingDays.isWorkingDay(projected)) {
        projected = workingDays.addWorkingDays(projected, 1);
      }
      return provisionally(ProvisionalDeadline.Kind.NEXT_HALF_TERM, day, 0, projected, e);
    }
  }

  /**
   * The exact deadline of one given provisionally, now that the term dates may reach it.
   *
   * @throws CalendarRangeException if the term dates still do not reach it
   */
  public Date exact(ProvisionalDeadline.Kind kind, LocalDate from, int days) {
    return atCloseOfBusiness(switch (kind) {
      case SCHOOL_DAYS -> schoolDays.addSchoolDays(from, days);
      case NEXT_HALF_TERM -> schoolDays.termDates().nextTermStart(from);
    });
  }

  private Date provisionally(ProvisionalDeadline.Kind kind, LocalDate from, int days, LocalDate instead,
                             CalendarRangeException reason) {
    Date provisional = atCloseOfBusiness(instead);
    provisionalDeadlines.given(new ProvisionalDeadline(kind, from, days, provisional, reason.getMessage()));
    return provisional;
  }

  private LocalDate day(Date date, String name) {
    Objects.requireNonNull(date, name);
    return date.toInstant().atZone(zone).toLocalDate();
  }

  /** The day at close of business in the configured zone: the moment every deadline falls. */
  public Date atCloseOfBusiness(LocalDate day) {
    return Date.from(day.atTime(closeOfBusiness).atZone(zone).toInstant());
  }
}
