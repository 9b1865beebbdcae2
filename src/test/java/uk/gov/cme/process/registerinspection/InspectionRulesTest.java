package uk.gov.cme.process.registerinspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import uk.gov.cme.casework.OffRollEntry;
import uk.gov.cme.casework.OffRollNotificationDetails;
import uk.gov.cme.casework.OffRollOutcome;
import uk.gov.cme.process.ProcessTestEngine;

/** The register inspection's plain rules: census days, the off-rolling figures, the schedule, the lists' text. */
class InspectionRulesTest {

  static final ZoneId LONDON = ProcessTestEngine.LONDON;

  @Test
  void the_census_days_are_the_first_thursday_of_october_and_the_third_thursdays_of_january_and_may() {
    assertThat(CensusDates.of(2027)).containsExactly(LocalDate.of(2027, 1, 21), LocalDate.of(2027, 5, 20),
        LocalDate.of(2027, 10, 7));
    assertThat(CensusDates.justBefore(LocalDate.of(2027, 10, 7), 10)).as("the census day itself").isTrue();
    assertThat(CensusDates.justBefore(LocalDate.of(2027, 9, 27), 10)).as("10 days before").isTrue();
    assertThat(CensusDates.justBefore(LocalDate.of(2027, 9, 26), 10)).as("11 days before").isFalse();
    assertThat(CensusDates.justBefore(LocalDate.of(2027, 10, 8), 10)).as("the day after").isFalse();
    assertThat(CensusDates.justBefore(LocalDate.of(2026, 12, 31), 30)).as("January's census, across the year end").isTrue();
    assertThat(CensusDates.justBefore(null, 10)).isFalse();
  }

  @Test
  void the_figures_count_the_window_the_grounds_the_year_groups_and_the_census_and_leave_out_standard_transitions() {
    LocalDate today = LocalDate.of(2027, 5, 18);
    List<OffRollEntry> notifications = List.of(
        entry("f", LocalDate.of(2011, 10, 1), LocalDate.of(2027, 5, 19), today.minusDays(1), false), // Year 10, census
        entry("h", LocalDate.of(2016, 1, 1), LocalDate.of(2027, 6, 30), today.minusDays(364), false),
        entry("a", LocalDate.of(2011, 1, 1), LocalDate.of(2027, 3, 1), today.minusDays(30), false),  // Year 11
        entry("b", LocalDate.of(2016, 1, 1), LocalDate.of(2027, 3, 1), today.minusDays(365), false), // out of window
        entry("i", LocalDate.of(2016, 1, 1), null, today, true));                                   // transition

    OffRollingFigures figures = OffRollingFigures.of(notifications, today, 365, 10, LONDON);

    assertThat(figures).isEqualTo(new OffRollingFigures(3, 66, 2, 1));
    assertThat(OffRollingFigures.of(List.of(), today, 365, 10, LONDON)).isEqualTo(new OffRollingFigures(0, 0, 0, 0));
  }

  @Test
  void notifications_the_last_inspection_already_compared_with_the_register_are_not_counted_again() {
    LocalDate today = LocalDate.of(2027, 5, 18);
    List<OffRollEntry> notifications = List.of(
        entry("f", LocalDate.of(2016, 1, 1), null, today.minusDays(40), false),
        entry("h", LocalDate.of(2016, 1, 1), null, today.minusDays(20), false),
        entry("i", LocalDate.of(2016, 1, 1), null, today.minusDays(5), false));
    Instant inspectionEnded = today.minusDays(10).atTime(16, 0).atZone(LONDON).toInstant();

    assertThat(OffRollingFigures.of(notifications, today, 365, 10, LONDON, inspectionEnded).deletions())
        .as("only the one submitted after the inspection ended").isEqualTo(1);
    assertThat(OffRollingFigures.of(notifications, today, 365, 10, LONDON, null).deletions())
        .as("never inspected: the whole window").isEqualTo(3);
  }

  @Test
  void the_schedule_spreads_the_schools_over_the_years_school_days_and_the_next_due_date_is_the_next_slot() {
    InspectionSchedule once = new InspectionSchedule(ProcessTestEngine.calendar().schoolDays(), 1);
    List<String> urns = List.of("999001", "999002", "999003", "999004");
    LocalDate year = LocalDate.of(2026, 9, 1);

    List<LocalDate> firsts = urns.stream().map(u -> once.slots(urns, u, year).get(0)).toList();
    assertThat(firsts.get(0)).isEqualTo(LocalDate.of(2026, 9, 3));
    assertThat(firsts).isSorted().doesNotHaveDuplicates();
    assertThat(firsts.get(3)).isAfter(LocalDate.of(2027, 4, 1)).isBefore(LocalDate.of(2027, 7, 22));
    assertThat(once.nextAfter(urns, "999001", LocalDate.of(2026, 9, 3))).hasValue(LocalDate.of(2027, 9, 2));
    assertThat(once.isDue(urns, "999002", null, firsts.get(1).minusDays(1))).isFalse();
    assertThat(once.isDue(urns, "999002", null, firsts.get(1))).isTrue();
    assertThat(once.isDue(urns, "999002", LocalDate.of(2027, 9, 2), firsts.get(1))).as("inspected already").isFalse();
    assertThat(once.slots(urns, "123456", year)).as("not in the file").isEmpty();

    InspectionSchedule twice = new InspectionSchedule(ProcessTestEngine.calendar().schoolDays(), 2);
    assertThat(twice.slots(urns, "999001", year)).hasSize(2);
    assertThat(twice.nextAfter(urns, "999001", LocalDate.of(2026, 9, 3)).orElseThrow())
        .isBefore(LocalDate.of(2027, 7, 22));
  }

  @Test
  void a_long_list_on_a_form_stops_before_the_variable_limit_and_says_how_many_more_are_in_the_csv() {
    List<String> lines = new ArrayList<>();
    IntStream.range(0, 100).forEach(i -> lines.add("Child " + i + ", born 2015-01-01: ".repeat(3)));

    String text = InspectionLists.limited(lines, "off-roll.csv");

    assertThat(text.length()).isLessThan(4000);
    assertThat(text).startsWith("Child 0").contains("more: download the whole list (off-roll.csv");
    assertThat(InspectionLists.limited(List.of("one", "two"), "x.csv")).isEqualTo("one\ntwo");
  }

  static OffRollEntry entry(String ground, LocalDate dateOfBirth, LocalDate deletion, LocalDate submitted,
                            boolean transition) {
    OffRollNotificationDetails details = new OffRollNotificationDetails("999001", "A", "Child", null, dateOfBirth,
        null, null, null, null, null, null, null, null, ground, deletion, null, transition, false, false, null);
    Instant at = submitted.atTime(10, 0).atZone(LONDON).toInstant();
    return new OffRollEntry(1, details, null, null, OffRollOutcome.RECEIVED, null, null, null, null, "u", at, "u", at);
  }
}
