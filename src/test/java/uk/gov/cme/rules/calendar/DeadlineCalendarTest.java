package uk.gov.cme.rules.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Instants are written in UTC. British Summer Time 2026 runs from 29 March to 25 October; in BST
 * 17:00 London is 16:00 UTC.
 */
class DeadlineCalendarTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private final DeadlineCalendar calendar = new DeadlineCalendar(TestCalendars.workingDays(),
      TestCalendars.schoolDays(), LONDON, LocalTime.of(17, 0));

  @ParameterizedTest(name = "{0} + {1} WD = {2} ({3})")
  @CsvSource(textBlock = """
      2026-03-02T09:00:00Z, 5, 2026-03-09T17:00:00Z, GMT throughout
      2026-03-27T12:00:00Z, 1, 2026-03-30T16:00:00Z, Friday GMT to Monday BST
      2026-10-22T22:59:00Z, 1, 2026-10-23T16:00:00Z, Thursday 23:59 BST is still Thursday
      2026-10-22T23:30:00Z, 1, 2026-10-26T17:00:00Z, Thursday 23:30 UTC is Friday 00:30 BST; Monday GMT
      2026-10-25T00:30:00Z, 1, 2026-10-26T17:00:00Z, the night the clocks go back
      2026-07-01T23:30:00Z, 5, 2026-07-09T16:00:00Z, Wednesday 23:30 UTC is Thursday in London
      2026-12-24T10:00:00Z, 1, 2026-12-29T17:00:00Z, Christmas 2026
      """)
  void addsWorkingDaysInLondon(Instant from, int n, Instant expected, String why) {
    assertThat(calendar.addWorkingDays(Date.from(from), n).toInstant()).as(why).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} + {1} SD = {2} ({3})")
  @CsvSource(textBlock = """
      2026-10-22T23:30:00Z, 1, 2026-11-02T17:00:00Z, Friday 23 Oct (last day of Autumn 1) in London
      2026-10-22T12:00:00Z, 1, 2026-10-23T16:00:00Z, Thursday 22 Oct
      2026-03-27T12:00:00Z, 1, 2026-04-13T16:00:00Z, over the Easter holiday into BST
      """)
  void addsSchoolDaysInLondon(Instant from, int n, Instant expected, String why) {
    assertThat(calendar.addSchoolDays(Date.from(from), n).toInstant()).as(why).isEqualTo(expected);
  }

  @ParameterizedTest(name = "next half term after {0}: {1} ({2})")
  @CsvSource(textBlock = """
      2026-10-01T12:00:00Z, 2026-11-02T17:00:00Z, in Autumn 1: the start of Autumn 2
      2026-10-28T12:00:00Z, 2026-11-02T17:00:00Z, in the October half-term holiday
      2026-11-02T08:00:00Z, 2027-01-04T17:00:00Z, on the first day of a half term: the next one
      2026-07-30T12:00:00Z, 2026-09-03T16:00:00Z, in the summer holiday: the new academic year, in BST
      """)
  void givesTheNextHalfTermStart(Instant from, Instant expected, String why) {
    assertThat(calendar.nextHalfTermStart(Date.from(from)).toInstant()).as(why).isEqualTo(expected);
  }

  @Test
  void calendarsRunOut_aHalfTermBeyondTheTermDatesIsProjectedFromTheYearBeforeAndReported() {
    List<ProvisionalDeadline> reported = new ArrayList<>();
    DeadlineCalendar reporting = new DeadlineCalendar(TestCalendars.workingDays(), TestCalendars.schoolDays(),
        LONDON, LocalTime.of(17, 0), reported::add);

    // after the last loaded term starts (Summer 2, 5 June 2028): a year earlier the next start after
    // 20 July 2027 was 2 September 2027, so provisionally Saturday 2 September 2028 -> Monday 4 September
    Date provisional = reporting.nextHalfTermStart(Date.from(Instant.parse("2028-07-20T12:00:00Z")));

    assertThat(provisional.toInstant()).isEqualTo(Instant.parse("2028-09-04T16:00:00Z"));
    assertThat(reported).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(ProvisionalDeadline.Kind.NEXT_HALF_TERM);
      assertThat(d.from()).isEqualTo(LocalDate.of(2028, 7, 20));
      assertThat(d.provisional()).isEqualTo(provisional);
      assertThat(d.reason()).isEqualTo("term dates are not loaded beyond 2028-07-21;"
          + " add the next academic year to term-dates.csv");
    });
    assertThatThrownBy(() -> reporting.exact(ProvisionalDeadline.Kind.NEXT_HALF_TERM, LocalDate.of(2028, 7, 20), 0))
        .isInstanceOf(CalendarRangeException.class).hasMessageContaining("term-dates.csv");
  }

  @Test
  void calendarsRunOut_schoolDaysBeyondTheTermDatesAreProvisionallyWorkingDaysAndReported() {
    List<ProvisionalDeadline> reported = new ArrayList<>();
    DeadlineCalendar reporting = new DeadlineCalendar(TestCalendars.workingDays(), TestCalendars.schoolDays(),
        LONDON, LocalTime.of(17, 0), reported::add);

    // Friday 21 July 2028 is the last loaded school day: 10 working days on is Friday 4 August
    Date provisional = reporting.addSchoolDays(Date.from(Instant.parse("2028-07-21T09:00:00Z")), 10);

    assertThat(provisional.toInstant()).isEqualTo(Instant.parse("2028-08-04T16:00:00Z"));
    assertThat(reported).singleElement().satisfies(d -> {
      assertThat(d.kind()).isEqualTo(ProvisionalDeadline.Kind.SCHOOL_DAYS);
      assertThat(d.from()).isEqualTo(LocalDate.of(2028, 7, 21));
      assertThat(d.days()).isEqualTo(10);
      assertThat(d.reason()).contains("term dates are not loaded beyond 2028-07-21");
    });
    assertThat(reporting.exact(ProvisionalDeadline.Kind.SCHOOL_DAYS, LocalDate.of(2028, 7, 10), 2).toInstant())
        .as("within the loaded terms the exact calculation is the school-day one")
        .isEqualTo(Instant.parse("2028-07-12T16:00:00Z"));
  }

  @Test
  void withinTheTermDatesNothingIsProvisional() {
    List<ProvisionalDeadline> reported = new ArrayList<>();
    DeadlineCalendar reporting = new DeadlineCalendar(TestCalendars.workingDays(), TestCalendars.schoolDays(),
        LONDON, LocalTime.of(17, 0), reported::add);

    reporting.addSchoolDays(Date.from(Instant.parse("2026-10-22T12:00:00Z")), 1);
    reporting.nextHalfTermStart(Date.from(Instant.parse("2026-10-01T12:00:00Z")));
    reporting.addWorkingDays(Date.from(Instant.parse("2031-10-01T12:00:00Z")), 5);

    assertThat(reported).isEmpty();
  }

  @ParameterizedTest(name = "{1} days served {0}: {2} ({3})")
  @CsvSource(textBlock = """
      2026-03-02T10:00:00Z, 15, 2026-03-16T17:00:00Z, the rules.md example
      2026-03-02T23:30:00Z, 15, 2026-03-16T17:00:00Z, late evening GMT is the same day
      2026-03-20T10:00:00Z, 15, 2026-04-03T16:00:00Z, ends in BST
      2026-06-01T23:30:00Z, 15, 2026-06-16T16:00:00Z, 00:30 BST on 2 June is served on 2 June
      2026-10-20T10:00:00Z, 15, 2026-11-03T17:00:00Z, ends in GMT
      """)
  void givesTheLastDayOfAStatutoryPeriod(Instant servedOn, int days, Instant expected, String why) {
    assertThat(calendar.statutoryDays(Date.from(servedOn), days).toInstant()).as(why)
        .isEqualTo(expected);
  }

  @Test
  void usesTheConfiguredCloseOfBusiness() {
    DeadlineCalendar early = new DeadlineCalendar(TestCalendars.workingDays(),
        TestCalendars.schoolDays(), LONDON, LocalTime.of(16, 30));

    assertThat(early.addWorkingDays(Date.from(Instant.parse("2026-06-01T09:00:00Z")), 1).toInstant())
        .isEqualTo(Instant.parse("2026-06-02T15:30:00Z"));
  }

  @Test
  void passesOnRuleErrors() {
    Date now = Date.from(Instant.parse("2026-03-02T09:00:00Z"));

    assertThatThrownBy(() -> calendar.addWorkingDays(now, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> calendar.addSchoolDays(Date.from(Instant.parse("2028-07-21T09:00:00Z")), 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> calendar.statutoryDays(null, 15))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("servedOn");
  }
}
