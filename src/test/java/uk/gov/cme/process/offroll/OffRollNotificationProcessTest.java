package uk.gov.cme.process.offroll;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.cme.process.Refusals.refusedFor;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static uk.gov.cme.process.offroll.OffRollNotificationProcess.Elements.*;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.data.jdbc.DataJdbcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.ComponentScan;
import uk.gov.cme.validation.InputRefusedException;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.Casework;
import uk.gov.cme.casework.ChildDetails;
import uk.gov.cme.casework.DeletionGround;
import uk.gov.cme.casework.OffRollEntry;
import uk.gov.cme.casework.OffRollOutcome;
import uk.gov.cme.casework.OffRollRegister;
import uk.gov.cme.casework.ReferralDetails;
import uk.gov.cme.casework.ReferralSource;
import uk.gov.cme.casework.SaoNoticeDetails;
import uk.gov.cme.casework.SaoNoticeType;
import uk.gov.cme.casework.SaoRegister;
import uk.gov.cme.rules.calendar.CalendarConfiguration;
import uk.gov.cme.rules.calendar.ServiceMethod;
import uk.gov.cme.process.ProcessTestEngine;
import uk.gov.cme.process.shared.casematch.ChildCases;
import uk.gov.cme.process.shared.duedate.ProvisionalDueDates;
import uk.gov.cme.process.shared.safeguarding.SafeguardingDelegates;
import uk.gov.cme.rules.calendar.DeadlineCalendar;

/**
 * Every route and the timer of the off-roll notification (P3) on an in-memory engine, with the real
 * register (H2, rolled back after each test) and the real routing table. The processes it starts (CME
 * referral, EHE check, emigration) are recording stubs under their bean names; the joined walk-through
 * with the real CME referral is {@code OffRollNotificationApiTest}. Emails are recorded, not sent.
 */
@DataJdbcTest
@Deployment(resources = {
    "processes/off-roll-notification.bpmn", "processes/decisions/off-roll-routing.dmn",
    "processes/shared/safeguarding-referral.bpmn", "processes/shared/set-due-date.bpmn",
    "uk/gov/cme/process/shared/referral/stand-in-escalation.bpmn"})
class OffRollNotificationProcessTest {

  @TestConfiguration(proxyBeanMethods = false)
  /** The register and its test clock, found by scanning its package. */
  @ComponentScan(basePackageClasses = Casework.class)
  /** The calendar the School Attendance Order register works its deadlines out with (issue 10). */
  @org.springframework.context.annotation.Import(CalendarConfiguration.class)
  static class Register {
  }

  static final DeadlineCalendar CALENDAR = ProcessTestEngine.calendar();

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension
      .builder(ProcessTestEngine.configuration(Map.of("calendar", CALENDAR)))
      .assertClassCoverageAtLeast(0.9)
      .excludeProcessDefinitionKeys("safeguarding-referral", "set-due-date", "escalation")
      .build();

  /** Monday 2 November 2026, 10:00 London. */
  static final ZonedDateTime SUBMITTED = ZonedDateTime.of(2026, 11, 2, 10, 0, 0, 0, ProcessTestEngine.LONDON);
  static final String CASE_REFERENCE = "CME-2026-00042";

  @Autowired
  OffRollRegister register;
  @Autowired
  Casework casework;
  @Autowired
  SaoRegister orders;
  /** The order {@link #caseWithOrderNaming} recorded. */
  long saoOrder;

  ProcessEngine engine;
  final List<Map<String, Object>> emails = new ArrayList<>();
  final List<Map<String, Object>> referrals = new ArrayList<>();
  final List<Map<String, Object>> eheChecks = new ArrayList<>();
  final List<Map<String, Object>> emigrations = new ArrayList<>();
  /** The off-rolling checks asked for (P3 step 2; the register inspection's own test runs them). */
  final List<Map<String, Object>> offRollingChecks = new ArrayList<>();
  Map<String, Object> notification;

  @BeforeEach
  void setUp() {
    engine = extension.getProcessEngine();
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(Date.from(SUBMITTED.toInstant()));
    @SuppressWarnings("unchecked")
    Map<Object, Object> beans = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getBeans();
    var runtime = engine.getRuntimeService();
    OffRollIntake intake = new OffRollIntake(register);
    beans.put("recordOffRollNotificationDelegate", new RecordOffRollNotificationDelegate(intake, register,
        new ChildCases(casework, runtime), orders));
    beans.put("recordOffRollSaoDeletionDelegate", new RecordSaoDeletionDelegate(register, orders));
    beans.put("recordOffRollRouteDelegate", new RecordOffRollRouteDelegate(register));
    beans.put("recordOffRollOutcomeDelegate", new RecordOffRollOutcomeDelegate(register, casework));
    beans.put("recordOffRollLostPupilDelegate", new RecordLostPupilDatabaseDelegate(register));
    beans.put("raiseSafeguardingConcernDelegate", SafeguardingDelegates.raise(runtime));
    beans.put("recordSafeguardingConcernDelegate", SafeguardingDelegates.record());
    beans.put("notifyDelegate", (JavaDelegate) execution -> emails.add(Map.of(
        "template", execution.getVariable("notificationTemplate"),
        "to", String.valueOf(execution.getVariable("notificationTo")),
        "reason", String.valueOf(execution.getVariable("reason")),
        "caseReference", String.valueOf(execution.getProcessBusinessKey()),
        "ground", String.valueOf(execution.getVariable("ground")),
        "groundMeaning", String.valueOf(execution.getVariable("groundMeaning")),
        "groundCitation", String.valueOf(execution.getVariable("groundCitation")))));
    beans.put("startCmeReferralDelegate", (JavaDelegate) execution -> {
      referrals.add(new HashMap<>(execution.getVariables()));
      execution.setVariable("cmeReferralCaseReference", CASE_REFERENCE);
    });
    beans.put("startEheCheckDelegate", (JavaDelegate) execution -> eheChecks.add(new HashMap<>(execution.getVariables())));
    beans.put("startEmigrationDelegate", (JavaDelegate) execution -> emigrations.add(new HashMap<>(execution.getVariables())));
    beans.put("startOffRollingCheckDelegate", (JavaDelegate) execution -> offRollingChecks.add(Map.of(
        "schoolUrn", execution.getVariable("schoolUrn"),
        "offRollNotificationId", execution.getVariable("offRollNotificationId"))));
    beans.put("calendar", CALENDAR);
    // The escalation (issue 11) is another piece: the real hand-over to a stand-in with its key.
    beans.put("startEscalationDelegate", new uk.gov.cme.process.shared.referral.StartEscalationDelegate(runtime,
        new ChildCases(casework, runtime)));
    notification = aNotification("i");
  }

