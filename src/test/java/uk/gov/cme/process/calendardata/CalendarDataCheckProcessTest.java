package uk.gov.cme.process.calendardata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import uk.gov.cme.process.ProcessTestEngine;
import uk.gov.cme.rules.calendar.BankHolidays;
import uk.gov.cme.rules.calendar.DeadlineCalendar;
import uk.gov.cme.rules.calendar.EnglandAndWalesBankHolidayRules;
import uk.gov.cme.rules.calendar.SchoolDayCalendar;
import uk.gov.cme.rules.calendar.TermDates;
import uk.gov.cme.rules.calendar.WorkingDayCalendar;

/**
 * Issue 8, defect 2, "nothing warns before": from six months before the term dates or the bank-holiday
 * file end, on the engine's clock, the application warns in its start-up log, in the health details
 * for administrators and in Cockpit (an incident on "Calendar data running out", one per file), and
 * the Cockpit signal closes once the data are loaded. Frozen data: term dates to Friday 21 July 2028
 * (warning from 21 January 2028), bank holidays listed to 31 December 2028 (warning from 30 June 2028).
 */
@Deployment(resources = "processes/calendar-data-check.bpmn")
@ExtendWith(OutputCaptureExtension.class)
class CalendarDataCheckProcessTest {

  static final String FROZEN = "/uk/gov/cme/rules/calendar/";
  static final DeadlineCalendar AS_SHIPPED = calendar("", "");
  static final DeadlineCalendar NEXT_YEAR_LOADED = calendar(
      bankHolidayLines(2029), """
      2028/29,Autumn 1,2028-09-07,2028-10-20
      2028/29,Autumn 2,2028-10-30,2028-12-20
      2028/29,Spring 1,2029-01-04,2029-02-09
      2028/29,Spring 2,2029-02-19,2029-03-29
      2028/29,Summer 1,2029-04-16,2029-05-25
      2028/29,Summer 2,2029-06-04,2029-07-20
      """);
  static final AtomicReference<CalendarDataWatch> WATCH = new AtomicReference<>();

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension
      .builder(ProcessTestEngine.configuration(Map.of(
          "checkCalendarDataDelegate", new CheckCalendarDataDelegate(WATCH::get))))
      .assertClassCoverageAtLeast(0.9)
      .build();

  ProcessEngine engine;

  @BeforeEach
  void setUp() {
    engine = extension.getProcessEngine();
    BpmnAwareTests.init(engine);
    WATCH.set(watch(AS_SHIPPED));
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
  }

  @Test
  void calendars_run_out_nothing_warns_before_six_months_ahead(CapturedOutput output) {
    today(2028, 1, 20);

    WATCH.get().atStartup();

    assertThat(signals()).isEmpty();
    assertThat(warnings(output)).isEmpty();
    assertThat(output).contains("Calendar data: The term dates run to 2028-07-21. A warning starts on 2028-01-21.");
    Health health = health();
    assertThat(health.getStatus()).isEqualTo(Status.UP);
    assertThat(health.getDetails()).containsEntry("warning", false).containsEntry("today", "2028-01-20");
    assertThat(detail(health, "term-dates")).containsEntry("state", "OK").containsEntry("lastDay", "2028-07-21")
        .containsEntry("warnFrom", "2028-01-21");
  }

  @Test
  void calendars_run_out_six_months_before_the_term_dates_end_the_log_the_health_details_and_cockpit_warn(
      CapturedOutput output) {
    today(2028, 1, 21);

    WATCH.get().atStartup();

    assertThat(warnings(output)).as("the start-up line, then the signal started in Cockpit").hasSize(2)
        .allMatch(line -> line.contains("Calendar data: The term dates end on 2028-07-21:"
            + " add the next academic year to term-dates.csv before then."))
        .noneMatch(line -> line.contains("bank-holiday"));
    assertThat(warnings(output).get(0)).contains("(warning from 2028-01-21; shown in Cockpit as 'Calendar data running out')");
    assertThat(warnings(output).get(1)).contains("Shown in Cockpit (calendar-data-check, process instance ");
    Health health = health();
    assertThat(health.getStatus()).as("never out of service for this").isEqualTo(Status.UP);
    assertThat(health.getDetails()).containsEntry("warning", true);
    assertThat(detail(health, "term-dates")).containsEntry("state", "ENDING_SOON");
    assertThat(detail(health, "bank-holidays")).containsEntry("state", "OK");

    ProcessInstance signal = signals().get(0);
    assertThat(signals()).hasSize(1);
    assertThat(signal).isWaitingAt(CalendarDataCheckProcess.Elements.TASK_CHECK).variables()
        .containsEntry("calendarData", "term-dates").containsEntry("lastDay", "2028-07-21")
        .containsEntry("warnFrom", "2028-01-21");
    assertThatThrownBy(() -> execute(BpmnAwareTests.job(signal))).hasMessageContaining("term-dates.csv");
    Incident incident = engine.getRuntimeService().createIncidentQuery().processInstanceId(signal.getId()).singleResult();
    assertThat(incident.getActivityId()).isEqualTo(CalendarDataCheckProcess.Elements.TASK_CHECK);
    assertThat(incident.getIncidentMessage()).isEqualTo("The term dates end on 2028-07-21: add the next academic"
        + " year to term-dates.csv before then. School-day deadlines beyond 2028-07-21 are provisional until it is"
        + " loaded. Once it is loaded and the application restarted, this incident closes by itself at the next"
        + " daily check, or retry it here.");

    assertThat(WATCH.get().check()).as("the daily check adds no second signal").isEmpty();
    assertThat(signals()).hasSize(1);
  }

