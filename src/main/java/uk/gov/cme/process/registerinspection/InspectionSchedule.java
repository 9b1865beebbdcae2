package uk.gov.cme.process.registerinspection;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import uk.gov.cme.rules.calendar.SchoolDayCalendar;

/**
 * When the schedule inspects each school (processes.md P7: "each school at least once a year"), spread
 * across the academic year's school days (1 September to 31 August, by the term dates): the schools are
 * taken in URN order, and with {@code n} schools inspected {@code k} times a year the year's school days
 * are cut into {@code n * k} equal shares; school {@code i} gets the first school day of shares
 * {@code i}, {@code i + n}, ... Plain Java.
 */
final class InspectionSchedule {

  private final SchoolDayCalendar schoolDays;
  private final int perYear;

  InspectionSchedule(SchoolDayCalendar schoolDays, int perYear) {
    if (perYear < 1) {
      throw new IllegalArgumentException("a school is inspected at least once a year");
    }
    this.schoolDays = schoolDays;
    this.perYear = perYear;
  }

  /** The first day (1 September) of the academic year {@code day} falls in. */
  static LocalDate academicYearStart(LocalDate day) {
    int year = day.getMonthValue() >= Month.SEPTEMBER.getValue() ? day.getYear() : day.getYear() - 1;
    return LocalDate.of(year, Month.SEPTEMBER, 1);
  }

  /** The school's scheduled days in the academic year starting {@code yearStart}, in date order. */
  List<LocalDate> slots(List<String> urnsInOrder, String urn, LocalDate yearStart) {
    int i = urnsInOrder.indexOf(urn);
    if (i < 0) {
      return List.of();
    }
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate d = yearStart; d.isBefore(yearStart.plusYears(1)); d = d.plusDays(1)) {
      if (schoolDays.termDates().covers(d) && schoolDays.isSchoolDay(d)) {
        days.add(d);
      }
    }
    if (days.isEmpty()) {
      return List.of();
    }
    int n = urnsInOrder.size();
    int shares = n * perYear;
    List<LocalDate> slots = new ArrayList<>();
    for (int j = 0; j < perYear; j++) {
      int share = i + j * n;
      slots.add(days.get((int) ((long) share * days.size() / shares)));
    }
    return slots;
  }

  /**
   * The school's first scheduled day after {@code day} (this academic year's or the next's): its next
   * due date when an inspection ends that day. Empty when the term dates do not reach it.
   */
  Optional<LocalDate> nextAfter(List<String> urnsInOrder, String urn, LocalDate day) {
    LocalDate yearStart = academicYearStart(day);
    for (int y = 0; y < 2; y++) {
      Optional<LocalDate> next = slots(urnsInOrder, urn, yearStart.plusYears(y)).stream()
          .filter(d -> d.isAfter(day)).findFirst();
      if (next.isPresent()) {
        return next;
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the school is due on {@code today}: its recorded next due date (from its last inspection) is
   * today or earlier; for a school never inspected, its first scheduled day this academic year is.
   */
  boolean isDue(List<String> urnsInOrder, String urn, LocalDate recordedNextDue, LocalDate today) {
    if (recordedNextDue != null) {
      return !recordedNextDue.isAfter(today);
    }
    return slots(urnsInOrder, urn, academicYearStart(today)).stream().findFirst()
        .map(first -> !first.isAfter(today)).orElse(false);
  }
}
