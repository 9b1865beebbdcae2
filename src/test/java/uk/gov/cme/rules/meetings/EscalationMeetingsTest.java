package uk.gov.cme.rules.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.gov.cme.rules.calendar.BankHolidays;
import uk.gov.cme.rules.calendar.CalendarDataException;
import uk.gov.cme.rules.calendar.WorkingDayCalendar;

/**
 * The escalation groups' meeting dates on frozen data (2027's bank holidays, a small meetings file, fixed
 * rules), so the tests do not depend on the editable shipped file: loaded dates win for their month, the
 * rule fills the others and moves off a bank holiday, the next meeting is strictly after the day raised,
 * a group that does not meet is refused, and a mistake in the file names its line.
 */
class EscalationMeetingsTest {

  static final WorkingDayCalendar WORKING_DAYS = new WorkingDayCalendar(BankHolidays.parse(text("""
      date,name
      2027-01-01,New Year's Day
      2027-03-26,Good Friday
      2027-03-29,Easter Monday
      2027-05-03,Early May bank holiday
      2027-05-31,Spring bank holiday
      2027-08-30,Summer bank holiday
      2027-12-27,Christmas Day (substitute day)
      2027-12-28,Boxing Day (substitute day)
      """), "test-bank-holidays.csv"));

  static final Map<String, MonthlyMeetingRule> RULES = Map.of(
      "cme-panel", MonthlyMeetingRule.valueOf("SECOND TUESDAY"),
      "cic-cmooe-group", MonthlyMeetingRule.valueOf("FIRST MONDAY"),
      "line-of-sight", MonthlyMeetingRule.valueOf("LAST MONDAY"));

  /** Loaded: cme-panel moved to the third Tuesday in March and meeting twice in July 2027. */
  static final String FILE = """
      # test meetings
      group,date

      cme-panel,2027-03-16
      cme-panel,2027-07-06
      cme-panel,2027-07-20
      cic-cmooe-group,2027-02-08
      """;

  static final EscalationMeetings MEETINGS = meetings(FILE);

  @Test
  void a_loaded_date_wins_over_the_rule_for_its_month() {
    assertThat(MEETINGS.meetingsBetween("cme-panel", date("2027-03-01"), date("2027-03-31")))
        .as("loaded 16 March, not the rule's 9 March").containsExactly(date("2027-03-16"));
    assertThat(MEETINGS.nextMeetingAfter("cme-panel", date("2027-03-08"))).isEqualTo(date("2027-03-16"));
    assertThat(MEETINGS.meetingsBetween("cme-panel", date("2027-07-01"), date("2027-07-31")))
        .as("every date loaded for the month").containsExactly(date("2027-07-06"), date("2027-07-20"));
    assertThat(MEETINGS.nextMeetingAfter("cme-panel", date("2027-07-06"))).isEqualTo(date("2027-07-20"));
  }

  @Test
  void the_rule_gives_the_meeting_of_a_month_not_loaded() {
    assertThat(MEETINGS.meetingsBetween("cme-panel", date("2027-01-01"), date("2027-06-30"))).containsExactly(
        date("2027-01-12"), date("2027-02-09"), date("2027-03-16"), date("2027-04-13"), date("2027-05-11"),
        date("2027-06-08"));
    assertThat(MEETINGS.nextMeetingAfter("line-of-sight", date("2027-01-01"))).isEqualTo(date("2027-01-25"));
    assertThat(MEETINGS.nextMeetingAfter("cme-panel", date("2030-11-20")))
        .as("beyond the file, the rule goes on").isEqualTo(date("2030-12-10"));
  }

  @Test
  void the_next_meeting_is_strictly_after_the_day_the_child_is_raised() {
    assertThat(MEETINGS.nextMeetingAfter("cme-panel", date("2027-01-11"))).isEqualTo(date("2027-01-12"));
    assertThat(MEETINGS.nextMeetingAfter("cme-panel", date("2027-01-12")))
        .as("raised on the meeting day: the next meeting").isEqualTo(date("2027-02-09"));
    assertThat(MEETINGS.nextMeetingAfter("cme-panel", date("2027-01-13")))
        .as("raised the day after the meeting: the next meeting").isEqualTo(date("2027-02-09"));
    assertThat(MEETINGS.nextMeetingAfter("cic-cmooe-group", date("2027-02-08")))
        .as("raised on a loaded meeting's day").isEqualTo(date("2027-03-01"));
  }

  @Test
  void a_rule_day_that_is_not_a_working_day_moves_to_the_next_working_day() {
    assertThat(MEETINGS.meetingsBetween("cic-cmooe-group", date("2027-05-01"), date("2027-05-31")))
        .as("first Monday 3 May 2027 is the Early May bank holiday").containsExactly(date("2027-05-04"));
    assertThat(MEETINGS.nextMeetingAfter("cic-cmooe-group", date("2026-12-20")))
        .as("first Monday in January 2027 is the 4th, a working day").isEqualTo(date("2027-01-04"));
    assertThat(MEETINGS.meetingsBetween("line-of-sight", date("2027-12-01"), date("2027-12-31")))
        .as("last Monday 27 December 2027 is a bank holiday, and so is the 28th").containsExactly(date("2027-12-29"));
  }

