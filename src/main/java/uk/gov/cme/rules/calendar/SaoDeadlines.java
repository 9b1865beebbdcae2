package uk.gov.cme.rules.calendar;

import java.time.LocalDate;
import java.util.Date;
import java.util.Objects;

/**
 * The deadlines of the School Attendance Order process (processes.md P5; rules.md R7, R10), as the bean
 * {@code saoDeadlines} for BPMN due dates and timers, for example
 * {@code ${saoDeadlines.noticeResponseDue(saoDeadlines.deemedService(sentOn, serviceMethod))}}. Lengths
 * come from the {@code cme.deadlines.sao-*} settings; counting from the calendar:
 * <ul>
 *   <li>deemed service by post or email: working days after sending (bank holidays and weekends matter);
 *   <li>statutory "days": calendar days <em>beginning with</em> the day of (deemed) service, which is day 1
 *       ({@link StatutoryPeriod}); weekends and bank holidays count;
 *   <li>monitoring: school days; the hearing reminder: working days before the hearing.
 * </ul>
 * Each {@link Date} method reads its argument as a day in the configured zone and returns that day at the
 * configured close of business, as {@link DeadlineCalendar} does. The {@link LocalDate} methods are the
 * same rules for Java callers and tests. Immutable and thread-safe (the settings are read on each call).
 */
public final class SaoDeadlines {

  private final DeadlineCalendar calendar;
  private final Deadlines deadlines;

  public SaoDeadlines(DeadlineCalendar calendar, Deadlines deadlines) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.deadlines = Objects.requireNonNull(deadlines, "deadlines");
  }

  // --- days ----------------------------------------------------------------------------------------

  /** The day of deemed service of a notice sent (handed over, posted, emailed) on {@code sentOn}. */
  public LocalDate deemedService(LocalDate sentOn, ServiceMethod method) {
    Objects.requireNonNull(sentOn, "sentOn");
    Objects.requireNonNull(method, "method");
    WorkingDayCalendar workingDays = calendar.workingDays();
    return switch (method) {
      case BY_HAND -> sentOn;
      case FIRST_CLASS_POST -> workingDays.addWorkingDays(sentOn, deadlines.getSaoDeemedServicePostWorkingDays());
      case EMAIL -> workingDays.addWorkingDays(sentOn, deadlines.getSaoDeemedServiceEmailWorkingDays());
    };
  }

  /** The last day for the parent to satisfy the authority after a s437(1) notice served on {@code servedOn}. */
  public LocalDate noticeResponseDue(LocalDate servedOn) {
    return StatutoryPeriod.lastDay(servedOn, deadlines.getSaoNoticeDays());
  }

  /** The last day for the parent to choose a school after a s438 notice of intention served on {@code servedOn}. */
  public LocalDate intentionChoiceDue(LocalDate servedOn) {
    return StatutoryPeriod.lastDay(servedOn, deadlines.getSaoIntentionDays());
  }

  /** The last day for the governing body consulted on {@code consultedOn} to apply to the Secretary of State (s439). */
  public LocalDate governingBodyApplicationDue(LocalDate consultedOn) {
    return StatutoryPeriod.lastDay(consultedOn, deadlines.getSaoGoverningBodyDays());
  }

  /** The last day for the home visit after an order (or NIP) issued on {@code issuedOn}. */
  public LocalDate homeVisitDue(LocalDate issuedOn) {
    return StatutoryPeriod.lastDay(issuedOn, deadlines.getSaoHomeVisitDays());
  }

  /**
   * The last day to tell the court the reasons for not applying for an education supervision order it
   * directed on {@code directedOn}: the weeks beginning with the day of the direction (s447).
   */
  public LocalDate esoReasonsDue(LocalDate directedOn) {
    return StatutoryPeriod.lastDay(directedOn, deadlines.getEsoReasonsWeeks() * 7);
  }

  /** The working day, that many working days before the hearing on {@code hearingOn}, for the reminder. */
  public LocalDate hearingReminder(LocalDate hearingOn) {
    Objects.requireNonNull(hearingOn, "hearingOn");
    WorkingDayCalendar workingDays = calendar.workingDays();
    LocalDate day = hearingOn;
    int counted = 0;
    while (counted < deadlines.getSaoHearingReminderWorkingDays()) {
      day = day.minusDays(1);
      if (workingDays.isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  // --- for the models ------------------------------------------------------------------------------

  /** {@link #deemedService(LocalDate, ServiceMethod)} for a model: {@code method} is a {@link ServiceMethod} name. */
  public Date deemedService(Date sentOn, String method) {
    Objects.requireNonNull(method, "method");
    return at(deemedService(day(sentOn), ServiceMethod.valueOf(method)));
  }

  /** {@link #noticeResponseDue(LocalDate)} at close of business. */
  public Date noticeResponseDue(Date servedOn) {
    return at(noticeResponseDue(day(servedOn)));
  }

  /** {@link #intentionChoiceDue(LocalDate)} at close of business. */
  public Date intentionChoiceDue(Date servedOn) {
    return at(intentionChoiceDue(day(servedOn)));
  }

  /** {@link #governingBodyApplicationDue(LocalDate)} at close of business. */
  public Date governingBodyApplicationDue(Date consultedOn) {
    return at(governingBodyApplicationDue(day(consultedOn)));
  }

  /** {@link #homeVisitDue(LocalDate)} at close of business. */
  public Date homeVisitDue(Date issuedOn) {
    return at(homeVisitDue(day(issuedOn)));
  }

  /** {@link #esoReasonsDue(LocalDate)} at close of business. */
  public Date esoReasonsDue(Date directedOn) {
    return at(esoReasonsDue(day(directedOn)));
  }

  /** The end of monitoring: {@code cme.deadlines.sao-monitoring-school-days} school days after the first day. */
  public Date monitoringEnds(Date firstDay) {
    return calendar.addSchoolDays(firstDay, deadlines.getSaoMonitoringSchoolDays());
  }

  /** {@link #hearingReminder(LocalDate)} at close of business. */
  public Date hearingReminder(Date hearingOn) {
    return at(hearingReminder(day(hearingOn)));
  }

  private LocalDate day(Date date) {
    Objects.requireNonNull(date, "date");
    return date.toInstant().atZone(calendar.zone()).toLocalDate();
  }

  private Date at(LocalDate day) {
    return calendar.atCloseOfBusiness(day);
  }
}
