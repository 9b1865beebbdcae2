package uk.gov.cme.process.emigration;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.cme.process.Refusals.refusedFor;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static uk.gov.cme.process.emigration.EmigrationProcess.Elements.*;

import java.time.Instant;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.data.jdbc.DataJdbcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.ComponentScan;
import uk.gov.cme.validation.InputRefusedException;
import uk.gov.cme.casework.Agency;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.CaseStatus;
import uk.gov.cme.casework.CaseView;
import uk.gov.cme.casework.Casework;
import uk.gov.cme.casework.ChildDetails;
import uk.gov.cme.casework.OutcomeCode;
import uk.gov.cme.casework.ReferralDetails;
import uk.gov.cme.casework.ReferralSource;
import uk.gov.cme.process.ProcessTestEngine;
import uk.gov.cme.process.shared.casematch.CaseMatchBeans;
import uk.gov.cme.security.CaseAccess;
import uk.gov.cme.process.shared.safeguarding.SafeguardingDelegates;

/**
 * Every path and timer of the emigration process (P6) on an in-memory engine, with the real case
 * register (H2, rolled back after each test). The CME referral it starts is recorded, not run (the
 * joined walk-through with cme-referral is a separate test).
 */
@DataJdbcTest
@Deployment(resources = {"processes/emigration.bpmn", "processes/shared/safeguarding-referral.bpmn",
    "processes/shared/confirm-case-match.bpmn"})
class EmigrationProcessTest {

  @TestConfiguration(proxyBeanMethods = false)
  /** The case register and its test clock, found by scanning its package; instances follow a merge. */
  @ComponentScan(basePackageClasses = Casework.class)
  static class CaseRegister {

    @org.springframework.context.annotation.Bean
    Object caseMergeFollowers() {
      return CaseMatchBeans.followers(extension.getProcessEngine());
    }
  }

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension
      .builder(ProcessTestEngine.configuration(Map.of("calendar", ProcessTestEngine.calendar())))
      .assertClassCoverageAtLeast(0.9)
      .excludeProcessDefinitionKeys("safeguarding-referral", "confirm-case-match")
      .build();

  /** Monday 2 November 2026, 10:00 London: the school is told the family is emigrating. */
  static final ZonedDateTime REPORTED = ZonedDateTime.of(2026, 11, 2, 10, 0, 0, 0, ProcessTestEngine.LONDON);
  /** The family leaves on Friday 18 December 2026, the last day of the autumn term. */
  static final String LEAVING_DATE = "2026-12-18";
  /** The first working day after the leaving date, close of business: Monday 21 December 2026. */
  static final ZonedDateTime LEAVING_DATE_PASSED = ZonedDateTime.of(2026, 12, 21, 17, 0, 0, 0, ProcessTestEngine.LONDON);
  /** 5 school days after that: the Christmas holidays do not count (spring term starts 4 January 2027). */
  static final ZonedDateTime CONFIRM_BY = ZonedDateTime.of(2027, 1, 8, 17, 0, 0, 0, ProcessTestEngine.LONDON);

  @Autowired
  Casework casework;

  ProcessEngine engine;
  final List<Map<String, Object>> cmeReferrals = new ArrayList<>();
  Map<String, Object> notice;

  @BeforeEach
  void setUp() {
    engine = extension.getProcessEngine();
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(Date.from(REPORTED.toInstant()));
    @SuppressWarnings("unchecked")
    Map<Object, Object> beans = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getBeans();
    var runtime = engine.getRuntimeService();
    beans.put(ProcessTestEngine.CASE_ACCESS, new CaseAccess(casework, ProcessTestEngine.access()));
    beans.put("recordEmigrationNoticeDelegate", new RecordEmigrationNoticeDelegate(new EmigrationIntake(casework),
        new uk.gov.cme.process.shared.casematch.ChildCases(casework, runtime)));
    beans.put("recordOffRollDelegate", new RecordOffRollDelegate(casework));
    CaseMatchBeans.register(engine, casework);
    beans.put("noteSafeguardingConcernListener", new NoteSafeguardingConcernListener());
    beans.put("raiseSafeguardingConcernDelegate", SafeguardingDelegates.raise(runtime));
    beans.put("recordSafeguardingConcernDelegate", SafeguardingDelegates.record());
    beans.put("startCmeReferralDelegate", (JavaDelegate) execution -> cmeReferrals.add(Map.of(
        "source", execution.getVariable("cmeReferralSource"),
        "circumstances", execution.getVariable("cmeReferralCircumstances"),
        "legalSurname", execution.getVariable("legalSurname"))));
    notice = aSchoolNotice();
  }

