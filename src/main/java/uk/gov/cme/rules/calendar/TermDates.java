package uk.gov.cme.rules.calendar;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The local authority's school term dates, as loaded from a data file (by default
 * {@code calendar/term-dates.csv}).
 *
 * <p>The terms are in date order, do not overlap, each lies within its academic year (1 August to
 * 31 August of the following year) and no academic year between the first and the last is missing.
 * The dates cover the first day of the first term to the last day of the last term. Immutable and
 * thread-safe.
 */
public final class TermDates {

  private static final List<String> COLUMNS = List.of("academicYear", "term", "firstDay", "lastDay");
  private static final Pattern ACADEMIC_YEAR = Pattern.compile("(\\d{4})/(\\d{2})");

  private final List<Term> terms;
  private final NavigableMap<LocalDate, Term> byFirstDay;

  private TermDates(List<Term> terms) {
    this.terms = List.copyOf(terms);
    NavigableMap<LocalDate, Term> index = new TreeMap<>();
    for (Term term : terms) {
      index.put(term.firstDay(), term);
    }
    this.byFirstDay = index;
  }

  /**
   * Reads term dates from CSV with the columns {@code academicYear,term,firstDay,lastDay}.
   *
   * @param in         the file's content (UTF-8); the caller closes it
   * @param sourceName the file's name, used in error messages
   * @return the term dates
   * @throws CalendarDataException if the file cannot be read or a line is malformed; the message names
   *                               the file and the line
   */
  public static TermDates parse(InputStream in, String sourceName) {
    List<Term> terms = new ArrayList<>();
    Term previous = null;
    int previousLine = 0;
    int previousYear = 0;
    for (CalendarCsv.Row row : CalendarCsv.read(in, sourceName, COLUMNS)) {
      int line = row.lineNumber();
      String academicYear = row.field(0);
      int startYear = academicYearStart(academicYear, sourceName, line);
      LocalDate firstDay = CalendarCsv.date(row, 2, "firstDay", sourceName);
      LocalDate lastDay = CalendarCsv.date(row, 3, "lastDay", sourceName);
      if (lastDay.isBefore(firstDay)) {
        throw new CalendarDataException(sourceName, line,
            "the lastDay " + lastDay + " is before the firstDay " + firstDay);
      }
      LocalDate yearOpens = LocalDate.of(startYear, 8, 1);
      LocalDate yearCloses = LocalDate.of(startYear + 1, 8, 31);
      if (firstDay.isBefore(yearOpens) || lastDay.isAfter(yearCloses)) {
        throw new CalendarDataException(sourceName, line, "the term " + firstDay + " to " + lastDay
            + " is not within academic year " + academicYear + " (" + yearOpens + " to " + yearCloses
            + ")");
      }
      if (previous != null) {
        if (!firstDay.isAfter(previous.lastDay())) {
          throw new CalendarDataException(sourceName, line, "the term starting " + firstDay
              + " overlaps or comes before the term on line " + previousLine
              + "; keep terms in date order without overlaps");
        }
        if (startYear > previousYear + 1) {
          throw new CalendarDataException(sourceName, line, "academic year " + academicYear
              + " follows " + previous.academicYear() + "; the academic year(s) in between are missing");
        }
      }
      Term term = new Term(academicYear, row.field(1), firstDay, lastDay);
      terms.add(term);
      previous = term;
      previousLine = line;
      previousYear = startYear;
    }
    if (terms.isEmpty()) {
      throw new CalendarDataException(sourceName, "no terms are listed");
    }
    return new TermDates(terms);
  }

  private static int academicYearStart(String academicYear, String source, int line) {
    Matcher m = ACADEMIC_YEAR.matcher(academicYear);
    if (m.matches()) {
      int start = Integer.parseInt(m.group(1));
      if (Integer.parseInt(m.group(2)) == (start + 1) % 100) {
        return start;
      }
    }
    throw new CalendarDataException(source, line, "the academicYear '" + academicYear
        + "' is not written like 2025/26");
  }

  /** All terms, in date order. */
  public List<Term> terms() {
    return terms;
  }

  /** The term that includes the day, or empty if the day is in a holiday or outside the data. */
  public Optional<Term> termContaining(LocalDate date) {
    Map.Entry<LocalDate, Term> candidate = byFirstDay.floorEntry(date);
    return candidate == null || !candidate.getValue().contains(date)
        ? Optional.empty()
        : Optional.of(candidate.getValue());
  }

  /**
   * The first day of the first term (half term) that starts after {@code date}.
   *
   * @throws CalendarRangeException when no loaded term starts after the date
   */
  public LocalDate nextTermStart(LocalDate date) {
    Map.Entry<LocalDate, Term> next = byFirstDay.higherEntry(date);
    if (next == null) {
      throw new CalendarRangeException("term dates are not loaded beyond " + lastDay()
          + "; add the next academic year to term-dates.csv");
    }
    return next.getKey();
  }

  /**
   * An estimate of the first day of the next half term after {@code date} when the data do not reach
   * it: the next term start after the same day an academic year (or as many years as needed) earlier,
   * moved forward by those years. The authority's terms start within a few days of the same dates each
   * year, so this is close but never exact; it is always after {@code date}.
   */
  public LocalDate projectedNextTermStart(LocalDate date) {
    for (int years = 1; ; years++) {
      Map.Entry<LocalDate, Term> earlier = byFirstDay.higherEntry(date.minusYears(years));
      if (earlier != null) {
        LocalDate projected = earlier.getKey().plusYears(years);
        if (projected.isAfter(date)) {
          return projected;
        }
      }
    }
  }

  /** The first day of the first term in the data. */
  public LocalDate firstDay() {
    return terms.get(0).firstDay();
  }

  /** The last day of the last term in the data. */
  public LocalDate lastDay() {
    return terms.get(terms.size() - 1).lastDay();
  }

  /** Whether the day is between the first day of the first term and the last day of the last term. */
  public boolean covers(LocalDate date) {
    return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
  }

  @Override
  public String toString() {
    return "TermDates[" + terms.size() + " terms, " + firstDay() + " to " + lastDay() + "]";
  }
}
