package uk.gov.cme.process.shared.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static uk.gov.cme.process.shared.safeguarding.SafeguardingReferralProcess.Elements.END_OVERDUE_FOLLOWED_UP;
import static uk.gov.cme.process.shared.safeguarding.SafeguardingReferralProcess.Elements.END_REFERRAL_MADE;
import static uk.gov.cme.process.shared.safeguarding.SafeguardingReferralProcess.Elements.END_SOCIAL_WORKER_INFORMED;
import static uk.gov.cme.process.shared.safeguarding.SafeguardingReferralProcess.Elements.END_THRESHOLD_NOT_MET;
import static uk.gov.cme.process.shared.safeguarding.SafeguardingReferralProcess.Elements.TASK_FOLLOW_UP_OVERDUE;
import static uk.gov.cme.process.shared.safeguarding.SafeguardingReferralProcess.Elements.TASK_MAKE_REFERRAL;
import static uk.gov.cme.process.shared.safeguarding.SafeguardingReferralProcess.Elements.TASK_RECORD_CONCERN;
import static uk.gov.cme.process.shared.safeguarding.SafeguardingReferralProcess.Elements.TIMER_REFERRAL_OVERDUE;
import static uk.gov.cme.process.shared.safeguarding.SafeguardingReferralProcess.Variables.CONCERN_RAISED_AT;
import static uk.gov.cme.process.shared.safeguarding.SafeguardingReferralProcess.Variables.CONCERN_RAISED_BY;
import static uk.gov.cme.process.shared.safeguarding.SafeguardingReferralProcess.Variables.REFERRAL_OUTCOME;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
import org.junit.jupiter.params.provider.CsvSource;
import uk.gov.cme.validation.InputRefusedException;
import uk.gov.cme.process.ProcessTestEngine;
import uk.gov.cme.rules.calendar.ProvisionalDeadline;

@Deployment(resources = {
    "processes/shared/safeguarding-referral.bpmn",
    "forms/safeguarding-referral/raise-safeguarding-concern.form",
    "forms/safeguarding-referral/make-inter-agency-referral.form",
    "forms/safeguarding-referral/follow-up-overdue-safeguarding-referral.form"})
class SafeguardingReferralProcessTest {

  /** Every deadline the calendar could give only provisionally (none, for safeguarding). */
  static final List<ProvisionalDeadline> PROVISIONAL = new java.util.concurrent.CopyOnWriteArrayList<>();

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension
      .builder(ProcessTestEngine.configuration(Map.of(
          "calendar", ProcessTestEngine.calendar(PROVISIONAL::add),
          "recordSafeguardingConcernDelegate", new RecordSafeguardingConcernDelegate())))
      .assertClassCoverageAtLeast(0.9)
      .build();

  /** Thursday 24 December 2026, 10:00 in London: the next working day is Tuesday 29 December. */
  static final ZonedDateTime CHRISTMAS_EVE = ZonedDateTime.of(2026, 12, 24, 10, 0, 0, 0, ProcessTestEngine.LONDON);
  static final ZonedDateTime REFERRAL_DUE = ZonedDateTime.of(2026, 12, 29, 17, 0, 0, 0, ProcessTestEngine.LONDON);

  ProcessEngine engine;
  Map<String, Object> concern;

  @BeforeEach
  void setUp() {
    engine = extension.getProcessEngine();
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(Date.from(CHRISTMAS_EVE.toInstant()));
    concern = aConcernAboutAChild();
    PROVISIONAL.clear();
  }

  @AfterEach
  void tearDown() {
    engine.getIdentityService().clearAuthentication();
    ClockUtil.reset();
  }

