package uk.gov.cme.process.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static uk.gov.cme.process.escalation.EscalationProcess.Elements.*;

import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.data.jdbc.DataJdbcTest;
import org.springframework.context.annotation.Import;
import uk.gov.cme.casework.CaseEventType;
import uk.gov.cme.casework.CaseHistoryEntry;
import uk.gov.cme.casework.CaseLetters;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.Casework;
import uk.gov.cme.casework.ChildDetails;
import uk.gov.cme.casework.ChildFlags;
import uk.gov.cme.casework.EscalationRegister.ActionEntry;
import uk.gov.cme.casework.EscalationRegister.EscalationEntry;
import uk.gov.cme.casework.EscalationRegister.StageEntry;
import uk.gov.cme.casework.EscalationRegister.Status;
import uk.gov.cme.casework.EscalationRegister;
import uk.gov.cme.casework.ReferralDetails;
import uk.gov.cme.casework.ReferralSource;
import uk.gov.cme.letters.LetterRenderer;
import uk.gov.cme.process.CaseRegisterConfiguration;
import uk.gov.cme.process.ProcessTestEngine;
import uk.gov.cme.process.shared.casematch.ChildCases;
import uk.gov.cme.process.shared.letters.GenerateLetterDelegate;
import uk.gov.cme.process.shared.letters.LetterAuthority;
import uk.gov.cme.process.shared.letters.LetterStore;
import uk.gov.cme.process.shared.safeguarding.SafeguardingDelegates;
import uk.gov.cme.rules.calendar.CalendarConfiguration;
import uk.gov.cme.rules.calendar.DeadlineCalendar;
import uk.gov.cme.rules.meetings.EscalationMeetings;
import uk.gov.cme.rules.meetings.MeetingDates;
import uk.gov.cme.rules.meetings.MonthlyMeetingRule;
import uk.gov.cme.security.CaseAccess;
import uk.gov.cme.validation.InputRefusedException.Fault;
import uk.gov.cme.validation.InputRefusedException;

/**
 * Every path of the escalation (issue 11) on an in-memory engine with the real case register and
 * escalation register (H2, rolled back after each test), the real routing table (escalation-route.dmn),
 * the shipped meeting dates (calendar/escalation-meetings.csv with the rules of application.yaml) and the
 * real letters block. Today is Wednesday 13 January 2027, the day after the CME panel's January meeting
 * (Tuesday 12 January): a child raised today waits for its February meeting (Tuesday 9 February).
 */
@DataJdbcTest
@Import({CaseRegisterConfiguration.class, CalendarConfiguration.class})
@Deployment(resources = {
    "processes/escalation.bpmn", "processes/decisions/escalation-route.dmn", "processes/shared/generate-letter.bpmn",
    "processes/shared/safeguarding-referral.bpmn",
    "forms/escalation/start-escalation.form", "forms/escalation/review-escalation.form",
    "forms/escalation/carry-out-escalation-action.form", "forms/escalation/chase-escalation-action.form",
    "forms/escalation/senior-management-escalation.form"})
class EscalationProcessTest {

  static final DeadlineCalendar CALENDAR = ProcessTestEngine.calendar();

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension
      .builder(ProcessTestEngine.configuration(Map.of("calendar", CALENDAR)))
      .assertClassCoverageAtLeast(0.9)
      .excludeProcessDefinitionKeys("safeguarding-referral", "generate-letter")
      .build();

  /** Wednesday 13 January 2027, 10:00 London: the day after the CME panel's January meeting. */
  static final ZonedDateTime TODAY = ZonedDateTime.of(2027, 1, 13, 10, 0, 0, 0, ProcessTestEngine.LONDON);
  static final String OFFICER = "cme.officer";
  static final String CHAIR = "panel.chair";

  ProcessEngine engine;
  RuntimeService runtime;
  TaskService tasks;
  @Autowired
  Casework casework;
  @Autowired
  EscalationRegister register;
  @Autowired
  CaseLetters letters;

  CaseReference reference;

