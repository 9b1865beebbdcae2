package uk.gov.cme.process.shared.duedate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static uk.gov.cme.process.shared.duedate.SetDueDateProcess.Elements.END_DUE_DATE_SET;
import static uk.gov.cme.process.shared.duedate.SetDueDateProcess.Elements.TASK_SET_DUE_DATE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.gov.cme.process.ProcessTestEngine;
import uk.gov.cme.rules.calendar.DeadlineCalendar;
import uk.gov.cme.rules.calendar.ProvisionalDeadline;

/**
 * Issue 8, defect 2, "Calendars run out": a school-day deadline beyond the loaded term dates never
 * stops a step. The task and the timers of {@code school-day-deadlines} (a fixture using the calendar
 * as the real models do) get provisional due dates, and for each the building block
 * {@code set-due-date} is an incident in Cockpit until the next academic year is loaded; retried then,
 * it gives each task and timer its exact due date. The term dates (frozen copy) end on Friday
 * 21 July 2028; the tests run on Tuesday 5 September 2028.
 */
@Deployment(resources = {"processes/shared/set-due-date.bpmn",
    "uk/gov/cme/process/shared/duedate/school-day-deadlines.bpmn"})
class SetDueDateProcessTest {

  static final String FIXTURE = "school-day-deadlines";
  /** What the authority loads: the first half terms of 2028/29, Autumn 1 from Thursday 7 September. */
  static final String[] NEXT_YEAR = {
      "2028/29,Autumn 1,2028-09-07,2028-10-20", "2028/29,Autumn 2,2028-10-30,2028-12-20"};

  static final ProvisionalDueDates PROVISIONAL = new ProvisionalDueDates();
  static final DeadlineCalendar DATA_ENDING_JULY_2028 = ProcessTestEngine.frozenCalendar(PROVISIONAL);
  static final DeadlineCalendar NEXT_YEAR_LOADED = ProcessTestEngine.frozenCalendar(PROVISIONAL, NEXT_YEAR);
  /** The calendar as loaded at the last "restart". */
  static final AtomicReference<DeadlineCalendar> LOADED = new AtomicReference<>(DATA_ENDING_JULY_2028);

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension
      .builder(ProcessTestEngine.configuration(Map.of(
          "calendar", DATA_ENDING_JULY_2028,
          "setDueDateDelegate", new SetDueDateDelegate(LOADED::get))))
      .assertClassCoverageAtLeast(0.9)
      .excludeProcessDefinitionKeys(FIXTURE)
      .build();

  static final Instant NOW = Instant.parse("2028-09-05T09:00:00Z"); // 10:00 BST
  // provisional: 5 and 10 working days; exact: 5 and 10 school days from Thursday 7 September
  static final Date TASK_PROVISIONAL = Date.from(Instant.parse("2028-09-12T16:00:00Z"));
  static final Date TASK_EXACT = Date.from(Instant.parse("2028-09-13T16:00:00Z"));
  static final Date TIMER_PROVISIONAL = Date.from(Instant.parse("2028-09-19T16:00:00Z"));
  static final Date TIMER_EXACT = Date.from(Instant.parse("2028-09-20T16:00:00Z"));

  ProcessEngine engine;
  ManagementService management;

  @BeforeEach
  void setUp() {
    engine = extension.getProcessEngine();
    management = engine.getManagementService();
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(Date.from(NOW));
    LOADED.set(DATA_ENDING_JULY_2028);
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    LOADED.set(DATA_ENDING_JULY_2028);
  }

  @Test
  void calendars_run_out_a_step_beyond_the_term_dates_still_happens_with_provisional_due_dates() {
    ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(FIXTURE, "CME-2028-00001");

    assertThat(instance).isWaitingAt("Task_Confirm");
    assertThat(task(instance)).hasDueDate(TASK_PROVISIONAL);
    assertThat(timer(instance).getDuedate()).isEqualTo(TIMER_PROVISIONAL);
    List<ProcessInstance> settings = setDueDateInstances();
    assertThat(settings).hasSize(2).allSatisfy(setting -> {
      assertThat(setting.getBusinessKey()).as("beside the case").isEqualTo("CME-2028-00001");
      assertThat(setting).isWaitingAt(TASK_SET_DUE_DATE).variables()
          .containsEntry("targetProcessInstanceId", instance.getId())
          .containsEntry("targetProcessKey", FIXTURE)
          .containsEntry("deadlineKind", "SCHOOL_DAYS")
          .containsEntry("deadlineFrom", "2028-09-05")
          .containsEntry("provisionalReason",
              "term dates are not loaded beyond 2028-07-21; add the next academic year to term-dates.csv");
    });
    assertThat(settings).extracting(s -> engine.getRuntimeService().getVariable(s.getId(), "deadlineDays"))
        .containsExactlyInAnyOrder(5, 10);
  }