  @AfterEach
  void tearDown() {
    engine.getIdentityService().clearAuthentication();
    ClockUtil.reset();
  }

  // --- notice ---------------------------------------------------------------------------------

  @Test
  void a_school_reports_an_emigration_and_nothing_happens_before_the_leaving_date() {
    ProcessInstance instance = report();

    assertThat(instance).hasPassed(TASK_RECORD_EMIGRATION_NOTICE).isWaitingAt(EVENT_LEAVING_DATE_PASSED)
        .variables().containsEntry("schoolUrn", "999001").containsEntry("confirmationGroup", "school-999001")
        .containsEntry("destinationUnknown", false).containsEntry("receivedBy", "riverside.dsl")
        .containsEntry("childInitials", "S.E.").containsEntry("upn", "B801200005001");
    assertThat(job(EVENT_LEAVING_DATE_PASSED, instance).getDuedate()).isEqualTo(Date.from(LEAVING_DATE_PASSED.toInstant()));
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
  }

  @Test
  void a_destination_unknown_is_referred_to_the_cme_team_at_once() {
    notice.put("destinationUnknown", true);
    notice.remove("destinationAddress");
    notice.remove("destinationCountry");

    ProcessInstance instance = report();

    assertThat(instance).isEnded().hasPassed(TASK_REFER_DESTINATION_UNKNOWN, EVENT_REFERRED_DESTINATION_UNKNOWN)
        .hasNotPassed(EVENT_LEAVING_DATE_PASSED);
    assertThat(cmeReferrals).singleElement().satisfies(referral -> {
      // the notice is the referral: a school's referral would ask for the school's attempts to locate the
      // child, which an emigration notice does not collect (and refused it)
      assertThat(referral).containsEntry("source", "emigration-notice").containsEntry("legalSurname", "Example");
      assertThat((String) referral.get("circumstances")).contains("no destination address", "Leaving date 2026-12-18");
    });
  }

  @Test
  void started_from_an_off_roll_notification_a_destination_unknown_is_referred_as_an_off_roll_referral() {
    notice.put("destinationUnknown", true);
    notice.put("emigrationSource", "off-roll");
    notice.remove("destinationAddress");

    ProcessInstance instance = report();

    assertThat(instance).isEnded().hasPassed(TASK_REFER_DESTINATION_UNKNOWN);
    assertThat(cmeReferrals).singleElement().satisfies(referral -> assertThat(referral).containsEntry("source", "off-roll"));
  }

