package uk.gov.cme.rules.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.validation.ValidationBindHandler;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * The School Attendance Order's deadlines against the statute (Education Act 1996 ss437–447; rules.md
 * R7): statutory "days" are calendar days beginning with the day of service, which is day 1; deemed
 * service by post or email is counted in working days. Test bank holidays: 25 and 28 Dec 2026; 27 and 28
 * Dec 2027; 1 Jan 2027; 3 Jan 2028. Every expected date is written out.
 */
class SaoDeadlinesTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private final DeadlineCalendar calendar = new DeadlineCalendar(TestCalendars.workingDays(),
      TestCalendars.schoolDays(), LONDON, LocalTime.of(17, 0));

  private final SaoDeadlines sao = new SaoDeadlines(calendar, bind(Map.of()));

  @ParameterizedTest(name = "{1} on {0}: deemed served {2}, answer by {3} ({4})")
  @CsvSource(textBlock = """
      2026-03-02, BY_HAND,          2026-03-02, 2026-03-16, Monday by hand: day 1 is the Monday
      2026-03-06, FIRST_CLASS_POST, 2026-03-10, 2026-03-24, Friday posted: Monday and Tuesday are the 2 working days
      2026-12-18, FIRST_CLASS_POST, 2026-12-22, 2027-01-05, the Friday before Christmas 2026: the 15 days run over Christmas and New Year
      2027-12-24, FIRST_CLASS_POST, 2027-12-30, 2028-01-13, Christmas Eve 2027 a Friday: the weekend and both substitute bank holidays delay deemed service
      2027-12-24, BY_HAND,          2027-12-24, 2028-01-07, the same Friday by hand: bank holidays do not stop the 15 calendar days
      2026-12-24, EMAIL,            2026-12-29, 2027-01-12, emailed Christmas Eve 2026: the next working day is after Boxing Day substitute
      2026-04-02, FIRST_CLASS_POST, 2026-04-08, 2026-04-22, posted before Easter 2026: Good Friday and Easter Monday skipped
      """)
  void the_s437_notice_runs_15_days_beginning_with_the_day_of_deemed_service(LocalDate sent, ServiceMethod method,
                                                                             LocalDate deemed, LocalDate lastDay,
                                                                             String why) {
    assertThat(sao.deemedService(sent, method)).as(why).isEqualTo(deemed);
    assertThat(sao.noticeResponseDue(deemed)).as(why).isEqualTo(lastDay);
  }

  @ParameterizedTest(name = "served {0}: s438 choice by {1}, s439 application by {1}, home visit by {1}")
  @CsvSource(textBlock = """
      2026-03-02, 2026-03-16
      2026-12-22, 2027-01-05
      2027-02-15, 2027-03-01
      2028-02-15, 2028-02-29
      """)
  void the_other_15_day_periods_count_the_same_way(LocalDate from, LocalDate lastDay) {
    assertThat(sao.intentionChoiceDue(from)).isEqualTo(lastDay);
    assertThat(sao.governingBodyApplicationDue(from)).isEqualTo(lastDay);
    assertThat(sao.homeVisitDue(from)).isEqualTo(lastDay);
  }

  @ParameterizedTest(name = "ESO directed {0}: reasons to the court by {1}")
  @CsvSource(textBlock = """
      2026-03-02, 2026-04-26
      2026-11-04, 2026-12-29
      2027-12-20, 2028-02-13
      """)
  void eight_weeks_beginning_with_the_day_of_the_direction(LocalDate directed, LocalDate lastDay) {
    assertThat(sao.esoReasonsDue(directed)).isEqualTo(lastDay);
  }

  @ParameterizedTest(name = "hearing {0}: reminder {1}")
  @CsvSource(textBlock = """
      2026-03-13, 2026-03-06
      2026-04-10, 2026-04-01
      2027-01-08, 2026-12-31
      """)
  void the_hearing_reminder_is_5_working_days_before(LocalDate hearing, LocalDate reminder) {
    assertThat(sao.hearingReminder(hearing)).isEqualTo(reminder);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(textBlock = """
      posted Friday 18 Dec 2026 (GMT),         deemed, 2026-12-18T10:00:00Z, FIRST_CLASS_POST, 2026-12-22T17:00:00Z
      served Tuesday 22 Dec 2026,              notice, 2026-12-22T17:00:00Z, ,                 2027-01-05T17:00:00Z
      issued Monday 1 Jun 2026 (BST),          visit,  2026-06-01T08:00:00Z, ,                 2026-06-15T16:00:00Z
      directed 4 Nov 2026 late evening in London, eso,  2026-11-04T23:30:00Z, ,                 2026-12-29T17:00:00Z
      """)
  void the_models_get_the_day_at_close_of_business_in_london(String why, String which, Instant from, String method,
                                                              Instant expected) {
    Date at = Date.from(from);
    Date due = switch (which) {
      case "deemed" -> sao.deemedService(at, method);
      case "notice" -> sao.noticeResponseDue(at);
      case "visit" -> sao.homeVisitDue(at);
      case "eso" -> sao.esoReasonsDue(at);
      default -> throw new IllegalArgumentException(which);
    };
    assertThat(due.toInstant()).as(why).isEqualTo(expected);
  }

  @Test
  void monitoring_counts_school_days_from_the_first_day() {
    // Test term dates: Autumn 2 2026 from Monday 2 November; 20 school days later is Monday 30 November.
    Date firstDay = Date.from(Instant.parse("2026-11-02T09:00:00Z"));
    assertThat(sao.monitoringEnds(firstDay).toInstant()).isEqualTo(Instant.parse("2026-11-30T17:00:00Z"));
  }

  @Test
  void the_defaults_are_those_of_the_statute_and_seeds() {
    Deadlines d = bind(Map.of());
    assertThat(d.getSaoNoticeDays()).as("s437(1)").isEqualTo(15);
    assertThat(d.getSaoIntentionDays()).as("s438").isEqualTo(15);
    assertThat(d.getSaoGoverningBodyDays()).as("s439").isEqualTo(15);
    assertThat(d.getSaoHomeVisitDays()).as("seed 002 §8").isEqualTo(15);
    assertThat(d.getEsoReasonsWeeks()).as("s447").isEqualTo(8);
    assertThat(d.getSaoMonitoringSchoolDays()).isEqualTo(20);
    assertThat(d.getSaoDeemedServicePostWorkingDays()).isEqualTo(2);
    assertThat(d.getSaoDeemedServiceEmailWorkingDays()).isEqualTo(1);
    assertThat(d.getSaoHearingReminderWorkingDays()).isEqualTo(5);
  }

  @Test
  void a_longer_notice_period_is_allowed_and_used() {
    SaoDeadlines longer = new SaoDeadlines(calendar, bind(Map.of("cme.deadlines.sao-notice-days", "21")));
    assertThat(longer.noticeResponseDue(LocalDate.of(2026, 3, 2))).isEqualTo(LocalDate.of(2026, 3, 22));
  }

  @ParameterizedTest(name = "{0}={1} stops the start naming {2}")
  @CsvSource(textBlock = """
      cme.deadlines.sao-notice-days,                        14, saoNoticeDays
      cme.deadlines.sao-intention-days,                     10, saoIntentionDays
      cme.deadlines.sao-governing-body-days,                 1, saoGoverningBodyDays
      cme.deadlines.eso-reasons-weeks,                       9, esoReasonsWeeks
      cme.deadlines.sao-deemed-service-post-working-days,    0, saoDeemedServicePostWorkingDays
      """)
  void a_period_shorter_than_the_statute_stops_the_start_up(String setting, String value, String field) {
    assertThatThrownBy(() -> bind(Map.of(setting, value)))
        .isInstanceOf(BindException.class)
        .hasStackTraceContaining(field);
  }

  @Test
  void the_application_starts_with_the_bean_and_refuses_a_notice_period_below_15_days() {
    ApplicationContextRunner runner = new ApplicationContextRunner()
        .withInitializer(new ConfigDataApplicationContextInitializer())
        .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
        .withUserConfiguration(CalendarConfiguration.class);

    runner.run(context -> assertThat(context).hasNotFailed().getBean("saoDeadlines", SaoDeadlines.class)
        .satisfies(bean -> assertThat(bean.noticeResponseDue(LocalDate.of(2026, 3, 2)))
            .isEqualTo(LocalDate.of(2026, 3, 16))));
    runner.withPropertyValues("cme.deadlines.sao-notice-days=14")
        .run(context -> assertThat(context).hasFailed().getFailure().hasStackTraceContaining("saoNoticeDays"));
  }

  private static Deadlines bind(Map<String, String> changed) {
    List<ConfigurationPropertySource> sources = new ArrayList<>();
    sources.add(new MapConfigurationPropertySource(changed));
    try {
      ConfigurationPropertySources.from(new YamlPropertySourceLoader()
          .load("application.yaml", new ClassPathResource("application.yaml"))).forEach(sources::add);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    var validator = new SpringValidatorAdapter(Validation.buildDefaultValidatorFactory().getValidator());
    return new Binder(sources).bind("cme.deadlines", Bindable.of(Deadlines.class),
        new ValidationBindHandler(validator)).get();
  }
}
