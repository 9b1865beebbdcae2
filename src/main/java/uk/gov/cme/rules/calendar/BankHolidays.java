package uk.gov.cme.rules.calendar;

import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The England and Wales bank holidays: for the years in the data file (by default
 * {@code calendar/bank-holidays-england-and-wales.csv}) the days the file lists, and for every other
 * year the days their rules give ({@link EnglandAndWalesBankHolidayRules}). So working days never run
 * out; the file is where the actual days of its years, one-off holidays included, are kept.
 *
 * <p>The file covers whole calendar years: from 1 January of the first year listed to 31 December of
 * the last. Every year in between must have at least one holiday, every date must be a weekday (a
 * holiday that falls at a weekend is listed as its substitute day) and no date may appear twice.
 * Immutable and thread-safe.
 */
public final class BankHolidays {

  private static final List<String> COLUMNS = List.of("date", "name");

  private final NavigableMap<LocalDate, String> holidays;
  private final EnglandAndWalesBankHolidayRules rules;

  private BankHolidays(NavigableMap<LocalDate, String> holidays, EnglandAndWalesBankHolidayRules rules) {
    this.holidays = Collections.unmodifiableNavigableMap(holidays);
    this.rules = rules;
  }

  /**
   * Reads bank holidays from CSV with the columns {@code date,name}; years outside the file follow the
   * England and Wales rules.
   *
   * @see #parse(InputStream, String, EnglandAndWalesBankHolidayRules)
   */
  public static BankHolidays parse(InputStream in, String sourceName) {
    return parse(in, sourceName, new EnglandAndWalesBankHolidayRules());
  }

  /**
   * Reads bank holidays from CSV with the columns {@code date,name}.
   *
   * @param in         the file's content (UTF-8); the caller closes it
   * @param sourceName the file's name, used in error messages
   * @param rules      the rules for the years the file does not list
   * @return the bank holidays
   * @throws CalendarDataException if the file cannot be read or a line is malformed; the message names
   *                               the file and the line
   */
  public static BankHolidays parse(InputStream in, String sourceName, EnglandAndWalesBankHolidayRules rules) {
    java.util.Objects.requireNonNull(rules, "rules");
    NavigableMap<LocalDate, String> holidays = new TreeMap<>();
    Map<LocalDate, Integer> lineOf = new HashMap<>();
    for (CalendarCsv.Row row : CalendarCsv.read(in, sourceName, COLUMNS)) {
      LocalDate date = CalendarCsv.date(row, 0, "date", sourceName);
      DayOfWeek day = date.getDayOfWeek();
      if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
        throw new CalendarDataException(sourceName, row.lineNumber(), date + " is a "
            + day.getDisplayName(TextStyle.FULL, Locale.UK)
            + "; list the weekday on which the holiday is taken (the substitute day) instead");
      }
      Integer earlier = lineOf.putIfAbsent(date, row.lineNumber());
      if (earlier != null) {
        throw new CalendarDataException(sourceName, row.lineNumber(),
            date + " is listed twice (also on line " + earlier + ")");
      }
      holidays.put(date, row.field(1));
    }
    if (holidays.isEmpty()) {
      throw new CalendarDataException(sourceName, "no bank holidays are listed");
    }
    int first = holidays.firstKey().getYear();
    int last = holidays.lastKey().getYear();
    for (int year = first; year <= last; year++) {
      LocalDate start = LocalDate.of(year, 1, 1);
      if (holidays.subMap(start, true, start.plusYears(1), false).isEmpty()) {
        throw new CalendarDataException(sourceName, "no bank holidays are listed for " + year
            + "; every year from " + first + " to " + last + " must be listed in full");
      }
    }
    return new BankHolidays(holidays, rules);
  }

  /**
   * Whether the day is a bank holiday: as listed in the file for the file's years, as the rules give
   * for any other year.
   */
  public boolean isBankHoliday(LocalDate date) {
    return yearOf(date).containsKey(date);
  }

  /** The holiday's name, for example "Boxing Day (substitute day)", or empty if it is not one. */
  public Optional<String> name(LocalDate date) {
    return Optional.ofNullable(yearOf(date).get(date));
  }

  /** The bank holidays of a year, from the file or, for a year it does not list, from the rules. */
  public NavigableMap<LocalDate, String> holidaysIn(int year) {
    LocalDate start = LocalDate.of(year, 1, 1);
    return covers(start)
        ? Collections.unmodifiableNavigableMap(holidays.subMap(start, true, start.plusYears(1), false))
        : rules.holidays(year);
  }

  private NavigableMap<LocalDate, String> yearOf(LocalDate date) {
    return covers(date) ? holidays : rules.holidays(date.getYear());
  }

  /** The bank holidays listed in the file, in date order (unmodifiable). */
  public NavigableSet<LocalDate> dates() {
    return holidays.navigableKeySet();
  }

  /** 1 January of the first year in the file. */
  public LocalDate firstCoveredDay() {
    return LocalDate.of(holidays.firstKey().getYear(), 1, 1);
  }

  /** 31 December of the last year in the file; after it the holidays are computed from the rules. */
  public LocalDate lastCoveredDay() {
    return LocalDate.of(holidays.lastKey().getYear(), 12, 31);
  }

  /** Whether the file lists the day's year; for any other year the rules give the holidays. */
  public boolean covers(LocalDate date) {
    return !date.isBefore(firstCoveredDay()) && !date.isAfter(lastCoveredDay());
  }

  /**
   * Where the file differs from the rules in its years, one line per day: one-off holidays (a
   * coronation, a jubilee, a moved May Day) and any typing mistake. Empty when the file is exactly what
   * the rules give.
   */
  public List<String> differencesFromRules() {
    List<String> differences = new java.util.ArrayList<>();
    for (int year = firstCoveredDay().getYear(); year <= lastCoveredDay().getYear(); year++) {
      NavigableMap<LocalDate, String> listed = holidaysIn(year);
      NavigableMap<LocalDate, String> ruled = rules.holidays(year);
      listed.forEach((date, name) -> {
        if (!ruled.containsKey(date)) {
          differences.add(date + " " + name + ": listed in the file, not a regular bank holiday");
        }
      });
      ruled.forEach((date, name) -> {
        if (!listed.containsKey(date)) {
          differences.add(date + " " + name + ": a regular bank holiday, not listed in the file");
        }
      });
    }
    return differences;
  }

  @Override
  public String toString() {
    return "BankHolidays[" + holidays.size() + " days listed for " + firstCoveredDay().getYear() + " to "
        + lastCoveredDay().getYear() + ", other years from the England and Wales rules]";
  }
}