  @Test
  void calendars_run_out_the_missing_due_date_is_an_incident_until_the_data_are_loaded_and_it_is_retried() {
    ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(FIXTURE, "CME-2028-00001");

    for (ProcessInstance setting : setDueDateInstances()) {
      Job job = management.createJobQuery().processInstanceId(setting.getId()).singleResult();
      assertThatThrownBy(() -> execute(job)).hasMessageContaining("term-dates.csv");
    }
    List<Incident> incidents = engine.getRuntimeService().createIncidentQuery().list();
    assertThat(incidents).as("one attempt, then an incident: retrying cannot help before the data are loaded")
        .hasSize(2).allSatisfy(incident -> {
          assertThat(incident.getActivityId()).isEqualTo(TASK_SET_DUE_DATE);
          assertThat(incident.getIncidentMessage())
              .startsWith("The due date cannot be worked out yet: term dates are not loaded beyond 2028-07-21;"
                  + " add the next academic year to term-dates.csv. Until then it stays at the provisional ")
              .endsWith(". Load the data, restart the application, then retry this step.");
        });
    assertThat(incidents).extracting(Incident::getIncidentMessage).anySatisfy(message ->
        assertThat(message).contains("provisional Tuesday 12 September 2028, 17:00."));
    assertThat(task(instance)).hasDueDate(TASK_PROVISIONAL);

    LOADED.set(NEXT_YEAR_LOADED);
    retryEveryIncident();

    assertThat(engine.getRuntimeService().createIncidentQuery().count()).isZero();
    assertThat(setDueDateInstances()).isEmpty();
    assertThat(task(instance)).hasDueDate(TASK_EXACT);
    assertThat(timer(instance).getDuedate()).isEqualTo(TIMER_EXACT);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(SetDueDateProcess.KEY).finished().list()).hasSize(2).allSatisfy(done ->
        assertThat(done.getEndActivityId()).isEqualTo(END_DUE_DATE_SET));
  }

  @Test
  void calendars_run_out_the_half_termly_timer_is_projected_from_a_year_earlier_and_put_right() {
    ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(FIXTURE, "CME-2028-00002");
    settleEverySetting();

    complete(task(instance));

    // a year earlier, the next half term after 5 September 2027 started on 1 November 2027
    assertThat(timer(instance).getDuedate()).isEqualTo(Date.from(Instant.parse("2028-11-01T17:00:00Z")));
    ProcessInstance setting = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(SetDueDateProcess.KEY)
        .variableValueEquals("deadlineKind", ProvisionalDeadline.Kind.NEXT_HALF_TERM.name()).singleResult();
    assertThat(setting).variables().containsEntry("deadlineDays", 0).containsEntry("deadlineFrom", "2028-09-05");

    LOADED.set(NEXT_YEAR_LOADED);
    execute(management.createJobQuery().processInstanceId(setting.getId()).singleResult());

    assertThat(setting).isEnded().hasPassed(END_DUE_DATE_SET).variables()
        .containsEntry("dueDate", Date.from(Instant.parse("2028-09-07T16:00:00Z")))
        .containsEntry("timersUpdated", 1).containsEntry("tasksUpdated", 0);
    assertThat(timer(instance).getDuedate()).as("the start of Autumn 1 2028")
        .isEqualTo(Date.from(Instant.parse("2028-09-07T16:00:00Z")));
  }

  @Test
  void calendars_run_out_a_timer_that_falls_due_on_its_provisional_date_still_fires() {
    ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(FIXTURE, "CME-2028-00003");

    ClockUtil.setCurrentTime(new Date(TIMER_PROVISIONAL.getTime() + 1000));
    execute(timer(instance));

    assertThat(instance).isEnded().hasPassed("Event_NotConfirmedEnd");
  }

  @Test
  void a_due_date_an_officer_has_changed_is_left_alone() {
    ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(FIXTURE, "CME-2028-00004");
    Task confirm = task(instance);
    Date agreed = Date.from(Instant.parse("2028-09-15T11:00:00Z"));
    confirm.setDueDate(agreed);
    engine.getTaskService().saveTask(confirm);

    LOADED.set(NEXT_YEAR_LOADED);
    settleEverySetting();

    assertThat(task(instance)).hasDueDate(agreed);
    assertThat(timer(instance).getDuedate()).isEqualTo(TIMER_EXACT);
  }

  @Test
  void within_the_term_dates_nothing_is_provisional() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2028-03-01T10:00:00Z")));

    ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(FIXTURE);

    assertThat(task(instance)).hasDueDate(DATA_ENDING_JULY_2028.exact(ProvisionalDeadline.Kind.SCHOOL_DAYS,
        LocalDate.of(2028, 3, 1), 5));
    assertThat(setDueDateInstances()).isEmpty();
  }

  @Test
  void outside_a_process_step_a_provisional_deadline_is_only_logged() {
    Date provisional = DATA_ENDING_JULY_2028.addSchoolDays(Date.from(NOW), 5);

    assertThat(provisional).isEqualTo(TASK_PROVISIONAL);
    assertThat(setDueDateInstances()).isEmpty();
  }

  Job timer(ProcessInstance instance) {
    return management.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
  }

  List<ProcessInstance> setDueDateInstances() {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(SetDueDateProcess.KEY).list();
  }

  /** Runs every waiting "Set the due date" job once, failing or not. */
  void settleEverySetting() {
    for (ProcessInstance setting : setDueDateInstances()) {
      Job job = management.createJobQuery().processInstanceId(setting.getId()).singleResult();
      try {
        management.executeJob(job.getId());
      } catch (RuntimeException expectedWhileTheDataAreMissing) {
        // becomes an incident
      }
    }
  }

  /** What Cockpit's retry does: retries set to 1, then the job executor runs the job. */
  void retryEveryIncident() {
    for (Incident incident : engine.getRuntimeService().createIncidentQuery().list()) {
      management.setJobRetries(incident.getConfiguration(), 1);
      management.executeJob(incident.getConfiguration());
    }
  }
}