  @Test
  void a_concern_becomes_a_social_care_task_due_the_next_working_day() {
    ProcessInstance instance = raiseAs("cme.officer", List.of("cme-officer"));

    assertThat(instance).hasPassed(TASK_RECORD_CONCERN).isWaitingAt(TASK_MAKE_REFERRAL)
        .variables().containsEntry(CONCERN_RAISED_BY, "cme.officer")
        .containsEntry(CONCERN_RAISED_AT, Date.from(CHRISTMAS_EVE.toInstant()))
        .containsEntry("childName", "Sam Example");
    assertThat(task(instance)).hasCandidateGroup("social-care").hasDueDate(Date.from(REFERRAL_DUE.toInstant()));
  }

  /**
   * Issue 8, defect 2: "a safeguarding concern raised on 2029-03-01 cannot be recorded at all". The
   * shipped bank holidays are listed to 2028 and the term dates end in July 2028; the concern is
   * recorded, its due date is the next working day from the England and Wales rules, and nothing about
   * it depends on the term dates.
   */
  @ParameterizedTest(name = "raised {0}: due {1}")
  @CsvSource(textBlock = """
      2029-03-01T10:00, 2029-03-02T17:00, a Thursday beyond the bank-holiday file and the term dates
      2029-03-29T15:00, 2029-04-03T17:00, Maundy Thursday 2029: Good Friday 30 March and Easter Monday 2 April
      2029-12-24T09:00, 2029-12-27T17:00, Christmas Eve 2029: Christmas Day and Boxing Day
      2035-08-24T16:00, 2035-08-28T17:00, Friday before the Summer bank holiday 2035
      """)
  void calendars_run_out_a_concern_raised_beyond_the_calendar_data_is_recorded_and_due_the_next_working_day(
      java.time.LocalDateTime raised, java.time.LocalDateTime due, String why) {
    ClockUtil.setCurrentTime(Date.from(raised.atZone(ProcessTestEngine.LONDON).toInstant()));

    ProcessInstance instance = raiseAs("riverside.dsl", List.of("school-999001"));

    assertThat(instance).as(why).hasPassed(TASK_RECORD_CONCERN).isWaitingAt(TASK_MAKE_REFERRAL).variables()
        .containsEntry(CONCERN_RAISED_AT, Date.from(raised.atZone(ProcessTestEngine.LONDON).toInstant()));
    Date dueDate = Date.from(due.atZone(ProcessTestEngine.LONDON).toInstant());
    assertThat(task(instance)).hasCandidateGroup("social-care").hasDueDate(dueDate);
    assertThat(job(TIMER_REFERRAL_OVERDUE, instance)).hasDueDate(dueDate);
    assertThat(PROVISIONAL).as("a safeguarding concern never depends on the term dates").isEmpty();
  }

  @Test
  void a_school_user_always_raises_for_their_own_school_and_cannot_read_social_cares_work() {
    concern.put("schoolUrn", "999002");

    ProcessInstance instance = raiseAs("riverside.dsl", List.of("school-999001"));

    assertThat(instance).variables().containsEntry("schoolUrn", "999001").doesNotContainKey("schoolGroup");
    assertThat(engine.getAuthorizationService().createAuthorizationQuery()
        .resourceType(Resources.PROCESS_INSTANCE).resourceId(instance.getId()).count())
        .as("the referral is social care's work: no school is granted it").isZero();
  }

  @Test
  void an_officer_may_name_the_childs_school_which_is_not_granted_the_instance() {
    concern.put("schoolUrn", "999002");

    ProcessInstance instance = raiseAs("cme.officer", List.of("cme-officer"));

    assertThat(instance).variables().containsEntry("schoolUrn", "999002").doesNotContainKey("schoolGroup");
    assertThat(engine.getAuthorizationService().createAuthorizationQuery()
        .resourceType(Resources.PROCESS_INSTANCE).resourceId(instance.getId()).count()).isZero();
  }

  @Test
  void a_concern_without_a_school_grants_no_school_access() {
    ProcessInstance instance = raiseAs("cme.officer", List.of("cme-officer"));

    assertThat(instance).variables().doesNotContainKey("schoolGroup");
    assertThat(engine.getAuthorizationService().createAuthorizationQuery()
        .resourceType(Resources.PROCESS_INSTANCE).resourceId(instance.getId()).count()).isZero();
  }

