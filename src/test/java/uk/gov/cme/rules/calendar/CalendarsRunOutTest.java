package uk.gov.cme.rules.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.cme.rules.calendar.TestCalendars.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import uk.gov.cme.rules.calendar.CalendarDataStatus.Data;
import uk.gov.cme.rules.calendar.CalendarDataStatus.State;

/**
 * Issue 8, defect 2, "Calendars run out and then block safeguarding": bank holidays beyond the file are
 * worked out from the England and Wales rules, which reproduce the shipped file exactly, and each data
 * file warns six months before it ends.
 */
class CalendarsRunOutTest {

  static final String SHIPPED = "/calendar/bank-holidays-england-and-wales.csv";
  static final EnglandAndWalesBankHolidayRules RULES = new EnglandAndWalesBankHolidayRules();

  static BankHolidays shipped() {
    try (InputStream in = CalendarsRunOutTest.class.getResourceAsStream(SHIPPED)) {
      return BankHolidays.parse(in, SHIPPED, RULES);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static IntStream shippedYears() {
    BankHolidays file = shipped();
    return IntStream.rangeClosed(file.firstCoveredDay().getYear(), file.lastCoveredDay().getYear());
  }

  @Test
  void the_shipped_file_covers_2025_to_2028() {
    assertThat(shippedYears().boxed().toList()).contains(2025, 2026, 2027, 2028);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shippedYears")
  void the_rules_reproduce_each_year_of_the_shipped_file_exactly_dates_and_names(int year) {
    assertThat(RULES.holidays(year)).containsExactlyEntriesOf(shipped().holidaysIn(year));
  }

  @Test
  void the_shipped_file_has_nothing_the_rules_do_not_give() {
    assertThat(shipped().differencesFromRules()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      2029 | 2029-01-01 2029-03-30 2029-04-02 2029-05-07 2029-05-28 2029-08-27 2029-12-25 2029-12-26
      2030 | 2030-01-01 2030-04-19 2030-04-22 2030-05-06 2030-05-27 2030-08-26 2030-12-25 2030-12-26
      2031 | 2031-01-01 2031-04-11 2031-04-14 2031-05-05 2031-05-26 2031-08-25 2031-12-25 2031-12-26
      2032 | 2032-01-01 2032-03-26 2032-03-29 2032-05-03 2032-05-31 2032-08-30 2032-12-27 2032-12-28
      2033 | 2033-01-03 2033-04-15 2033-04-18 2033-05-02 2033-05-30 2033-08-29 2033-12-26 2033-12-27
      2034 | 2034-01-02 2034-04-07 2034-04-10 2034-05-01 2034-05-29 2034-08-28 2034-12-25 2034-12-26
      2035 | 2035-01-01 2035-03-23 2035-03-26 2035-05-07 2035-05-28 2035-08-27 2035-12-25 2035-12-26
      """)
  void bank_holidays_2029_to_2035_are_computed_beyond_the_file(int year, String expected) {
    BankHolidays holidays = shipped();
    List<LocalDate> dates = Arrays.stream(expected.split(" ")).map(LocalDate::parse).toList();

    assertThat(holidays.covers(LocalDate.of(year, 1, 1))).as("beyond the file").isFalse();
    assertThat(holidays.holidaysIn(year).keySet()).containsExactlyElementsOf(dates);
    assertThat(dates).allSatisfy(date -> assertThat(holidays.isBankHoliday(date)).isTrue());
    assertThat(IntStream.rangeClosed(1, LocalDate.of(year, 12, 31).getDayOfYear())
        .mapToObj(day -> LocalDate.ofYearDay(year, day)).filter(holidays::isBankHoliday).toList())
        .as("no other day of %s is a bank holiday", year).containsExactlyElementsOf(dates);
  }

  @ParameterizedTest(name = "{0} + {1} WD = {2}")
  @CsvSource(textBlock = """
      2028-12-22T10:00:00Z, 5, 2029-01-03T17:00:00Z
      2028-12-29T10:00:00Z, 1, 2029-01-02T17:00:00Z
      2029-02-28T10:00:00Z, 1, 2029-03-01T17:00:00Z
      """)
  void from_late_december_2028_working_day_deadlines_run_on_into_2029(java.time.Instant from, int n,
                                                                      java.time.Instant due) {
    WorkingDayCalendar workingDays = new WorkingDayCalendar(shipped());
    DeadlineCalendar calendar = new DeadlineCalendar(workingDays, new SchoolDayCalendar(workingDays,
        TestCalendars.termDates()), java.time.ZoneId.of("Europe/London"), java.time.LocalTime.of(17, 0));

    assertThat(calendar.addWorkingDays(java.util.Date.from(from), n).toInstant()).isEqualTo(due);
  }

  @Test
  void easter_2029_is_1_april_and_substitute_days_follow_the_gov_uk_convention() {
    BankHolidays holidays = shipped();

    assertThat(holidays.name(LocalDate.of(2029, 3, 30))).contains("Good Friday");
    assertThat(holidays.name(LocalDate.of(2029, 4, 2))).contains("Easter Monday");
    // 2032: Christmas on a Saturday -> Monday 27th, Boxing Day on a Sunday -> Tuesday 28th
    assertThat(holidays.name(LocalDate.of(2032, 12, 27))).contains("Christmas Day (substitute day)");
    assertThat(holidays.name(LocalDate.of(2032, 12, 28))).contains("Boxing Day (substitute day)");
    // 2033: Christmas on a Sunday -> Tuesday 27th, Boxing Day stays on Monday 26th
    assertThat(holidays.name(LocalDate.of(2033, 12, 26))).contains("Boxing Day");
    assertThat(holidays.name(LocalDate.of(2033, 12, 27))).contains("Christmas Day (substitute day)");
    // 2033: 1 January on a Saturday -> Monday 3rd; 2034: on a Sunday -> Monday 2nd
    assertThat(holidays.name(LocalDate.of(2033, 1, 3))).contains("New Year's Day (substitute day)");
    assertThat(holidays.name(LocalDate.of(2034, 1, 2))).contains("New Year's Day (substitute day)");
  }

  @Test
  void the_rules_know_past_one_off_days_which_is_why_the_file_is_kept_for_the_future_ones() {
    assertThat(RULES.holidays(2020)).containsKey(LocalDate.of(2020, 5, 8)).doesNotContainKey(LocalDate.of(2020, 5, 4));
    assertThat(RULES.holidays(2022)).containsKeys(LocalDate.of(2022, 6, 2), LocalDate.of(2022, 6, 3),
        LocalDate.of(2022, 9, 19)).doesNotContainKey(LocalDate.of(2022, 5, 30));
    assertThat(RULES.holidays(2023)).containsKey(LocalDate.of(2023, 5, 8));
  }

  @Test
  void the_file_wins_for_its_years_with_one_off_days_and_the_rules_take_over_after_it() {
    BankHolidays holidays = BankHolidays.parse(text("""
        date,name
        2029-01-01,New Year's Day
        2029-03-30,Good Friday
        2029-04-02,Easter Monday
        2029-05-07,Early May bank holiday
        2029-05-28,Spring bank holiday
        2029-06-15,A one-off holiday
        2029-08-27,Summer bank holiday
        2029-12-25,Christmas Day
        2029-12-26,Boxing Day
        """), "one-off.csv", RULES);

    assertThat(holidays.isBankHoliday(LocalDate.of(2029, 6, 15))).isTrue();
    assertThat(holidays.differencesFromRules())
        .containsExactly("2029-06-15 A one-off holiday: listed in the file, not a regular bank holiday");
    assertThat(holidays.isBankHoliday(LocalDate.of(2030, 4, 19))).as("2030 from the rules").isTrue();
    assertThat(holidays.isBankHoliday(LocalDate.of(2030, 6, 14))).isFalse();

    BankHolidays missingOne = BankHolidays.parse(text("2029-01-01,New Year's Day\n"), "short.csv", RULES);
    assertThat(missingOne.differencesFromRules()).hasSize(7)
        .contains("2029-12-26 Boxing Day: a regular bank holiday, not listed in the file");
    assertThat(missingOne.isBankHoliday(LocalDate.of(2029, 12, 26))).as("the file wins for its years").isFalse();
  }

  @ParameterizedTest(name = "{0}: term dates {1}, bank holidays {2}")
  @CsvSource(textBlock = """
      2028-01-20, OK,          OK
      2028-01-21, ENDING_SOON, OK
      2028-06-29, ENDING_SOON, OK
      2028-06-30, ENDING_SOON, ENDING_SOON
      2028-07-21, ENDING_SOON, ENDING_SOON
      2028-07-22, ENDED,       ENDING_SOON
      2028-12-31, ENDED,       ENDING_SOON
      2029-01-01, ENDED,       ENDED
      """)
  void each_file_warns_from_six_months_before_it_ends(LocalDate today, State termDates, State bankHolidays) {
    List<CalendarDataStatus> status = CalendarDataStatus.of(TestCalendars.termDates(), TestCalendars.bankHolidays(),
        Period.ofMonths(6), today);

    assertThat(status).extracting(CalendarDataStatus::data).containsExactly(Data.TERM_DATES, Data.BANK_HOLIDAYS);
    assertThat(status.get(0).state()).isEqualTo(termDates);
    assertThat(status.get(0).warnFrom()).isEqualTo(LocalDate.of(2028, 1, 21));
    assertThat(status.get(1).state()).isEqualTo(bankHolidays);
    assertThat(status.get(1).warnFrom()).isEqualTo(LocalDate.of(2028, 6, 30));
    assertThat(status.get(0).needsAction()).isEqualTo(termDates != State.OK);
  }

  @Test
  void the_warnings_say_what_to_load() {
    List<CalendarDataStatus> soon = CalendarDataStatus.of(TestCalendars.termDates(), TestCalendars.bankHolidays(),
        Period.ofMonths(6), LocalDate.of(2028, 7, 1));
    List<CalendarDataStatus> ended = CalendarDataStatus.of(TestCalendars.termDates(), TestCalendars.bankHolidays(),
        Period.ofMonths(6), LocalDate.of(2029, 1, 1));

    assertThat(Stream.concat(soon.stream(), ended.stream()).map(CalendarDataStatus::message)).containsExactly(
        "The term dates end on 2028-07-21: add the next academic year to term-dates.csv before then."
            + " School-day deadlines beyond 2028-07-21 are provisional until it is loaded.",
        "The bank-holiday file ends on 2028-12-31: add 2029 to bank-holidays-england-and-wales.csv from gov.uk,"
            + " with any one-off holiday. Until then 2029 follows the regular England and Wales rules.",
        "The term dates ended on 2028-07-21: add the next academic year to term-dates.csv."
            + " School-day deadlines since then are provisional until it is loaded.",
        "The bank-holiday file ended on 2028-12-31: add the years since to bank-holidays-england-and-wales.csv"
            + " from gov.uk. They follow the regular England and Wales rules, without any one-off holiday.");
  }
}
