package uk.gov.cme.process.stuckcases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.data.jdbc.DataJdbcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.ComponentScan;
import uk.gov.cme.casework.Agency;
import uk.gov.cme.casework.CaseProgress;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.Casework;
import uk.gov.cme.casework.ChildDetails;
import uk.gov.cme.casework.EnquiryDetails;
import uk.gov.cme.casework.EnquiryId;
import uk.gov.cme.casework.OutcomeCode;
import uk.gov.cme.casework.ReferralDetails;
import uk.gov.cme.casework.ReferralSource;
import uk.gov.cme.process.ProcessTestEngine;
import uk.gov.cme.process.escalation.EscalationProcess;
import uk.gov.cme.rules.calendar.DeadlineCalendar;

/**
 * Issue 11, trigger 1: the application finds stuck cases by itself. On the engine clock, with the real
 * case register (H2, rolled back after each test), the shipped calendar and a stand-in escalation: the
 * daily timer starts the finder, which escalates an open case with no progress for 20 school days, and
 * not one with recent progress, a closed one, one already escalating, nor one only read since.
 *
 * <p>Today is Tuesday 16 March 2027 (spring 2). Counting back 20 school days from today, half term
 * (15-19 February) not counting, reaches Wednesday 10 February: progress on 9 February or before is 20
 * school days old or more (stuck), progress on 10 February is 19 (not yet).
 */
@DataJdbcTest
@Deployment(resources = {"processes/find-stuck-cases.bpmn",
    "uk/gov/cme/process/shared/referral/stand-in-escalation.bpmn"})
class FindStuckCasesProcessTest {

  @TestConfiguration(proxyBeanMethods = false)
  @ComponentScan(basePackageClasses = Casework.class)
  static class CaseRegister {
  }

  static final DeadlineCalendar CALENDAR = ProcessTestEngine.calendar();

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension
      .builder(ProcessTestEngine.configuration(Map.of()))
      .assertClassCoverageAtLeast(0.9)
      .excludeProcessDefinitionKeys(EscalationProcess.KEY)
      .build();

  static final ZonedDateTime TODAY = ZonedDateTime.of(2027, 3, 16, 6, 30, 0, 0, ProcessTestEngine.LONDON);

  ProcessEngine engine;
  @Autowired
  Casework casework;
  @Autowired
  CaseProgress progress;
  int children;

  @BeforeEach
  void setUp() {
    engine = extension.getProcessEngine();
    BpmnAwareTests.init(engine);
    @SuppressWarnings("unchecked")
    Map<Object, Object> beans = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getBeans();
    beans.put("findStuckCasesDelegate", new FindStuckCasesDelegate(progress, CALENDAR, ProcessTestEngine.deadlines(),
        engine.getRuntimeService()));
    ClockUtil.setCurrentTime(Date.from(TODAY.toInstant()));
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
  }

  @Test
  void a_case_with_no_progress_for_20_school_days_gets_an_escalation_by_itself() {
    CaseReference stuck = aCaseWithLastProgressOn(LocalDate.of(2027, 2, 9));

    HistoricProcessInstance finder = theMorningRun();

    assertThat(escalations()).hasSize(1);
    ProcessInstance escalation = escalations().get(0);
    assertThat(escalation.getBusinessKey()).isEqualTo(stuck.value());
    assertThat(escalation).variables()
        .containsEntry(EscalationProcess.Variables.CASE_REFERENCE, stuck.value())
        .containsEntry(EscalationProcess.Variables.TRIGGER, "STUCK_CASE")
        .containsEntry(EscalationProcess.Variables.TRIGGER_DETAILS, "No recorded progress since 9 February 2027");
    assertThat(variable(finder, FindStuckCasesProcess.Variables.NO_PROGRESS_SINCE)).isEqualTo("2027-02-10");
    assertThat(variable(finder, FindStuckCasesProcess.Variables.FOUND)).isEqualTo(1);
    assertThat(variable(finder, FindStuckCasesProcess.Variables.ESCALATED)).isEqualTo(1);
  }

  @Test
  void nineteen_school_days_without_progress_is_not_yet_stuck() {
    aCaseWithLastProgressOn(LocalDate.of(2027, 2, 10));

    theMorningRun();

    assertThat(escalations()).isEmpty();
  }

  @Test
  void a_case_with_progress_an_enquiry_answered_five_days_ago_is_not_escalated() {
    CaseReference moving = aCaseWithLastProgressOn(LocalDate.of(2027, 1, 11));
    EnquiryId enquiry = casework.recordEnquiry(moving, EnquiryDetails.of(Agency.HOUSING, "Housing options", null),
        "cme.officer", at(LocalDate.of(2027, 1, 12)));
    casework.recordAnswer(moving, enquiry, "Family moved within the area", "cme.officer", at(LocalDate.of(2027, 3, 11)));

    theMorningRun();

    assertThat(escalations()).isEmpty();
  }