  @Test
  void a_moved_meeting_may_fall_in_the_next_month_and_is_still_found() {
    // Last Monday of May 2027 is the Spring bank holiday (31 May): the May meeting is on Tuesday 1 June.
    assertThat(MEETINGS.nextMeetingAfter("line-of-sight", date("2027-05-28"))).isEqualTo(date("2027-06-01"));
    assertThat(MEETINGS.meetingsBetween("line-of-sight", date("2027-06-01"), date("2027-06-30")))
        .containsExactly(date("2027-06-01"), date("2027-06-28"));
    assertThat(MEETINGS.meetingsBetween("line-of-sight", date("2027-05-01"), date("2027-05-31"))).isEmpty();
  }

  @Test
  void a_group_that_does_not_meet_is_refused() {
    assertThat(MEETINGS.meetingGroups()).containsExactly("cic-cmooe-group", "cme-panel", "line-of-sight");
    assertThat(MEETINGS.meets("cme-panel")).isTrue();
    assertThat(MEETINGS.meets("line-manager")).isFalse();
    assertThat(MEETINGS.meets(null)).isFalse();
    assertThatThrownBy(() -> MEETINGS.nextMeetingAfter("line-manager", date("2027-01-01")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line-manager does not meet on dates")
        .hasMessageContaining("cme-panel");
    assertThatThrownBy(() -> MEETINGS.meetingsBetween("qaro", date("2027-01-01"), date("2027-02-01")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void meetings_between_includes_both_ends_and_refuses_a_backwards_period() {
    assertThat(MEETINGS.meetingsBetween("cme-panel", date("2027-01-12"), date("2027-02-09")))
        .containsExactly(date("2027-01-12"), date("2027-02-09"));
    assertThat(MEETINGS.meetingsBetween("cme-panel", date("2027-01-13"), date("2027-02-08"))).isEmpty();
    assertThatThrownBy(() -> MEETINGS.meetingsBetween("cme-panel", date("2027-02-01"), date("2027-01-01")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "line {1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      cme-panel,2027-13-01                    | 3 | is not a date written yyyy-mm-dd
      cme-panel                               | 3 | expected 2 values
      line-manager,2027-01-12                 | 3 | the group 'line-manager' does not meet on dates
      cme-panel,2027-01-16                    | 3 | 2027-01-16 (SATURDAY) is not a working day
      cme-panel,2027-05-31                    | 3 | 2027-05-31 (MONDAY) is not a working day
      cme-panel,2027-03-16                    | 3 | already on line 2
      """)
  void a_mistake_in_the_file_stops_with_its_line(String badLine, int lineNumber, String problem) {
    String file = "group,date\ncme-panel,2027-03-16\n" + badLine + "\n";
    assertThatThrownBy(() -> meetings(file))
        .isInstanceOf(CalendarDataException.class)
        .hasMessageStartingWith("test-meetings.csv line " + lineNumber + ": ")
        .hasMessageContaining(problem);
  }

  @Test
  void a_rule_is_written_as_an_ordinal_and_a_weekday() {
    assertThat(MonthlyMeetingRule.valueOf(" second  tuesday ")).isEqualTo(
        new MonthlyMeetingRule(MonthlyMeetingRule.Ordinal.SECOND, DayOfWeek.TUESDAY));
    assertThat(MonthlyMeetingRule.valueOf("LAST FRIDAY").in(YearMonth.of(2027, 4))).isEqualTo(date("2027-04-30"));
    assertThat(MonthlyMeetingRule.valueOf("FOURTH THURSDAY").in(YearMonth.of(2027, 4))).isEqualTo(date("2027-04-22"));
    assertThat(MonthlyMeetingRule.valueOf("FIRST THURSDAY").in(YearMonth.of(2027, 4))).isEqualTo(date("2027-04-01"));
    assertThat(MonthlyMeetingRule.valueOf("THIRD WEDNESDAY")).hasToString("THIRD WEDNESDAY");
    for (String bad : new String[] {"FIFTH MONDAY", "TUESDAY", "SECOND TUESDAY MONTHLY", "2ND TUESDAY", ""}) {
      assertThatThrownBy(() -> MonthlyMeetingRule.valueOf(bad)).as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("for example SECOND TUESDAY");
    }
  }

  static EscalationMeetings meetings(String file) {
    return EscalationMeetings.parse(text(file), "test-meetings.csv", RULES, WORKING_DAYS);
  }

  static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  static InputStream text(String content) {
    return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
  }
}
