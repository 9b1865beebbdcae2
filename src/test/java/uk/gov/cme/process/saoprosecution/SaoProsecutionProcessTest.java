package uk.gov.cme.process.saoprosecution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static uk.gov.cme.process.saoprosecution.SaoProsecutionProcess.Elements.*;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.util.Throwables;
import org.camunda.bpm.engine.ProcessEngine;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.data.jdbc.DataJdbcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import uk.gov.cme.casework.CaseEventType;
import uk.gov.cme.casework.CaseHistoryEntry;
import uk.gov.cme.casework.CaseLetters;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.Casework;
import uk.gov.cme.casework.ChildDetails;
import uk.gov.cme.casework.ReferralDetails;
import uk.gov.cme.casework.ReferralSource;
import uk.gov.cme.casework.SaoNoticeDetails;
import uk.gov.cme.casework.SaoNoticeEntry;
import uk.gov.cme.casework.SaoNoticeType;
import uk.gov.cme.casework.SaoRegister;
import uk.gov.cme.letters.LetterRenderer;
import uk.gov.cme.process.ProcessTestEngine;
import uk.gov.cme.process.shared.letters.GenerateLetterDelegate;
import uk.gov.cme.process.shared.letters.LetterAuthority;
import uk.gov.cme.process.shared.notification.NotifyDelegate;
import uk.gov.cme.process.shared.safeguarding.SafeguardingDelegates;
import uk.gov.cme.rules.calendar.CalendarConfiguration;
import uk.gov.cme.rules.calendar.SaoDeadlines;
import uk.gov.cme.rules.calendar.ServiceMethod;
import uk.gov.cme.security.CaseAccess;
import uk.gov.cme.validation.InputRefusedException;

/**
 * Every path, outcome and timer of enforcing a School Attendance Order ({@code sao-prosecution}) on an
 * in-memory engine with the engine clock, the real case register and notices-and-orders register (H2,
 * rolled back after each test) and the real letters block: the Notice of Intention to Prosecute is
 * rendered to PDF for each parent and stored with the case, and its register rows name the letters.
 */
@DataJdbcTest
@Deployment(resources = {"processes/sao-prosecution.bpmn", "processes/shared/generate-letter.bpmn",
    "processes/shared/send-notification.bpmn", "processes/shared/safeguarding-referral.bpmn"})
class SaoProsecutionProcessTest {

  @TestConfiguration(proxyBeanMethods = false)
  /** The case register and its test clock, found by scanning its package; the deadlines for the register. */
  @ComponentScan(basePackageClasses = Casework.class)
  @Import(CalendarConfiguration.class)
  static class CaseRegister {
  }

  static final SaoDeadlines SAO_DEADLINES = new SaoDeadlines(ProcessTestEngine.calendar(), ProcessTestEngine.deadlines());

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension
      .builder(ProcessTestEngine.configuration(Map.of("calendar", ProcessTestEngine.calendar(),
          "saoDeadlines", SAO_DEADLINES)))
      .assertClassCoverageAtLeast(0.9)
      .excludeProcessDefinitionKeys("generate-letter", "send-notification", "safeguarding-referral")
      .build();

  /** Monday 1 February 2027, 10:00 London: the order is not complied with. */
  static final ZonedDateTime CALLED = ZonedDateTime.of(2027, 2, 1, 10, 0, 0, 0, ProcessTestEngine.LONDON);
  static final String SCHOOL_URN = "999002";

  ProcessEngine engine;
  @Autowired
  Casework casework;
  @Autowired
  SaoRegister register;
  @Autowired
  CaseLetters caseLetters;
  CaseReference reference;
  long orderId;
  Map<String, Object> call;