  @BeforeEach
  void setUp() {
    engine = extension.getProcessEngine();
    BpmnAwareTests.init(engine);
    runtime = engine.getRuntimeService();
    tasks = engine.getTaskService();
    ClockUtil.setCurrentTime(Date.from(TODAY.toInstant()));
    @SuppressWarnings("unchecked")
    Map<Object, Object> beans = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getBeans();
    EscalationIntake intake = new EscalationIntake();
    EscalationActions actions = new EscalationActions(register, CALENDAR);
    beans.put(ProcessTestEngine.CASE_ACCESS, new CaseAccess(casework, ProcessTestEngine.access()));
    beans.put("openEscalationDelegate", new OpenEscalationDelegate(intake, register, casework,
        new ChildCases(casework, runtime)));
    beans.put("planReviewDelegate", new PlanReviewDelegate(register, meetingDates(), CALENDAR,
        ProcessTestEngine.deadlines()));
    beans.put("escalationReviewTaskListener", new ReviewTaskListener(register));
    beans.put("recordMinutesDelegate", new RecordMinutesDelegate(intake, register, meetingDates()));
    beans.put("escalationActions", actions);
    beans.put("escalationActionTaskListener", new ActionTaskListener(actions));
    beans.put("recordActionOutcomeDelegate", ActionDelegates.recordActionOutcome(intake, register));
    beans.put("recordActionOverdueDelegate", ActionDelegates.recordActionOverdue(register));
    beans.put("resolveEscalationDelegate", ActionDelegates.resolve(register));
    beans.put("reportToSeniorManagementDelegate", ActionDelegates.report(register));
    beans.put("recordSeniorResponseDelegate", ActionDelegates.seniorResponse(intake, register));
    beans.put("recordJoinedTriggerDelegate", ActionDelegates.joinedTrigger(register));
    LetterStore store = (ref, letter, user, at) -> letters.store(CaseReference.of(ref), letter.kind().template(),
        letter.title(), letter.templateName(), letter.templateVersion(), letter.pdf(), user, at).id();
    beans.put("generateLetterDelegate", new GenerateLetterDelegate(new LetterRenderer("classpath:letters/"), store,
        LetterAuthority.of("East Borough Council", "Civic Centre, High Street, EB1 1AA", "Children Missing Education team")));
    beans.put("raiseSafeguardingConcernDelegate", SafeguardingDelegates.raise(runtime));
    beans.put("recordSafeguardingConcernDelegate", SafeguardingDelegates.record());

    reference = aCase("Sam", "Example", ChildFlags.NONE);
  }

  @AfterEach
  void tearDown() {
    engine.getIdentityService().clearAuthentication();
    ClockUtil.reset();
  }

  /** The shipped meeting dates with the rules of application.yaml. */
  static MeetingDates meetingDates() {
    Map<String, MonthlyMeetingRule> rules = Map.of("cme-panel", MonthlyMeetingRule.valueOf("SECOND TUESDAY"),
        "cic-cmooe-group", MonthlyMeetingRule.valueOf("THIRD WEDNESDAY"),
        "line-of-sight", MonthlyMeetingRule.valueOf("FIRST THURSDAY"));
    InputStream csv = EscalationProcessTest.class.getClassLoader().getResourceAsStream("calendar/escalation-meetings.csv");
    return EscalationMeetings.parse(csv, "escalation-meetings.csv", rules, CALENDAR.workingDays());
  }

  // --- the start contract ----------------------------------------------------------------------------

  @ParameterizedTest
  @EnumSource(EscalationTrigger.class)
  void each_trigger_starts_an_escalation_of_the_case_at_stage_1(EscalationTrigger trigger) {
    ProcessInstance instance = startByTheApplication(reference, trigger, "Why: " + trigger);

    assertThat(instance).hasPassed(TASK_JOIN_OR_OPEN, TASK_ROUTE_STAGE, TASK_PLAN_REVIEW).isWaitingAt(TASK_REVIEW);
    assertThat(instance.getBusinessKey()).isEqualTo(reference.value());
    EscalationEntry escalation = register.current(reference).orElseThrow();
    assertThat(escalation.status()).isEqualTo(Status.OPEN);
    assertThat(escalation.stage()).isEqualTo(1);
    assertThat(escalation.triggers()).containsExactly(trigger.name());
    assertThat(events(CaseEventType.ESCALATION_OPENED)).hasSize(1);
    String route = trigger == EscalationTrigger.PRACTITIONER_CONCERN ? "LINE_MANAGER" : "CMOOE_ACTION_GROUP";
    assertThat(escalation.route()).isEqualTo(route);
  }

  @Test
  void a_practitioners_concern_from_the_start_form_goes_to_the_line_manager_within_10_working_days() {
    ProcessInstance instance = startAsOfficer(Map.of("caseReference", reference.value(),
        "escalationTriggerDetails", "No school place offered after three months; the family has stopped answering."));

    assertThat(instance).isWaitingAt(TASK_REVIEW).variables().containsEntry("escalationTrigger", "PRACTITIONER_CONCERN")
        .containsEntry("escalationRaisedBy", OFFICER).containsEntry("escalationRoute", "LINE_MANAGER")
        .containsEntry("escalationGroup", "line-manager").containsEntry("meetingDate", null);
    // 10 working days after Wednesday 13 January 2027
    assertThat(task(instance)).hasCandidateGroup("line-manager")
        .hasDueDate(CALENDAR.atCloseOfBusiness(LocalDate.of(2027, 1, 27)));
    assertThat(taskVariable(instance, "meetingAgenda")).startsWith("Not a meeting. Stage 1 of 3 — The practitioner's line manager: review by Wednesday 27 January 2027");
  }