  @AfterEach
  void tearDown() {
    engine.getIdentityService().clearAuthentication();
    ClockUtil.reset();
  }

  // --- intake and logging ------------------------------------------------------------------

  @ParameterizedTest(name = "ground ({0})")
  @CsvSource({"b", "c", "k", "l", "m"})
  void grounds_that_need_nothing_more_are_logged(String ground) {
    notification.put("ground", ground);

    ProcessInstance instance = notify_();

    assertThat(instance).isEnded().hasPassed(TASK_RECORD_NOTIFICATION, TASK_ROUTE_NOTIFICATION, TASK_RECORD_ROUTE,
        TASK_RECORD_LOGGED, EVENT_LOGGED).variables().containsEntry("offRollRoute", "log-only")
        .containsEntry("offRollOutcome", "LOGGED").containsEntry("schoolUrn", "999001");
    OffRollEntry entry = entry(instance);
    assertThat(entry.route()).isEqualTo("log-only");
    assertThat(entry.outcome()).isEqualTo(OffRollOutcome.LOGGED);
    assertThat(entry.processInstanceId()).isEqualTo(instance.getId());
    assertThat(instance.getBusinessKey()).isEqualTo("OFFROLL-" + entry.id());
  }

  @Test
  void every_recorded_notification_asks_for_the_off_rolling_check_of_its_school_with_no_personal_data() {
    notification.put("ground", "b");

    ProcessInstance instance = notify_();

    assertThat(instance).isEnded().hasPassed(TASK_RECORD_NOTIFICATION, "Task_AskOffRollingCheck", TASK_ROUTE_NOTIFICATION);
    assertThat(offRollingChecks).containsExactly(Map.of("schoolUrn", "999001",
        "offRollNotificationId", entry(instance).id()));
  }

  // --- one case per child (issue 8, defect 5) ----------------------------------------------------

  @Test
  void a_notification_for_the_child_of_an_open_case_belongs_to_that_case_not_to_offroll_id() {
    CaseReference reference = casework.openCase(ChildDetails.builder().legalForename("Amira").legalSurname("Khan")
            .dateOfBirth(LocalDate.of(2015, 5, 14)).upn("B801200005001").build(SUBMITTED.toLocalDate()),
        ReferralDetails.builder(ReferralSource.SCHOOL).referringSchoolUrn("999002").circumstances("Missing")
            .build(), "hillcrest.dsl", SUBMITTED.toInstant());
    notification.put("ground", "k");

    ProcessInstance instance = notify_();

    assertThat(instance.getBusinessKey()).isEqualTo(reference.value());
    assertThat(instance).variables().containsEntry("caseReference", reference.value());
    assertThat(entry(instance).caseReference()).isEqualTo(reference.value());
    assertThat(casework.mayActOn(reference, java.util.Set.of("school-999001")))
        .as("the notifying school may act on the case its instance names").isTrue();
    assertThat(casework.find(reference).orElseThrow().referrals()).as("a notification is not a referral").hasSize(1);
    assertThat(casework.history(reference)).extracting(uk.gov.cme.casework.CaseHistoryEntry::detail)
        .contains(uk.gov.cme.casework.EducationStatus.OFF_ROLL_NOTIFIED.name());
  }

  @Test
  void the_new_school_confirming_the_pupil_on_roll_is_a_change_of_education_status_on_the_childs_case() {
    CaseReference reference = casework.openCase(ChildDetails.builder().legalForename("Amira").legalSurname("Khan")
            .dateOfBirth(LocalDate.of(2015, 5, 14)).upn("B801200005001").build(SUBMITTED.toLocalDate()),
        ReferralDetails.builder(ReferralSource.AGENCY).circumstances("Missing").build(), "cme.officer",
        SUBMITTED.toInstant());
    ProcessInstance instance = registeredElsewhere();

    complete(task(instance), withVariables("newSchoolConfirmed", "yes", "newSchoolConfirmedOn", "2026-11-04",
        "confirmationNotes", "Hillside admissions officer"));

    assertThat(entry(instance).caseReference()).isEqualTo(reference.value());
    assertThat(casework.history(reference)).extracting(uk.gov.cme.casework.CaseHistoryEntry::detail)
        .containsSubsequence(uk.gov.cme.casework.EducationStatus.OFF_ROLL_NOTIFIED.name(),
            uk.gov.cme.casework.EducationStatus.ON_ROLL_AT_NEW_SCHOOL.name());
  }

