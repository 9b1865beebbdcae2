package uk.gov.cme.rules.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.cme.rules.calendar.TestCalendars.text;

import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TermDatesTest {

  private static final String HEADER = "academicYear,term,firstDay,lastDay\n";

  /**
   * The file shipped in the application, checked only for shape: the local authority replaces the
   * illustrative dates with its own, so no particular date is asserted here.
   */
  @Nested
  class ShippedFile {

    private final TermDates shipped = load();

    private TermDates load() {
      String name = "/calendar/term-dates.csv";
      try (InputStream in = TermDatesTest.class.getResourceAsStream(name)) {
        return TermDates.parse(in, name);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }

    @Test
    void coversTheAcademicYears2025To2028() {
      assertThat(shipped.terms()).extracting(Term::academicYear)
          .contains("2025/26", "2026/27", "2027/28");
    }

    @Test
    void termsStartAndEndOnWeekdays() {
      assertThat(shipped.terms()).allSatisfy(term -> {
        assertThat(term.firstDay().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(term.lastDay().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
      });
    }

    @Test
    void isWithinTheShippedBankHolidays() throws IOException {
      String name = "/calendar/bank-holidays-england-and-wales.csv";
      try (InputStream in = TermDatesTest.class.getResourceAsStream(name)) {
        BankHolidays holidays = BankHolidays.parse(in, name);
        assertThat(holidays.covers(shipped.firstDay())).isTrue();
        assertThat(holidays.covers(shipped.lastDay())).isTrue();
      }
    }
  }

  @Test
  void readsSixHalfTermsForEachAcademicYearInOrder() {
    TermDates termDates = TestCalendars.termDates();

    Map<String, List<String>> names = termDates.terms().stream().collect(Collectors.groupingBy(
        Term::academicYear, TreeMap::new, Collectors.mapping(Term::name, Collectors.toList())));
    List<String> halfTerms = List.of("Autumn 1", "Autumn 2", "Spring 1", "Spring 2", "Summer 1",
        "Summer 2");
    assertThat(names).containsOnlyKeys("2025/26", "2026/27", "2027/28")
        .allSatisfy((year, terms) -> assertThat(terms).isEqualTo(halfTerms));
    assertThat(termDates.firstDay()).isEqualTo(LocalDate.of(2025, 9, 3));
    assertThat(termDates.lastDay()).isEqualTo(LocalDate.of(2028, 7, 21));
    assertThat(termDates.terms().get(0))
        .isEqualTo(new Term("2025/26", "Autumn 1", LocalDate.of(2025, 9, 3), LocalDate.of(2025, 10, 24)));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(textBlock = """
      2025-09-02, ''
      2025-09-03, 2025/26 Autumn 1
      2025-10-24, 2025/26 Autumn 1
      2025-10-27, ''
      2025-11-03, 2025/26 Autumn 2
      2026-05-04, 2025/26 Summer 1
      2026-07-22, 2025/26 Summer 2
      2026-08-15, ''
      2028-07-21, 2027/28 Summer 2
      2028-07-22, ''
      """)
  void findsTheTermContainingADay(LocalDate day, String expected) {
    String found = TestCalendars.termDates().termContaining(day)
        .map(term -> term.academicYear() + " " + term.name())
        .orElse("");

    assertThat(found).isEqualTo(expected == null ? "" : expected);
  }

  @Test
  void coversFromFirstToLastDayOfTerm() {
    TermDates termDates = TestCalendars.termDates();

    assertThat(termDates.covers(LocalDate.of(2025, 9, 2))).isFalse();
    assertThat(termDates.covers(LocalDate.of(2025, 9, 3))).isTrue();
    assertThat(termDates.covers(LocalDate.of(2026, 8, 1))).isTrue();
    assertThat(termDates.covers(LocalDate.of(2028, 7, 21))).isTrue();
    assertThat(termDates.covers(LocalDate.of(2028, 7, 22))).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      wrong number of values   | 2025/26,Autumn 2,2025-11-03               | t.csv line 3: expected 4 values separated by commas (academicYear,term,firstDay,lastDay) but found 3
      empty term name          | 2025/26, ,2025-11-03,2025-12-19           | t.csv line 3: the term is empty
      academic year as 2025-26 | 2025-26,Autumn 2,2025-11-03,2025-12-19    | t.csv line 3: the academicYear '2025-26' is not written like 2025/26
      academic year not next   | 2025/27,Autumn 2,2025-11-03,2025-12-19    | t.csv line 3: the academicYear '2025/27' is not written like 2025/26
      first day not a date     | 2025/26,Autumn 2,3 Nov 2025,2025-12-19    | t.csv line 3: the firstDay '3 Nov 2025' is not a date written yyyy-mm-dd
      last day not a date      | 2025/26,Autumn 2,2025-11-03,2025-12-32    | t.csv line 3: the lastDay '2025-12-32' is not a date written yyyy-mm-dd
      last day before first    | 2025/26,Autumn 2,2025-12-19,2025-11-03    | t.csv line 3: the lastDay 2025-11-03 is before the firstDay 2025-12-19
      outside academic year    | 2026/27,Autumn 2,2025-11-03,2025-12-19    | t.csv line 3: the term 2025-11-03 to 2025-12-19 is not within academic year 2026/27 (2026-08-01 to 2027-08-31)
      overlaps previous term   | 2025/26,Autumn 2,2025-10-24,2025-12-19    | t.csv line 3: the term starting 2025-10-24 overlaps or comes before the term on line 2; keep terms in date order without overlaps
      out of order             | 2025/26,Autumn 0,2025-09-01,2025-09-02    | t.csv line 3: the term starting 2025-09-01 overlaps or comes before the term on line 2; keep terms in date order without overlaps
      academic year missing    | 2027/28,Autumn 1,2027-09-02,2027-10-22    | t.csv line 3: academic year 2027/28 follows 2025/26; the academic year(s) in between are missing
      """)
  void rejectsAMalformedLineNamingFileAndLine(String problem, String line, String message) {
    String content = HEADER + "2025/26,Autumn 1,2025-09-03,2025-10-24\n" + line + "\n";

    assertThatThrownBy(() -> TermDates.parse(text(content), "t.csv"))
        .isInstanceOf(CalendarDataException.class)
        .hasMessage(message);
  }

  @Test
  void countsLinesIncludingCommentsAndBlankLines() {
    String content = "# comment\n\n" + HEADER + "# another\n2025/26,Autumn 1,2025-09-03,2025-08-01\n";

    assertThatThrownBy(() -> TermDates.parse(text(content), "t.csv"))
        .hasMessageStartingWith("t.csv line 5: ");
  }

  @Test
  void rejectsAFileWithNoTerms() {
    assertThatThrownBy(() -> TermDates.parse(text(HEADER), "t.csv"))
        .isInstanceOf(CalendarDataException.class)
        .hasMessage("t.csv: no terms are listed");
  }

  @Test
  void aTermCannotEndBeforeItStarts() {
    assertThatThrownBy(() ->
        new Term("2025/26", "Autumn 1", LocalDate.of(2025, 9, 3), LocalDate.of(2025, 9, 2)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