  @Test
  void calendars_run_out_the_bank_holiday_file_warns_on_its_own_from_30_june_2028() {
    today(2028, 6, 29);
    WATCH.get().check();
    assertThat(signals()).extracting(this::data).containsExactly("term-dates");

    today(2028, 6, 30);
    WATCH.get().check();

    assertThat(signals()).extracting(this::data).containsExactlyInAnyOrder("term-dates", "bank-holidays");
    assertThat(detail(health(), "bank-holidays")).containsEntry("state", "ENDING_SOON").containsEntry("message",
        "The bank-holiday file ends on 2028-12-31: add 2029 to bank-holidays-england-and-wales.csv from gov.uk,"
            + " with any one-off holiday. Until then 2029 follows the regular England and Wales rules.");
  }

  @Test
  void calendars_run_out_after_the_end_the_warning_says_the_data_have_ended() {
    today(2028, 7, 22);

    assertThat(detail(health(), "term-dates")).containsEntry("state", "ENDED");
    WATCH.get().check();
    ProcessInstance signal = signals().get(0);
    assertThatThrownBy(() -> execute(BpmnAwareTests.job(signal)))
        .hasMessageStartingWith("The term dates ended on 2028-07-21");
  }

  @Test
  void calendars_run_out_once_the_data_are_loaded_the_signal_in_cockpit_closes_by_itself() {
    today(2028, 6, 30);
    WATCH.get().check();
    for (ProcessInstance signal : signals()) {
      assertThatThrownBy(() -> execute(BpmnAwareTests.job(signal))).isInstanceOf(RuntimeException.class);
    }
    assertThat(engine.getRuntimeService().createIncidentQuery().count()).isEqualTo(2);
    List<ProcessInstance> signals = signals();

    // the authority loads 2028/29 and the 2029 bank holidays and restarts the application
    WATCH.set(watch(NEXT_YEAR_LOADED));
    assertThat(WATCH.get().check()).isEmpty();
    assertThat(engine.getRuntimeService().createIncidentQuery().count()).as("retried by the check").isZero();
    for (ProcessInstance signal : signals) {
      execute(BpmnAwareTests.job(signal));
    }

    assertThat(signals()).isEmpty();
    assertThat(signals.get(0)).isEnded().hasPassed(CalendarDataCheckProcess.Elements.END_LOADED);
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().variableName("loadedTo").list())
        .extracting(v -> v.getValue()).containsExactlyInAnyOrder("2029-07-20", "2029-12-31");
    assertThat(health().getDetails()).containsEntry("warning", false);
  }

  CalendarDataWatch watch(DeadlineCalendar calendar) {
    return new CalendarDataWatch(calendar, Period.ofMonths(6), engine);
  }

  Health health() {
    return new CalendarHealthIndicator(WATCH.get()).health();
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> detail(Health health, String key) {
    return (Map<String, Object>) health.getDetails().get(key);
  }

  List<ProcessInstance> signals() {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(CalendarDataCheckProcess.KEY).list();
  }

  String data(ProcessInstance signal) {
    return (String) engine.getRuntimeService().getVariable(signal.getId(), "calendarData");
  }

  static List<String> warnings(CapturedOutput output) {
    return output.getAll().lines().filter(line -> line.contains(" WARN ") && line.contains("Calendar data"))
        .toList();
  }

  /** The engine's clock at 09:00 London on the day. */
  static void today(int year, int month, int day) {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(year, month, day, 9, 0, 0, 0, ProcessTestEngine.LONDON)
        .toInstant()));
  }

  static String bankHolidayLines(int year) {
    return new EnglandAndWalesBankHolidayRules().holidays(year).entrySet().stream()
        .map(e -> e.getKey() + "," + e.getValue()).collect(Collectors.joining("\n"));
  }

  /** The frozen test data, with lines added to each file. */
  static DeadlineCalendar calendar(String moreBankHolidays, String moreTerms) {
    BankHolidays holidays = BankHolidays.parse(withLines("test-bank-holidays.csv", moreBankHolidays), "bank-holidays");
    TermDates terms = TermDates.parse(withLines("test-term-dates.csv", moreTerms), "term-dates");
    WorkingDayCalendar workingDays = new WorkingDayCalendar(holidays);
    return new DeadlineCalendar(workingDays, new SchoolDayCalendar(workingDays, terms), ProcessTestEngine.LONDON,
        LocalTime.of(17, 0));
  }

  static InputStream withLines(String file, String more) {
    try (InputStream in = CalendarDataCheckProcessTest.class.getResourceAsStream(FROZEN + file)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8) + "\n" + more + "\n";
      return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
