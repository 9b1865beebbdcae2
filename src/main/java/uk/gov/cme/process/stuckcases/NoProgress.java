package uk.gov.cme.process.stuckcases;

import java.time.LocalDate;
import uk.gov.cme.rules.calendar.SchoolDayCalendar;

/**
 * When a case is stuck (rules.md R7: "20 SD (setting)"): its last progress was on a day after which
 * at least {@code n} school days have passed up to and including today. The earliest day progress must
 * reach for a case not to be stuck is the {@code n}-th school day counted back from today (today
 * counting when it is a school day): progress on that day or later is recent, anything before is not.
 */
final class NoProgress {

  private NoProgress() {
  }

  /**
   * The first day whose progress still counts as recent.
   *
   * @throws uk.gov.cme.rules.calendar.CalendarRangeException when the count runs before the loaded term dates
   */
  static LocalDate since(SchoolDayCalendar schoolDays, LocalDate today, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("the number of school days must be at least 1");
    }
    LocalDate day = today;
    int counted = schoolDays.isSchoolDay(day) ? 1 : 0;
    while (counted < n) {
      day = day.minusDays(1);
      if (schoolDays.isSchoolDay(day)) {
        counted++;
      }
    }
    return day;
  }
}
