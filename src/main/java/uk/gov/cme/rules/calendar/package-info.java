/**
 * Calendars for deadlines (rules.md R7): working days (Monday to Friday, not an England and Wales
 * bank holiday), school days (working days inside the local authority's term dates) and statutory
 * calendar-day periods. Bank holidays and term dates are data files, not code.
 *
 * <p>{@link uk.gov.cme.rules.calendar.DeadlineCalendar} is the facade that BPMN expressions use, as the
 * bean {@code calendar}: {@code ${calendar.addWorkingDays(now(), 5)}}.
 */
package uk.gov.cme.rules.calendar;
