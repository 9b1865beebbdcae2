package uk.gov.cme.rules.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WorkingDayCalendarTest {

  private final WorkingDayCalendar calendar = TestCalendars.workingDays();

  @ParameterizedTest(name = "{0} is a working day: {1}")
  @CsvSource(textBlock = """
      2026-03-02, true,  Monday
      2026-03-06, true,  Friday
      2026-03-07, false, Saturday
      2026-03-08, false, Sunday
      2026-04-02, true,  Maundy Thursday
      2026-04-03, false, Good Friday
      2026-04-06, false, Easter Monday
      2026-04-07, true,  Tuesday after Easter
      2026-12-24, true,  Christmas Eve
      2026-12-25, false, Christmas Day (Friday)
      2026-12-28, false, Boxing Day substitute (Monday)
      2026-12-29, true,  Tuesday after Christmas
      2027-12-24, true,  Christmas Eve 2027 (Friday)
      2027-12-27, false, Christmas Day substitute 2027
      2027-12-28, false, Boxing Day substitute 2027
      2027-12-29, true,  Wednesday after Christmas 2027
      2028-01-03, false, New Year's Day substitute 2028
      2028-01-04, true,  Tuesday
      2025-01-01, false, first covered day
      2028-12-29, true,  last Friday covered
      """)
  void knowsWorkingDays(LocalDate day, boolean working, String description) {
    assertThat(calendar.isWorkingDay(day)).as(description).isEqualTo(working);
  }

  @ParameterizedTest(name = "{0} + {1} WD = {2} ({3})")
  @CsvSource(textBlock = """
      2026-03-02, 5, 2026-03-09, receipt on a Monday: the next Monday
      2026-03-06, 5, 2026-03-13, receipt on a Friday: the next Friday
      2026-03-07, 5, 2026-03-13, receipt on a Saturday: the next Friday
      2026-03-08, 5, 2026-03-13, receipt on a Sunday: the next Friday
      2026-03-02, 1, 2026-03-03, one day
      2026-03-06, 1, 2026-03-09, Friday + 1 is Monday
      2026-03-07, 1, 2026-03-09, Saturday + 1 is Monday
      2026-12-24, 1, 2026-12-29, Christmas 2026: Fri 25 and Mon 28 (substitute) skipped
      2026-12-23, 2, 2026-12-29, Christmas 2026 from Wednesday
      2026-12-24, 5, 2027-01-05, Christmas and New Year 2026/27
      2027-12-24, 1, 2027-12-29, Christmas 2027: two substitute days
      2027-12-23, 1, 2027-12-24, Christmas Eve 2027 is a working day
      2027-12-31, 1, 2028-01-04, New Year 2028 substitute on Monday 3 Jan
      2026-04-01, 5, 2026-04-10, Easter 2026 from Wednesday 1 April
      2026-04-02, 5, 2026-04-13, Easter 2026 from Maundy Thursday: both bank holidays skipped
      2026-04-03, 1, 2026-04-07, from Good Friday
      2026-04-06, 1, 2026-04-07, from Easter Monday
      2026-05-01, 1, 2026-05-05, early May bank holiday
      2026-03-02, 10, 2026-03-16, ten working days (outbound enquiry chase)
      2024-12-31, 1, 2025-01-02, from a day before the data: only later days need it
      2028-12-22, 3, 2028-12-29, last days in the data
      """)
  void addsWorkingDaysCountingFromTheNextDay(LocalDate from, int n, LocalDate expected, String why) {
    assertThat(calendar.addWorkingDays(from, n)).as(why).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} to {1}: {2}")
  @CsvSource(textBlock = """
      2026-03-02, 2026-03-02, 0
      2026-03-02, 2026-03-03, 1
      2026-03-02, 2026-03-09, 5
      2026-03-06, 2026-03-08, 0
      2026-03-07, 2026-03-13, 5
      2026-04-02, 2026-04-13, 5
      2026-12-24, 2026-12-29, 1
      2027-12-24, 2027-12-28, 0
      2025-01-01, 2025-12-31, 253
      2026-01-01, 2026-12-31, 253
      """)
  void countsWorkingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive, int expected) {
    assertThat(calendar.workingDaysBetween(fromExclusive, toInclusive)).isEqualTo(expected);
  }

  @Test
  void countingIsTheInverseOfAdding() {
    for (LocalDate from = LocalDate.of(2025, 1, 1); from.isBefore(LocalDate.of(2028, 12, 1));
         from = from.plusDays(1)) {
      for (int n : new int[] {1, 5, 10, 15}) {
        LocalDate deadline = calendar.addWorkingDays(from, n);
        assertThat(calendar.workingDaysBetween(from, deadline)).as("%s + %d", from, n).isEqualTo(n);
        assertThat(calendar.isWorkingDay(deadline)).isTrue();
      }
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
  void rejectsFewerThanOneDay(int n) {
    assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2026, 3, 2), n))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the number of days must be at least 1, not " + n);
  }

  @Test
  void rejectsAPeriodThatEndsBeforeItStarts() {
    assertThatThrownBy(() ->
        calendar.workingDaysBetween(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the end of the period 2026-03-02 is before its start 2026-03-09");
  }

  @Test
  void calendarsRunOut_workingDaysBeyondTheFileFollowTheRules() {
    // 2028-12-29 is a Friday; Monday 1 January 2029 is New Year's Day, worked out from the rules
    assertThat(calendar.addWorkingDays(LocalDate.of(2028, 12, 29), 1)).isEqualTo(LocalDate.of(2029, 1, 2));
    assertThat(calendar.isWorkingDay(LocalDate.of(2029, 1, 1))).isFalse();
    // Good Friday 30 March and Easter Monday 2 April 2029
    assertThat(calendar.addWorkingDays(LocalDate.of(2029, 3, 29), 1)).isEqualTo(LocalDate.of(2029, 4, 3));
    // far ahead, working days still never run out: Thursday 24 December 2099, Christmas on the Friday,
    // Boxing Day on the Saturday taken on Monday 28th
    assertThat(calendar.addWorkingDays(LocalDate.of(2099, 12, 24), 1)).isEqualTo(LocalDate.of(2099, 12, 29));
  }

  @Test
  void calendarsRunOut_workingDaysBeforeTheFileFollowTheRulesToo() {
    assertThat(calendar.isWorkingDay(LocalDate.of(2024, 12, 31))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2024, 12, 26))).isFalse();
    assertThat(calendar.workingDaysBetween(LocalDate.of(2024, 12, 30), LocalDate.of(2025, 1, 3))).isEqualTo(3);
  }
}
