package uk.gov.cme.rules.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import uk.gov.cme.process.escalation.EscalationRouteDecision;
import uk.gov.cme.rules.calendar.CalendarConfiguration;
import uk.gov.cme.rules.calendar.CalendarDataException;

/**
 * The bean {@code meetingDates} as the application builds it from application.yaml
 * ({@code cme.escalation.meetings}) and the shipped file, an edited copy, and the start-up failures of a
 * bad file or a bad rule.
 */
class MeetingConfigurationTest {

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withInitializer(new ConfigDataApplicationContextInitializer())
      .withUserConfiguration(CalendarConfiguration.class, MeetingConfiguration.class);

  @Test
  void the_application_has_the_bean_meeting_dates_from_the_shipped_file_and_rules() {
    runner.run(context -> {
      assertThat(context).hasNotFailed();
      MeetingDates meetings = context.getBean("meetingDates", MeetingDates.class);
      assertThat(meetings.meetingGroups()).as("the routes of escalation-route.dmn that meet")
          .containsExactlyInAnyOrderElementsOf(EscalationRouteDecision.Group.MEETING);
      assertThat(meetings.meets("line-manager")).isFalse();
      assertThat(context.getBean(MeetingProperties.class).rules())
          .containsEntry("cme-panel", MonthlyMeetingRule.valueOf("SECOND TUESDAY"))
          .containsEntry("cic-cmooe-group", MonthlyMeetingRule.valueOf("THIRD WEDNESDAY"))
          .containsEntry("line-of-sight", MonthlyMeetingRule.valueOf("FIRST THURSDAY"));
      // The shipped file lists every month of the 2026/27 and 2027/28 school years for each group.
      for (String group : meetings.meetingGroups()) {
        for (YearMonth month = YearMonth.of(2026, 9); month.isBefore(YearMonth.of(2028, 9)); month = month.plusMonths(1)) {
          assertThat(meetings.meetingsBetween(group, month.atDay(1), month.atEndOfMonth())).as(group + " " + month)
              .isNotEmpty();
        }
      }
      assertThat(((EscalationMeetings) meetings).loadedDates()).isGreaterThanOrEqualTo(72);
    });
  }

  @Test
  void an_edited_copy_and_its_own_rules_are_used(@TempDir Path dir) throws IOException {
    Path edited = Files.writeString(dir.resolve("meetings.csv"), "group,date\nfamily-panel,2027-01-19\n",
        StandardCharsets.UTF_8);

    runner.withPropertyValues("cme.escalation.meetings.file=file:" + edited,
            "cme.escalation.meetings.rules.family-panel=last wednesday")
        .run(context -> {
          assertThat(context).hasNotFailed();
          MeetingDates meetings = context.getBean(MeetingDates.class);
          assertThat(meetings.meets("family-panel")).isTrue();
          assertThat(meetings.nextMeetingAfter("family-panel", LocalDate.of(2027, 1, 1))).isEqualTo(LocalDate.of(2027, 1, 19));
          assertThat(meetings.nextMeetingAfter("family-panel", LocalDate.of(2027, 1, 19))).isEqualTo(LocalDate.of(2027, 2, 24));
        });
  }

  @Test
  void a_bad_line_stops_the_start_naming_the_file_and_line(@TempDir Path dir) throws IOException {
    Path edited = Files.writeString(dir.resolve("meetings.csv"),
        "# edited\ngroup,date\ncme-panel,2027-01-12\ncme-panel,12/02/2027\n", StandardCharsets.UTF_8);

    runner.withPropertyValues("cme.escalation.meetings.file=file:" + edited)
        .run(context -> assertThat(context).hasFailed().getFailure()
            .rootCause().isInstanceOf(CalendarDataException.class)
            .hasMessageContaining("meetings.csv] line 4: the date '12/02/2027' is not a date written yyyy-mm-dd"));
  }

  @Test
  void a_missing_file_stops_the_start_naming_it() {
    runner.withPropertyValues("cme.escalation.meetings.file=file:/no/such/meetings.csv")
        .run(context -> assertThat(context).hasFailed().getFailure()
            .rootCause().hasMessageContaining("/no/such/meetings.csv"));
  }

  @Test
  void a_bad_rule_stops_the_start_naming_the_setting() {
    runner.withPropertyValues("cme.escalation.meetings.rules.cme-panel=SECOND TUESDY")
        .run(context -> assertThat(context).hasFailed().getFailure()
            .hasStackTraceContaining("cme.escalation.meetings.rules")
            .hasStackTraceContaining("for example SECOND TUESDAY"));
  }
}
