/**
 * When the escalation groups meet (issue 11; seed 004 §4: a child raised at a group is on the agenda of
 * its next meeting). {@link uk.gov.cme.rules.meetings.MeetingDates} is what the models use, as the bean
 * {@code meetingDates}; the dates are data (calendar/escalation-meetings.csv) with a monthly rule per
 * group for the months the file does not list. Plain Java, no Camunda.
 */
package uk.gov.cme.rules.meetings;
