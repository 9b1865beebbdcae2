package uk.gov.cme.rules.calendar;

import static de.focus_shift.jollyday.core.HolidayCalendar.UNITED_KINGDOM;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The England and Wales bank holidays of a year worked out from their rules, for the years the data
 * file does not list: New Year's Day, Good Friday, Easter Monday, the Early May bank holiday (first
 * Monday in May), the Spring bank holiday (last Monday in May), the Summer bank holiday (last Monday in
 * August), Christmas Day and Boxing Day, each moved to its substitute weekday when it falls at a weekend
 * (gov.uk: Christmas on a Saturday is taken on Monday 27th and Boxing Day on Tuesday 28th; Christmas on
 * a Sunday on Tuesday 27th, Boxing Day staying on Monday 26th; New Year's Day on the Monday after).
 *
 * <p>The rules, and Easter, come from Jollyday's calendar for England ({@code gb}, subdivision
 * {@code eng}; Wales has the same bank holidays), a maintained library; only its official holidays are
 * used, not observances such as New Year's Eve. One-off days (a coronation, a jubilee, a moved May Day)
 * cannot be foreseen: they are listed in the data file, which is why the file wins for its years and why
 * the application warns before the file runs out. Thread-safe; each year is worked out once.
 */
public final class EnglandAndWalesBankHolidayRules {

  /** Jollyday's subdivision of the United Kingdom for England. */
  static final String ENGLAND = "eng";

  private static final Map<String, String> NAMES = Map.of(
      "NEW_YEAR", "New Year's Day",
      "christian.GOOD_FRIDAY", "Good Friday",
      "christian.EASTER_MONDAY", "Easter Monday",
      "EARLY_MAY_BANK_HOLIDAY", "Early May bank holiday",
      "SPRING_BANK_HOLIDAY", "Spring bank holiday",
      "SUMMER_BANK_HOLIDAY", "Summer bank holiday",
      "CHRISTMAS", "Christmas Day",
      "BOXING_DAY", "Boxing Day");

  private final HolidayManager manager;
  private final Map<Integer, NavigableMap<LocalDate, String>> years = new ConcurrentHashMap<>();

  public EnglandAndWalesBankHolidayRules() {
    this.manager = HolidayManager.getInstance(ManagerParameters.create(UNITED_KINGDOM));
  }

  /**
   * The bank holidays of {@code year}: the day each is taken (its substitute day if it falls at a
   * weekend) and its name, written as in the data file ("Boxing Day (substitute day)").
   */
  public NavigableMap<LocalDate, String> holidays(int year) {
    return years.computeIfAbsent(year, this::compute);
  }

  private NavigableMap<LocalDate, String> compute(int year) {
    NavigableMap<LocalDate, String> days = new TreeMap<>();
    for (Holiday holiday : manager.getHolidays(Year.of(year), ENGLAND)) {
      if (holiday.getType() == HolidayType.OBSERVANCE || holiday.getDate().getYear() != year) {
        continue;
      }
      String name = NAMES.getOrDefault(holiday.getPropertiesKey(), holiday.getDescription(java.util.Locale.UK));
      boolean substitute = !holiday.getDate().equals(holiday.getActualDate());
      days.merge(holiday.getDate(), substitute ? name + " (substitute day)" : name, (a, b) -> a + "; " + b);
    }
    return Collections.unmodifiableNavigableMap(days);
  }
}
