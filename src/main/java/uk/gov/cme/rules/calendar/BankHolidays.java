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
 * The England and Wales bank holidays, as loaded from a data file (by default
 * {@code calendar/bank-holidays-england-and-wales.csv}).
 *
 * <p>The file covers whole calendar years: from 1 January of the first year listed to 31 December of
 * the last. Every year in between must have at least one holiday, every date must be a weekday (a
 * holiday that falls at a weekend is listed as its substitute day) and no date may appear twice.
 * Immutable and thread-safe.
 */
public final class BankHolidays {

  private static final List<String> COLUMNS = List.of("date", "name");

  private final NavigableMap<LocalDate, String> holidays;

  private BankHolidays(NavigableMap<LocalDate, String> holidays) {
    this.holidays = Collections.unmodifiableNavigableMap(holidays);
  }

  /**
   * Reads bank holidays from CSV with the columns {@code date,name}.
   *
   * @param in         the file's content (UTF-8); the caller closes it
   * @param sourceName the file's name, used in error messages
   * @return the bank holidays
   * @throws CalendarDataException if the file cannot be read or a line is malformed; the message names
   *                               the file and the line
   */
  public static BankHolidays parse(InputStream in, String sourceName) {
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
    return new BankHolidays(holidays);
  }

  /** Whether the day is a bank holiday. Days outside the file's years are never bank holidays here. */
  public boolean isBankHoliday(LocalDate date) {
    return holidays.containsKey(date);
  }

  /** The holiday's name, for example "Boxing Day (substitute day)", or empty if it is not one. */
  public Optional<String> name(LocalDate date) {
    return Optional.ofNullable(holidays.get(date));
  }

  /** All the bank holidays, in date order (unmodifiable). */
  public NavigableSet<LocalDate> dates() {
    return holidays.navigableKeySet();
  }

  /** 1 January of the first year in the file. */
  public LocalDate firstCoveredDay() {
    return LocalDate.of(holidays.firstKey().getYear(), 1, 1);
  }

  /** 31 December of the last year in the file. */
  public LocalDate lastCoveredDay() {
    return LocalDate.of(holidays.lastKey().getYear(), 12, 31);
  }

  /** Whether the file covers the day's year, so that {@link #isBankHoliday} can be trusted for it. */
  public boolean covers(LocalDate date) {
    return !date.isBefore(firstCoveredDay()) && !date.isAfter(lastCoveredDay());
  }

  @Override
  public String toString() {
    return "BankHolidays[" + holidays.size() + " days, " + firstCoveredDay().getYear() + " to "
        + lastCoveredDay().getYear() + "]";
  }
}