  @BeforeEach
  void setUp() {
    engine = extension.getProcessEngine();
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(Date.from(CALLED.toInstant()));
    @SuppressWarnings("unchecked")
    Map<Object, Object> beans = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getBeans();
    var runtime = engine.getRuntimeService();
    SaoProsecutionIntake intake = new SaoProsecutionIntake(SAO_DEADLINES);
    beans.put("recordNonComplianceDelegate", new RecordNonComplianceDelegate(intake, register));
    beans.put("recordProsecutionStep", new RecordProsecutionStep(intake, register));
    beans.put("recordNoticeToProsecuteDelegate", new RecordNoticeToProsecuteDelegate(register));
    beans.put("generateLetterDelegate", new GenerateLetterDelegate(new LetterRenderer("classpath:letters/"),
        (caseReference, letter, user, at) -> caseLetters.store(CaseReference.of(caseReference), letter.kind().template(),
            letter.title(), letter.templateName(), letter.templateVersion(), letter.pdf(), user, at).id(),
        LetterAuthority.of("East Borough Council", "Civic Centre, High Street, EB1 1AA", "Legal and Interventions")));
    beans.put("notifyDelegate", new NotifyDelegate(runtime));
    beans.put("raiseSafeguardingConcernDelegate", SafeguardingDelegates.raise(runtime));
    beans.put("recordSafeguardingConcernDelegate", SafeguardingDelegates.record());
    beans.put(ProcessTestEngine.CASE_ACCESS, new CaseAccess(casework, ProcessTestEngine.access()));
    reference = aCaseWithAnOrderInForce();
    call = theSchoolAttendanceOrdersCall();
  }

  @AfterEach
  void tearDown() {
    engine.getIdentityService().clearAuthentication();
    ClockUtil.reset();
  }

  // --- the call and the officer's decision (s447) -----------------------------------------------------

  @Test
  void the_officer_considers_an_education_supervision_order_first_and_the_step_is_on_the_case() {
    ProcessInstance instance = start();

    assertThat(instance).hasPassed(TASK_RECORD_NON_COMPLIANCE).isWaitingAt(TASK_CONSIDER_ESO).variables()
        .containsEntry("newCycleNeeded", false).containsEntry("orderId", orderId);
    assertThat(instance.getBusinessKey()).isEqualTo(reference.value());
    assertThat(task(instance)).hasCandidateGroup("cme-officer")
        .hasDueDate(closeOfBusiness(2027, 2, 15)); // 10 working days
    assertThat(steps()).containsExactly("NON_COMPLIANCE CHILD_DID_NOT_ATTEND_FIRST_DAY order #" + orderId);
  }

  @Test
  void a_call_without_the_order_in_force_or_the_letters_details_is_refused_naming_each_variable() {
    call.put("orderId", orderId + 100);
    assertThatThrownBy(this::start).isInstanceOf(InputRefusedException.class)
        .satisfies(e -> assertThat(((InputRefusedException) e).faults()).extracting(f -> f.field())
            .containsExactly("orderId"));

    call.remove("orderId");
    call.remove("parent1Address");
    call.put("nonComplianceReason", "COMPLIED");
    call.put("caseReference", "CASE-1");
    assertThatThrownBy(this::start).isInstanceOf(InputRefusedException.class)
        .satisfies(e -> assertThat(((InputRefusedException) e).faults()).extracting(f -> f.field())
            .containsExactlyInAnyOrder("orderId", "parent1Address", "nonComplianceReason", "caseReference"));
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
  }

  @Test
  void a_decision_without_reasons_keeps_the_task_open_naming_the_field() {
    ProcessInstance instance = start();

    assertThatThrownBy(() -> complete(task(instance), withVariables("esoDecision", "prosecute")))
        .hasRootCauseInstanceOf(InputRefusedException.class)
        .satisfies(e -> assertThat(((InputRefusedException) Throwables.getRootCause(e)).faults())
            .extracting(f -> f.field()).containsExactly("esoDecisionReasons"));
    assertThat(instance).isWaitingAt(TASK_CONSIDER_ESO);
  }

  @Test
  void an_education_supervision_order_made_instead_ends_the_enforcement_without_a_notice() {
    ProcessInstance instance = start();
    decide(instance, "eso-instead");

    assertThat(instance).isWaitingAt(TASK_APPLY_FOR_ESO);
    assertThat(task(instance)).hasCandidateGroup("legal-interventions");
    complete(task(instance), withVariables("esoAppliedOn", "2027-02-01", "esoApplicationResult", "made"));

    assertThat(instance).isEnded().hasPassed(EVENT_ESO_MADE_INSTEAD).hasNotPassed(TASK_ISSUE_NOTICE).variables()
        .containsEntry("enforcementOutcome", "ESO_INSTEAD").containsEntry("newCycleNeeded", false);
    assertThat(noticesToProsecute()).isEmpty();
  }

