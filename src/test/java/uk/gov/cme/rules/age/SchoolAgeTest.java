package uk.gov.cme.rules.age;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SchoolAgeTest {

  @ParameterizedTest(name = "born {0}: compulsory school age from {1} ({2})")
  @CsvSource(textBlock = """
      2019-02-10, 2024-03-31, rules.md example: 5th birthday 10 Feb 2024
      2019-03-30, 2024-03-31, 5th birthday the day before 31 March
      2019-03-31, 2024-03-31, 5th birthday on 31 March: that day
      2019-04-01, 2024-08-31, 5th birthday the day after 31 March
      2019-08-30, 2024-08-31, 5th birthday the day before 31 August
      2019-08-31, 2024-08-31, 5th birthday on 31 August: that day
      2019-09-01, 2024-12-31, 5th birthday the day after 31 August
      2019-12-30, 2024-12-31, 5th birthday the day before 31 December
      2019-12-31, 2024-12-31, 5th birthday on 31 December: that day
      2020-01-01, 2025-03-31, 5th birthday on 1 January
      2020-02-29, 2025-03-31, leap-day birthday: 5th birthday 1 March 2025
      2019-02-28, 2024-03-31, 5th birthday on 28 February in a leap year
      """)
  void compulsorySchoolAgeStartsOnThePrescribedDayOnOrAfterTheFifthBirthday(
      LocalDate dateOfBirth, LocalDate expected, String why) {
    assertThat(SchoolAge.compulsorySchoolAgeStarts(dateOfBirth)).as(why).isEqualTo(expected);
  }

  @ParameterizedTest(name = "born {0}: ceases after {1} ({2})")
  @CsvSource(textBlock = """
      2007-09-23, 2024-06-28, rules.md example
      2007-09-01, 2024-06-28, oldest in the year: 16 on 1 Sep 2023
      2008-08-31, 2024-06-28, youngest in the year: 16 on 31 Aug 2024, after the leaving date
      2008-06-28, 2024-06-28, 16 on the leaving date itself
      2008-06-29, 2024-06-28, 16 the day after the leaving date
      2008-09-01, 2025-06-27, next school year
      2008-02-29, 2024-06-28, leap-day birthday
      2009-12-25, 2026-06-26, 16 at Christmas 2025
      2010-03-01, 2026-06-26, 2026: last Friday in June is 26 June
      2011-04-30, 2027-06-25, 2027: last Friday in June is 25 June
      2012-01-15, 2028-06-30, 2028: last Friday in June is 30 June
      """)
  void compulsorySchoolAgeEndsOnTheLastFridayInJuneOfTheYearTheyTurnSixteen(
      LocalDate dateOfBirth, LocalDate expected, String why) {
    assertThat(SchoolAge.compulsorySchoolAgeEnds(dateOfBirth)).as(why).isEqualTo(expected);
  }

  @ParameterizedTest(name = "born {0}, on {1}: {2}")
  @CsvSource(textBlock = """
      2019-02-10, 2024-03-30, false
      2019-02-10, 2024-03-31, true
      2019-08-31, 2024-08-30, false
      2019-08-31, 2024-08-31, true
      2007-09-23, 2024-06-28, true
      2007-09-23, 2024-06-29, false
      2012-05-01, 2026-11-25, true
      2021-05-01, 2026-11-25, true
      2021-09-01, 2026-11-25, false
      """)
  void isOfCompulsorySchoolAgeFromStartToEndInclusive(LocalDate dateOfBirth, LocalDate on,
                                                      boolean expected) {
    assertThat(SchoolAge.isOfCompulsorySchoolAge(dateOfBirth, on)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "born {0}, on {1}: year group {2}")
  @CsvSource(textBlock = """
      2021-08-31, 2025-09-01, 0
      2021-09-01, 2025-09-01, -1
      2020-08-31, 2025-09-01, 1
      2020-09-01, 2025-09-01, 0
      2019-09-01, 2025-09-01, 1
      2021-08-31, 2026-08-31, 0
      2021-08-31, 2026-09-01, 1
      2007-09-23, 2023-09-01, 11
      2007-09-23, 2024-06-28, 11
      2007-09-23, 2024-09-01, 12
      2008-08-31, 2023-09-01, 11
      2008-09-01, 2023-09-01, 10
      2015-02-28, 2026-11-25, 7
      2016-02-29, 2026-11-25, 6
      2016-02-29, 2027-02-28, 6
      2025-01-01, 2026-11-25, -3
      2000-01-01, 2026-11-25, 22
      2011-12-31, 2026-01-15, 9
      2012-01-01, 2026-01-15, 9
      """)
  void yearGroupFromDateOfBirth(LocalDate dateOfBirth, LocalDate on, int expected) {
    assertThat(SchoolAge.yearGroup(dateOfBirth, on)).isEqualTo(expected);
  }

  @Test
  void aChildInYearElevenCeasesToBeOfCompulsorySchoolAgeThatJune() {
    for (LocalDate dob = LocalDate.of(2007, 9, 1); dob.isBefore(LocalDate.of(2012, 9, 1));
         dob = dob.plusDays(1)) {
      LocalDate ends = SchoolAge.compulsorySchoolAgeEnds(dob);
      assertThat(SchoolAge.yearGroup(dob, ends)).as(dob.toString()).isEqualTo(11);
      LocalDate starts = SchoolAge.compulsorySchoolAgeStarts(dob);
      assertThat(SchoolAge.yearGroup(dob, starts)).as(dob.toString()).isBetween(-1, 1);
    }
  }

  @ParameterizedTest(name = "born {0}, today {1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      2026-11-26 | 2026-11-25 | the date of birth is in the future
      2030-01-01 | 2026-11-25 | the date of birth is in the future
      2026-11-25 | 2026-11-25 | ''
      2015-06-01 | 2026-11-25 | ''
      2000-11-26 | 2026-11-25 | ''
      2000-11-25 | 2026-11-25 | the date of birth makes the child 26 years old; check it, as an age over 25 is not accepted
      1926-11-25 | 2026-11-25 | the date of birth makes the child 100 years old; check it, as an age over 25 is not accepted
      2000-02-29 | 2026-02-28 | ''
      2000-02-29 | 2026-03-01 | the date of birth makes the child 26 years old; check it, as an age over 25 is not accepted
      """)
  void validatesTheDateOfBirth(LocalDate dateOfBirth, LocalDate today, String expected) {
    assertThat(SchoolAge.validateDateOfBirth(dateOfBirth, today).orElse(""))
        .isEqualTo(expected == null ? "" : expected);
  }

  @ParameterizedTest(name = "born {0}: age {1} on {2}")
  @CsvSource(textBlock = """
      2020-02-29, 5,  2025-03-01
      2020-02-29, 4,  2024-02-29
      2019-02-10, 5,  2024-02-10
      2008-02-29, 16, 2024-02-29
      2007-02-28, 16, 2023-02-28
      """)
  void birthdays(LocalDate dateOfBirth, int age, LocalDate expected) {
    assertThat(SchoolAge.birthday(dateOfBirth, age)).isEqualTo(expected);
  }
}
