package uk.gov.cme.process.shared.schooltask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static uk.gov.cme.process.Refusals.refusedFor;
import static uk.gov.cme.process.shared.schooltask.ConfirmOnRollProcess.Elements.*;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
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

/**
 * The allocated school's task, called by an LA process (a test caller passing everything it has, as
 * the CME referral passes only what the form shows): the school's group gets the task and READ on this
 * small instance only, and becomes entitled to the case as the allocated school.
 */
@Deployment(resources = {"processes/shared/confirm-on-roll.bpmn", "processes/shared/safeguarding-referral.bpmn",
    "uk/gov/cme/process/shared/schooltask/calls-school-task.bpmn"})
class ConfirmOnRollProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension
      .builder(ProcessTestEngine.configuration(Map.of("calendar", ProcessTestEngine.calendar())))
      .assertClassCoverageAtLeast(0.9)
      .excludeProcessDefinitionKeys("safeguarding-referral", "calls-school-task")
      .build();

  /** Monday 2 November 2026, 10:00: 10 school days later is Monday 16 November. */
  static final ZonedDateTime ALLOCATED = ZonedDateTime.of(2026, 11, 2, 10, 0, 0, 0, ProcessTestEngine.LONDON);
  static final ZonedDateTime DUE = ZonedDateTime.of(2026, 11, 16, 17, 0, 0, 0, ProcessTestEngine.LONDON);

  ProcessEngine engine;
  RecordedEntitlements entitlements;

  @BeforeEach
  void setUp() {
    engine = extension.getProcessEngine();
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(Date.from(ALLOCATED.toInstant()));
    entitlements = RecordedEntitlements.installIn(engine);
  }

  @AfterEach
  void tearDown() {
    engine.getIdentityService().clearAuthentication();
    ClockUtil.reset();
  }

  @Test
  void the_allocated_school_gets_the_task_and_only_its_own_instance_and_the_answer_goes_back() {
    ProcessInstance caller = call("999002");
    ProcessInstance schoolTask = calledProcessInstance(ConfirmOnRollProcess.KEY, caller);

    assertThat(schoolTask).hasPassed(EVENT_PLACE_ALLOCATED).isWaitingAt(TASK_CONFIRM_ON_ROLL);
    assertThat(task(schoolTask)).hasCandidateGroup("school-999002").hasDueDate(Date.from(DUE.toInstant()));
    assertThat(task(schoolTask).getDescription()).contains("by the due date");
    assertThat(grants(schoolTask.getId(), "school-999002")).isEqualTo(1);
    assertThat(grants(caller.getId(), "school-999002")).as("the LA's instance is never granted").isZero();
    assertThat(entitlements.entitled).containsExactly("CME-2026-00042 school-999002 ALLOCATED");

    complete(task(schoolTask), withVariables("onRollOutcome", "on-roll", "firstDayAttended", "2026-11-09"));

    assertThat(schoolTask).isEnded().hasPassed(EVENT_ON_ROLL_ANSWERED);
    assertThat(caller).isWaitingAt("Task_Answered").variables().containsEntry("onRollOutcome", "on-roll")
        .containsEntry("firstDayAttended", "2026-11-09");
  }

  @Test
  void a_safeguarding_concern_on_the_schools_form_starts_a_referral_the_school_cannot_read() {
    ProcessInstance schoolTask = calledProcessInstance(ConfirmOnRollProcess.KEY, call("999002"));

    engine.getIdentityService().setAuthentication("hillcrest.dsl", java.util.List.of("school-999002"));
    engine.getTaskService().setVariables(task(schoolTask).getId(), Map.of("raiseSafeguardingConcern", true,
        "safeguardingDetails", "The child said they are afraid to go home."));
    engine.getIdentityService().clearAuthentication();

    assertThat(schoolTask).hasPassed(TASK_RAISE_SAFEGUARDING_REFERRAL).isWaitingAt(TASK_CONFIRM_ON_ROLL);
    ProcessInstance referral = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("safeguarding-referral").singleResult();
    assertThat(referral.getBusinessKey()).isEqualTo("CME-2026-00042");
    assertThat(engine.getAuthorizationService().createAuthorizationQuery().resourceId(referral.getId()).count())
        .as("social care's work is never granted to a school").isZero();
  }

  @Test
  void without_a_valid_school_urn_the_task_is_refused_and_nothing_starts() {
    assertThatThrownBy(() -> call("12345")).satisfies(refusedFor("schoolUrn", "six digits"));
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
  }

  ProcessInstance call(String schoolUrn) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("schoolTask", ConfirmOnRollProcess.KEY);
    variables.put("schoolUrn", schoolUrn);
    variables.put("caseReference", "CME-2026-00042");
    variables.put("childName", "Jo Example");
    variables.put("legalForename", "Jo");
    variables.put("legalSurname", "Example");
    variables.put("dateOfBirth", "2014-09-15");
    variables.put("placeStartDate", "2026-11-09");
    return engine.getRuntimeService().startProcessInstanceByKey("calls-school-task", "CME-2026-00042", variables);
  }

  long grants(String instanceId, String group) {
    return engine.getAuthorizationService().createAuthorizationQuery().groupIdIn(group)
        .resourceType(Resources.PROCESS_INSTANCE).resourceId(instanceId).hasPermission(Permissions.READ).count();
  }
}
