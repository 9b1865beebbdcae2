package uk.gov.cme.rules.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Uses the frozen fixture test-term-dates.csv (a copy of the illustrative shipped dates). */
class SchoolDayCalendarTest {

  private final SchoolDayCalendar calendar = TestCalendars.schoolDays();

  @ParameterizedTest(name = "{0} is a school day: {1} ({2})")
  @CsvSource(textBlock = """
      2025-09-03, true,  first day of the data
      2025-10-24, true,  last day of Autumn 1
      2025-10-27, false, October half-term Monday
      2025-10-31, false, October half-term Friday
      2025-11-03, true,  first day of Autumn 2
      2025-11-08, false, Saturday in term
      2025-12-19, true,  last day of Autumn 2
      2025-12-22, false, Christmas holiday weekday
      2026-04-03, false, Good Friday in the Easter holiday
      2026-05-04, false, early May bank holiday inside Summer 1
      2026-05-05, true,  day after the bank holiday
      2026-05-25, false, spring bank holiday in half-term
      2026-07-22, true,  last day of the academic year 2025/26
      2026-07-23, false, summer holiday
      2026-08-31, false, summer bank holiday
      2026-09-02, false, INSET day (not in term dates)
      2026-09-03, true,  first day of 2026/27
      2027-05-03, false, early May bank holiday inside Summer 1 2027
      2028-01-03, false, New Year substitute day before Spring 1 2028
      2028-01-04, true,  first day of Spring 1 2028
      2028-05-01, false, early May bank holiday inside Summer 1 2028
      2028-07-21, true,  last day of the data
      """)
  void knowsSchoolDays(LocalDate day, boolean school, String description) {
    assertThat(calendar.isSchoolDay(day)).as(description).isEqualTo(school);
  }

  @ParameterizedTest(name = "{0} + {1} SD = {2} ({3})")
  @CsvSource(textBlock = """
      2025-10-24, 1,  2025-11-03, last day of Autumn 1 + 1 = first day of Autumn 2
      2025-12-19, 1,  2026-01-05, last day of Autumn 2 + 1 = first day of Spring 1
      2026-02-13, 1,  2026-02-23, over February half-term
      2026-03-27, 1,  2026-04-13, over the Easter holiday
      2026-05-22, 1,  2026-06-01, over May half-term
      2026-07-22, 1,  2026-09-03, over the summer holiday into the next academic year
      2025-10-27, 1,  2025-11-03, from a half-term day
      2025-10-23, 2,  2025-11-03, Thursday before half-term + 2
      2026-05-01, 1,  2026-05-05, skips the early May bank holiday in term
      2026-04-30, 3,  2026-05-06, skips the bank holiday and the weekend
      2026-03-02, 5,  2026-03-09, a plain week in term
      2026-03-07, 5,  2026-03-13, from a Saturday in term
      2026-03-02, 10, 2026-03-16, 10 SD: not back after leave
      2026-03-16, 10, 2026-04-13, 10 SD over the Easter holiday
      2026-01-05, 20, 2026-02-02, 20 SD: lost pupil
      2026-02-02, 20, 2026-03-09, 20 SD over half-term
      2026-07-10, 15, 2026-09-11, 15 SD over the summer (CTF)
      2027-12-17, 1,  2028-01-04, New Year 2028: bank holiday on 3 Jan, term from 4 Jan
      2025-09-02, 1,  2025-09-03, from the day before the data
      2028-07-20, 1,  2028-07-21, to the last day of the data
      """)
  void addsSchoolDaysCountingFromTheNextDay(LocalDate from, int n, LocalDate expected, String why) {
    assertThat(calendar.addSchoolDays(from, n)).as(why).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} to {1}: {2}")
  @CsvSource(textBlock = """
      2026-03-02, 2026-03-02, 0
      2025-10-24, 2025-11-03, 1
      2025-10-24, 2025-10-31, 0
      2026-03-02, 2026-03-16, 10
      2026-07-22, 2026-09-03, 1
      2026-04-30, 2026-05-06, 3
      """)
  void countsSchoolDaysBetween(LocalDate fromExclusive, LocalDate toInclusive, int expected) {
    assertThat(calendar.schoolDaysBetween(fromExclusive, toInclusive)).isEqualTo(expected);
  }

  @Test
  void countingIsTheInverseOfAdding() {
    for (LocalDate from = LocalDate.of(2025, 9, 3); from.isBefore(LocalDate.of(2028, 6, 1));
         from = from.plusDays(1)) {
      for (int n : new int[] {1, 10, 15, 20}) {
        LocalDate deadline = calendar.addSchoolDays(from, n);
        assertThat(calendar.schoolDaysBetween(from, deadline)).as("%s + %d", from, n).isEqualTo(n);
        assertThat(calendar.isSchoolDay(deadline)).isTrue();
      }
    }
  }

  @Test
  void countsEachAcademicYear() {
    assertThat(calendar.schoolDaysBetween(LocalDate.of(2025, 9, 2), LocalDate.of(2026, 7, 22)))
        .isBetween(185, 195);
  }

  @Test
  void refusesToRunPastTheLastTerm() {
    assertThatThrownBy(() -> calendar.addSchoolDays(LocalDate.of(2028, 7, 20), 2))
        .isInstanceOf(CalendarRangeException.class)
        .hasMessage("term dates are not loaded beyond 2028-07-21;"
            + " add the next academic year to term-dates.csv");
    assertThatThrownBy(() -> calendar.addSchoolDays(LocalDate.of(2028, 7, 21), 1))
        .isInstanceOf(CalendarRangeException.class);
    assertThatThrownBy(() -> calendar.isSchoolDay(LocalDate.of(2028, 7, 22)))
        .isInstanceOf(CalendarRangeException.class);
    assertThatThrownBy(() ->
        calendar.schoolDaysBetween(LocalDate.of(2028, 7, 1), LocalDate.of(2028, 9, 10)))
        .isInstanceOf(CalendarRangeException.class);
  }

  @Test
  void refusesToRunBeforeTheFirstTerm() {
    assertThatThrownBy(() -> calendar.isSchoolDay(LocalDate.of(2025, 9, 2)))
        .isInstanceOf(CalendarRangeException.class)
        .hasMessage("term dates are not loaded before 2025-09-03;"
            + " add the earlier academic year to term-dates.csv");
  }

  @Test
  void usesTheBankHolidayDataToo() {
    TermDates longTerm = TermDates.parse(TestCalendars.text(
        "2028/29,Autumn 1,2028-09-04,2029-01-10\n"), "t.csv");
    SchoolDayCalendar beyondBankHolidays =
        new SchoolDayCalendar(TestCalendars.workingDays(), longTerm);

    // Monday 1 January 2029, New Year's Day, is beyond the bank-holiday file: worked out from the rules
    assertThat(beyondBankHolidays.addSchoolDays(LocalDate.of(2028, 12, 29), 1)).isEqualTo(LocalDate.of(2029, 1, 2));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -5})
  void rejectsFewerThanOneDay(int n) {
    assertThatThrownBy(() -> calendar.addSchoolDays(LocalDate.of(2026, 3, 2), n))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsAPeriodThatEndsBeforeItStarts() {
    assertThatThrownBy(() ->
        calendar.schoolDaysBetween(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 2)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