  @Test
  void an_inter_agency_referral_made_ends_the_process() {
    ProcessInstance instance = raiseAs("cme.officer", List.of("cme-officer"));

    complete(task(instance), withVariables(REFERRAL_OUTCOME, SafeguardingReferralProcess.Outcomes.IARF_SUBMITTED,
        "iarfReference", "IARF-123"));

    assertThat(instance).isEnded().hasPassed(END_REFERRAL_MADE);
  }

  @Test
  void a_child_already_known_ends_with_the_social_worker_informed() {
    ProcessInstance instance = raiseAs("cme.officer", List.of("cme-officer"));

    complete(task(instance), withVariables(REFERRAL_OUTCOME,
        SafeguardingReferralProcess.Outcomes.SOCIAL_WORKER_INFORMED, "socialWorkerName", "A. Worker, Team 3"));

    assertThat(instance).isEnded().hasPassed(END_SOCIAL_WORKER_INFORMED);
  }

  @Test
  void below_threshold_ends_with_advice_recorded() {
    ProcessInstance instance = raiseAs("cme.officer", List.of("cme-officer"));

    complete(task(instance), withVariables(REFERRAL_OUTCOME, SafeguardingReferralProcess.Outcomes.THRESHOLD_NOT_MET,
        "adviceGiven", "Early help offered"));

    assertThat(instance).isEnded().hasPassed(END_THRESHOLD_NOT_MET);
  }

  @Test
  void an_overdue_referral_alerts_the_cme_manager_and_stays_with_social_care() {
    ProcessInstance instance = raiseAs("cme.officer", List.of("cme-officer"));
    assertThat(job(TIMER_REFERRAL_OVERDUE, instance)).hasDueDate(Date.from(REFERRAL_DUE.toInstant()));

    ClockUtil.setCurrentTime(Date.from(REFERRAL_DUE.plusMinutes(1).toInstant()));
    execute(job(TIMER_REFERRAL_OVERDUE, instance));

    assertThat(instance).isWaitingAt(TASK_MAKE_REFERRAL, TASK_FOLLOW_UP_OVERDUE);
    Task followUp = task(TASK_FOLLOW_UP_OVERDUE, instance);
    assertThat(followUp).hasCandidateGroup("cme-manager");
    complete(followUp, withVariables("overdueFollowUpAction", "Phoned the front door duty manager"));
    assertThat(instance).hasPassed(END_OVERDUE_FOLLOWED_UP).isWaitingAt(TASK_MAKE_REFERRAL);

    complete(task(TASK_MAKE_REFERRAL, instance),
        withVariables(REFERRAL_OUTCOME, SafeguardingReferralProcess.Outcomes.IARF_SUBMITTED));
    assertThat(instance).isEnded();
  }

  @Test
  void a_concern_without_details_is_refused_and_nothing_is_saved() {
    concern.put("concernDetails", " ");
    concern.remove("legalSurname");

    assertThatThrownBy(() -> raiseAs("cme.officer", List.of("cme-officer")))
        .isInstanceOf(InputRefusedException.class)
        .satisfies(e -> assertThat(((InputRefusedException) e).faults()).extracting(f -> f.field())
            .contains("concernDetails", "legalSurname"));
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).isZero();
  }

  ProcessInstance raiseAs(String userId, List<String> groups) {
    engine.getIdentityService().setAuthentication(userId, groups);
    try {
      return engine.getFormService().submitStartForm(
          engine.getRepositoryService().createProcessDefinitionQuery()
              .processDefinitionKey(SafeguardingReferralProcess.KEY).singleResult().getId(),
          concern);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  static Map<String, Object> aConcernAboutAChild() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("legalForename", "Sam");
    variables.put("legalSurname", "Example");
    variables.put("dateOfBirth", "2015-03-04");
    variables.put("concernDetails", "Seen with unexplained bruising on both arms today.");
    variables.put("policeContacted", false);
    return variables;
  }
}