  @Test
  void a_notice_with_faults_is_refused_with_each_field_named_and_nothing_is_saved() {
    notice.put("upn", "A801200005001");
    notice.put("leavingDate", "2026-13-01");
    notice.remove("legalSurname");
    notice.remove("destinationAddress");
    notice.put("parentEmail", "not an address");

    assertThatThrownBy(this::report).isInstanceOf(InputRefusedException.class)
        .satisfies(e -> assertThat(((InputRefusedException) e).faults()).extracting(f -> f.field())
            .containsExactlyInAnyOrder("upn", "leavingDate", "legalSurname", "destinationAddress", "parentEmail"));
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).isZero();
  }

  @Test
  void a_leaving_date_more_than_a_year_ahead_or_missing_is_refused() {
    notice.put("leavingDate", "2027-11-03");
    assertThatThrownBy(this::report).isInstanceOf(InputRefusedException.class).satisfies(refusedFor("leavingDate", "more than 12 months"));

    notice.remove("leavingDate");
    assertThatThrownBy(this::report).isInstanceOf(InputRefusedException.class).satisfies(refusedFor("leavingDate", "the date"));
  }

  // --- confirmation after the leaving date ----------------------------------------------------

  @Test
  void after_the_leaving_date_the_school_confirms_the_departure_and_the_pupil_goes_off_roll_to_mmmmmmm() {
    ProcessInstance instance = leavingDatePassed(report());

    assertThat(instance).isWaitingAt(TASK_CONFIRM_DEPARTURE);
    assertThat(task(instance)).hasCandidateGroup("school-999001").hasDueDate(Date.from(CONFIRM_BY.toInstant()));
    confirm(instance, "riverside.dsl", "school-999001", confirmed("2026-12-21"));

    assertThat(instance).isEnded().hasPassed(TASK_RECORD_OFF_ROLL, EVENT_CLOSED_LEFT_COUNTRY).variables()
        .containsEntry("offRollGround", "g").containsEntry("lostPupilDestination", "MMMMMMM")
        .containsEntry("offRolledOn", "2026-12-21").containsEntry("departureConfirmedBy", "riverside.dsl")
        .containsEntry("caseClosed", true);
    assertThat(casework.find(CaseReference.of(instance.getBusinessKey())).orElseThrow().outcomeCode())
        .as("the case the notice opened closes as left the country").isEqualTo(OutcomeCode.LEFT_THE_COUNTRY);
    assertThat(cmeReferrals).isEmpty();
  }

  /**
   * Issue 8, defect 6, "Lost Pupil Database deadlines": the emigration had no CTF deadline. The school
   * takes the pupil off roll and sends the CTF (destination MMMMMMM) on "Confirm the family has left",
   * due 5 school days after the leaving date (Fri 18 Dec 2026: Fri 8 Jan 2027); the CTF is due 15 school
   * days after the leaving date (Fri 22 Jan 2027), and when that passes with the confirmation still open
   * the school gets a reminder task. Confirming then takes the pupil off roll as before.
   */
  @Test
  void defect6_the_ctf_abroad_is_due_15_school_days_after_the_leaving_date_and_the_school_is_chased_when_it_passes() {
    ProcessInstance instance = leavingDatePassed(report());
    assertThat(task(TASK_CONFIRM_DEPARTURE, instance)).hasDueDate(Date.from(CONFIRM_BY.toInstant()));
    Job ctf = job(EVENT_CTF_ABROAD_OVERDUE, instance);
    assertThat(ctf).hasDueDate(Date.from(ZonedDateTime.of(2027, 1, 22, 17, 0, 0, 0, ProcessTestEngine.LONDON).toInstant()));

    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2027, 1, 22, 17, 1, 0, 0, ProcessTestEngine.LONDON).toInstant()));
    execute(ctf);

    assertThat(instance).isWaitingAt(TASK_CONFIRM_DEPARTURE, TASK_CHASE_CTF_ABROAD);
    assertThat(task(TASK_CHASE_CTF_ABROAD, instance)).hasCandidateGroup("school-999001")
        .hasDueDate(Date.from(ZonedDateTime.of(2027, 1, 25, 17, 0, 0, 0, ProcessTestEngine.LONDON).toInstant()));
    complete(task(TASK_CHASE_CTF_ABROAD, instance), withVariables("ctfChaseNotes", "Waiting for the parent's email"));
    confirm(instance, "riverside.dsl", "school-999001", confirmed("2027-01-22"));

    assertThat(instance).isEnded().hasPassed(EVENT_CTF_ABROAD_CHASED, TASK_RECORD_OFF_ROLL)
        .variables().containsEntry("lostPupilDestination", "MMMMMMM");
  }

  @Test
  void the_pupil_cannot_be_taken_off_roll_before_the_leaving_date_nor_without_evidence() {
    ProcessInstance instance = leavingDatePassed(report());
    Map<String, Object> early = confirmed("2026-12-17");
    early.put("departureEvidence", " ");

    assertThatThrownBy(() -> confirm(instance, "riverside.dsl", "school-999001", early))
        .isInstanceOf(InputRefusedException.class)
        .satisfies(e -> assertThat(((InputRefusedException) e).faults()).extracting(f -> f.field())
            .containsExactlyInAnyOrder("offRolledOn", "departureEvidence"));
    assertThat(instance).isWaitingAt(TASK_CONFIRM_DEPARTURE);
  }

  @Test
  void a_departure_that_cannot_be_confirmed_is_referred_to_the_cme_team() {
    ProcessInstance instance = leavingDatePassed(report());

    confirm(instance, "riverside.dsl", "school-999001", Map.of("departureOutcome", "not-confirmed",
        "departureNotes", "The house is still occupied; the child was seen in town."));

    assertThat(instance).isEnded().hasPassed(TASK_REFER_NOT_CONFIRMED, EVENT_REFERRED_NOT_CONFIRMED)
        .hasNotPassed(TASK_RECORD_OFF_ROLL);
    assertThat(cmeReferrals).singleElement().satisfies(referral ->
        assertThat((String) referral.get("circumstances")).contains("not confirmed", "the child was seen in town"));
  }

  @Test
  void a_safeguarding_concern_about_the_move_refers_the_child_to_the_cme_team() {
    ProcessInstance instance = leavingDatePassed(report());

    confirm(instance, "riverside.dsl", "school-999001", Map.of("departureOutcome", "safeguarding-concern",
        "departureNotes", "The father said the child would be sent away to relatives."));

    assertThat(instance).isEnded().hasPassed(TASK_REFER_NOT_CONFIRMED).hasNotPassed(TASK_RECORD_OFF_ROLL);
    assertThat(cmeReferrals).singleElement().satisfies(referral ->
        assertThat((String) referral.get("circumstances")).contains("sent away to relatives"));
  }

  @Test
  void a_safeguarding_concern_raised_on_the_confirmation_goes_to_the_front_door_and_the_child_is_not_just_taken_off_roll() {
    ProcessInstance instance = leavingDatePassed(report());
    Map<String, Object> answers = confirmed("2026-12-21");
    answers.put("raiseSafeguardingConcern", true);
    answers.put("safeguardingDetails", "Child may be taken abroad against her will");

    confirm(instance, "riverside.dsl", "school-999001", answers);

    assertThat(instance).isEnded().hasPassed(TASK_RAISE_SAFEGUARDING_REFERRAL, TASK_REFER_NOT_CONFIRMED)
        .hasNotPassed(TASK_RECORD_OFF_ROLL).variables().containsEntry("safeguardingConcernRaised", true);
    assertThat(cmeReferrals).hasSize(1);
    ProcessInstance safeguarding = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("safeguarding-referral").singleResult();
    assertThat(safeguarding).isWaitingAt("Task_MakeInterAgencyReferral").variables()
        .containsEntry("concernRaisedBy", "riverside.dsl").containsEntry("legalSurname", "Example");
  }

  @Test
  void a_safeguarding_concern_on_the_notice_goes_to_the_front_door_at_once_and_later_to_the_cme_team() {
    notice.put("raiseSafeguardingConcern", true);
    notice.put("safeguardingDetails", "Sibling says the child is frightened of the move");

    ProcessInstance instance = report();

    assertThat(instance).hasPassed(TASK_RAISE_SAFEGUARDING_REFERRAL).isWaitingAt(EVENT_LEAVING_DATE_PASSED)
        .variables().containsEntry("safeguardingConcernRaised", true);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("safeguarding-referral").count()).isEqualTo(1);
    confirm(leavingDatePassed(instance), "riverside.dsl", "school-999001", confirmed("2026-12-21"));
    assertThat(instance).isEnded().hasPassed(TASK_REFER_NOT_CONFIRMED).hasNotPassed(TASK_RECORD_OFF_ROLL);
  }

  // --- started by another process (the CME referral's "left the country") ----------------------

  @Test
  void started_for_an_open_case_without_a_school_the_cme_team_confirms_and_the_case_closes_as_left_the_country() {
    CaseReference reference = anOpenCase();
    Map<String, Object> variables = aChild();
    variables.put("caseReference", reference.value());
    variables.put("leavingDate", "2026-10-20");
    variables.put("destinationCountry", "Portugal");
    variables.put("destinationAddress", "Rua Exemplo 1, Lisboa");

    ProcessInstance instance = startAs("cme.officer", List.of("cme-officer"), reference.value(), variables);
    assertThat(instance).isWaitingAt(EVENT_LEAVING_DATE_PASSED).variables().containsEntry("confirmationGroup", "cme-officer");
    execute(job(EVENT_LEAVING_DATE_PASSED, instance)); // the leaving date is past: due at once

    assertThat(task(instance)).hasCandidateGroup("cme-officer");
    confirm(instance, "cme.officer", "cme-officer", confirmed("2026-11-02"));

    assertThat(instance).isEnded().hasPassed(EVENT_CLOSED_LEFT_COUNTRY).variables().containsEntry("caseClosed", true);
    assertThat(instance.getBusinessKey()).isEqualTo(reference.value());
    CaseView closed = casework.find(reference).orElseThrow();
    assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(closed.outcomeCode()).isEqualTo(OutcomeCode.LEFT_THE_COUNTRY);
    assertThat(closed.outcomeReason()).contains("Portugal", "Evidence: ");
    assertThat(closed.enquiries()).singleElement().satisfies(e -> {
      assertThat(e.details().agency()).isEqualTo(Agency.S2S);
      assertThat(e.details().contact()).contains("MMMMMMM")
          .contains("regulation 9(1)(g) of the School Attendance (Pupil Registration) (England) Regulations 2024");
    });
  }

  // --- one case per child (issue 8, defect 5) ----------------------------------------------------

  @Test
  void a_schools_emigration_notice_for_a_child_with_no_open_case_opens_one_the_la_tracks() {
    ProcessInstance instance = report();

    CaseReference reference = CaseReference.of(instance.getBusinessKey());
    assertThat(instance).variables().containsEntry("caseReference", reference.value());
    CaseView opened = casework.find(reference).orElseThrow();
    assertThat(opened.status()).isEqualTo(CaseStatus.OPEN);
    assertThat(opened.referrals()).singleElement().satisfies(r -> {
      assertThat(r.details().source()).isEqualTo(ReferralSource.EMIGRATION_NOTICE);
      assertThat(r.details().referringSchoolUrn()).isEqualTo("999001");
      assertThat(r.details().referrerEmail()).as("told when the case closes").isEqualTo("dsl@riverside.example");
    });
    assertThat(casework.mayActOn(reference, java.util.Set.of("school-999001"))).isTrue();
  }

  @Test
  void a_schools_emigration_notice_for_a_child_with_an_open_case_joins_that_case() {
    CaseReference reference = anOpenCase();

    ProcessInstance instance = startAs("hillcrest.dsl", List.of("school-999002"), null, notice);

    assertThat(instance.getBusinessKey()).as("the child's case, not none").isEqualTo(reference.value());
    assertThat(casework.find(reference).orElseThrow().referrals()).extracting(r -> r.details().source())
        .containsExactly(ReferralSource.AGENCY, ReferralSource.EMIGRATION_NOTICE);
    assertThat(casework.mayActOn(reference, java.util.Set.of("school-999002")))
        .as("the reporting school may act on the case its instance names").isTrue();
    assertThat(casework.history(reference)).extracting(uk.gov.cme.casework.CaseHistoryEntry::detail)
        .contains(uk.gov.cme.casework.EducationStatus.EMIGRATION_REPORTED.name());
  }

  @Test
  void a_possible_match_gives_the_school_a_case_of_its_own_and_an_officer_compares_them() {
    CaseReference other = anOpenCase();
    notice.put("legalForename", "Tamsin");
    notice.put("legalSurname", "Overbury");

    ProcessInstance instance = startAs("hillcrest.dsl", List.of("school-999002"), null, notice);

    assertThat(instance.getBusinessKey()).isNotEqualTo(other.value());
    assertThat(engine.getRuntimeService().getVariables(instance.getId()).toString())
        .as("the school's instance holds nothing of the other case").doesNotContain(other.value());
    assertThat(casework.mayActOn(other, java.util.Set.of("school-999002"))).isFalse();
    ProcessInstance confirmation = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("confirm-case-match").singleResult();
    assertThat(confirmation).isWaitingAt("Task_ConfirmSameChild").variables()
        .containsEntry("matchedCaseReference", other.value()).containsEntry("caseReference", instance.getBusinessKey());
    assertThat(engine.getAuthorizationService().createAuthorizationQuery().resourceId(confirmation.getId())
        .groupIdIn("school-999002").count()).as("the officer's instance is never the school's").isZero();
  }

  @Test
  void confirmed_as_the_same_child_the_notice_follows_the_open_case_which_closes_when_the_family_has_left() {
    CaseReference open = anOpenCase();
    notice.put("legalForename", "Samuel");
    ProcessInstance instance = report();
    CaseReference provisional = CaseReference.of(instance.getBusinessKey());
    ProcessInstance confirmation = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("confirm-case-match").singleResult();

    engine.getIdentityService().setAuthentication("cme.officer", List.of("cme-officer"));
    complete(task(confirmation), withVariables("sameChild", "same"));
    engine.getIdentityService().clearAuthentication();

    ProcessInstance followed = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(instance.getId()).singleResult();
    assertThat(followed.getBusinessKey()).isEqualTo(open.value());
    assertThat(followed).variables().containsEntry("caseReference", open.value());
    assertThat(casework.find(provisional).orElseThrow().outcomeCode()).isEqualTo(OutcomeCode.MERGED);
    confirm(leavingDatePassed(instance), "riverside.dsl", "school-999001", confirmed("2026-12-21"));
    assertThat(casework.find(open).orElseThrow().outcomeCode()).isEqualTo(OutcomeCode.LEFT_THE_COUNTRY);
  }

  @Test
  void a_case_reference_that_names_no_open_case_is_refused() {
    notice.put("caseReference", "CME-2026-99999");

    assertThatThrownBy(this::report).isInstanceOf(InputRefusedException.class)
        .satisfies(refusedFor("caseReference", "no open case"));
  }

  // --- helpers ------------------------------------------------------------------------------

  ProcessInstance report() {
    return startAs("riverside.dsl", List.of("school-999001"), null, notice);
  }

  ProcessInstance startAs(String user, List<String> groups, String businessKey, Map<String, Object> variables) {
    engine.getIdentityService().setAuthentication(user, groups);
    try {
      return engine.getRuntimeService().startProcessInstanceByKey(EmigrationProcess.KEY, businessKey, variables);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  ProcessInstance leavingDatePassed(ProcessInstance instance) {
    ClockUtil.setCurrentTime(Date.from(LEAVING_DATE_PASSED.plusMinutes(1).toInstant()));
    execute(job(EVENT_LEAVING_DATE_PASSED, instance));
    ClockUtil.setCurrentTime(Date.from(LEAVING_DATE_PASSED.plusDays(1).withHour(9).toInstant()));
    return instance;
  }

  void confirm(ProcessInstance instance, String user, String group, Map<String, Object> answers) {
    engine.getIdentityService().setAuthentication(user, List.of(group));
    try {
      complete(task(TASK_CONFIRM_DEPARTURE, instance), answers);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  static Map<String, Object> confirmed(String offRolledOn) {
    Map<String, Object> answers = new HashMap<>(withVariables("departureOutcome", "confirmed",
        "departureEvidence", "Email from the parent in Spain with the new school's enrolment letter"));
    answers.put("offRolledOn", offRolledOn);
    return answers;
  }

  CaseReference anOpenCase() {
    Instant at = REPORTED.toInstant();
    ChildDetails child = ChildDetails.builder().legalForename("Sam").legalSurname("Example")
        .dateOfBirth(LocalDate.of(2015, 3, 4)).upn("B801200005001").postcode("SO23 8UJ").build(LocalDate.of(2026, 11, 2));
    ReferralDetails referral = ReferralDetails.builder(ReferralSource.AGENCY).referrerOrganisation("Health visiting")
        .circumstances("Family said to have moved abroad").receivedAt(at).build();
    return casework.openCase(child, referral, "cme.officer", at);
  }

  static Map<String, Object> aSchoolNotice() {
    Map<String, Object> v = aChild();
    v.put("address", "1 Example Street, Winchester");
    v.put("leavingDate", LEAVING_DATE);
    v.put("destinationCountry", "Spain");
    v.put("destinationAddress", "Calle Ejemplo 2, Valencia");
    v.put("parentName", "P. Example");
    v.put("parentPhone", "07700 900123");
    v.put("emigrationNotice", "Mother told the class teacher on 30 October; flights booked for 18 December.");
    v.put("referrerName", "A. Teacher");
    v.put("referrerEmail", "dsl@riverside.example");
    return v;
  }

  static Map<String, Object> aChild() {
    Map<String, Object> v = new HashMap<>();
    v.put("legalForename", "Sam");
    v.put("legalSurname", "Example");
    v.put("dateOfBirth", "2015-03-04");
    v.put("upn", "B801200005001");
    v.put("postcode", "SO23 8UJ");
    return v;
  }
}
