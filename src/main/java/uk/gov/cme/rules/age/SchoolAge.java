package uk.gov.cme.rules.age;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Period;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.Optional;

/**
 * Compulsory school age and year group (rules.md R4, Education Act 1996 s8).
 *
 * <ul>
 *   <li>A child becomes of compulsory school age on the first of 31 December, 31 March or 31 August
 *   on or after their 5th birthday.</li>
 *   <li>A child ceases to be of compulsory school age at the end of the last Friday in June of the
 *   school year (1 September to 31 August) in which they turn 16.</li>
 *   <li>The year group for the school year starting 1 September of year A is
 *   {@code A - birthYear - (born after 31 August ? 1 : 0) - 4}: 0 is Reception, 1 to 11 are Years 1
 *   to 11, a negative number is a child not yet in school and 12 or more is beyond Year 11. A child
 *   taught out of year group is recorded separately; this is the year group by age.</li>
 * </ul>
 *
 * <p>A child born on 29 February attains an age on 1 March in a year that is not a leap year (as
 * {@link Period} counts it). Stateless.
 */
public final class SchoolAge {

  /** A date of birth implying an age above this is taken to be an input error. */
  public static final int MAXIMUM_AGE = 25;

  private static final MonthDay[] PRESCRIBED_DAYS = {
      MonthDay.of(Month.MARCH, 31), MonthDay.of(Month.AUGUST, 31), MonthDay.of(Month.DECEMBER, 31)};

  private SchoolAge() {
  }

  /**
   * The day the child becomes of compulsory school age: the first of 31 March, 31 August or
   * 31 December on or after the 5th birthday (the birthday itself if it is one of those days).
   * A 5th birthday on 10 February 2024 gives 31 March 2024.
   */
  public static LocalDate compulsorySchoolAgeStarts(LocalDate dateOfBirth) {
    LocalDate fifthBirthday = birthday(dateOfBirth, 5);
    for (MonthDay prescribed : PRESCRIBED_DAYS) {
      LocalDate candidate = prescribed.atYear(fifthBirthday.getYear());
      if (!candidate.isBefore(fifthBirthday)) {
        return candidate;
      }
    }
    throw new AssertionError("31 December is on or after every day of its year");
  }

  /**
   * The last day of compulsory school age (the child ceases to be of compulsory school age at the end
   * of it): the last Friday in June of the school year in which the child turns 16. Born 23 September
   * 2007 gives 28 June 2024.
   */
  public static LocalDate compulsorySchoolAgeEnds(LocalDate dateOfBirth) {
    LocalDate sixteenthBirthday = birthday(dateOfBirth, 16);
    int leavingYear = schoolYearStart(sixteenthBirthday) + 1;
    return LocalDate.of(leavingYear, Month.JUNE, 1)
        .with(TemporalAdjusters.lastInMonth(DayOfWeek.FRIDAY));
  }

  /**
   * Whether the child is of compulsory school age on the day: from {@link #compulsorySchoolAgeStarts}
   * to {@link #compulsorySchoolAgeEnds}, both included.
   */
  public static boolean isOfCompulsorySchoolAge(LocalDate dateOfBirth, LocalDate on) {
    Objects.requireNonNull(on, "on");
    return !on.isBefore(compulsorySchoolAgeStarts(dateOfBirth))
        && !on.isAfter(compulsorySchoolAgeEnds(dateOfBirth));
  }

  /**
   * The year group by age in the school year that contains the day (a school year starts on
   * 1 September): 0 for Reception, 1 to 11 for Years 1 to 11, negative for a child not yet in school,
   * 12 or more beyond Year 11. A child born on 31 August is the youngest in their year and one born on
   * 1 September the oldest in the next.
   */
  public static int yearGroup(LocalDate dateOfBirth, LocalDate on) {
    Objects.requireNonNull(dateOfBirth, "dateOfBirth");
    Objects.requireNonNull(on, "on");
    int bornAfter31August = dateOfBirth.getMonthValue() >= Month.SEPTEMBER.getValue() ? 1 : 0;
    int ageOn31August = schoolYearStart(on) - dateOfBirth.getYear() - bornAfter31August;
    return ageOn31August - 4;
  }

  /**
   * Checks a date of birth as entered.
   *
   * @param dateOfBirth the date of birth
   * @param today       today's date
   * @return a message for the person who entered it, or empty if the date is plausible: a date in the
   *     future, or one that makes the child older than {@value #MAXIMUM_AGE}, is an input error
   */
  public static Optional<String> validateDateOfBirth(LocalDate dateOfBirth, LocalDate today) {
    Objects.requireNonNull(dateOfBirth, "dateOfBirth");
    Objects.requireNonNull(today, "today");
    if (dateOfBirth.isAfter(today)) {
      return Optional.of("the date of birth is in the future");
    }
    int age = Period.between(dateOfBirth, today).getYears();
    if (age > MAXIMUM_AGE) {
      return Optional.of("the date of birth makes the child " + age
          + " years old; check it, as an age over " + MAXIMUM_AGE + " is not accepted");
    }
    return Optional.empty();
  }

  /** The day the child attains the age; for a 29 February birthday, 1 March in other years. */
  static LocalDate birthday(LocalDate dateOfBirth, int age) {
    Objects.requireNonNull(dateOfBirth, "dateOfBirth");
    LocalDate birthday = dateOfBirth.plusYears(age);
    return birthday.getDayOfMonth() < dateOfBirth.getDayOfMonth() ? birthday.plusDays(1) : birthday;
  }

  /** The calendar year in which the school year containing the day began (on 1 September). */
  private static int schoolYearStart(LocalDate day) {
    return day.getMonthValue() >= Month.SEPTEMBER.getValue() ? day.getYear() : day.getYear() - 1;
  }
}