  @Test
  void a_notification_opens_no_case_itself_and_a_possible_match_is_not_joined() {
    casework.openCase(ChildDetails.builder().legalForename("Tamsin").legalSurname("Overbury")
            .dateOfBirth(LocalDate.of(2015, 5, 14)).upn("B801200005001").build(SUBMITTED.toLocalDate()),
        ReferralDetails.builder(ReferralSource.SCHOOL).referringSchoolUrn("999002").circumstances("Missing")
            .build(), "hillcrest.dsl", SUBMITTED.toInstant());
    notification.put("ground", "k");

    ProcessInstance instance = notify_();

    assertThat(instance.getBusinessKey()).isEqualTo("OFFROLL-" + entry(instance).id());
    assertThat(entry(instance).caseReference()).isNull();
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName("caseReference").count()).isZero();
  }

  /**
   * Issue 8, defect 1: a "standard transition" tick switched off the law. At a standard transition a
   * return is not required, but one the school makes still takes its ground's route: (f) the EHE check
   * (with the LA's consent first where it is needed), (h) and (i) the joint decision with the LA.
   */
  @ParameterizedTest(name = "ground ({0}) at a standard transition")
  @CsvSource({"f, Task_StartEheCheck", "h, Task_JointDecision", "i, Task_JointDecision"})
  void a_standard_transition_tick_does_not_switch_off_the_law(String ground, String route) {
    notification.put("ground", ground);
    notification.put("standardTransition", true);
    notification.remove("proposedDeletionDate");

    ProcessInstance instance = notify_();

    assertThat(instance).hasPassed(TASK_ROUTE_NOTIFICATION).hasNotPassed(TASK_RECORD_LOGGED, EVENT_LOGGED);
    assertThat(entry(instance).details().standardTransition()).isTrue();
    assertThat(entry(instance).route()).isEqualTo("f".equals(ground) ? "ehe-check" : "joint-decision");
    if ("f".equals(ground)) {
      assertThat(instance).isEnded().hasPassed(route, EVENT_EHE_CHECK_STARTED);
      assertThat(eheChecks).hasSize(1);
      assertThat(entry(instance).outcome()).isEqualTo(OffRollOutcome.EHE_CHECK);
    } else {
      assertThat(instance).isWaitingAt(route);
      assertThat(task(instance)).hasCandidateGroup("cme-officer");
      assertThat(entry(instance).outcome()).isEqualTo(OffRollOutcome.RECEIVED);
    }
  }

  @Test
  void a_standard_transition_return_needs_no_deletion_date_and_a_ground_that_needs_nothing_more_is_logged() {
    notification.put("ground", "l");
    notification.put("standardTransition", true);
    notification.remove("proposedDeletionDate");

    ProcessInstance instance = notify_();

    assertThat(instance).isEnded().hasPassed(TASK_RECORD_LOGGED, EVENT_LOGGED);
    assertThat(entry(instance).details().standardTransition()).isTrue();
    assertThat(entry(instance).outcome()).isEqualTo(OffRollOutcome.LOGGED);
    assertThat(referrals).isEmpty();
  }

  @Test
  void a_notification_with_faults_is_refused_naming_each_field_and_nothing_is_saved() {
    notification.put("ground", "z");
    notification.put("proposedDeletionDate", "20/11/2026");
    notification.put("lastAttendanceDate", "yesterday");

    assertThatThrownBy(this::notify_).isInstanceOf(InputRefusedException.class)
        .satisfies(e -> assertThat(((InputRefusedException) e).faults()).extracting(f -> f.field())
            .containsExactlyInAnyOrder("ground", "proposedDeletionDate", "lastAttendanceDate"));
    notification.remove("ground");
    notification.put("proposedDeletionDate", "2026-11-20");
    notification.remove("lastAttendanceDate");
    assertThatThrownBy(this::notify_).isInstanceOf(InputRefusedException.class).satisfies(refusedFor("ground", "the ground of deletion is missing"));
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
    assertThat(register.offRollList("999001")).isEmpty();
  }

  @Test
  void every_notification_is_on_the_schools_off_roll_list_with_its_ground_and_outcome() {
    notification.put("ground", "k");
    notify_();
    notification.put("ground", "o");
    notify_();

    assertThat(register.offRollList("999001")).extracting(e -> e.details().ground(), OffRollEntry::outcome)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("k", OffRollOutcome.LOGGED),
            org.assertj.core.groups.Tuple.tuple("o", OffRollOutcome.CHILD_OF_INTEREST));
    assertThat(register.offRollList("999002")).isEmpty();
  }

  // --- joint decision (h, i) ---------------------------------------------------------------

  @Test
  void ground_i_waits_for_a_cme_officers_joint_decision_within_5_working_days() {
    ProcessInstance instance = notify_();

    assertThat(instance).isWaitingAt(TASK_JOINT_DECISION).variables().containsEntry("offRollRoute", "joint-decision");
    assertThat(task(instance)).hasCandidateGroup("cme-officer")
        .hasDueDate(Date.from(ZonedDateTime.of(2026, 11, 9, 17, 0, 0, 0, ProcessTestEngine.LONDON).toInstant()));
    assertThat(entry(instance).outcome()).isEqualTo(OffRollOutcome.RECEIVED);
  }

  /**
   * Issue 8, defect 12, "Statutory references are only in comments": the officer deciding sees the
   * ground's regulation (the form's "In law", and the task's description); a refusal hands the ground,
   * its meaning and its regulation in full to the school's email.
   */
  @ParameterizedTest(name = "ground ({0})")
  @CsvSource(delimiter = '|', textBlock = """
      h | not back within 10 school days after leave of absence, after joint reasonable enquiries
      i | continuously absent 20 school days or more, whereabouts unknown, after joint reasonable enquiries
      """)
  void statutory_references_a_refused_joint_decision_quotes_the_ground_and_its_regulation(String ground,
      String meaning) {
    notification.put("ground", ground);
    ProcessInstance instance = notify_();

    String regulation = "regulation 9(1)(" + ground + ") of the School Attendance (Pupil Registration) (England)"
        + " Regulations 2024";
    assertThat(instance).isWaitingAt(TASK_JOINT_DECISION).variables().containsEntry("groundMeaning", meaning)
        .containsEntry("groundCitation", regulation);
    assertThat(task(TASK_JOINT_DECISION, instance).getDescription())
        .contains("regulation 9(1)(h) (not back after leave of absence) or 9(1)(i) (continuously absent, whereabouts"
            + " unknown) of the School Attendance (Pupil Registration) (England) Regulations 2024");

    decide(instance, "refused", "The school has not yet made the enquiries we agreed");

    assertThat(emails).singleElement().satisfies(email -> assertThat(email)
        .containsEntry("template", "off-roll-refused").containsEntry("ground", ground)
        .containsEntry("groundMeaning", meaning).containsEntry("groundCitation", regulation));
  }

  @Test
  void an_agreed_joint_decision_refers_the_child_to_the_cme_team_and_records_the_case() {
    ProcessInstance instance = notify_();

    decide(instance, "agreed", "Joint enquiries exhausted; whereabouts unknown");

    assertThat(instance).isEnded().hasPassed(GATEWAY_REFER, TASK_START_CME_REFERRAL, TASK_RECORD_REFERRAL, EVENT_REFERRED);
    assertThat(referrals).singleElement().satisfies(v -> {
      assertThat(v).containsEntry("cmeReferralSource", "off-roll").containsEntry("legalForename", "Amira")
          .containsEntry("dateOfBirth", "2015-05-14").containsEntry("upn", "B801200005001")
          .containsEntry("schoolUrn", "999001").containsEntry("referrerEmail", "attendance@riverside.example");
      assertThat((String) v.get("cmeReferralCircumstances")).contains("ground (i)").contains("continuously absent")
          .contains("Not seen since");
    });
    OffRollEntry entry = entry(instance);
    assertThat(entry.outcome()).isEqualTo(OffRollOutcome.CME_REFERRAL);
    assertThat(entry.caseReference()).isEqualTo(CASE_REFERENCE);
    assertThat(entry.updatedBy()).isEqualTo("cme.officer");
  }

  @Test
  void a_refused_joint_decision_tells_the_school_to_keep_the_pupil_on_roll_and_why() {
    notification.put("ground", "h");
    ProcessInstance instance = notify_();

    decide(instance, "refused", "Leave ended only 4 school days ago");

    assertThat(instance).isEnded().hasPassed(TASK_RECORD_REFUSAL, EVENT_KEEP_ON_ROLL);
    assertThat(emails).containsExactly(Map.of("template", "off-roll-refused", "to", "attendance@riverside.example",
        "reason", "Leave ended only 4 school days ago", "caseReference", instance.getBusinessKey(), "ground", "h",
        "groundMeaning", DeletionGround.H.meaning(), "groundCitation", DeletionGround.H.citation().inFull()));
    OffRollEntry entry = entry(instance);
    assertThat(entry.outcome()).isEqualTo(OffRollOutcome.JOINT_DECISION_REFUSED);
    assertThat(entry.outcomeDetail()).isEqualTo("Leave ended only 4 school days ago");
    assertThat(referrals).isEmpty();
  }

  // --- registered elsewhere (a) ------------------------------------------------------------

  @Test
  void ground_a_is_confirmed_on_roll_at_the_new_school_within_10_school_days() {
    ProcessInstance instance = registeredElsewhere();

    assertThat(task(instance)).hasCandidateGroup("cme-officer").hasCandidateGroup("admissions")
        .hasDueDate(CALENDAR.addSchoolDays(Date.from(SUBMITTED.toInstant()), 10));
    complete(task(instance), withVariables("newSchoolConfirmed", "yes", "newSchoolConfirmedOn", "2026-11-04",
        "confirmationNotes", "Hillside admissions officer"));

    assertThat(instance).isEnded().hasPassed(TASK_RECORD_ON_ROLL, EVENT_ON_ROLL_CONFIRMED);
    assertThat(entry(instance).outcome()).isEqualTo(OffRollOutcome.ON_ROLL_CONFIRMED);
    assertThat(referrals).isEmpty();
    assertThat(processLevelVariables(instance)).as("the officer's notes never reach the school's instance")
        .contains("newSchoolConfirmed").doesNotContain("confirmationNotes");
  }

  /**
   * Issue 8, defect 2: a notification submitted beyond the loaded term dates (they end on 21 July 2028)
   * is recorded; the officer's task and the 10-school-day timer get provisional due dates (10 working
   * days), and "Set the due date" is started beside it to put them right once the next year is loaded.
   */
  @Test
  void calendars_run_out_a_notification_beyond_the_term_dates_is_recorded_with_a_provisional_deadline() {
    @SuppressWarnings("unchecked")
    Map<Object, Object> beans = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getBeans();
    DeadlineCalendar reporting = ProcessTestEngine.calendar(new ProvisionalDueDates());
    beans.put("calendar", reporting);
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2028, 9, 5, 10, 0, 0, 0, ProcessTestEngine.LONDON).toInstant()));

    ProcessInstance instance = registeredElsewhere();

    Date provisional = Date.from(ZonedDateTime.of(2028, 9, 19, 17, 0, 0, 0, ProcessTestEngine.LONDON).toInstant());
    assertThat(entry(instance).processInstanceId()).as("the notification is recorded").isEqualTo(instance.getId());
    assertThat(task(instance)).hasDueDate(provisional);
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers()
        .singleResult().getDuedate()).isEqualTo(provisional);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("set-due-date")
        .variableValueEquals("targetProcessInstanceId", instance.getId()).count()).isEqualTo(2);
  }

  @Test
  void only_a_refusals_reason_reaches_the_schools_instance() {
    notification.put("ground", "h");
    ProcessInstance agreed = notify_();
    decide(agreed, "agreed", "Joint enquiries exhausted; whereabouts unknown");
    ProcessInstance refused = notify_();
    decide(refused, "refused", "Leave ended only 4 school days ago");

    assertThat(processLevelVariables(agreed)).contains("jointDecision").doesNotContain("jointDecisionReason");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(refused.getId())
        .variableName("jointDecisionReason").list())
        .anySatisfy(v -> assertThat(v.getValue()).isEqualTo("Leave ended only 4 school days ago"));
  }

  /** The names of the variables held at the instance's own scope (what a school with READ on it reads). */
  java.util.Set<String> processLevelVariables(ProcessInstance instance) {
    java.util.Set<String> names = new java.util.HashSet<>();
    engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).list()
        .stream().filter(v -> instance.getId().equals(v.getActivityInstanceId()) || instance.getId().equals(v.getExecutionId()))
        .filter(v -> v.getValue() != null)
        .forEach(v -> names.add(v.getName()));
    return names;
  }

  @Test
  void a_pupil_not_on_roll_at_the_new_school_is_referred() {
    ProcessInstance instance = registeredElsewhere();

    complete(task(instance), withVariables("newSchoolConfirmed", "no", "confirmationNotes", "Never arrived"));

    assertThat(instance).isEnded().hasPassed(EVENT_REFERRED);
    assertThat(referrals).hasSize(1);
    assertThat(entry(instance).outcome()).isEqualTo(OffRollOutcome.CME_REFERRAL);
  }

  @Test
  void not_confirmed_in_10_school_days_the_child_is_referred() {
    ProcessInstance instance = registeredElsewhere();
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
    Date deadline = CALENDAR.addSchoolDays(Date.from(SUBMITTED.toInstant()), 10);
    assertThat(timer.getDuedate()).isEqualTo(deadline);

    ClockUtil.setCurrentTime(new Date(deadline.getTime() + 1000));
    execute(timer);

    assertThat(instance).isEnded().hasPassed(EVENT_NOT_CONFIRMED_IN_TIME, TASK_START_CME_REFERRAL, EVENT_REFERRED)
        .hasNotPassed(GATEWAY_ON_ROLL);
    assertThat(referrals).hasSize(1);
    OffRollEntry entry = entry(instance);
    assertThat(entry.outcome()).isEqualTo(OffRollOutcome.CME_REFERRAL);
    assertThat(entry.updatedBy()).isEqualTo(Casework.SYSTEM_USER);
  }

  // --- moving away (g), other grounds --------------------------------------------------------

  /**
   * Issue 8, defect 6, "Lost Pupil Database deadlines": ground (g), moving away with no school known.
   * Before the fix the CTF was recorded as sent the moment the school filed the notice, with no deadline.
   * Now the CME referral is made at once and, beside it, the school gets "Send the CTF to the Lost Pupil
   * Database", due 15 school days after the deletion date (Fri 20 Nov 2026: Fri 11 Dec 2026), with a
   * reminder task for the school when that passes; the CTF is recorded when the school says it was sent.
   */
  @Test
  void defect6_moving_away_with_no_school_known_refers_at_once_and_the_school_sends_the_ctf_within_15_school_days_of_leaving() {
    notification.put("ground", "g");

    ProcessInstance instance = notify_();

    assertThat(instance).hasPassed(GATEWAY_LOST_PUPIL_SPLIT, TASK_START_CME_REFERRAL, TASK_RECORD_REFERRAL, EVENT_REFERRED)
        .isWaitingAt(TASK_SEND_LOST_PUPIL_CTF);
    assertThat(referrals).hasSize(1);
    assertThat(entry(instance).outcome()).isEqualTo(OffRollOutcome.CME_REFERRAL);
    assertThat(entry(instance).route()).isEqualTo("lost-pupil-and-referral");
    assertThat(entry(instance).ctfDestination()).as("not sent yet").isNull();
    Date due = Date.from(ZonedDateTime.of(2026, 12, 11, 17, 0, 0, 0, ProcessTestEngine.LONDON).toInstant());
    assertThat(task(TASK_SEND_LOST_PUPIL_CTF, instance)).hasCandidateGroup("school-999001").hasDueDate(due);
    Job overdue = job(EVENT_CTF_OVERDUE, instance);
    assertThat(overdue).hasDueDate(due);

    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 12, 11, 17, 1, 0, 0, ProcessTestEngine.LONDON).toInstant()));
    execute(overdue);

    assertThat(instance).isWaitingAt(TASK_SEND_LOST_PUPIL_CTF, TASK_CHASE_LOST_PUPIL_CTF);
    assertThat(task(TASK_CHASE_LOST_PUPIL_CTF, instance)).hasCandidateGroup("school-999001")
        .hasDueDate(Date.from(ZonedDateTime.of(2026, 12, 14, 17, 0, 0, 0, ProcessTestEngine.LONDON).toInstant()));
    complete(task(TASK_CHASE_LOST_PUPIL_CTF, instance), withVariables("ctfChaseNotes", "Our MIS was down; sent today"));
    assertThatThrownBy(() -> complete(task(TASK_SEND_LOST_PUPIL_CTF, instance), withVariables("ctfSentOn", "2026-12-14")))
        .isInstanceOf(InputRefusedException.class).satisfies(refusedFor("ctfSentOn", "in the future"));
    complete(task(TASK_SEND_LOST_PUPIL_CTF, instance), withVariables("ctfSentOn", "2026-12-11", "ctfReference", "850-CTF-1"));

    assertThat(instance).isEnded().hasPassed(EVENT_CTF_CHASED, TASK_RECORD_LOST_PUPIL, EVENT_CTF_SENT)
        .variables().containsEntry("ctfDestination", "XXXXXXX").containsEntry("ctfSentOn", "2026-12-11");
    assertThat(entry(instance).ctfDestination()).isEqualTo("XXXXXXX");
    assertThat(entry(instance).outcome()).isEqualTo(OffRollOutcome.CME_REFERRAL);
  }

  @Test
  void moving_away_with_a_new_school_named_is_confirmed_on_roll() {
    notification.put("ground", "g");
    notification.put("newSchoolName", "Hillside Academy, Leeds");

    assertThat(notify_()).isWaitingAt(TASK_CONFIRM_NEW_SCHOOL_ROLL);
  }

  @Test
  void emigrating_starts_the_emigration_checks_with_the_destination() {
    notification.put("ground", "g");
    notification.put("movingAbroad", true);
    notification.put("destinationCountry", "Portugal");
    notification.put("leavingDate", "2026-12-18");
    notification.put("newAddress", "Rua Exemplo 1, Lisboa");

    ProcessInstance instance = notify_();

    assertThat(instance).isEnded().hasPassed(TASK_START_EMIGRATION, TASK_RECORD_EMIGRATION, EVENT_EMIGRATION_STARTED);
    assertThat(emigrations).singleElement().satisfies(v -> assertThat(v).containsEntry("emigrationSource", "off-roll")
        .containsEntry("destinationCountry", "Portugal").containsEntry("leavingDate", "2026-12-18")
        .containsEntry("destinationAddress", "Rua Exemplo 1, Lisboa").containsEntry("destinationUnknown", false)
        .containsEntry("legalSurname", "Khan").containsKey("emigrationCircumstances"));
    assertThat(entry(instance).outcome()).isEqualTo(OffRollOutcome.EMIGRATION);
  }

  /**
   * The school knows the country but not the address abroad (the start form's new address is "if known"):
   * the emigration checks are told the destination is unknown, and refer the child as missing education,
   * instead of refusing the school's notification for a field its form does not have (the county-year
   * simulation's defect).
   */
  @Test
  void emigrating_with_no_address_known_starts_the_emigration_checks_with_the_destination_unknown() {
    notification.put("ground", "g");
    notification.put("movingAbroad", true);
    notification.put("destinationCountry", "Portugal");
    notification.put("leavingDate", "2026-12-18");

    ProcessInstance instance = notify_();

    assertThat(instance).isEnded().hasPassed(TASK_START_EMIGRATION, EVENT_EMIGRATION_STARTED);
    assertThat(emigrations).singleElement().satisfies(v -> assertThat(v).containsEntry("destinationUnknown", true)
        .containsEntry("destinationCountry", "Portugal"));
  }

  @Test
  void home_education_starts_the_ehe_check() {
    notification.put("ground", "f");
    notification.put("eheNotifiedOn", "2026-10-30");
    notification.put("specialSchoolLaArrangements", true);

    ProcessInstance instance = notify_();

    assertThat(instance).isEnded().hasPassed(TASK_START_EHE_CHECK, TASK_RECORD_EHE_CHECK, EVENT_EHE_CHECK_STARTED);
    assertThat(eheChecks).singleElement().satisfies(v -> assertThat(v).containsEntry("eheCheckSource", "off-roll")
        .containsEntry("eheNotifiedOn", "2026-10-30").containsEntry("specialSchoolLaArrangements", true)
        .containsEntry("offRollNotificationId", entry(instance).id()));
    assertThat(entry(instance).outcome()).isEqualTo(OffRollOutcome.EHE_CHECK);
  }

  @ParameterizedTest(name = "ground ({0}), provision {1}")
  @CsvSource({"j, false, CHILD_OF_INTEREST", "o, false, CHILD_OF_INTEREST", "j, true, LOGGED", "o, true, LOGGED"})
  void custody_or_exclusion_without_provision_flags_a_child_of_interest(String ground, boolean provision,
                                                                          OffRollOutcome outcome) {
    notification.put("ground", ground);
    notification.put("hasProvision", provision);

    ProcessInstance instance = notify_();
    if (outcome == OffRollOutcome.CHILD_OF_INTEREST) {
      // The escalation is started in a job of its own: the school's notification is saved first.
      assertThat(instance).isWaitingAt("Task_EscalateChildOfInterest");
      execute(job("Task_EscalateChildOfInterest", instance));
    }

    assertThat(instance).isEnded();
    assertThat(entry(instance).outcome()).isEqualTo(outcome);
    long escalations = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("escalation").count();
    assertThat(escalations).isEqualTo(outcome == OffRollOutcome.CHILD_OF_INTEREST ? 1 : 0);
  }

  /**
   * Issue 11, trigger 4: a child of interest (ground (j) or (o), no provision) is escalated. The child has
   * no open case here: the escalation is given the child's details and no case (it finds or opens one),
   * and the school's notification keeps nothing of the escalation.
   */
  @Test
  void a_child_of_interest_with_no_open_case_is_handed_to_the_escalation_with_the_childs_details() {
    notification.put("ground", "j");
    notification.put("hasProvision", false);

    ProcessInstance instance = notify_();
    execute(job("Task_EscalateChildOfInterest", instance));

    assertThat(instance).isEnded().hasPassed(TASK_FLAG_CHILD_OF_INTEREST, "Task_EscalateChildOfInterest",
        EVENT_CHILD_OF_INTEREST);
    ProcessInstance escalation = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("escalation").singleResult();
    assertThat(escalation).variables().containsEntry("escalationTrigger", "CHILD_OF_INTEREST")
        .containsEntry("escalationTriggerDetails", "Off-roll notification " + instance.getBusinessKey()
            + ", ground (j) with no provision: a child of interest")
        .containsEntry("legalForename", notification.get("legalForename"))
        .containsEntry("legalSurname", notification.get("legalSurname"))
        .containsEntry("dateOfBirth", notification.get("dateOfBirth"))
        .doesNotContainKey("caseReference");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName("escalationProcessInstanceId").count()).as("nothing of the escalation on the school's instance")
        .isZero();
    assertThat(engine.getAuthorizationService().createAuthorizationQuery().resourceId(escalation.getId()).count())
        .as("no school is granted the escalation").isZero();
  }

  @Test
  void leaving_an_independent_school_with_no_known_destination_is_referred() {
    notification.put("ground", "n");

    ProcessInstance instance = notify_();

    assertThat(instance).isEnded().hasPassed(EVENT_REFERRED).hasNotPassed(TASK_RECORD_LOST_PUPIL);
    assertThat(referrals).hasSize(1);
  }

  // --- School Attendance Orders (issue 10) ---------------------------------------------------

  /**
   * Ground (a) for a pupil whose School Attendance Order in force names the notifying school is not
   * accepted as (a): the pupil is registered there as the order requires, so the school keeps the pupil
   * and is emailed why; no officer's task, no confirmation at the new school, no referral.
   */
  @Test
  void ground_a_for_a_pupil_whose_school_attendance_order_names_the_school_is_refused_and_the_school_told_why() {
    CaseReference reference = caseWithOrderNaming("999001");
    notification.put("ground", "a");
    notification.put("newSchoolName", "Hillside Academy");

    ProcessInstance instance = notify_();

    assertThat(instance).isEnded().hasPassed(TASK_RECORD_SAO_KEEPS_PUPIL, TASK_TELL_SCHOOL_SAO_KEEPS_PUPIL,
        EVENT_SAO_KEEPS_PUPIL).hasNotPassed(TASK_CONFIRM_NEW_SCHOOL_ROLL).variables()
        .containsEntry("saoNamesSchool", true).containsEntry("offRollRoute", "sao-keeps-pupil")
        .containsEntry("offRollOutcome", "SAO_KEEPS_PUPIL");
    assertThat(emails).singleElement().satisfies(email -> assertThat(email)
        .containsEntry("template", "off-roll-sao-keeps-pupil").containsEntry("to", "attendance@riverside.example")
        .containsEntry("caseReference", reference.value()).containsEntry("ground", "a")
        .containsEntry("groundCitation", DeletionGround.A.citation().inFull()));
    OffRollEntry entry = entry(instance);
    assertThat(entry.route()).isEqualTo("sao-keeps-pupil");
    assertThat(entry.outcome()).isEqualTo(OffRollOutcome.SAO_KEEPS_PUPIL);
    assertThat(entry.outcomeDetail()).isEqualTo("ground (a) not accepted: a School Attendance Order in force names the school");
    assertThat(entry.caseReference()).isEqualTo(reference.value());
    assertThat(referrals).isEmpty();
    assertThat(engine.getTaskService().createTaskQuery().count()).isZero();
  }

  /** The question is asked of the child too (UPN and date of birth), not only of a case the notification joined. */
  @Test
  void ground_a_is_refused_for_the_child_with_an_order_even_when_the_notification_joins_no_case() {
    CaseReference reference = casework.openCase(ChildDetails.builder().legalForename("Tamsin").legalSurname("Overbury")
            .dateOfBirth(LocalDate.of(2015, 5, 14)).upn("B801200005001").build(SUBMITTED.toLocalDate()),
        ReferralDetails.builder(ReferralSource.AGENCY).circumstances("Missing").build(), "cme.officer",
        SUBMITTED.toInstant());
    orders.record(reference, order("999001"), "cme.officer", SUBMITTED.toInstant());
    notification.put("ground", "a");

    ProcessInstance instance = notify_();

    assertThat(entry(instance).caseReference()).as("a possible match is not joined").isNull();
    assertThat(instance).isEnded().hasPassed(EVENT_SAO_KEEPS_PUPIL);
    assertThat(entry(instance).outcome()).isEqualTo(OffRollOutcome.SAO_KEEPS_PUPIL);
  }

  @Test
  void ground_a_for_a_pupil_whose_order_names_another_school_is_confirmed_on_roll_as_usual() {
    caseWithOrderNaming("999002");

    ProcessInstance instance = registeredElsewhere();

    assertThat(instance).variables().containsEntry("saoNamesSchool", false).containsEntry("offRollRoute", "confirm-on-roll");
    assertThat(emails).isEmpty();
  }

  /**
   * Seed 003: a parent may withdraw a child to home educate "unless they are subject to a School
   * Attendance Order". Ground (f) for a pupil whose order names the school is not accepted: the school
   * keeps the pupil and is told why, and no EHE check starts (the parent asks for the order to be
   * revoked instead, s442).
   */
  @Test
  void home_education_for_a_pupil_whose_order_names_the_school_is_refused_and_no_ehe_check_starts() {
    CaseReference reference = caseWithOrderNaming("999001");
    notification.put("ground", "f");
    notification.put("eheNotifiedOn", "2026-10-30");

    ProcessInstance instance = notify_();

    assertThat(instance).isEnded().hasPassed(TASK_RECORD_SAO_KEEPS_PUPIL, TASK_TELL_SCHOOL_SAO_KEEPS_PUPIL,
        EVENT_SAO_KEEPS_PUPIL).hasNotPassed(TASK_START_EHE_CHECK);
    assertThat(eheChecks).isEmpty();
    assertThat(entry(instance).outcome()).isEqualTo(OffRollOutcome.SAO_KEEPS_PUPIL);
    assertThat(entry(instance).caseReference()).isEqualTo(reference.value());
    assertThat(emails).singleElement().satisfies(email -> assertThat(email)
        .containsEntry("template", "off-roll-sao-keeps-pupil").containsEntry("ground", "f")
        .containsEntry("groundCitation", DeletionGround.F.citation().inFull()));
  }

  @ParameterizedTest(name = "ground ({0})")
  @CsvSource({"d", "e"})
  void an_order_amended_or_revoked_by_the_schools_account_but_still_in_force_on_the_register_keeps_the_pupil(
      String ground) {
    caseWithOrderNaming("999001");
    notification.put("ground", ground);

    ProcessInstance instance = notify_();

    assertThat(instance).isEnded().hasPassed(EVENT_SAO_KEEPS_PUPIL).hasNotPassed(TASK_RECORD_SAO_CHANGE);
    assertThat(entry(instance).outcome()).isEqualTo(OffRollOutcome.SAO_KEEPS_PUPIL);
    assertThat(emails).singleElement().satisfies(email -> assertThat(email).containsEntry("ground", ground));
  }

  /**
   * Grounds (d) and (e) update the order's record themselves (no officer's task): the deletion is a line
   * of the case's audit trail against the order the amendment or revocation replaced.
   */
  @ParameterizedTest(name = "ground ({0})")
  @CsvSource({"d, AMENDMENT, amended, AMENDED", "e, REVOCATION, revoked, REVOKED"})
  void an_amended_or_revoked_order_is_updated_on_the_childs_case_without_a_task(String ground, SaoNoticeType change,
                                                                              String word, String status) {
    CaseReference reference = caseWithOrderNaming("999001");
    orders.record(reference, new SaoNoticeDetails(change, "Sara Khan", LocalDate.of(2026, 10, 26),
        ServiceMethod.BY_HAND, change == SaoNoticeType.AMENDMENT ? "999002" : null, List.of(), saoOrder, null, null),
        "cme.officer", SUBMITTED.toInstant());
    notification.put("ground", ground);

    ProcessInstance instance = notify_();

    assertThat(instance).isEnded().hasPassed(TASK_RECORD_SAO_CHANGE, EVENT_SAO_RECORD_UPDATED).variables()
        .containsEntry("saoNamesSchool", false).containsEntry("offRollRoute", "sao-update")
        .containsEntry("offRollOutcome", "SAO_RECORD_UPDATED");
    assertThat(engine.getTaskService().createTaskQuery().count()).as("no task for an officer").isZero();
    OffRollEntry entry = entry(instance);
    assertThat(entry.outcome()).isEqualTo(OffRollOutcome.SAO_RECORD_UPDATED);
    assertThat(entry.outcomeDetail()).isEqualTo("order #" + saoOrder + " " + word);
    assertThat(entry.caseReference()).isEqualTo(reference.value());
    assertThat(casework.history(reference)).extracting(uk.gov.cme.casework.CaseHistoryEntry::type,
            uk.gov.cme.casework.CaseHistoryEntry::detail)
        .contains(org.assertj.core.groups.Tuple.tuple(uk.gov.cme.casework.CaseEventType.SAO_SCHOOL_DELETION_RECORDED,
            "order #" + saoOrder + " " + status + ": school 999001 deleted the pupil, reg 9(1)(" + ground + ")"));
    assertThat(emails).isEmpty();
  }

  @ParameterizedTest(name = "ground ({0})")
  @CsvSource({"d", "e"})
  void an_amended_or_revoked_order_not_on_our_register_is_logged_as_not_on_record(String ground) {
    notification.put("ground", ground);

    ProcessInstance instance = notify_();

    assertThat(instance).isEnded().hasPassed(TASK_RECORD_SAO_CHANGE, EVENT_SAO_RECORD_UPDATED);
    assertThat(entry(instance).outcome()).isEqualTo(OffRollOutcome.SAO_NOT_ON_RECORD);
    assertThat(entry(instance).outcomeDetail()).isNull();
    assertThat(engine.getTaskService().createTaskQuery().count()).isZero();
  }

  @Test
  void ground_d_when_the_order_on_the_childs_case_was_revoked_not_amended_is_not_on_record() {
    CaseReference reference = caseWithOrderNaming("999001");
    orders.record(reference, new SaoNoticeDetails(SaoNoticeType.REVOCATION, "Sara Khan", LocalDate.of(2026, 10, 26),
        ServiceMethod.BY_HAND, null, List.of(), saoOrder, null, null), "cme.officer", SUBMITTED.toInstant());
    notification.put("ground", "d");

    ProcessInstance instance = notify_();

    assertThat(entry(instance).outcome()).isEqualTo(OffRollOutcome.SAO_NOT_ON_RECORD);
    assertThat(entry(instance).caseReference()).isEqualTo(reference.value());
    assertThat(casework.history(reference)).extracting(uk.gov.cme.casework.CaseHistoryEntry::type)
        .doesNotContain(uk.gov.cme.casework.CaseEventType.SAO_SCHOOL_DELETION_RECORDED);
  }

  // --- safeguarding -------------------------------------------------------------------------

  @Test
  void a_safeguarding_concern_on_the_joint_decision_starts_a_safeguarding_referral_and_the_decision_stays() {
    ProcessInstance instance = notify_();

    engine.getIdentityService().setAuthentication("cme.officer", List.of("cme-officer"));
    engine.getTaskService().setVariables(task(instance).getId(), Map.of("raiseSafeguardingConcern", true,
        "safeguardingDetails", "Neighbour heard shouting"));
    engine.getIdentityService().clearAuthentication();

    assertThat(instance).hasPassed(TASK_RAISE_SAFEGUARDING_REFERRAL, EVENT_SAFEGUARDING_REFERRAL_STARTED)
        .isWaitingAt(TASK_JOINT_DECISION);
    ProcessInstance safeguarding = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("safeguarding-referral").singleResult();
    assertThat(safeguarding).isWaitingAt("Task_MakeInterAgencyReferral").variables()
        .containsEntry("concernRaisedBy", "cme.officer").containsEntry("legalSurname", "Khan")
        .containsEntry("schoolUrn", "999001");
  }

  @Test
  void safeguarding_details_an_officer_types_without_raising_a_concern_never_stay_in_the_schools_instance() {
    ProcessInstance instance = notify_();

    engine.getIdentityService().setAuthentication("cme.officer", List.of("cme-officer"));
    complete(task(TASK_JOINT_DECISION, instance), withVariables("jointDecision", "refused", "jointDecisionReason",
        "Keep the pupil on roll", "raiseSafeguardingConcern", false, "safeguardingDetails", "Officer's private worry"));
    engine.getIdentityService().clearAuthentication();

    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName("safeguardingDetails").singleResult().getValue()).isNull();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("safeguarding-referral")
        .count()).isZero();
  }

  @Test
  void a_safeguarding_concern_raised_when_completing_a_task_reaches_the_referral_and_leaves_the_schools_instance() {
    ProcessInstance instance = registeredElsewhere();

    engine.getIdentityService().setAuthentication("cme.officer", List.of("cme-officer"));
    complete(task(TASK_CONFIRM_NEW_SCHOOL_ROLL, instance), withVariables("newSchoolConfirmed", "yes",
        "newSchoolConfirmedOn", "2026-11-10", "raiseSafeguardingConcern", true,
        "safeguardingDetails", "Bruising seen at the new school"));
    engine.getIdentityService().clearAuthentication();

    ProcessInstance safeguarding = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("safeguarding-referral").singleResult();
    assertThat(safeguarding).variables().containsEntry("concernDetails", "Bruising seen at the new school");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName("safeguardingDetails").singleResult().getValue()).isNull();
  }

  // --- helpers ------------------------------------------------------------------------------

  ProcessInstance notify_() {
    engine.getIdentityService().setAuthentication("riverside.attendance", List.of("school-999001"));
    try {
      return engine.getRuntimeService().startProcessInstanceByKey(OffRollNotificationProcess.KEY, notification);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  ProcessInstance registeredElsewhere() {
    notification.put("ground", "a");
    notification.put("newSchoolName", "Hillside Academy");
    notification.put("newSchoolStartDate", "2026-11-09");
    ProcessInstance instance = notify_();
    assertThat(instance).isWaitingAt(TASK_CONFIRM_NEW_SCHOOL_ROLL);
    return instance;
  }

  void decide(ProcessInstance instance, String decision, String reason) {
    engine.getIdentityService().setAuthentication("cme.officer", List.of("cme-officer"));
    try {
      complete(task(TASK_JOINT_DECISION, instance), withVariables("jointDecision", decision, "jointDecisionReason", reason));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  /** Amira Khan's open case with a School Attendance Order in force naming the school ({@link #saoOrder}). */
  CaseReference caseWithOrderNaming(String school) {
    CaseReference reference = casework.openCase(ChildDetails.builder().legalForename("Amira").legalSurname("Khan")
            .dateOfBirth(LocalDate.of(2015, 5, 14)).upn("B801200005001").build(SUBMITTED.toLocalDate()),
        ReferralDetails.builder(ReferralSource.AGENCY).circumstances("Missing").build(), "cme.officer",
        SUBMITTED.toInstant());
    saoOrder = orders.record(reference, order(school), "cme.officer", SUBMITTED.toInstant());
    return reference;
  }

  static SaoNoticeDetails order(String school) {
    return new SaoNoticeDetails(SaoNoticeType.SCHOOL_ATTENDANCE_ORDER, "Sara Khan", LocalDate.of(2026, 10, 12),
        ServiceMethod.BY_HAND, school, List.of(), null, null, null);
  }

  OffRollEntry entry(ProcessInstance instance) {
    Object id = engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName("offRollNotificationId").singleResult().getValue();
    return register.find(((Number) id).longValue()).orElseThrow();
  }

  /** A deletion return from Riverside Primary (URN 999001) for Amira Khan. */
  static Map<String, Object> aNotification(String ground) {
    Map<String, Object> v = new HashMap<>();
    v.put("referrerName", "R. Attendance");
    v.put("referrerEmail", "attendance@riverside.example");
    v.put("legalForename", "Amira");
    v.put("legalSurname", "Khan");
    v.put("dateOfBirth", "2015-05-14");
    v.put("upn", "b801200005001");
    v.put("address", "12 Riverside Road, Winchester");
    v.put("postcode", "so23 8uj");
    v.put("parent1Name", "Sara Khan");
    v.put("parent1Phone", "07700 900123");
    v.put("ground", ground);
    v.put("proposedDeletionDate", "2026-11-20");
    v.put("lastAttendanceDate", "2026-10-02");
    v.put("circumstances", "Not seen since 2 October; phone disconnected; home visit: house empty.");
    return v;
  }
}
