package uk.gov.cme.process.shared.schooltask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static uk.gov.cme.process.Refusals.refusedFor;
import static uk.gov.cme.process.shared.schooltask.SaoNamedSchoolProcess.Elements.*;

import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowingConsumer;
import org.assertj.core.util.Throwables;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.gov.cme.process.ProcessTestEngine;
import uk.gov.cme.rules.calendar.DeadlineCalendar;
import uk.gov.cme.rules.calendar.SaoDeadlines;
import uk.gov.cme.security.InstanceAccessGuard;

/**
 * The named school's own instance of a School Attendance Order (issue 10), called as the School
 * Attendance Order calls it (a test caller with the contract's explicit mappings): each path from the
 * pre-admission meeting to the end of monitoring, the due dates and the monitoring timer on the engine
 * clock over the shipped calendar, what goes back, the school's READ on this small instance only, and
 * the bad input that keeps a task open.
 *
 * <p>The dates: the order is issued on Monday 11 January 2027; the meeting is on Thursday 14 January;
 * the agreed start date is Monday 18 January; 20 school days of monitoring after it end on Monday 22
 * February 2027, the February half term (15-19 February) not counted.
 */
@Deployment(resources = {"processes/shared/sao-named-school.bpmn", "processes/shared/safeguarding-referral.bpmn",
    "forms/sao-named-school/sao-named-school-arrange-meeting.form",
    "forms/sao-named-school/sao-named-school-record-meeting.form",
    "forms/sao-named-school/sao-named-school-first-day.form",
    "forms/sao-named-school/sao-named-school-monitor-attendance.form",
    "forms/sao-named-school/sao-named-school-confirm-attendance.form",
    "uk/gov/cme/process/shared/schooltask/calls-sao-named-school.bpmn"})
class SaoNamedSchoolProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension
      .builder(ProcessTestEngine.configuration(Map.of("calendar", ProcessTestEngine.calendar())))
      .assertClassCoverageAtLeast(0.9)
      .excludeProcessDefinitionKeys("safeguarding-referral", "calls-sao-named-school")
      .build();

  static final String SCHOOL = "999002";
  static final String GROUP = "school-" + SCHOOL;
  static final String CASE = "CME-2027-00042";

  ProcessEngine engine;
  RecordedEntitlements entitlements;

  @BeforeEach
  void setUp() {
    engine = extension.getProcessEngine();
    BpmnAwareTests.init(engine);
    at(2027, 1, 11, 10, 0);
    Map<Object, Object> beans = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getBeans();
    DeadlineCalendar calendar = (DeadlineCalendar) beans.get("calendar");
    beans.put("saoDeadlines", new SaoDeadlines(calendar, ProcessTestEngine.deadlines()));
    beans.put("saoNamedSchoolAnswers", new SaoNamedSchoolAnswers(calendar));
    entitlements = RecordedEntitlements.installIn(engine);
  }

  @AfterEach
  void tearDown() {
    engine.getIdentityService().clearAuthentication();
    ClockUtil.reset();
  }

  @Test
  void the_named_school_gets_its_task_in_its_own_instance_holding_only_the_orders_inputs() {
    ProcessInstance caller = call(SCHOOL);
    ProcessInstance school = calledProcessInstance(SaoNamedSchoolProcess.KEY, caller);

    assertThat(school).hasPassed(EVENT_ORDER_ISSUED).isWaitingAt(TASK_ARRANGE_MEETING);
    assertThat(school.getBusinessKey()).isEqualTo(CASE);
    assertThat(task(school)).hasCandidateGroup(GROUP).hasDueDate(close(2027, 1, 18));
    assertThat(task(school).getDescription()).contains("cannot go on your roll until the parent agrees");
    List<String> held = new ArrayList<>(SaoNamedSchoolProcess.Variables.INPUTS);
    held.add(InstanceAccessGuard.SCHOOL_GROUP);
    assertThat(engine.getRuntimeService().getVariables(school.getId())).containsOnlyKeys(held)
        .containsEntry("schoolUrn", SCHOOL).containsEntry("schoolGroup", GROUP)
        .containsEntry("orderIssuedOn", "2027-01-11");
    assertThat(grants(school.getId(), GROUP)).isEqualTo(1);
    assertThat(grants(caller.getId(), GROUP)).as("the School Attendance Order's instance is never granted").isZero();
    assertThat(entitlements.entitled).containsExactly(CASE + " " + GROUP + " NAMED");
  }

  @Test
  void parent_comes_child_comes_and_keeps_attending_through_monitoring_so_the_order_is_complied_with() {
    ProcessInstance caller = call(SCHOOL);
    ProcessInstance school = calledProcessInstance(SaoNamedSchoolProcess.KEY, caller);
    arrangeMeeting(school);
    assertThat(school).isWaitingAt(TASK_RECORD_MEETING);
    assertThat(task(school)).hasCandidateGroup(GROUP).hasDueDate(close(2027, 1, 14));

    at(2027, 1, 14, 15, 0);
    complete(task(school), withVariables("parentAttendedMeeting", "yes", "startDate", "2027-01-18"));
    assertThat(school).hasPassed(GATEWAY_PARENT_ATTENDED).isWaitingAt(TASK_RECORD_FIRST_DAY);
    assertThat(task(school)).hasCandidateGroup(GROUP).hasDueDate(close(2027, 1, 18));

    at(2027, 1, 18, 9, 30);
    complete(task(school), withVariables("childAttendedFirstDay", "yes"));
    assertThat(school).isWaitingAt(TASK_MONITOR_ATTENDANCE);
    Date monitoringEnds = close(2027, 2, 22);
    assertThat(task(school)).hasCandidateGroup(GROUP).as("20 school days, not counting the half term")
        .hasDueDate(monitoringEnds);
    assertThat(job(school).getDuedate()).isEqualTo(monitoringEnds);

    at(2027, 2, 22, 17, 0);
    execute(job(school));
    assertThat(school).hasPassed(EVENT_MONITORING_ENDED).isWaitingAt(TASK_CONFIRM_ATTENDANCE);
    assertThat(task(school)).hasCandidateGroup(GROUP).hasDueDate(close(2027, 2, 23));

    complete(task(school), withVariables("stillAttending", "yes"));
    assertThat(school).isEnded().hasPassed(EVENT_ORDER_COMPLIED);
    assertThat(answer(caller)).containsEntry("namedSchoolOutcome", "COMPLIED")
        .containsEntry("startDate", "2027-01-18").containsEntry("schoolActions", null);
  }

  @Test
  void a_parent_who_does_not_come_to_the_meeting_is_non_compliance_with_what_the_school_did() {
    ProcessInstance caller = call(SCHOOL);
    ProcessInstance school = calledProcessInstance(SaoNamedSchoolProcess.KEY, caller);
    arrangeMeeting(school);

    at(2027, 1, 14, 16, 0);
    complete(task(school), withVariables("parentAttendedMeeting", "no",
        "schoolActions", "Phoned twice and wrote; no answer"));

    assertThat(school).isEnded().hasPassed(EVENT_PARENT_DID_NOT_ATTEND).hasNotPassed(TASK_RECORD_FIRST_DAY);
    assertThat(answer(caller)).containsEntry("namedSchoolOutcome", "PARENT_DID_NOT_ATTEND_PAM")
        .containsEntry("startDate", null).containsEntry("schoolActions", "Phoned twice and wrote; no answer");
  }

  @Test
  void a_child_who_does_not_come_on_the_first_day_is_non_compliance_with_each_of_the_schools_steps() {
    ProcessInstance caller = call(SCHOOL);
    ProcessInstance school = calledProcessInstance(SaoNamedSchoolProcess.KEY, caller);
    arrangeMeeting(school);
    agreeStartDate(school);

    at(2027, 1, 18, 14, 0);
    complete(task(school), withVariables("childAttendedFirstDay", "no",
        "homeVisit", "Visited at 11:00, nobody home",
        "policeWelfareCheck", "Requested at 12:00",
        "attendanceProcedures", "First-day calling; letter sent",
        "esbasReferral", "Referral made"));

    assertThat(school).isEnded().hasPassed(EVENT_CHILD_DID_NOT_ATTEND).hasNotPassed(TASK_MONITOR_ATTENDANCE);
    assertThat(answer(caller)).containsEntry("namedSchoolOutcome", "CHILD_DID_NOT_ATTEND_FIRST_DAY")
        .containsEntry("startDate", "2027-01-18")
        .containsEntry("schoolActions", "Home visit: Visited at 11:00, nobody home\nPolice welfare check: Requested at 12:00"
            + "\nAttendance procedures: First-day calling; letter sent\nESBAS referral: Referral made");
  }

  @Test
  void the_school_says_the_child_stopped_attending_during_monitoring_and_the_timer_goes() {
    ProcessInstance caller = call(SCHOOL);
    ProcessInstance school = calledProcessInstance(SaoNamedSchoolProcess.KEY, caller);
    arrangeMeeting(school);
    agreeStartDate(school);
    at(2027, 1, 18, 9, 30);
    complete(task(school), withVariables("childAttendedFirstDay", "yes"));

    at(2027, 2, 3, 10, 0);
    complete(task(school), withVariables("lastDayAttended", "2027-01-29",
        "schoolActions", "Home visit on 2 February; ESBAS referral made"));

    assertThat(school).isEnded().hasPassed(EVENT_STOPPED_DURING_MONITORING).hasNotPassed(EVENT_MONITORING_ENDED);
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(school.getId()).count()).isZero();
    assertThat(answer(caller)).containsEntry("namedSchoolOutcome", "STOPPED_ATTENDING")
        .containsEntry("startDate", "2027-01-18")
        .containsEntry("schoolActions", "Last attended on 2027-01-29.\nHome visit on 2 February; ESBAS referral made");
  }

  @Test
  void at_the_end_of_monitoring_the_school_says_the_child_has_stopped_attending() {
    ProcessInstance caller = call(SCHOOL);
    ProcessInstance school = calledProcessInstance(SaoNamedSchoolProcess.KEY, caller);
    arrangeMeeting(school);
    agreeStartDate(school);
    at(2027, 1, 18, 9, 30);
    complete(task(school), withVariables("childAttendedFirstDay", "yes"));
    at(2027, 2, 22, 17, 0);
    execute(job(school));

    assertThatThrownBy(() -> complete(task(school), withVariables("stillAttending", "no")))
        .satisfies(answerRefused("schoolActions", "required"));
    complete(task(school), withVariables("stillAttending", "no", "schoolActions", "Absent since 19 February"));

    assertThat(school).isEnded().hasPassed(GATEWAY_STILL_ATTENDING, EVENT_STOPPED_ATTENDING);
    assertThat(answer(caller)).containsEntry("namedSchoolOutcome", "STOPPED_ATTENDING")
        .containsEntry("schoolActions", "Absent since 19 February");
  }

  @Test
  void bad_answers_keep_the_task_open_naming_every_field() {
    ProcessInstance school = calledProcessInstance(SaoNamedSchoolProcess.KEY, call(SCHOOL));

    assertThatThrownBy(() -> complete(task(school), withVariables("meetingDate", "2027-01-08")))
        .satisfies(answerRefused("meetingDate", "before the order was issued"));
    assertThatThrownBy(() -> complete(task(school), withVariables("meetingDate", "14/01/2027")))
        .satisfies(answerRefused("meetingDate", "not a date"));
    assertThatThrownBy(() -> complete(task(school), withVariables("meetingArrangements", "At the school")))
        .satisfies(answerRefused("meetingDate", "required"));
    assertThat(school).isWaitingAt(TASK_ARRANGE_MEETING);
    arrangeMeeting(school);

    assertThatThrownBy(() -> complete(task(school), withVariables("parentAttendedMeeting", "yes",
        "startDate", "2027-01-18"))).as("before the meeting day")
        .satisfies(answerRefused("parentAttendedMeeting", "record it on or after that day"));
    at(2027, 1, 14, 15, 0);
    assertThatThrownBy(() -> complete(task(school), withVariables("parentAttendedMeeting", "maybe")))
        .satisfies(answerRefused("parentAttendedMeeting", "choose yes or no"));
    assertThatThrownBy(() -> complete(task(school), withVariables("parentAttendedMeeting", "yes")))
        .satisfies(answerRefused("startDate", "required"));
    assertThatThrownBy(() -> complete(task(school), withVariables("parentAttendedMeeting", "yes",
        "startDate", "2027-01-13"))).satisfies(answerRefused("startDate", "before the meeting"));
    assertThatThrownBy(() -> complete(task(school), withVariables("parentAttendedMeeting", "no")))
        .satisfies(answerRefused("schoolActions", "required"));
    assertThat(school).isWaitingAt(TASK_RECORD_MEETING);
    complete(task(school), withVariables("parentAttendedMeeting", "yes", "startDate", "2027-01-18"));

    assertThatThrownBy(() -> complete(task(school), withVariables("childAttendedFirstDay", "yes")))
        .as("before the start date").satisfies(answerRefused("childAttendedFirstDay", "on or after that day"));
    at(2027, 1, 18, 12, 0);
    assertThatThrownBy(() -> complete(task(school), withVariables("childAttendedFirstDay", "no",
        "homeVisit", "Visited")))
        .satisfies(answerRefused("policeWelfareCheck", "required"))
        .satisfies(answerRefused("attendanceProcedures", "required"))
        .satisfies(answerRefused("esbasReferral", "required"));
    assertThat(school).isWaitingAt(TASK_RECORD_FIRST_DAY);
    complete(task(school), withVariables("childAttendedFirstDay", "yes"));

    at(2027, 1, 25, 12, 0);
    assertThatThrownBy(() -> complete(task(school), withVariables("lastDayAttended", "2027-01-26")))
        .satisfies(answerRefused("lastDayAttended", "in the future"))
        .satisfies(answerRefused("schoolActions", "required"));
    assertThatThrownBy(() -> complete(task(school), withVariables("lastDayAttended", "2027-01-15",
        "schoolActions", "Absent"))).satisfies(answerRefused("lastDayAttended", "before the start date"));
    assertThatThrownBy(() -> complete(task(school), withVariables("schoolActions", "Absent")))
        .satisfies(answerRefused("lastDayAttended", "required"));
    assertThat(school).isWaitingAt(TASK_MONITOR_ATTENDANCE);
  }

  @Test
  void a_safeguarding_concern_on_the_schools_form_starts_a_referral_for_the_child_the_school_cannot_read() {
    ProcessInstance school = calledProcessInstance(SaoNamedSchoolProcess.KEY, call(SCHOOL));

    engine.getIdentityService().setAuthentication("hillcrest.dsl", List.of(GROUP));
    engine.getTaskService().setVariables(task(school).getId(), Map.of("raiseSafeguardingConcern", true,
        "safeguardingDetails", "The parent said the child is kept at home to care for a sibling."));
    engine.getIdentityService().clearAuthentication();

    assertThat(school).hasPassed(TASK_RAISE_SAFEGUARDING_REFERRAL).isWaitingAt(TASK_ARRANGE_MEETING);
    ProcessInstance referral = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("safeguarding-referral").singleResult();
    assertThat(referral.getBusinessKey()).isEqualTo(CASE);
    assertThat(engine.getRuntimeService().getVariables(referral.getId())).containsEntry("legalForename", "Jo")
        .containsEntry("legalSurname", "Example").containsEntry("dateOfBirth", "2014-09-15");
    assertThat(engine.getAuthorizationService().createAuthorizationQuery().resourceId(referral.getId()).count())
        .as("social care's work is never granted to a school").isZero();
    assertThat(engine.getRuntimeService().getVariables(school.getId())).as("the names stay the step's own")
        .doesNotContainKeys("legalForename", "legalSurname");
  }

  @Test
  void without_a_valid_school_urn_nothing_starts() {
    assertThatThrownBy(() -> call("12345")).satisfies(refusedFor("schoolUrn", "six digits"));
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
  }

  // --- steps ---------------------------------------------------------------------------------------

  void arrangeMeeting(ProcessInstance school) {
    complete(task(school), withVariables("meetingDate", "2027-01-14", "meetingArrangements", "At the school"));
  }

  void agreeStartDate(ProcessInstance school) {
    at(2027, 1, 14, 15, 0);
    complete(task(school), withVariables("parentAttendedMeeting", "yes", "startDate", "2027-01-18"));
  }

  /** A task listener's refusal reaches the user wrapped by the engine: the 400 names what its root names. */
  static ThrowingConsumer<Throwable> answerRefused(String field, String reason) {
    return e -> refusedFor(field, reason).accept(Throwables.getRootCause(e));
  }

  ProcessInstance call(String schoolUrn) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("caseReference", CASE);
    variables.put("namedSchoolUrn", schoolUrn);
    variables.put("namedSchoolName", "Hillcrest Academy");
    variables.put("childForename", "Jo");
    variables.put("childSurname", "Example");
    variables.put("dateOfBirth", "2014-09-15");
    variables.put("parent1Name", "Sam Example");
    variables.put("parent1Phone", "01234 567890");
    variables.put("parent1Address", "1 Example Road, Exampletown, EX1 2AB");
    variables.put("parentEmail", "sam@example.org");
    variables.put("orderIssuedOn", "2027-01-11");
    variables.put("saoCycle", 1);
    return engine.getRuntimeService().startProcessInstanceByKey("calls-sao-named-school", CASE, variables);
  }

  Map<String, Object> answer(ProcessInstance caller) {
    assertThat(caller).isWaitingAt("Task_Answered");
    return engine.getRuntimeService().getVariables(caller.getId());
  }

  long grants(String instanceId, String group) {
    return engine.getAuthorizationService().createAuthorizationQuery().groupIdIn(group)
        .resourceType(Resources.PROCESS_INSTANCE).resourceId(instanceId).hasPermission(Permissions.READ).count();
  }

  static void at(int year, int month, int day, int hour, int minute) {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(year, month, day, hour, minute)
        .atZone(ProcessTestEngine.LONDON).toInstant()));
  }

  static Date close(int year, int month, int day) {
    return Date.from(ZonedDateTime.of(year, month, day, 17, 0, 0, 0, ProcessTestEngine.LONDON).toInstant());
  }
}