  @Test
  void a_second_trigger_joins_the_running_escalation_and_ends_at_once() {
    ProcessInstance first = startByTheApplication(reference, EscalationTrigger.STUCK_CASE, "No progress since 1 December");
    ProcessInstance second = startAsOfficer(Map.of("caseReference", reference.value(),
        "escalationTriggerDetails", "The tutor reports the child has not been seen for a month."));

    assertThat(second).isEnded().hasPassed(EVENT_JOINED_RUNNING).hasNotPassed(TASK_ROUTE_STAGE);
    assertThat(first).hasPassed(TASK_RECORD_JOINED_TRIGGER).isWaitingAt(TASK_REVIEW);
    EscalationEntry escalation = register.current(reference).orElseThrow();
    assertThat(escalation.triggers()).containsExactly("STUCK_CASE", "PRACTITIONER_CONCERN");
    assertThat(escalation.triggerDetails()).contains("No progress").contains("not been seen");
    assertThat(register.forCase(reference)).hasSize(1);
    assertThat(events(CaseEventType.ESCALATION_TRIGGER_JOINED)).singleElement()
        .satisfies(e -> assertThat(e.user()).isEqualTo(OFFICER));
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(EscalationProcess.KEY).active().count())
        .isEqualTo(1);
  }

  @Test
  void a_trigger_after_the_escalation_was_resolved_opens_a_new_one_while_the_old_ones_actions_still_run() {
    ProcessInstance first = startByTheApplication(reference, EscalationTrigger.STUCK_CASE, "No progress");
    Map<String, Object> answers = minutes("low", "resolved");
    answers.putAll(action(1, "Send the attendance record", "cme-officer", null, "2027-02-01", "On the case"));
    review(first, "cme-panel", answers);
    assertThat(first).isActive().isWaitingAt(TASK_CARRY_OUT_ACTION);

    ProcessInstance second = startByTheApplication(reference, EscalationTrigger.PANEL_DECISION, "The panel again");

    assertThat(second).isWaitingAt(TASK_REVIEW).hasNotPassed(EVENT_JOINED_RUNNING);
    assertThat(register.forCase(reference)).extracting(EscalationEntry::status)
        .containsExactly(Status.RESOLVED, Status.OPEN);
  }

  @Test
  void a_trigger_while_senior_management_decides_joins_that_escalation() {
    CaseReference inCare = aCase("Lee", "Care", new ChildFlags(false, false, true, false, false, false));
    ProcessInstance instance = startByTheApplication(inCare, EscalationTrigger.STUCK_CASE, "No progress");
    for (String group : List.of("cic-cmooe-group", "virtual-school-head", "qaro")) {
      review(instance, group, minutes("high", "escalate"));
    }
    assertThat(instance).isWaitingAt(TASK_SENIOR_MANAGEMENT);

    ProcessInstance again = startByTheApplication(inCare, EscalationTrigger.CMOOE_FLAG, "Still no education");

    assertThat(again).isEnded().hasPassed(EVENT_JOINED_RUNNING);
    assertThat(register.forCase(inCare)).singleElement().satisfies(e -> {
      assertThat(e.status()).isEqualTo(Status.REPORTED_TO_SENIOR_MANAGEMENT);
      assertThat(e.triggers()).containsExactly("STUCK_CASE", "CMOOE_FLAG");
    });
  }

  @Test
  void a_schools_concern_in_its_own_words_is_shown_to_the_reviewer_and_a_joining_one_added() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("caseReference", reference.value());
    variables.put("escalationTrigger", "PRACTITIONER_CONCERN");
    variables.put("escalationTriggerDetails", "A school's concern about its own pupil");
    variables.put("educationConcern", "Sam has attended two mornings in six weeks.");
    ProcessInstance instance = runtime.startProcessInstanceByKey(EscalationProcess.KEY, reference.value(), variables);
    variables.put("educationConcern", "The tutor has not seen Sam since the holiday.");
    runtime.startProcessInstanceByKey(EscalationProcess.KEY, reference.value(), variables);

    assertThat((String) runtime.getVariable(instance.getId(), "educationConcern"))
        .isEqualTo("Sam has attended two mornings in six weeks.\n\nThe tutor has not seen Sam since the holiday.");
    assertThat(instance).isWaitingAt(TASK_REVIEW);
  }

  @Test
  void an_escalation_whose_instance_was_deleted_is_taken_over_at_its_stage_by_the_next_trigger() {
    ProcessInstance first = startByTheApplication(reference, EscalationTrigger.STUCK_CASE, "No progress");
    review(first, "cme-panel", minutes("high", "escalate"));
    assertThat(first).isWaitingAt(TASK_REVIEW).variables().containsEntry("escalationStage", 2);
    runtime.deleteProcessInstance(first.getId(), "deleted in Cockpit");

    ProcessInstance second = startByTheApplication(reference, EscalationTrigger.PANEL_DECISION, "The panel again");

    assertRoute(second, 2, "LINE_OF_SIGHT", "line-of-sight", LocalDate.of(2027, 2, 4));
    EscalationEntry escalation = register.current(reference).orElseThrow();
    assertThat(escalation.processInstanceId()).isEqualTo(second.getId());
    assertThat(escalation.triggers()).containsExactly("STUCK_CASE", "PANEL_DECISION");
    assertThat(register.forCase(reference)).hasSize(1);
    assertThat(register.agenda("line-of-sight", LocalDate.of(2027, 2, 4))).hasSize(1);
  }

  @Test
  void a_child_of_interest_with_no_case_has_a_case_opened_and_escalated() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("escalationTrigger", "CHILD_OF_INTEREST");
    variables.put("escalationTriggerDetails", "Off roll on ground (j) with no education in place");
    variables.put("legalForename", "Ava");
    variables.put("legalSurname", "Newchild");
    variables.put("dateOfBirth", "2014-05-06");
    variables.put("postcode", "SO23 8UJ");
    variables.put("schoolUrn", "999001");
    ProcessInstance instance = runtime.startProcessInstanceByKey(EscalationProcess.KEY, variables);

    assertThat(instance).isWaitingAt(TASK_REVIEW);
    CaseReference opened = CaseReference.of((String) runtime.getVariable(instance.getId(), "caseReference"));
    assertThat(opened).isNotEqualTo(reference);
    assertThat(casework.find(opened).orElseThrow().child().legalSurname()).isEqualTo("Newchild");
    assertThat(register.current(opened).orElseThrow().triggers()).containsExactly("CHILD_OF_INTEREST");
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult().getBusinessKey())
        .isEqualTo(opened.value());
  }

  @Test
  void a_start_without_a_case_or_a_concern_is_refused_with_every_field_named_and_nothing_is_started() {
    assertThat(refusal(() -> startAsOfficer(Map.of("escalationTriggerDetails", "x".repeat(2001)))))
        .extracting(Fault::field).containsExactlyInAnyOrder("caseReference", "escalationTriggerDetails");
    assertThat(refusal(() -> startAsOfficer(Map.of("caseReference", "CME-2026-99999",
        "escalationTriggerDetails", "Worried")))).extracting(Fault::field).containsExactly("caseReference");
    assertThat(refusal(() -> startByTheApplication(reference, null, null))).extracting(Fault::field)
        .containsExactly("escalationTriggerDetails");
    assertThat(refusal(() -> startAsOfficer(Map.of("caseReference", reference.value(), "escalationTrigger", "BORED"))))
        .extracting(Fault::field).containsExactly("escalationTrigger");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(EscalationProcess.KEY).count()).isZero();
    assertThat(register.forCase(reference)).isEmpty();
  }

  // --- meetings and agendas --------------------------------------------------------------------------

  @Test
  void a_child_raised_the_day_after_a_meeting_waits_for_the_next_and_the_agenda_shows_every_child_for_it() {
    ProcessInstance sam = startByTheApplication(reference, EscalationTrigger.STUCK_CASE, "No progress");
    CaseReference other = aCase("Kit", "Other", ChildFlags.NONE);
    ProcessInstance kit = startByTheApplication(other, EscalationTrigger.PANEL_DECISION, "The panel decided");

    Date meeting = CALENDAR.atCloseOfBusiness(LocalDate.of(2027, 2, 9));
    assertThat(task(sam)).hasCandidateGroup("cme-panel").hasDueDate(meeting);
    assertThat(task(kit)).hasDueDate(meeting);
    assertThat(sam).variables().containsEntry("meetingDate", "2027-02-09");
    assertThat(register.current(reference).orElseThrow().meetingDate()).isEqualTo(LocalDate.of(2027, 2, 9));
    // the agenda on the first child's task is brought up to date when the second is added
    for (ProcessInstance instance : List.of(sam, kit)) {
      assertThat(taskVariable(instance, "meetingAgenda")).contains("Tuesday 9 February 2027").contains("2 children")
          .contains("Sam Example").contains("Kit Other").contains(reference.value()).contains(other.value());
    }
    assertThat(taskVariable(kit, "escalationCaseSummary")).contains("Kit Other").doesNotContain("Sam Example");
  }

  @Test
  void a_child_raised_the_day_before_a_meeting_is_on_its_agenda() {
    ClockUtil.setCurrentTime(Date.from(TODAY.minusDays(2).toInstant()));
    ProcessInstance instance = startByTheApplication(reference, EscalationTrigger.STUCK_CASE, "No progress");

    assertThat(task(instance)).hasDueDate(CALENDAR.atCloseOfBusiness(LocalDate.of(2027, 1, 12)));
  }

  // --- the routes, stage by stage (the decision table) ---------------------------------------------

  @Test
  void a_child_in_care_goes_to_the_cic_group_then_the_virtual_school_head_then_the_qaro_then_senior_management() {
    CaseReference inCare = aCase("Lee", "Care", new ChildFlags(false, false, true, false, false, false));
    ProcessInstance instance = startByTheApplication(inCare, EscalationTrigger.STUCK_CASE, "No progress");

    assertRoute(instance, 1, "CIC_CMOOE_ACTION_GROUP", "cic-cmooe-group", LocalDate.of(2027, 1, 20));
    review(instance, "cic-cmooe-group", minutes("high", "escalate"));
    assertRoute(instance, 2, "VIRTUAL_SCHOOL_HEAD", "virtual-school-head", LocalDate.of(2027, 1, 27));
    review(instance, "virtual-school-head", minutes("highest", "escalate"));
    assertRoute(instance, 3, "QARO", "qaro", LocalDate.of(2027, 1, 27));
    assertThat(register.current(inCare).orElseThrow().highestConcern()).isTrue();
    review(instance, "qaro", minutes("highest", "escalate"));

    assertThat(instance).hasPassed(TASK_REPORT).isWaitingAt(TASK_SENIOR_MANAGEMENT);
    assertThat(task(instance)).hasCandidateGroup(EscalationProcess.SENIOR_MANAGEMENT_GROUP);
    EscalationEntry reported = register.forCase(inCare).get(0);
    assertThat(reported.status()).isEqualTo(Status.REPORTED_TO_SENIOR_MANAGEMENT);
    assertThat(register.reportedToSeniorManagement()).extracting(EscalationEntry::caseReference).containsExactly(inCare.value());
    // the managers' stuck-cases list in Tasklist is this query (security/TasklistFilters)
    assertThat(tasks.createTaskQuery().processDefinitionKey(EscalationProcess.KEY).taskDefinitionKey(TASK_SENIOR_MANAGEMENT)
        .taskCandidateGroup("cme-manager").count()).isEqualTo(1);

    complete(instance, "cme.manager", "cme-manager", Map.of("seniorManagementResponse",
        "The Head of Service will meet the Virtual School Head and the carers this week."));
    makeTheLetters(instance);
    assertThat(instance).isEnded().hasPassed(TASK_RECORD_SENIOR_RESPONSE, EVENT_REPORTED).hasNotPassed(EVENT_RESOLVED);
    assertThat(register.forCase(inCare).get(0).seniorResponse()).contains("Head of Service");
    assertThat(register.reportedToSeniorManagement()).isEmpty();
    assertThat(casework.isOpen(inCare)).isTrue();
    assertThat(register.stages(reported.id())).extracting(StageEntry::route)
        .containsExactly("CIC_CMOOE_ACTION_GROUP", "VIRTUAL_SCHOOL_HEAD", "QARO");
  }

  @Test
  void a_child_with_send_goes_from_the_line_manager_to_the_send_team_manager_then_line_management() {
    CaseReference send = aCase("Jo", "Send", new ChildFlags(true, false, false, false, false, false));
    ProcessInstance instance = startAsOfficer(Map.of("caseReference", send.value(),
        "escalationTriggerDetails", "The EHCP names no school and nothing is arranged."));

    assertRoute(instance, 1, "LINE_MANAGER", "line-manager", LocalDate.of(2027, 1, 27));
    review(instance, "line-manager", minutes("moderate", "escalate"));
    assertRoute(instance, 2, "SEND_TEAM_MANAGER", "send-team-manager", LocalDate.of(2027, 1, 27));
    review(instance, "send-team-manager", minutes("high", "escalate"));
    assertRoute(instance, 3, "LINE_MANAGEMENT", "line-manager", LocalDate.of(2027, 1, 27));
  }

  @Test
  void a_child_neither_in_care_nor_with_send_goes_to_the_line_of_sight_meeting_at_stage_2() {
    ProcessInstance instance = startByTheApplication(reference, EscalationTrigger.CMOOE_FLAG, "CMOOE");
    review(instance, "cme-panel", minutes("high", "escalate"));

    assertRoute(instance, 2, "LINE_OF_SIGHT", "line-of-sight", LocalDate.of(2027, 2, 4));
    assertThat(instance).variables().containsEntry("escalationRouteName", "Line of Sight meeting");
    assertThat(taskVariable(instance, "meetingAgenda")).contains("Thursday 4 February 2027").contains("Sam Example");
  }

  // --- minutes, actions, resolved -------------------------------------------------------------------

  @Test
  void stage_1_agrees_actions_each_a_task_for_its_owner_reviewed_at_the_next_meeting_then_resolved() {
    ProcessInstance instance = startByTheApplication(reference, EscalationTrigger.STUCK_CASE, "No progress");
    Map<String, Object> first = minutes("high", "stay");
    first.putAll(action(1, "Visit the family at home", "cme-officer", null, "2027-02-19", "The child is seen"));
    first.putAll(action(2, "Offer a place at Hillcrest", "admissions", "adm.lead", "2027-02-26",
        "A place is offered in writing"));
    first.put("minutesNotes", "Discussed at the February panel.");
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2027, 2, 9, 11, 0, 0, 0, ProcessTestEngine.LONDON).toInstant()));
    review(instance, "cme-panel", first);

    // each action is a task for its owner, due on its day
    List<Task> actionTasks = actionTasks(instance);
    assertThat(actionTasks).hasSize(2);
    Task visit = actionTasks.stream().filter(t -> "Visit the family at home".equals(tasks.getVariableLocal(t.getId(),
        "actionWhat"))).findFirst().orElseThrow();
    Task place = actionTasks.stream().filter(t -> t != visit).findFirst().orElseThrow();
    assertThat(visit).hasCandidateGroup("cme-officer").hasDueDate(CALENDAR.atCloseOfBusiness(LocalDate.of(2027, 2, 19)));
    assertThat(visit.getAssignee()).isNull();
    assertThat(place).isAssignedTo("adm.lead").hasDueDate(CALENDAR.atCloseOfBusiness(LocalDate.of(2027, 2, 26)));
    assertThat(tasks.getIdentityLinksForTask(place.getId())).extracting(l -> l.getGroupId()).contains("admissions");
    assertThat(tasks.getVariableLocal(place.getId(), "actionOwner")).isEqualTo("adm.lead (admissions)");
    // staying: the next meeting, Tuesday 9 March 2027
    assertThat(instance).hasPassed(TASK_RECORD_MINUTES).variables().containsEntry("meetingDate", "2027-03-09");
    assertThat(events(CaseEventType.ESCALATION_ACTION_AGREED)).hasSize(2);

    engine.getIdentityService().setAuthentication("cme.officer", List.of("cme-officer"));
    tasks.complete(visit.getId(), Map.of("actionDone", "done", "actionNote", "Seen at home on 15 February."));
    engine.getIdentityService().clearAuthentication();
    assertThat(instance).hasPassed(TASK_RECORD_ACTION_OUTCOME, EVENT_ACTION_ANSWERED);

    // the next meeting's form shows the actions and whether done
    String forReview = taskVariable(instance, "actionsForReview");
    assertThat(forReview).contains("Visit the family at home").contains("Done: Seen at home")
        .contains("Offer a place at Hillcrest").contains("Not answered yet");
    assertThat(refusal(() -> review(instance, "cme-panel", minutes("low", "resolved")))).extracting(Fault::field)
        .containsExactly("actionsReview");
    Map<String, Object> second = minutes("low", "resolved");
    second.put("actionsReview", "The child was seen; the place is being arranged.");
    review(instance, "cme-panel", second);

    assertThat(instance).hasPassed(TASK_RESOLVE, EVENT_RESOLVED);
    EscalationEntry resolved = register.forCase(reference).get(0);
    assertThat(resolved.status()).isEqualTo(Status.RESOLVED);
    assertThat(register.current(reference)).isEmpty();
    assertThat(casework.isOpen(reference)).as("the case stays open").isTrue();
    assertThat(register.actions(reference)).extracting(ActionEntry::reviewOutcome)
        .containsOnly("The child was seen; the place is being arranged.");
    assertThat(events(CaseEventType.ESCALATION_RESOLVED)).hasSize(1);

    // the open action still runs to its answer; then the escalation's instance ends
    engine.getIdentityService().setAuthentication("adm.lead", List.of("admissions"));
    tasks.complete(place.getId(), Map.of("actionDone", "not-done", "actionNote", "No place until after half term."));
    engine.getIdentityService().clearAuthentication();
    makeTheLetters(instance);
    assertThat(instance).isEnded();
    assertThat(register.actions(reference)).extracting(ActionEntry::done).containsExactly(true, false);
  }

  @Test
  void an_action_overdue_reminds_the_chair_and_stays_open() {
    ProcessInstance instance = startByTheApplication(reference, EscalationTrigger.STUCK_CASE, "No progress");
    Map<String, Object> answers = minutes("high", "stay");
    answers.putAll(action(1, "Ask the school for the attendance record", "cme-officer", null, "2027-01-20",
        "The record is on the case"));
    review(instance, "cme-panel", answers);

    Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
    assertThat(timer.getDuedate()).isEqualTo(CALENDAR.atCloseOfBusiness(LocalDate.of(2027, 1, 20)));
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2027, 1, 21, 9, 0, 0, 0, ProcessTestEngine.LONDON).toInstant()));
    execute(timer);

    assertThat(instance).hasPassed(EVENT_ACTION_OVERDUE, TASK_RECORD_ACTION_OVERDUE).isWaitingAt(TASK_CHASE_ACTION,
        TASK_CARRY_OUT_ACTION, TASK_REVIEW);
    Task chase = tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(TASK_CHASE_ACTION)
        .singleResult();
    assertThat(chase).hasCandidateGroup("cme-panel").hasDueDate(CALENDAR.atCloseOfBusiness(LocalDate.of(2027, 1, 22)));
    assertThat(tasks.getVariableLocal(chase.getId(), "actionWhat")).isEqualTo("Ask the school for the attendance record");
    assertThat(events(CaseEventType.ESCALATION_ACTION_OVERDUE)).hasSize(1);

    engine.getIdentityService().setAuthentication(CHAIR, List.of("cme-panel"));
    tasks.complete(chase.getId());
    engine.getIdentityService().clearAuthentication();
    assertThat(instance).hasPassed(EVENT_CHAIR_REMINDED).isWaitingAt(TASK_CARRY_OUT_ACTION, TASK_REVIEW);
  }

  @Test
  void faulty_minutes_keep_the_task_open_naming_every_field() {
    ProcessInstance instance = startByTheApplication(reference, EscalationTrigger.STUCK_CASE, "No progress");
    Map<String, Object> answers = new HashMap<>();
    answers.put("escalationDecision", "shrug");
    answers.put("action1What", "Visit");
    answers.put("action1Due", "2026-12-01");
    answers.put("action2What", "Phone");
    answers.put("action2OwnerGroup", "the-moon");
    answers.put("action2Due", "2027-02-01");
    answers.put("action2Measure", "Answered");
    answers.put("action2OwnerUser", "not a user!");

    assertThat(refusal(() -> review(instance, "cme-panel", answers))).extracting(Fault::field)
        .containsExactlyInAnyOrder("concernLevel", "escalationDecision", "action1OwnerGroup", "action1Due",
            "action1Measure", "action2OwnerGroup", "action2OwnerUser");
    assertThat(instance).isWaitingAt(TASK_REVIEW);
    assertThat(register.actions(reference)).isEmpty();
  }

  @Test
  void an_action_not_done_needs_a_reason() {
    ProcessInstance instance = startByTheApplication(reference, EscalationTrigger.STUCK_CASE, "No progress");
    Map<String, Object> answers = minutes("high", "stay");
    answers.putAll(action(1, "Visit", "cme-officer", null, "2027-02-01", "Seen"));
    review(instance, "cme-panel", answers);
    Task action = actionTasks(instance).get(0);

    assertThat(refusal(() -> tasks.complete(action.getId(), Map.of("actionDone", "not-done"))))
        .extracting(Fault::field).containsExactly("actionNote");
    assertThat(instance).isWaitingAt(TASK_CARRY_OUT_ACTION);
  }

  // --- the minutes letter ----------------------------------------------------------------------------

  @Test
  void the_minutes_are_a_letter_kept_with_the_childs_case_off_the_main_path() throws Exception {
    ProcessInstance instance = startByTheApplication(reference, EscalationTrigger.STUCK_CASE, "No progress");
    Map<String, Object> answers = minutes("highest", "stay");
    answers.putAll(action(1, "Visit the family at home", "cme-officer", null, "2027-02-19", "The child is seen"));
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2027, 2, 9, 11, 0, 0, 0, ProcessTestEngine.LONDON).toInstant()));
    review(instance, "cme-panel", answers);
    assertThat(instance).isWaitingAt(TASK_MAKE_MINUTES, TASK_REVIEW);

    makeTheLetters(instance);

    assertThat(instance).hasPassed("Event_MinutesKept").isWaitingAt(TASK_REVIEW);
    long letterId = letters.list(reference).get(0).id();
    assertThat(letters.list(reference).get(0).kind()).isEqualTo(EscalationProcess.MINUTES_LETTER);
    assertThat(runtime.getVariable(instance.getId(), "minutesLetterId")).isEqualTo(letterId);
    assertThat(letterText(letterId)).contains("Sam Example").contains("Visit the family at home")
        .contains("CMOOE Action Group").contains("Tuesday 9 February 2027").contains("highest concern")
        .contains("Tuesday 9 March 2027");
  }

  // --- safeguarding ----------------------------------------------------------------------------------

  @Test
  void a_safeguarding_concern_raised_on_the_review_starts_a_referral_and_the_review_waits() {
    ProcessInstance instance = startByTheApplication(reference, EscalationTrigger.STUCK_CASE, "No progress");

    engine.getIdentityService().setAuthentication(CHAIR, List.of("cme-panel"));
    tasks.setVariables(task(instance).getId(), Map.of("raiseSafeguardingConcern", true,
        "safeguardingDetails", "The panel heard the child is left alone for days."));
    engine.getIdentityService().clearAuthentication();

    assertThat(instance).hasPassed(TASK_RAISE_SAFEGUARDING_REFERRAL).isWaitingAt(TASK_REVIEW);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("safeguarding-referral")
        .processInstanceBusinessKey(reference.value()).count()).isEqualTo(1);
  }

  // --- helpers ---------------------------------------------------------------------------------------

  void assertRoute(ProcessInstance instance, int stage, String route, String group, LocalDate due) {
    assertThat(instance).isWaitingAt(TASK_REVIEW).variables().containsEntry("escalationStage", stage)
        .containsEntry("escalationRoute", route).containsEntry("escalationGroup", group);
    assertThat(task(instance)).hasCandidateGroup(group).hasDueDate(CALENDAR.atCloseOfBusiness(due));
  }

  ProcessInstance startByTheApplication(CaseReference caseReference, EscalationTrigger trigger, String details) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("caseReference", caseReference.value());
    variables.put("escalationTrigger", trigger == null ? null : trigger.name());
    variables.put("escalationTriggerDetails", details);
    return runtime.startProcessInstanceByKey(EscalationProcess.KEY, caseReference.value(), variables);
  }

  ProcessInstance startAsOfficer(Map<String, Object> variables) {
    engine.getIdentityService().setAuthentication(OFFICER, List.of("cme-officer"));
    try {
      return runtime.startProcessInstanceByKey(EscalationProcess.KEY, new HashMap<>(variables));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  /** Completes the instance's review task as a member of {@code group}. */
  void review(ProcessInstance instance, String group, Map<String, Object> answers) {
    Task review = tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(TASK_REVIEW).singleResult();
    assertThat(review).hasCandidateGroup(group);
    engine.getIdentityService().setAuthentication(CHAIR, List.of(group));
    try {
      tasks.complete(review.getId(), answers);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  void complete(ProcessInstance instance, String user, String group, Map<String, Object> answers) {
    engine.getIdentityService().setAuthentication(user, List.of(group));
    try {
      tasks.complete(task(instance).getId(), answers);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  Task task(ProcessInstance instance) {
    return tasks.createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKeyIn(TASK_REVIEW, TASK_SENIOR_MANAGEMENT).singleResult();
  }

  List<Task> actionTasks(ProcessInstance instance) {
    return tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(TASK_CARRY_OUT_ACTION).list();
  }

  String taskVariable(ProcessInstance instance, String name) {
    return (String) tasks.getVariableLocal(task(instance).getId(), name);
  }

  static Map<String, Object> minutes(String concern, String decision) {
    Map<String, Object> answers = new HashMap<>();
    answers.put("concernLevel", concern);
    answers.put("escalationDecision", decision);
    return answers;
  }

  static Map<String, Object> action(int slot, String what, String team, String user, String due, String measure) {
    Map<String, Object> answers = new HashMap<>();
    answers.put("action" + slot + "What", what);
    answers.put("action" + slot + "OwnerGroup", team);
    answers.put("action" + slot + "OwnerUser", user);
    answers.put("action" + slot + "Due", due);
    answers.put("action" + slot + "Measure", measure);
    return answers;
  }

  /** Runs the letters block's jobs (asynchronous, in the called instances) for every minutes made so far. */
  void makeTheLetters(ProcessInstance instance) {
    for (ProcessInstance letter : runtime.createProcessInstanceQuery().superProcessInstanceId(instance.getId()).list()) {
      execute(engine.getManagementService().createJobQuery().processInstanceId(letter.getId()).singleResult());
    }
  }

  List<CaseHistoryEntry> events(CaseEventType type) {
    return casework.history(reference).stream().filter(h -> h.type() == type).toList();
  }

  String letterText(long id) throws Exception {
    byte[] pdf = letters.download(reference, id, "test", Instant.now()).pdf();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  static List<Fault> refusal(Runnable action) {
    try {
      action.run();
    } catch (InputRefusedException e) {
      return e.faults();
    }
    return List.of();
  }

  CaseReference aCase(String forename, String surname, ChildFlags flags) {
    return casework.openCase(ChildDetails.builder().legalForename(forename).legalSurname(surname)
            .dateOfBirth(LocalDate.of(2015, 3, 4)).postcode("SO23 8UJ").flags(flags).build(TODAY.toLocalDate()),
        ReferralDetails.builder(ReferralSource.SCHOOL).referringSchoolUrn("999001").circumstances("Not seen").build(),
        "riverside.dsl", TODAY.toInstant());
  }
}
