package uk.gov.cme.rules.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.cme.rules.calendar.TestCalendars.text;

import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BankHolidaysTest {

  /** The file shipped in the application, checked as data. */
  @Nested
  class ShippedFile {

    private final BankHolidays shipped = load();

    private BankHolidays load() {
      String name = "/calendar/bank-holidays-england-and-wales.csv";
      try (InputStream in = BankHolidaysTest.class.getResourceAsStream(name)) {
        return BankHolidays.parse(in, name);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }

    @Test
    void coversAtLeast2025To2028() {
      assertThat(shipped.firstCoveredDay()).isBeforeOrEqualTo(LocalDate.of(2025, 1, 1));
      assertThat(shipped.lastCoveredDay()).isAfterOrEqualTo(LocalDate.of(2028, 12, 31));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "2025-01-01, New Year's Day",
        "2025-04-18, Good Friday",
        "2025-04-21, Easter Monday",
        "2025-05-05, Early May bank holiday",
        "2025-05-26, Spring bank holiday",
        "2025-08-25, Summer bank holiday",
        "2025-12-25, Christmas Day",
        "2025-12-26, Boxing Day",
        "2026-01-01, New Year's Day",
        "2026-04-03, Good Friday",
        "2026-04-06, Easter Monday",
        "2026-05-04, Early May bank holiday",
        "2026-05-25, Spring bank holiday",
        "2026-08-31, Summer bank holiday",
        "2026-12-25, Christmas Day",
        "2026-12-28, Boxing Day (substitute day)",
        "2027-01-01, New Year's Day",
        "2027-03-26, Good Friday",
        "2027-03-29, Easter Monday",
        "2027-05-03, Early May bank holiday",
        "2027-05-31, Spring bank holiday",
        "2027-08-30, Summer bank holiday",
        "2027-12-27, Christmas Day (substitute day)",
        "2027-12-28, Boxing Day (substitute day)",
        "2028-01-03, New Year's Day (substitute day)",
        "2028-04-14, Good Friday",
        "2028-04-17, Easter Monday",
        "2028-05-01, Early May bank holiday",
        "2028-05-29, Spring bank holiday",
        "2028-08-28, Summer bank holiday",
        "2028-12-25, Christmas Day",
        "2028-12-26, Boxing Day",
    })
    void listsEachBankHoliday(LocalDate date, String name) {
      assertThat(shipped.isBankHoliday(date)).isTrue();
      assertThat(shipped.name(date)).contains(name);
    }

    @ParameterizedTest
    @ValueSource(ints = {2025, 2026, 2027, 2028})
    void matchesTheStatutoryPatternWithSubstituteDays(int year) {
      Set<LocalDate> listed = new TreeSet<>(
          shipped.dates().subSet(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true));
      assertThat(listed).containsExactlyElementsOf(expectedEnglandAndWales(year));
    }

    @Test
    void hasNoWeekendDates() {
      assertThat(shipped.dates()).allSatisfy(date ->
          assertThat(date.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
    }
  }

  @Test
  void ignoresCommentsBlankLinesHeaderAndByteOrderMark() {
    BankHolidays holidays = BankHolidays.parse(text("""
        \uFEFF# a comment
        date,name

           # an indented comment
        2026-12-25,Christmas Day
        2026-12-28 , Boxing Day (substitute day)
        """), "test.csv");

    assertThat(holidays.dates())
        .containsExactly(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28));
    assertThat(holidays.name(LocalDate.of(2026, 12, 28))).contains("Boxing Day (substitute day)");
    assertThat(holidays.name(LocalDate.of(2026, 12, 24))).isEmpty();
  }

  @Test
  void headerIsOptionalAndNamesMayContainCommas() {
    BankHolidays holidays = BankHolidays.parse(text("2026-06-01,Jubilee, extra day\n"), "test.csv");

    assertThat(holidays.name(LocalDate.of(2026, 6, 1))).contains("Jubilee, extra day");
  }

  @Test
  void coversWholeYearsFromFirstToLast() {
    BankHolidays holidays = TestCalendars.bankHolidays();

    assertThat(holidays.firstCoveredDay()).isEqualTo(LocalDate.of(2025, 1, 1));
    assertThat(holidays.lastCoveredDay()).isEqualTo(LocalDate.of(2028, 12, 31));
    assertThat(holidays.covers(LocalDate.of(2024, 12, 31))).isFalse();
    assertThat(holidays.covers(LocalDate.of(2025, 1, 1))).isTrue();
    assertThat(holidays.covers(LocalDate.of(2028, 12, 31))).isTrue();
    assertThat(holidays.covers(LocalDate.of(2029, 1, 1))).isFalse();
    assertThat(holidays.dates()).hasSize(32);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      wrong number of values   | 2026-12-25                 | test.csv line 3: expected 2 values separated by commas (date,name) but found 1
      empty name               | 2026-12-25,                | test.csv line 3: the name is empty
      not a date               | 25/12/2026,Christmas Day   | test.csv line 3: the date '25/12/2026' is not a date written yyyy-mm-dd
      impossible date          | 2026-02-30,Nonsense        | test.csv line 3: the date '2026-02-30' is not a date written yyyy-mm-dd
      weekend date             | 2026-12-26,Boxing Day      | test.csv line 3: 2026-12-26 is a Saturday; list the weekday on which the holiday is taken (the substitute day) instead
      listed twice             | 2026-01-01,New Year again  | test.csv line 3: 2026-01-01 is listed twice (also on line 2)
      """)
  void rejectsAMalformedLineNamingFileAndLine(String problem, String line, String message) {
    String content = "date,name\n2026-01-01,New Year's Day\n" + line + "\n";

    assertThatThrownBy(() -> BankHolidays.parse(text(content), "test.csv"))
        .isInstanceOf(CalendarDataException.class)
        .hasMessage(message);
  }

  @Test
  void rejectsAMissingYear() {
    String content = "2025-12-25,Christmas Day\n2027-01-01,New Year's Day\n";

    assertThatThrownBy(() -> BankHolidays.parse(text(content), "test.csv"))
        .isInstanceOf(CalendarDataException.class)
        .hasMessage("test.csv: no bank holidays are listed for 2026; every year from 2025 to 2027 must"
            + " be listed in full");
  }

  @Test
  void rejectsAFileWithNoHolidays() {
    assertThatThrownBy(() -> BankHolidays.parse(text("# nothing\ndate,name\n"), "test.csv"))
        .isInstanceOf(CalendarDataException.class)
        .hasMessage("test.csv: no bank holidays are listed");
  }

  @Test
  void datesCannotBeModified() {
    BankHolidays holidays = TestCalendars.bankHolidays();

    assertThatThrownBy(() -> holidays.dates().add(LocalDate.of(2026, 7, 1)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  /**
   * England and Wales bank holidays worked out from the usual pattern (Banking and Financial Dealings
   * Act 1971 and the annual proclamations), as an independent check on the data file. It knows nothing
   * of one-off holidays or moved days, so it is only for the years it is used for.
   */
  static Set<LocalDate> expectedEnglandAndWales(int year) {
    Set<LocalDate> days = new TreeSet<>();
    days.add(weekdayOnOrAfter(LocalDate.of(year, 1, 1)));
    LocalDate easter = easterSunday(year);
    days.add(easter.minusDays(2));
    days.add(easter.plusDays(1));
    days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
    days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
    days.add(LocalDate.of(year, Month.AUGUST, 1)
        .with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
    LocalDate christmas = weekdayOnOrAfter(LocalDate.of(year, 12, 25));
    days.add(christmas);
    LocalDate boxingDay = weekdayOnOrAfter(LocalDate.of(year, 12, 26));
    days.add(boxingDay.equals(christmas) ? weekdayOnOrAfter(christmas.plusDays(1)) : boxingDay);
    return days;
  }

  private static LocalDate weekdayOnOrAfter(LocalDate day) {
    LocalDate d = day;
    while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
      d = d.plusDays(1);
    }
    return d;
  }

  /** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
  private static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }
}
