package uk.gov.cme.rules.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StatutoryPeriodTest {

  @ParameterizedTest(name = "{1} days from {0}: last day {2}, may act from {3}")
  @CsvSource(textBlock = """
      2026-03-02, 15, 2026-03-16, 2026-03-17
      2026-03-02,  1, 2026-03-02, 2026-03-03
      2026-03-02,  2, 2026-03-03, 2026-03-04
      2026-03-07, 15, 2026-03-21, 2026-03-22
      2026-12-20, 15, 2027-01-03, 2027-01-04
      2028-02-15, 15, 2028-02-29, 2028-03-01
      2027-02-15, 15, 2027-03-01, 2027-03-02
      2026-04-01,  5, 2026-04-05, 2026-04-06
      """)
  void theDayOfServiceIsDayOne(LocalDate servedOn, int days, LocalDate lastDay,
                               LocalDate mayActFrom) {
    assertThat(StatutoryPeriod.lastDay(servedOn, days)).isEqualTo(lastDay);
    assertThat(StatutoryPeriod.firstDayAfter(servedOn, days)).isEqualTo(mayActFrom);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -15})
  void rejectsFewerThanOneDay(int days) {
    assertThatThrownBy(() -> StatutoryPeriod.lastDay(LocalDate.of(2026, 3, 2), days))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