  @Test
  void a_closed_case_is_not_escalated() {
    CaseReference closed = aCaseWithLastProgressOn(LocalDate.of(2027, 1, 11));
    casework.close(closed, OutcomeCode.ON_ROLL_HERE, null, "cme.officer", at(LocalDate.of(2027, 1, 12)));

    theMorningRun();

    assertThat(escalations()).isEmpty();
  }

  @Test
  void a_case_with_an_escalation_running_is_not_escalated_again() {
    CaseReference stuck = aCaseWithLastProgressOn(LocalDate.of(2027, 1, 11));
    engine.getRuntimeService().startProcessInstanceByKey(EscalationProcess.KEY, stuck.value(),
        Map.of(EscalationProcess.Variables.CASE_REFERENCE, stuck.value(),
            EscalationProcess.Variables.TRIGGER, "PANEL_DECISION"));

    HistoricProcessInstance finder = theMorningRun();

    assertThat(escalations()).hasSize(1);
    assertThat(escalations().get(0)).variables().containsEntry(EscalationProcess.Variables.TRIGGER, "PANEL_DECISION");
    assertThat(variable(finder, FindStuckCasesProcess.Variables.FOUND)).isEqualTo(1);
    assertThat(variable(finder, FindStuckCasesProcess.Variables.ESCALATED)).isEqualTo(0);
  }

  @Test
  void reading_the_case_is_not_progress() {
    CaseReference stuck = aCaseWithLastProgressOn(LocalDate.of(2027, 1, 11));
    casework.view(stuck, "cme.manager", at(LocalDate.of(2027, 3, 15)));

    theMorningRun();

    assertThat(escalations()).extracting(ProcessInstance::getBusinessKey).containsExactly(stuck.value());
    assertThat(CaseProgress.NOT_PROGRESS).extracting(Enum::name)
        .containsExactlyInAnyOrder("CASE_VIEWED", "LETTER_DOWNLOADED");
  }

  @Test
  void several_stuck_cases_each_get_one_escalation_the_longest_stalled_first() {
    CaseReference older = aCaseWithLastProgressOn(LocalDate.of(2027, 1, 5));
    CaseReference newer = aCaseWithLastProgressOn(LocalDate.of(2027, 2, 1));

    HistoricProcessInstance finder = theMorningRun();

    assertThat(escalations()).extracting(ProcessInstance::getBusinessKey)
        .containsExactlyInAnyOrder(older.value(), newer.value());
    assertThat(progress.openCasesWithoutProgressSince(at(LocalDate.of(2027, 2, 10))))
        .extracting(c -> c.reference().value()).containsExactly(older.value(), newer.value());
    assertThat(variable(finder, FindStuckCasesProcess.Variables.ESCALATED)).isEqualTo(2);
  }

  @Test
  void the_finder_runs_every_morning_by_its_own_timer_and_retries_off_any_case() {
    Job timer = engine.getManagementService().createJobQuery().timers().singleResult();
    assertThat(timer).isNotNull();
    assertThat(timer.getProcessDefinitionKey()).isEqualTo(FindStuckCasesProcess.KEY);
    Date due = timer.getDuedate();
    assertThat(due).isAfterOrEqualTo(Date.from(TODAY.toInstant()));

    ClockUtil.setCurrentTime(due);
    engine.getManagementService().executeJob(timer.getId());
    ProcessInstance run = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(FindStuckCasesProcess.KEY).singleResult();

    assertThat(run).isWaitingAt(FindStuckCasesProcess.Elements.TASK_ESCALATE);
    Job next = engine.getManagementService().createJobQuery().timers().singleResult();
    assertThat(next.getDuedate()).isEqualTo(Date.from(due.toInstant().plus(java.time.Duration.ofDays(1))));
  }

  /** The timer fires at 6:30 and the finder's own job runs. */
  HistoricProcessInstance theMorningRun() {
    var management = engine.getManagementService();
    Job timer = management.createJobQuery().timers().singleResult();
    management.executeJob(timer.getId());
    ProcessInstance run = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(FindStuckCasesProcess.KEY).singleResult();
    management.executeJob(management.createJobQuery().processInstanceId(run.getId()).singleResult().getId());
    assertThat(run).isEnded().hasPassed(FindStuckCasesProcess.Elements.END);
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(run.getId())
        .singleResult();
  }

  List<ProcessInstance> escalations() {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(EscalationProcess.KEY).list();
  }

  Object variable(HistoricProcessInstance instance, String name) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName(name).singleResult().getValue();
  }

  /** An open case whose only events (opened, referral added) are on {@code day}. */
  CaseReference aCaseWithLastProgressOn(LocalDate day) {
    children++;
    return casework.openCase(ChildDetails.builder().legalForename("Child" + (char) ('A' + children))
            .legalSurname("Stuck").dateOfBirth(LocalDate.of(2015, 5, children)).postcode("SO23 8UJ").build(day),
        ReferralDetails.builder(ReferralSource.SCHOOL).referringSchoolUrn("999001").circumstances("Not seen").build(),
        "cme.officer", at(day));
  }

  static java.time.Instant at(LocalDate day) {
    return day.atTime(10, 0).atZone(ProcessTestEngine.LONDON).toInstant();
  }
}
