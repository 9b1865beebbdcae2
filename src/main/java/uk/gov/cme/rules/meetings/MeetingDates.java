package uk.gov.cme.rules.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * When each escalation group meets (issue 11: "meetings are dates, not timers of a month"). The dates are
 * data: an editable file like the calendars (loaded dates win), with a rule generating monthly dates for a
 * group where none are loaded. Plain Java, no Camunda.
 */
public interface MeetingDates {

  /** The candidate groups that meet (e.g. cme-panel, cic-cmooe-group, line-of-sight). */
  Set<String> meetingGroups();

  /** Whether the group meets on dates (true) or is a person or team that answers by a deadline (false). */
  boolean meets(String group);

  /**
   * The group's first meeting strictly after {@code raisedOn}: a child raised on or after a meeting's day
   * waits for the next one (seed 004 §4: "the date of the referral to CMOE group shall be the date of the
   * next meeting of the group").
   *
   * @throws IllegalArgumentException when the group does not meet
   */
  LocalDate nextMeetingAfter(String group, LocalDate raisedOn);

  /** The group's meetings from {@code from} to {@code to}, both included, in order. */
  List<LocalDate> meetingsBetween(String group, LocalDate from, LocalDate to);
}