  @Test
  void an_education_supervision_order_refused_by_the_court_goes_on_to_the_notice() {
    ProcessInstance instance = start();
    decide(instance, "eso-instead");
    complete(task(instance), withVariables("esoAppliedOn", "2027-02-01", "esoApplicationResult", "refused"));

    assertThat(instance).isWaitingAt(TASK_ISSUE_NOTICE).variables().doesNotContainKey("enforcementOutcome");
  }

  @Test
  void an_order_applied_for_as_well_as_prosecuting_goes_on_to_the_notice_when_it_is_made() {
    ProcessInstance instance = start();
    decide(instance, "eso-and-prosecute");
    complete(task(instance), withVariables("esoAppliedOn", "2027-02-01", "esoApplicationResult", "made"));

    assertThat(instance).isWaitingAt(TASK_ISSUE_NOTICE);
    assertThat(task(instance)).hasCandidateGroup("legal-interventions");
  }

  // --- the Notice of Intention to Prosecute ----------------------------------------------------------

  @Test
  void the_notice_is_a_letter_for_each_parent_kept_with_the_case_and_a_row_of_the_register_each() throws IOException {
    ProcessInstance instance = start();
    decide(instance, "prosecute");

    issueNotice(instance, "FIRST_CLASS_POST", true);
    assertThat(instance).isWaitingAt(TASK_MAKE_NOTICE_LETTER);
    assertThat(noticesToProsecute()).as("made and recorded after the form is saved").isEmpty();
    runLetters(instance);

    List<SaoNoticeEntry> notices = noticesToProsecute();
    assertThat(notices).extracting(SaoNoticeEntry::parentServed).containsExactly("Sara Khan", "Omar Khan");
    SaoNoticeEntry first = notices.get(0);
    assertThat(first.orderId()).isEqualTo(orderId);
    assertThat(first.servedOn()).isEqualTo(LocalDate.of(2027, 2, 1));
    assertThat(first.serviceMethod()).isEqualTo(ServiceMethod.FIRST_CLASS_POST);
    assertThat(first.deemedService()).as("posted Monday: deemed served Wednesday").isEqualTo(LocalDate.of(2027, 2, 3));
    assertThat(first.deadline()).as("home visit: 15 days beginning with the day of issue").isEqualTo(LocalDate.of(2027, 2, 15));
    assertThat(first.createdBy()).isEqualTo("lee.legal");
    assertThat(notices).allSatisfy(n -> assertThat(n.letterId()).isNotNull());
    assertThat(notices.get(0).letterId()).isNotEqualTo(notices.get(1).letterId());
    var letter = caseLetters.download(reference, notices.get(1).letterId(), "lee.legal", CALLED.toInstant());
    try (PDDocument pdf = Loader.loadPDF(letter.pdf())) {
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
      assertThat(text).contains("Dear Omar Khan").contains("Sam Khan").contains("Hillside Academy")
          .contains("section 443 of the Education Act 1996").contains("Monday 15 February 2027");
    }

    assertThat(instance).isWaitingAt(TASK_ADVISE_ON_PROSECUTION, TASK_HOME_VISIT);
    assertThat(task(TASK_ADVISE_ON_PROSECUTION, instance)).hasCandidateGroup("social-care")
        .hasDueDate(closeOfBusiness(2027, 2, 15));
    assertThat(task(TASK_HOME_VISIT, instance)).hasCandidateGroup("legal-interventions")
        .hasDueDate(closeOfBusiness(2027, 2, 15));
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("send-notification")
        .count()).as("posted: nothing emailed").isZero();
  }

  @Test
  void a_notice_served_by_email_where_the_parent_agreed_is_emailed_with_its_letter() {
    ProcessInstance instance = start();
    decide(instance, "prosecute");

    issueNotice(instance, "EMAIL", false);
    runLetters(instance);

    SaoNoticeEntry notice = noticesToProsecute().get(0);
    assertThat(notice.deemedService()).as("emailed Monday: deemed served Tuesday").isEqualTo(LocalDate.of(2027, 2, 2));
    ProcessInstance email = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("send-notification").singleResult();
    assertThat(email.getBusinessKey()).isEqualTo(reference.value());
    assertThat(email).variables().containsEntry("notificationTemplate", "letter-to-parent")
        .containsEntry("notificationTo", "sara.khan@example.org").containsEntry("letterId", notice.letterId());
  }

  @Test
  void a_notice_that_cannot_be_served_as_recorded_keeps_the_task_open_naming_each_field() {
    call.remove("parentEmail");
    call.remove("parent2Name");
    ProcessInstance instance = start();
    decide(instance, "prosecute");

    assertThatThrownBy(() -> complete(task(instance), withVariables("noticeIssuedOn", "2027-02-02",
        "noticeServiceMethod", "EMAIL", "serveParent2", true)))
        .hasRootCauseInstanceOf(InputRefusedException.class)
        .satisfies(e -> assertThat(((InputRefusedException) Throwables.getRootCause(e)).faults())
            .extracting(f -> f.field()).containsExactlyInAnyOrder("noticeIssuedOn", "noticeServiceMethod", "serveParent2"));
    assertThat(instance).isWaitingAt(TASK_ISSUE_NOTICE);
    assertThat(noticesToProsecute()).isEmpty();
  }

  // --- the prosecution (s443) -------------------------------------------------------------------------

  @Test
  void convicted_with_the_child_still_not_attending_needs_a_new_cycle_after_an_adjournment_and_reminders() {
    ProcessInstance instance = toTheFile();
    complete(task(TASK_PREPARE_FILE, instance), withVariables("prosecutionDecision", "lay-information",
        "fileReadyOn", "2027-02-10", "prosecutionDecisionReasons", "No attendance since the notice"));
    assertThat(task(TASK_LAY_INFORMATION, instance)).hasCandidateGroup("legal-interventions");
    complete(task(instance), withVariables("informationLaidOn", "2027-02-10", "courtName", "Eastbourne Magistrates' Court",
        "hearingOn", "2027-03-15"));

    assertThat(instance).isWaitingAt(EVENT_HEARING_REMINDER);
    Job reminder = job(EVENT_HEARING_REMINDER, instance);
    assertThat(reminder).hasDueDate(closeOfBusiness(2027, 3, 8)); // 5 working days before Monday 15 March
    at(2027, 3, 8, 17, 1);
    execute(reminder);
    assertThat(instance).isWaitingAt(TASK_RECORD_HEARING);
    assertThat(task(instance)).hasCandidateGroup("legal-interventions").hasDueDate(closeOfBusiness(2027, 3, 15));

    assertThatThrownBy(() -> complete(task(instance), withVariables("hearingOutcome", "convicted", "fineAmount", 120)))
        .as("not before the hearing").hasRootCauseInstanceOf(InputRefusedException.class);
    at(2027, 3, 15, 14, 0);
    complete(task(instance), withVariables("hearingOutcome", "adjourned", "adjournedTo", "2027-04-12"));

    assertThat(instance).isWaitingAt(EVENT_HEARING_REMINDER).variables().containsEntry("adjournments", 1)
        .containsEntry("hearingOn", "2027-04-12");
    assertThat(job(EVENT_HEARING_REMINDER, instance)).hasDueDate(closeOfBusiness(2027, 4, 5));
    at(2027, 4, 5, 17, 1);
    execute(job(EVENT_HEARING_REMINDER, instance));
    at(2027, 4, 12, 15, 0);
    assertThatThrownBy(() -> complete(task(instance), withVariables("hearingOutcome", "convicted", "fineAmount", 5000)))
        .hasRootCauseInstanceOf(InputRefusedException.class)
        .satisfies(e -> assertThat(((InputRefusedException) Throwables.getRootCause(e)).faults())
            .extracting(f -> f.field()).containsExactly("fineAmount"));
    complete(task(instance), withVariables("hearingOutcome", "convicted", "fineAmount", 120));

    assertThat(instance).isWaitingAt(TASK_CHECK_ATTENDANCE);
    assertThat(task(instance)).hasCandidateGroup("cme-officer");
    complete(task(instance), withVariables("childNowAttending", "no", "attendanceNotes", "Not seen at school"));

    assertThat(instance).isEnded().hasPassed(EVENT_CONVICTED).variables()
        .containsEntry("enforcementOutcome", "CONVICTED").containsEntry("newCycleNeeded", true);
    assertThat(steps()).contains("INFORMATION_LAID", "HEARING adjourned", "HEARING convicted",
        "ATTENDING_AFTER_CONVICTION no");
    assertThat(casework.history(reference)).extracting(CaseHistoryEntry::detail)
        .as("codes only: no names in the audit trail").noneMatch(d -> d != null && d.contains("Khan"));
  }

  @Test
  void a_conditional_discharge_with_the_child_now_attending_needs_no_new_cycle() {
    ProcessInstance instance = atTheHearing();
    complete(task(instance), withVariables("hearingOutcome", "conditional-discharge"));
    complete(task(TASK_CHECK_ATTENDANCE, instance), withVariables("childNowAttending", "yes"));

    assertThat(instance).isEnded().hasPassed(EVENT_CONVICTED).variables()
        .containsEntry("enforcementOutcome", "CONDITIONAL_DISCHARGE").containsEntry("newCycleNeeded", false);
  }

  @Test
  void acquitted_ends_the_enforcement_with_no_new_cycle() {
    ProcessInstance instance = atTheHearing();
    complete(task(instance), withVariables("hearingOutcome", "acquitted", "hearingNotes", "Parent showed education otherwise"));

    assertThat(instance).isEnded().hasPassed(EVENT_NOT_CONVICTED).hasNotPassed(TASK_CHECK_ATTENDANCE).variables()
        .containsEntry("enforcementOutcome", "ACQUITTED").containsEntry("newCycleNeeded", false);
  }

  @Test
  void withdrawn_at_the_hearing_ends_the_enforcement() {
    ProcessInstance instance = atTheHearing();
    complete(task(instance), withVariables("hearingOutcome", "withdrawn"));

    assertThat(instance).isEnded().hasPassed(EVENT_NOT_CONVICTED).variables().containsEntry("enforcementOutcome", "WITHDRAWN");
  }

  @Test
  void a_prosecution_withdrawn_before_court_ends_without_a_hearing() {
    ProcessInstance instance = toTheFile();
    complete(task(TASK_PREPARE_FILE, instance), withVariables("prosecutionDecision", "withdraw",
        "prosecutionDecisionReasons", "The child started at the named school after the home visit"));

    assertThat(instance).isEnded().hasPassed(EVENT_WITHDRAWN_BEFORE_COURT).hasNotPassed(TASK_LAY_INFORMATION)
        .variables().containsEntry("enforcementOutcome", "WITHDRAWN").containsEntry("newCycleNeeded", false);
  }

  @Test
  void a_directed_education_supervision_order_the_la_applies_for_ends_as_applied() {
    ProcessInstance instance = atTheHearing();
    complete(task(instance), withVariables("hearingOutcome", "eso-directed", "esoDirectedOn", "2027-03-15"));

    assertThat(instance).isWaitingAt(TASK_DECIDE_DIRECTED_ESO);
    assertThat(task(instance)).hasCandidateGroup("legal-interventions").hasDueDate(closeOfBusiness(2027, 5, 9));
    complete(task(instance), withVariables("directedEsoDecision", "apply"));

    assertThat(instance).isEnded().hasPassed(EVENT_ESO_APPLIED).variables().containsEntry("enforcementOutcome", "ESO_APPLIED");
  }

  @Test
  void a_directed_order_declined_is_explained_to_the_court_within_8_weeks_or_the_manager_is_told() {
    ProcessInstance instance = atTheHearing();
    complete(task(instance), withVariables("hearingOutcome", "eso-directed", "esoDirectedOn", "2027-03-15"));
    assertThatThrownBy(() -> complete(task(instance), withVariables("directedEsoDecision", "decline")))
        .hasRootCauseInstanceOf(InputRefusedException.class);
    complete(task(instance), withVariables("directedEsoDecision", "decline",
        "directedEsoReasons", "The family now engages with the attendance service"));

    assertThat(instance).isWaitingAt(TASK_TELL_COURT_REASONS);
    // 8 weeks beginning with Monday 15 March 2027: the last day is Sunday 9 May 2027
    Date due = closeOfBusiness(2027, 5, 9);
    assertThat(task(instance)).hasCandidateGroup("legal-interventions").hasDueDate(due);
    assertThat(job(EVENT_REASONS_OVERDUE, instance)).hasDueDate(due);
    at(2027, 5, 9, 17, 1);
    execute(job(EVENT_REASONS_OVERDUE, instance));

    assertThat(instance).isWaitingAt(TASK_TELL_COURT_REASONS, TASK_CHASE_REASONS);
    assertThat(task(TASK_CHASE_REASONS, instance)).hasCandidateGroup("cme-manager");
    complete(task(TASK_CHASE_REASONS, instance), withVariables("managerAction", "Asked legal to send the letter today"));
    assertThat(instance).isWaitingAt(TASK_TELL_COURT_REASONS).hasPassed(EVENT_REASONS_CHASED);
    at(2027, 5, 10, 11, 0);
    complete(task(TASK_TELL_COURT_REASONS, instance), withVariables("courtToldOn", "2027-05-10"));

    assertThat(instance).isEnded().hasPassed(EVENT_ESO_DECLINED).variables()
        .containsEntry("enforcementOutcome", "ESO_DECLINED").containsEntry("newCycleNeeded", false);
    assertThat(steps()).contains("DIRECTED_ESO decline", "ESO_REASONS_CHASED", "ESO_REASONS_TO_COURT late");
  }

  @Test
  void reasons_given_in_time_end_the_enforcement_without_the_manager() {
    ProcessInstance instance = atTheHearing();
    complete(task(instance), withVariables("hearingOutcome", "eso-directed", "esoDirectedOn", "2027-03-15"));
    complete(task(instance), withVariables("directedEsoDecision", "decline", "directedEsoReasons", "Engages now"));
    at(2027, 4, 1, 10, 0);
    complete(task(TASK_TELL_COURT_REASONS, instance), withVariables("courtToldOn", "2027-04-01"));

    assertThat(instance).isEnded().hasPassed(EVENT_ESO_DECLINED).hasNotPassed(TASK_CHASE_REASONS);
    assertThat(steps()).contains("ESO_REASONS_TO_COURT");
  }

  // --- safeguarding ----------------------------------------------------------------------------------

  @Test
  void a_safeguarding_concern_on_any_task_starts_a_safeguarding_referral_and_the_enforcement_goes_on() {
    ProcessInstance instance = start();
    engine.getIdentityService().setAuthentication("cme.officer", List.of("cme-officer"));
    complete(task(instance), withVariables("esoDecision", "prosecute", "esoDecisionReasons", "No engagement",
        "raiseSafeguardingConcern", true, "safeguardingDetails", "The child was seen with bruising"));
    engine.getIdentityService().clearAuthentication();

    assertThat(instance).hasPassed(TASK_RAISE_SAFEGUARDING_REFERRAL).isWaitingAt(TASK_ISSUE_NOTICE);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("safeguarding-referral")
        .count()).isEqualTo(1);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("safeguarding-referral")
        .singleResult()).variables().containsEntry("legalForename", "Sam").containsEntry("legalSurname", "Khan")
        .containsEntry("caseReference", reference.value());
  }

  // --- helpers ---------------------------------------------------------------------------------------

  ProcessInstance start() {
    return engine.getRuntimeService().startProcessInstanceByKey(SaoProsecutionProcess.KEY, reference.value(), call);
  }

  void decide(ProcessInstance instance, String decision) {
    complete(task(TASK_CONSIDER_ESO, instance), withVariables("esoDecision", decision,
        "esoDecisionReasons", "The parents have not engaged with the attendance service"));
  }

  void issueNotice(ProcessInstance instance, String method, boolean bothParents) {
    engine.getIdentityService().setAuthentication("lee.legal", List.of("legal-interventions"));
    try {
      complete(task(TASK_ISSUE_NOTICE, instance), withVariables("noticeIssuedOn", "2027-02-01",
          "noticeServiceMethod", method, "serveParent2", bothParents));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  /** Runs the letters' jobs (the call activity's and the letters block's) until none is left. */
  void runLetters(ProcessInstance instance) {
    for (int round = 0; round < 10; round++) {
      List<Job> jobs = engine.getManagementService().createJobQuery().executable().list().stream()
          .filter(j -> !"send-notification".equals(j.getProcessDefinitionKey())).toList();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(j -> engine.getManagementService().executeJob(j.getId()));
    }
  }

  /** The notice issued by post to one parent, the front door's advice and the home visit done. */
  ProcessInstance toTheFile() {
    ProcessInstance instance = start();
    decide(instance, "prosecute");
    issueNotice(instance, "BY_HAND", false);
    runLetters(instance);
    at(2027, 2, 10, 10, 0);
    complete(task(TASK_ADVISE_ON_PROSECUTION, instance), withVariables("frontDoorAdvisedOn", "2027-02-03",
        "frontDoorAdvice", "Known to early help; no objection to proceedings"));
    assertThatThrownBy(() -> complete(task(TASK_HOME_VISIT, instance), withVariables("homeVisitOn", "2027-01-20",
        "homeVisitNotes", "Nobody home"))).as("a visit before the notice").hasRootCauseInstanceOf(InputRefusedException.class);
    complete(task(TASK_HOME_VISIT, instance), withVariables("homeVisitOn", "2027-02-08",
        "homeVisitNotes", "Parent refused to send the child"));
    assertThat(instance).isWaitingAt(TASK_PREPARE_FILE);
    assertThat(task(instance)).hasCandidateGroup("legal-interventions");
    return instance;
  }

  /** The information laid, the reminder run, and the clock at the hearing day (Monday 15 March 2027). */
  ProcessInstance atTheHearing() {
    ProcessInstance instance = toTheFile();
    complete(task(TASK_PREPARE_FILE, instance), withVariables("prosecutionDecision", "lay-information",
        "fileReadyOn", "2027-02-10", "prosecutionDecisionReasons", "No attendance"));
    complete(task(TASK_LAY_INFORMATION, instance), withVariables("informationLaidOn", "2027-02-10",
        "courtName", "Eastbourne Magistrates' Court", "hearingOn", "2027-03-15"));
    at(2027, 3, 8, 17, 1);
    execute(job(EVENT_HEARING_REMINDER, instance));
    at(2027, 3, 15, 14, 0);
    return instance;
  }

  List<SaoNoticeEntry> noticesToProsecute() {
    return register.forCase(reference).stream()
        .filter(n -> n.type() == SaoNoticeType.NOTICE_OF_INTENTION_TO_PROSECUTE).toList();
  }

  /** The enforcement's lines of the case's audit trail, oldest first. */
  List<String> steps() {
    return casework.history(reference).stream().filter(h -> h.type() == CaseEventType.SAO_ENFORCEMENT_STEP)
        .map(CaseHistoryEntry::detail).toList();
  }

  static void at(int year, int month, int day, int hour, int minute) {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(year, month, day, hour, minute, 0, 0, ProcessTestEngine.LONDON)
        .toInstant()));
  }

  static Date closeOfBusiness(int year, int month, int day) {
    return Date.from(ZonedDateTime.of(year, month, day, 17, 0, 0, 0, ProcessTestEngine.LONDON).toInstant());
  }

  /** Sam Khan's case with an order in force naming Hillside Academy (999002), served on Monday 4 January 2027. */
  CaseReference aCaseWithAnOrderInForce() {
    CaseReference opened = casework.openCase(ChildDetails.builder().legalForename("Sam").legalSurname("Khan")
            .dateOfBirth(LocalDate.of(2015, 5, 14)).upn("B801200005001").postcode("SO23 8UJ")
            .build(CALLED.toLocalDate()),
        ReferralDetails.builder(ReferralSource.SCHOOL).referringSchoolUrn("999001").circumstances("Not seen").build(),
        "cme.officer", CALLED.minusMonths(3).toInstant());
    orderId = register.record(opened, new SaoNoticeDetails(SaoNoticeType.SCHOOL_ATTENDANCE_ORDER, "Sara Khan",
        LocalDate.of(2027, 1, 4), ServiceMethod.BY_HAND, SCHOOL_URN, null, null, null, null), "cme.officer",
        CALLED.minusWeeks(4).toInstant());
    return opened;
  }

  /** What the School Attendance Order passes (contract.md): the child did not come on the first day. */
  Map<String, Object> theSchoolAttendanceOrdersCall() {
    Map<String, Object> v = new HashMap<>();
    v.put("caseReference", reference.value());
    v.put("orderId", orderId);
    v.put("saoCycle", 1);
    v.put("childForename", "Sam");
    v.put("childSurname", "Khan");
    v.put("dateOfBirth", "2015-05-14");
    v.put("parent1Name", "Sara Khan");
    v.put("parent1Address", "1 Mill Lane, Eastbourne, BN21 1AA");
    v.put("parent2Name", "Omar Khan");
    v.put("parent2Address", "9 Sea Road, Eastbourne, BN21 2BB");
    v.put("parentEmail", "sara.khan@example.org");
    v.put("namedSchoolName", "Hillside Academy");
    v.put("namedSchoolUrn", SCHOOL_URN);
    v.put("nonComplianceReason", "CHILD_DID_NOT_ATTEND_FIRST_DAY");
    v.put("schoolActions", "Home visit made; ESBAS referral");
    return v;
  }
}
