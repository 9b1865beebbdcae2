package uk.gov.cme.process.schoolattendanceorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static uk.gov.cme.process.schoolattendanceorder.SchoolAttendanceOrderProcess.Elements.*;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.data.jdbc.DataJdbcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.CaseStatus;
import uk.gov.cme.casework.CaseView;
import uk.gov.cme.casework.Casework;
import uk.gov.cme.casework.ChildDetails;
import uk.gov.cme.casework.OutcomeCode;
import uk.gov.cme.casework.ReferralDetails;
import uk.gov.cme.casework.ReferralSource;
import uk.gov.cme.casework.SaoNoticeEntry;
import uk.gov.cme.casework.SaoNoticeType;
import uk.gov.cme.casework.SaoOrderEndReason;
import uk.gov.cme.casework.SaoOrderStatus;
import uk.gov.cme.casework.SaoRegister;
import uk.gov.cme.letters.LetterRenderer;
import uk.gov.cme.letters.RenderedLetter;
import uk.gov.cme.process.ProcessTestEngine;
import uk.gov.cme.process.shared.letters.GenerateLetterDelegate;
import uk.gov.cme.process.shared.letters.LetterAuthority;
import uk.gov.cme.process.shared.notification.NotificationTestSender;
import uk.gov.cme.process.shared.notification.Notifications;
import uk.gov.cme.process.shared.notification.NotifyDelegate;
import uk.gov.cme.process.shared.safeguarding.SafeguardingDelegates;
import uk.gov.cme.rules.calendar.SaoDeadlines;
import uk.gov.cme.security.CaseAccess;
import uk.gov.cme.validation.InputRefusedException;

/**
 * Every path and timer of the School Attendance Order (P5) on an in-memory engine, with the real case
 * register and SAO register (H2, rolled back after each test), the real letters block (templates
 * rendered to PDF) and the engine clock. The named school's instance (sao-named-school) and the
 * enforcement (sao-prosecution) are other pieces of issue 10: here they are stand-ins
 * (src/test/resources) with one task whose completion writes back what the real ones do, so every
 * outcome they can give is driven through this process. Letters served by email go through the real
 * notification block to an SMTP server (GreenMail).
 */
@DataJdbcTest
@Deployment(resources = {
    "processes/school-attendance-order.bpmn", "processes/shared/generate-letter.bpmn",
    "processes/shared/safeguarding-referral.bpmn", "processes/shared/send-notification.bpmn",
    "uk/gov/cme/process/schoolattendanceorder/stand-in-sao-named-school.bpmn",
    "uk/gov/cme/process/schoolattendanceorder/stand-in-sao-prosecution.bpmn"})
class SchoolAttendanceOrderProcessTest {

  @TestConfiguration(proxyBeanMethods = false)
  /** The case register, the SAO register and its test clock, found by scanning their package. */
  @ComponentScan(basePackageClasses = Casework.class)
  static class CaseRegister {
    @Bean
    SaoDeadlines saoDeadlines() {
      return new SaoDeadlines(ProcessTestEngine.calendar(), ProcessTestEngine.deadlines());
    }
  }

  static final SaoDeadlines DEADLINES = new SaoDeadlines(ProcessTestEngine.calendar(), ProcessTestEngine.deadlines());

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension
      .builder(ProcessTestEngine.configuration(Map.of("calendar", ProcessTestEngine.calendar(),
          "saoDeadlines", DEADLINES)))
      .assertClassCoverageAtLeast(0.9)
      .excludeProcessDefinitionKeys("generate-letter", "safeguarding-referral", "send-notification", "sao-named-school",
          "sao-prosecution")
      .build();

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  /** Monday 4 January 2027, 10:00 London. */
  static final ZonedDateTime MONDAY = ZonedDateTime.of(2027, 1, 4, 10, 0, 0, 0, ProcessTestEngine.LONDON);
  static final String OFFICER = "cme.officer";
  static final String SCHOOL = "999002";
  static final String ALTERNATIVE = "999003";
  static final String EXCLUDED = "999004";
  static final String EHCP_SCHOOL = "999005";
  static final String ELSEWHERE = "999006";
  static final String PARENT_EMAIL = "sara.example@example.org";

  ProcessEngine engine;
  final List<RenderedLetter> letters = new ArrayList<>();
  @Autowired
  Casework casework;
  @Autowired
  SaoRegister register;
  CaseReference reference;

  @BeforeEach
  void setUp() {
    engine = extension.getProcessEngine();
    BpmnAwareTests.init(engine);
    now(MONDAY);
    @SuppressWarnings("unchecked")
    Map<Object, Object> beans = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getBeans();
    var runtime = engine.getRuntimeService();
    beans.put(ProcessTestEngine.CASE_ACCESS, new CaseAccess(casework, ProcessTestEngine.access()));
    beans.put("recordSaoStartDelegate", new RecordSaoStartDelegate(casework));
    beans.put("saoTaskListener", new SaoTaskListener(register, DEADLINES));
    beans.put("concludeSaoDelegate", new ConcludeSaoDelegate(casework, register));
    beans.put("endOrderWithCaseDelegate", new EndOrderWithCaseDelegate(register));
    beans.put("startNewSaoCycleDelegate", new StartNewSaoCycleDelegate(register));
    beans.put("recordAmendedOrderDelegate", new RecordAmendedOrderDelegate(register));
    beans.put("attachSaoLetterListener", new AttachSaoLetterListener(register));
    beans.put("saoCompulsorySchoolAge", new SaoCompulsorySchoolAge(casework));
    beans.put("raiseSafeguardingConcernDelegate", SafeguardingDelegates.raise(runtime));
    beans.put("recordSafeguardingConcernDelegate", SafeguardingDelegates.record());
    beans.put("generateLetterDelegate", new GenerateLetterDelegate(new LetterRenderer("classpath:letters/"),
        (caseReference, letter, user, at) -> {
          letters.add(letter);
          return 1000 + letters.size();
        }, LetterAuthority.of("Example County Council", "County Hall, Exampletown", "CME team")));
    beans.put("notifyDelegate", new NotifyDelegate(runtime));
    sendThrough(greenMail.getSmtp().getPort());
    reference = aCase(false);
  }

  @AfterEach
  void tearDown() {
    engine.getIdentityService().clearAuthentication();
    ClockUtil.reset();
  }

  // --- letters served by email ---------------------------------------------------------------------

  @Test
  void the_notices_and_the_order_served_by_email_reach_each_parent_at_the_agreed_address_with_their_letter()
      throws Exception {
    ProcessInstance instance = processStarts(reference, "EHE_FAILED");
    engine.getIdentityService().setAuthentication(OFFICER, List.of("cme-officer"));
    complete(taskAt(TASK_SERVE_S437_NOTICE, instance),
        notice("2027-01-04", "EMAIL", true, "parentEmail", PARENT_EMAIL));
    engine.getIdentityService().clearAuthentication();
    runAsyncJobs();

    assertThat(instance).hasPassed(TASK_MAKE_S437_NOTICE, TASK_EMAIL_S437_NOTICE).isWaitingAt(TASK_RECORD_NOTICE_RESPONSE);
    assertThat(register.forCase(reference)).extracting(SaoNoticeEntry::deemedService)
        .as("emailed Monday: deemed served Tuesday").containsOnly(LocalDate.of(2027, 1, 5));
    assertEmailed(2, "S437_NOTICE", "Sara Example", "Tom Example");

    now(ZonedDateTime.of(2027, 1, 25, 10, 0, 0, 0, ProcessTestEngine.LONDON));
    fire(instance, EVENT_NOTICE_DEADLINE_PASSED);
    complete(task(instance), selection(SCHOOL, ALTERNATIVE + ", Riverside Academy"));
    runAsyncJobs();
    now(ZonedDateTime.of(2027, 2, 9, 10, 0, 0, 0, ProcessTestEngine.LONDON));
    fire(instance, EVENT_GOVERNING_BODY_PERIOD_ENDED);
    complete(task(instance), withVariables("governingBodyApplied", false));
    assertThat(greenMail.getReceivedMessages()).as("the governing body's consultation is not the parent's").hasSize(2);

    complete(task(instance), withVariables("noticeSentOn", "2027-02-09", "serviceMethod", "EMAIL"));
    runAsyncJobs();
    assertThat(instance).hasPassed(TASK_EMAIL_S438_NOTICE);
    assertEmailed(4, "S438_NOTICE_OF_INTENTION", "Sara Example", "Tom Example");

    now(ZonedDateTime.of(2027, 3, 1, 10, 0, 0, 0, ProcessTestEngine.LONDON));
    fire(instance, EVENT_CHOICE_PERIOD_ENDED);
    complete(task(instance), withVariables("noticeSentOn", "2027-03-01", "serviceMethod", "EMAIL"));
    runAsyncJobs();
    assertThat(instance).hasPassed(TASK_EMAIL_ORDER).isWaitingAt(TASK_NAMED_SCHOOL, TASK_HOME_VISIT);
    assertEmailed(6, "SCHOOL_ATTENDANCE_ORDER", "Sara Example", "Tom Example");
  }

  @Test
  void served_by_hand_or_by_post_nothing_is_emailed_even_where_the_parent_gave_an_address() {
    ProcessInstance instance = processStarts(reference, "EHE_FAILED");
    engine.getIdentityService().setAuthentication(OFFICER, List.of("cme-officer"));
    complete(taskAt(TASK_SERVE_S437_NOTICE, instance),
        notice("2027-01-04", "FIRST_CLASS_POST", false, "parentEmail", PARENT_EMAIL));
    engine.getIdentityService().clearAuthentication();
    runAsyncJobs();

    assertThat(instance).hasPassed(TASK_MAKE_S437_NOTICE, TASK_EMAIL_S437_NOTICE).isWaitingAt(TASK_RECORD_NOTICE_RESPONSE);
    assertThat(letters).extracting(l -> l.kind().name()).containsExactly("S437_NOTICE");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("send-notification").count()
        + engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("send-notification").count())
        .as("no email handed over").isZero();
    assertThat(greenMail.getReceivedMessages()).isEmpty();

    ProcessInstance byHand = toOrder();
    assertThat(byHand).hasPassed(TASK_EMAIL_S437_NOTICE, TASK_EMAIL_S438_NOTICE, TASK_EMAIL_ORDER);
    assertThat(greenMail.getReceivedMessages()).isEmpty();
  }

  @Test
  void an_email_that_cannot_be_sent_is_an_incident_of_its_own_and_the_order_goes_on() throws Exception {
    try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
      sendThrough(free.getLocalPort() == greenMail.getSmtp().getPort() ? 1 : free.getLocalPort());
    }
    ProcessInstance instance = processStarts(reference, "EHE_FAILED");
    engine.getIdentityService().setAuthentication(OFFICER, List.of("cme-officer"));
    complete(taskAt(TASK_SERVE_S437_NOTICE, instance),
        notice("2027-01-04", "EMAIL", false, "parentEmail", PARENT_EMAIL));
    engine.getIdentityService().clearAuthentication();

    for (int attempt = 0; attempt < 6; attempt++) {
      engine.getManagementService().createJobQuery().messages().withRetriesLeft().list().forEach(j -> {
        try {
          engine.getManagementService().executeJob(j.getId());
        } catch (RuntimeException mailServerDown) {
          // the sending job fails; the engine keeps its retries
        }
      });
    }

    ProcessInstance email = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("send-notification").singleResult();
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(email.getId()).count()).isEqualTo(1);
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(instance).hasPassed(TASK_EMAIL_S437_NOTICE).isWaitingAt(TASK_RECORD_NOTICE_RESPONSE);
    assertThat(register.forCase(reference)).extracting(SaoNoticeEntry::letterId).doesNotContainNull();
    assertThat(greenMail.getReceivedMessages()).isEmpty();
  }

  // --- the start ------------------------------------------------------------------------------------

  @Test
  void an_officer_starts_it_for_an_open_case_and_the_s437_notice_is_served_first() {
    ProcessInstance instance = officerStarts(reference.value());

    assertThat(instance).hasPassed(TASK_RECORD_SAO_START).isWaitingAt(TASK_SERVE_S437_NOTICE).variables()
        .containsEntry("saoTrigger", "OFFICER_START").containsEntry("childName", "Sam Example")
        .containsEntry("dateOfBirth", "2015-03-04").containsEntry("saoCycle", 1).containsEntry("startedBy", OFFICER);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(reference.value())
        .count()).isEqualTo(1);
    assertThat(task(instance)).hasCandidateGroup("cme-officer")
        .hasDueDate(Date.from(ZonedDateTime.of(2027, 1, 11, 17, 0, 0, 0, ProcessTestEngine.LONDON).toInstant()));
  }

  @Test
  void a_start_for_a_case_that_is_not_there_or_closed_gets_one_answer_and_nothing_is_kept() {
    assertThatThrownBy(() -> officerStarts("CME-2027-99999")).isInstanceOf(InputRefusedException.class)
        .hasMessageContaining("there is no open case with this reference that you may act on");
    casework.close(reference, OutcomeCode.ON_ROLL_HERE, null, OFFICER, MONDAY.toInstant());
    assertThatThrownBy(() -> officerStarts(reference.value())).isInstanceOf(InputRefusedException.class)
        .hasMessageContaining("there is no open case with this reference that you may act on");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
  }

  @Test
  void a_process_start_needs_a_known_trigger_and_an_officer_start_a_reason() {
    assertThatThrownBy(() -> processStarts(reference, "BORED")).isInstanceOf(InputRefusedException.class)
        .satisfies(e -> assertThat(((InputRefusedException) e).faults()).extracting(f -> f.field())
            .containsExactly("saoTrigger"));
    engine.getIdentityService().setAuthentication(OFFICER, List.of("cme-officer"));
    assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(SchoolAttendanceOrderProcess.KEY,
        Map.of("caseReference", "CASE-1"))).isInstanceOf(InputRefusedException.class)
        .satisfies(e -> assertThat(((InputRefusedException) e).faults()).extracting(f -> f.field())
            .containsExactlyInAnyOrder("caseReference", "saoTriggerDetails"));
  }

  @Test
  void a_process_started_in_a_users_transaction_keeps_its_trigger() {
    engine.getIdentityService().setAuthentication("tlp", List.of("tlp"));
    ProcessInstance instance = processStarts(reference, "EHE_SAFEGUARDING_RISK");
    engine.getIdentityService().clearAuthentication();

    assertThat(instance).isWaitingAt(TASK_SERVE_S437_NOTICE).variables()
        .containsEntry("saoTrigger", "EHE_SAFEGUARDING_RISK").containsEntry("startedBy", "tlp");
  }

  @Test
  void the_ehe_check_hands_over_a_case_with_its_trigger() {
    ProcessInstance instance = processStarts(reference, "EHE_FAILED");

    assertThat(instance).isWaitingAt(TASK_SERVE_S437_NOTICE).variables().containsEntry("saoTrigger", "EHE_FAILED")
        .containsEntry("hasEhcp", false);
    assertThat(instance.getBusinessKey()).isEqualTo(reference.value());
  }

  // --- the s437(1) notice ---------------------------------------------------------------------------

  @Test
  void a_notice_posted_on_the_friday_before_christmas_is_due_fifteen_days_from_its_deemed_service() {
    now(ZonedDateTime.of(2027, 12, 24, 11, 0, 0, 0, ProcessTestEngine.LONDON));
    ProcessInstance instance = processStarts(reference, "PLACE_REFUSED");

    serveS437(instance, "2027-12-24", "FIRST_CLASS_POST", true);

    Date due = Date.from(ZonedDateTime.of(2028, 1, 13, 17, 0, 0, 0, ProcessTestEngine.LONDON).toInstant());
    assertThat(instance).isWaitingAt(TASK_RECORD_NOTICE_RESPONSE);
    assertThat(taskAt(TASK_RECORD_NOTICE_RESPONSE, instance)).as("deemed served Thu 30 Dec; 15 days beginning with it")
        .hasDueDate(due).hasCandidateGroup("cme-officer");
    assertThat(timer(instance, EVENT_NOTICE_DEADLINE_PASSED).getDuedate()).isEqualTo(due);
    List<SaoNoticeEntry> rows = register.forCase(reference);
    assertThat(rows).extracting(SaoNoticeEntry::type, SaoNoticeEntry::parentServed, SaoNoticeEntry::deemedService,
        SaoNoticeEntry::deadline).containsExactly(
        org.assertj.core.groups.Tuple.tuple(SaoNoticeType.S437_NOTICE, "Sara Example", LocalDate.of(2027, 12, 30),
            LocalDate.of(2028, 1, 13)),
        org.assertj.core.groups.Tuple.tuple(SaoNoticeType.S437_NOTICE, "Tom Example", LocalDate.of(2027, 12, 30),
            LocalDate.of(2028, 1, 13)));

    runAsyncJobs();

    assertThat(letters).extracting(l -> l.kind().name()).containsExactly("S437_NOTICE", "S437_NOTICE");
    assertThat(register.forCase(reference)).extracting(SaoNoticeEntry::letterId).doesNotContainNull();
    assertThat(instance).hasPassed(TASK_MAKE_S437_NOTICE).isWaitingAt(TASK_RECORD_NOTICE_RESPONSE);
  }

  @Test
  void the_parents_show_suitable_education_and_the_case_closes() {
    ProcessInstance instance = processStarts(reference, "EHE_FAILED");
    serveS437(instance, "2027-01-04", "BY_HAND", false);

    complete(taskAt(TASK_RECORD_NOTICE_RESPONSE, instance), withVariables("noticeResponse", "SATISFIED",
        "noticeResponseNotes", "A place at an independent school from 11 January, letter seen"));

    assertThat(instance).hasPassed(TASK_CLOSE_EDUCATION_SHOWN, EVENT_EDUCATION_SHOWN).isEnded();
    CaseView closed = casework.find(reference).orElseThrow();
    assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(closed.outcomeCode()).isEqualTo(OutcomeCode.SUITABLE_EDUCATION_SHOWN);
  }

  @Test
  void a_notice_with_faults_is_refused_naming_each_field_and_nothing_is_recorded() {
    ProcessInstance instance = processStarts(reference, "EHE_FAILED");

    assertThat(refusedFields(() -> complete(task(instance), withVariables("parent1Name", " ", "parent2Name",
        "Tom Example", "noticeSentOn", "2027-02-01", "serviceMethod", "EMAIL"))))
        .containsExactlyInAnyOrder("parent1Name", "parent1Address", "parent2Address", "noticeSentOn", "serviceMethod");
    assertThat(instance).isWaitingAt(TASK_SERVE_S437_NOTICE);
    assertThat(register.forCase(reference)).isEmpty();
  }

  // --- school selection, the governing body, the notice of intention -------------------------------

  @Test
  void no_answer_by_the_deadline_leads_to_a_school_never_one_the_child_is_excluded_from() {
    ProcessInstance instance = toSchoolSelection();

    assertThat(task(instance)).hasCandidateGroup("admissions").hasCandidateGroup("cme-officer");
    assertThat(refusedFields(() -> complete(task(instance), selection(EXCLUDED, ALTERNATIVE + ", Riverside Academy"))))
        .containsExactly("selectedSchoolUrn");
    assertThat(refusedFields(() -> complete(task(instance), selection(SCHOOL, EXCLUDED + ", Hillcrest School"))))
        .containsExactly("alternativeSchools");
    assertThat(instance).isWaitingAt(TASK_SELECT_SCHOOL);
  }

  @Test
  void the_governing_body_has_fifteen_days_and_the_secretary_of_state_may_direct_another_school() {
    ProcessInstance instance = toSchoolSelection();
    complete(task(instance), selection(SCHOOL, ALTERNATIVE + ", Riverside Academy"));

    Job timer = timer(instance, EVENT_GOVERNING_BODY_PERIOD_ENDED);
    assertThat(timer.getDuedate()).as("15 days beginning with Monday 25 January 2027")
        .isEqualTo(Date.from(ZonedDateTime.of(2027, 2, 8, 17, 0, 0, 0, ProcessTestEngine.LONDON).toInstant()));
    runAsyncJobs();
    assertThat(letters).extracting(l -> l.kind().name()).contains("GOVERNING_BODY_CONSULTATION");
    now(ZonedDateTime.of(2027, 2, 8, 17, 1, 0, 0, ProcessTestEngine.LONDON));
    engine.getManagementService().executeJob(timer.getId());
    assertThat(instance).isWaitingAt(TASK_RECORD_GOVERNING_BODY_RESPONSE);

    complete(task(instance), withVariables("governingBodyApplied", true, "secretaryOfStateDirection", "OTHER_SCHOOL",
        "directedSchoolUrn", ELSEWHERE, "directedSchoolName", "Meadow School", "governingBodyNotes", "Direction 1 March"));

    assertThat(instance).isWaitingAt(TASK_SERVE_S438_NOTICE).variables()
        .containsEntry("selectedSchoolUrn", ELSEWHERE).containsEntry("namedSchoolName", "Meadow School");
  }

  @Test
  void the_parent_chooses_an_alternative_school_within_fifteen_days_and_it_is_named() {
    ProcessInstance instance = toNoticeOfIntention();
    complete(task(instance), withVariables("noticeSentOn", "2027-02-09", "serviceMethod", "BY_HAND"));
    assertThat(taskAt(TASK_RECORD_PARENT_CHOICE, instance)).hasDueDate(
        Date.from(ZonedDateTime.of(2027, 2, 23, 17, 0, 0, 0, ProcessTestEngine.LONDON).toInstant()));
    assertThat(register.forCase(reference)).filteredOn(r -> r.type() == SaoNoticeType.S438_NOTICE_OF_INTENTION)
        .extracting(SaoNoticeEntry::schoolUrn, SaoNoticeEntry::alternativeUrns)
        .containsOnly(org.assertj.core.groups.Tuple.tuple(SCHOOL, List.of(ALTERNATIVE)));

    assertThat(refusedFields(() -> complete(taskAt(TASK_RECORD_PARENT_CHOICE, instance), withVariables("parentChoice",
        "ALTERNATIVE", "chosenSchoolUrn", ELSEWHERE, "chosenSchoolName", "Meadow School"))))
        .containsExactly("chosenSchoolUrn");
    complete(taskAt(TASK_RECORD_PARENT_CHOICE, instance), withVariables("parentChoice", "ALTERNATIVE",
        "chosenSchoolUrn", ALTERNATIVE, "chosenSchoolName", "Riverside Academy"));

    assertThat(instance).isWaitingAt(TASK_ISSUE_ORDER).variables().containsEntry("namedSchoolUrn", ALTERNATIVE)
        .containsEntry("namedSchoolName", "Riverside Academy");
  }

  @Test
  void a_place_offered_elsewhere_is_named_instead() {
    ProcessInstance instance = toNoticeOfIntention();
    complete(task(instance), withVariables("noticeSentOn", "2027-02-09", "serviceMethod", "BY_HAND"));

    complete(taskAt(TASK_RECORD_PARENT_CHOICE, instance), withVariables("parentChoice", "PLACE_ELSEWHERE",
        "chosenSchoolUrn", ELSEWHERE, "chosenSchoolName", "Meadow School"));

    assertThat(instance).isWaitingAt(TASK_ISSUE_ORDER).variables().containsEntry("namedSchoolUrn", ELSEWHERE);
  }

  @Test
  void no_choice_in_fifteen_days_names_the_selected_school() {
    ProcessInstance instance = toNoticeOfIntention();
    complete(task(instance), withVariables("noticeSentOn", "2027-02-09", "serviceMethod", "BY_HAND"));

    fire(instance, EVENT_CHOICE_PERIOD_ENDED);

    assertThat(instance).hasPassed(EVENT_CHOICE_PERIOD_ENDED).isWaitingAt(TASK_ISSUE_ORDER).variables()
        .containsEntry("namedSchoolUrn", SCHOOL);
    runAsyncJobs();
    assertThat(letters).extracting(l -> l.kind().name()).contains("S438_NOTICE_OF_INTENTION");
  }

  // --- the order in force --------------------------------------------------------------------------

  @Test
  void the_order_is_issued_the_named_school_gets_its_own_instance_and_the_home_visit_is_due_in_fifteen_days() {
    ProcessInstance instance = toOrder();

    assertThat(instance).isWaitingAt(TASK_NAMED_SCHOOL, TASK_HOME_VISIT);
    SaoNoticeEntry order = register.orderInForce(reference).orElseThrow();
    assertThat(order.schoolUrn()).isEqualTo(SCHOOL);
    assertThat(register.orderInForceNames(reference, SCHOOL)).isTrue();
    assertThat(instance).variables().containsEntry("orderId", order.id()).containsEntry("orderIssuedOn", "2027-03-01");
    assertThat(taskAt(TASK_HOME_VISIT, instance)).hasCandidateGroup("legal-interventions").as("15 days beginning with 1 March")
        .hasDueDate(Date.from(ZonedDateTime.of(2027, 3, 15, 17, 0, 0, 0, ProcessTestEngine.LONDON).toInstant()));
    ProcessInstance school = calledProcessInstance("sao-named-school", instance);
    assertThat(school).variables().containsOnlyKeys("caseReference", "schoolUrn", "childForename", "childSurname",
        "dateOfBirth", "parent1Name", "parent1Phone", "parent1Address", "orderIssuedOn", "schoolGroup")
        .containsEntry("schoolUrn", SCHOOL).containsEntry("orderIssuedOn", "2027-03-01")
        .as("the start guard's grant to the named school").containsEntry("schoolGroup", "school-" + SCHOOL);
    assertThat(school.getBusinessKey()).isEqualTo(reference.value());
    runAsyncJobs();
    assertThat(letters).extracting(l -> l.kind().name()).contains("SCHOOL_ATTENDANCE_ORDER");
    assertThat(register.orderInForce(reference).orElseThrow().letterId()).isNotNull();
  }

  @Test
  void the_child_attends_and_is_monitored_so_the_order_is_complied_with_and_the_case_closes() {
    ProcessInstance instance = toOrder();
    homeVisit(instance);

    namedSchool(instance, "COMPLIED", "2027-03-08");

    assertThat(instance).hasPassed(TASK_CLOSE_COMPLIED, EVENT_CLOSED_COMPLIED).isEnded();
    assertThat(casework.find(reference).orElseThrow().outcomeCode()).isEqualTo(OutcomeCode.SAO_COMPLIED);
    assertThat(register.forCase(reference)).filteredOn(r -> r.type() == SaoNoticeType.SCHOOL_ATTENDANCE_ORDER)
        .extracting(SaoNoticeEntry::status, SaoNoticeEntry::endedReason)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(SaoOrderStatus.ENDED, SaoOrderEndReason.COMPLIED));
  }

  @ParameterizedTest
  @ValueSource(strings = {"PARENT_DID_NOT_ATTEND_PAM", "CHILD_DID_NOT_ATTEND_FIRST_DAY", "STOPPED_ATTENDING"})
  void not_complied_with_goes_to_enforcement_with_the_reason_and_what_the_school_did(String reason) {
    ProcessInstance instance = toOrder();
    homeVisit(instance);

    namedSchool(instance, reason, null);

    assertThat(instance).isWaitingAt(TASK_ENFORCE_ORDER);
    ProcessInstance enforcement = calledProcessInstance("sao-prosecution", instance);
    assertThat(enforcement).variables().containsEntry("nonComplianceReason", reason)
        .containsEntry("schoolActions", "home visit; ESBAS referral").containsEntry("namedSchoolUrn", SCHOOL)
        .containsEntry("saoCycle", 1).containsEntry("orderId", register.orderInForce(reference).orElseThrow().id());
  }

  @ParameterizedTest
  @ValueSource(strings = {"ESO_INSTEAD", "CONVICTED", "CONDITIONAL_DISCHARGE", "ACQUITTED", "WITHDRAWN", "ESO_APPLIED",
      "ESO_DECLINED"})
  void each_enforcement_outcome_without_a_new_cycle_closes_the_case_with_it(String outcome) {
    ProcessInstance instance = toEnforcement();

    enforce(instance, outcome, false);

    assertThat(instance).hasPassed(TASK_CLOSE_ENFORCED, EVENT_CLOSED_ENFORCED).isEnded();
    CaseView closed = casework.find(reference).orElseThrow();
    assertThat(closed.outcomeCode()).isEqualTo(OutcomeCode.SAO_ENFORCED);
    assertThat(closed.outcomeReason()).contains(outcome);
  }

  @Test
  void convicted_and_still_not_attending_starts_a_second_notice_cycle_linked_to_the_first_order() {
    ProcessInstance instance = toEnforcement();
    long firstOrder = register.orderInForce(reference).orElseThrow().id();

    enforce(instance, "CONVICTED", true);

    assertThat(instance).hasPassed(TASK_START_NEW_CYCLE).isWaitingAt(TASK_SERVE_S437_NOTICE).variables()
        .containsEntry("saoCycle", 2).containsEntry("previousOrderId", firstOrder).containsEntry("orderId", null);
    assertThat(register.orderInForce(reference)).isEmpty();
    now(ZonedDateTime.of(2027, 4, 5, 12, 0, 0, 0, ProcessTestEngine.LONDON));
    serveS437(instance, "2027-04-05", "BY_HAND", false);
    assertThat(register.forCase(reference)).filteredOn(r -> r.cycle() == 2)
        .extracting(SaoNoticeEntry::type, SaoNoticeEntry::linkedOrderId)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(SaoNoticeType.S437_NOTICE, firstOrder));
    assertThat(register.forCase(reference)).filteredOn(r -> r.id() == firstOrder)
        .extracting(SaoNoticeEntry::endedReason).containsExactly(SaoOrderEndReason.NEW_CYCLE);
  }

  // --- at any time: amended, revoked, left the area, compulsory school age, safeguarding -----------

  @Test
  void an_amended_order_cancels_the_old_schools_instance_and_gives_the_new_school_its_own() {
    ProcessInstance instance = toOrder();
    ProcessInstance oldSchool = calledProcessInstance("sao-named-school", instance);
    long oldOrder = register.orderInForce(reference).orElseThrow().id();
    long amendment = register.record(reference, new uk.gov.cme.casework.SaoNoticeDetails(SaoNoticeType.AMENDMENT,
        "Sara Example", LocalDate.of(2027, 3, 1), uk.gov.cme.rules.calendar.ServiceMethod.BY_HAND, ALTERNATIVE,
        List.of(), oldOrder, null, null), OFFICER, ClockUtil.getCurrentTime().toInstant());

    correlate(SchoolAttendanceOrderProcess.MESSAGE_ORDER_AMENDED, Map.of("orderId", amendment,
        "namedSchoolUrn", ALTERNATIVE, "namedSchoolName", "Riverside Academy"));

    assertThat(oldSchool).isEnded();
    assertThat(instance).hasPassed(EVENT_ORDER_AMENDED, TASK_RECORD_AMENDED_ORDER)
        .isWaitingAt(TASK_NAMED_SCHOOL, TASK_HOME_VISIT).variables().containsEntry("orderId", amendment);
    assertThat(calledProcessInstance("sao-named-school", instance)).variables()
        .containsEntry("schoolUrn", ALTERNATIVE);
  }

  @Test
  void a_revoked_order_ends_it_and_closes_the_case() {
    ProcessInstance instance = toOrder();

    correlate(SchoolAttendanceOrderProcess.MESSAGE_ORDER_ENDED, Map.of("saoEndReason", "REVOKED"));

    assertThat(instance).hasPassed(EVENT_ORDER_ENDED, TASK_CLOSE_ORDER_ENDED, EVENT_ORDER_ENDED_CLOSED).isEnded();
    assertThat(casework.find(reference).orElseThrow().outcomeCode()).isEqualTo(OutcomeCode.SAO_REVOKED);
  }

  @Test
  void a_child_who_left_the_area_ends_it_and_the_case_closes_as_transferred() {
    ProcessInstance instance = toOrder();

    correlate(SchoolAttendanceOrderProcess.MESSAGE_ORDER_ENDED, Map.of("saoEndReason", "LEFT_AREA"));

    assertThat(instance).isEnded();
    CaseView closed = casework.find(reference).orElseThrow();
    assertThat(closed.outcomeCode()).isEqualTo(OutcomeCode.TRANSFERRED_TO_ANOTHER_LA);
    assertThat(closed.outcomeReason()).isEqualTo(ConcludeSaoDelegate.LEFT_AREA_REASON);
  }

  @Test
  void the_end_of_compulsory_school_age_ends_the_order_and_closes_the_case_at_any_stage() {
    ProcessInstance instance = toOrder();

    Job csa = timer(instance, EVENT_COMPULSORY_SCHOOL_AGE_ENDED);
    assertThat(csa.getDuedate()).as("born 4 March 2015: the last Friday of June 2031")
        .isEqualTo(Date.from(ZonedDateTime.of(2031, 6, 27, 17, 0, 0, 0, ProcessTestEngine.LONDON).toInstant()));
    now(ZonedDateTime.of(2031, 6, 27, 17, 1, 0, 0, ProcessTestEngine.LONDON));
    engine.getManagementService().executeJob(csa.getId());

    assertThat(instance).hasPassed(TASK_CLOSE_COMPULSORY_SCHOOL_AGE, EVENT_CLOSED_COMPULSORY_SCHOOL_AGE).isEnded();
    assertThat(casework.find(reference).orElseThrow().outcomeCode()).isEqualTo(OutcomeCode.CEASED_COMPULSORY_SCHOOL_AGE);
    assertThat(register.forCase(reference)).filteredOn(r -> r.type() == SaoNoticeType.SCHOOL_ATTENDANCE_ORDER)
        .extracting(SaoNoticeEntry::endedReason).containsExactly(SaoOrderEndReason.COMPULSORY_SCHOOL_AGE_ENDED);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("sao-named-school")
        .count()).isZero();
  }

  /**
   * The county-year simulation's fourth defect (docs/performance.md): the EHE check judged home education
   * suitable and closed the case while the order's process waited for the parents' answer to the notice;
   * the order went on to a school, a notice of intention the register then refused, a task open for ever.
   */
  @Test
  void another_process_closing_the_case_ends_it_at_the_notice_and_nothing_is_left_open() {
    ProcessInstance instance = processStarts(reference, "EHE_FAILED");
    serveS437(instance, "2027-01-04", "BY_HAND", false);
    assertThat(instance).isWaitingAt(TASK_RECORD_NOTICE_RESPONSE);

    casework.close(reference, OutcomeCode.ELECTIVE_HOME_EDUCATION_SUITABLE, null, "tlp.officer", MONDAY.toInstant());
    closedElsewhere(instance);

    assertThat(instance).hasPassed(EVENT_CASE_CLOSED_ELSEWHERE, TASK_END_ORDER_WITH_CASE, EVENT_ENDED_WITH_CASE).isEnded();
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(TASK_RECORD_NOTICE_RESPONSE).singleResult().getDeleteReason())
        .as("the notice's answer was not recorded: its task was ended with the order").isNotEqualTo("completed");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference.value()).count())
        .as("no task left open on the closed case").isZero();
    assertThat(casework.find(reference).orElseThrow().outcomeCode()).as("as the other process closed it")
        .isEqualTo(OutcomeCode.ELECTIVE_HOME_EDUCATION_SUITABLE);
    assertThat(register.orderInForce(reference)).isEmpty();
  }

  @Test
  void another_process_closing_the_case_ends_the_order_in_force_and_the_named_schools_instance() {
    ProcessInstance instance = toOrder();
    long orderId = register.orderInForce(reference).orElseThrow().id();

    casework.close(reference, OutcomeCode.ELECTIVE_HOME_EDUCATION_SUITABLE, null, "tlp.officer",
        ZonedDateTime.of(2027, 3, 2, 10, 0, 0, 0, ProcessTestEngine.LONDON).toInstant());
    closedElsewhere(instance);

    assertThat(instance).hasPassed(EVENT_CASE_CLOSED_ELSEWHERE, TASK_END_ORDER_WITH_CASE, EVENT_ENDED_WITH_CASE).isEnded();
    assertThat(register.orderInForce(reference)).isEmpty();
    assertThat(register.forCase(reference)).filteredOn(r -> r.id() == orderId)
        .extracting(SaoNoticeEntry::endedReason).containsExactly(SaoOrderEndReason.CASE_CLOSED);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(reference.value())
        .count()).as("the named school's instance ended with it").isZero();
  }

  @Test
  void a_safeguarding_concern_on_a_task_starts_a_safeguarding_referral_and_the_order_goes_on() {
    ProcessInstance instance = processStarts(reference, "EHE_SAFEGUARDING_RISK");
    engine.getIdentityService().setAuthentication(OFFICER, List.of("cme-officer"));
    complete(task(instance), notice("2027-01-04", "BY_HAND", false, "raiseSafeguardingConcern", true,
        "safeguardingDetails", "The child was seen with bruises at the door"));
    engine.getIdentityService().clearAuthentication();

    assertThat(instance).hasPassed(TASK_RAISE_SAFEGUARDING_REFERRAL).isWaitingAt(TASK_RECORD_NOTICE_RESPONSE);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("safeguarding-referral")
        .count()).isEqualTo(1);
  }

  // --- a child with an EHCP (s441) ------------------------------------------------------------------

  @Test
  void for_a_child_with_an_ehcp_the_teams_agree_the_route_and_the_order_names_the_ehcp_school() {
    reference = aCase(true);
    ProcessInstance instance = processStarts(reference, "EHE_FAILED");
    assertThat(instance).isWaitingAt(TASK_AGREE_EHCP_ROUTE);
    assertThat(task(instance)).hasCandidateGroup("tlp").hasCandidateGroup("send-ap").hasCandidateGroup("cme-officer");
    complete(task(instance), withVariables("ehcpRoute", "SAO", "ehcpSchoolUrn", EHCP_SCHOOL,
        "ehcpSchoolName", "Oak Special School", "ehcpRouteAgreedBy", "TLP, SEND AP and CME at the 4 Jan meeting",
        "ehcpRouteReasons", "Education at home unsuitable; the EHCP names Oak"));
    serveS437(instance, "2027-01-04", "BY_HAND", false);

    fire(instance, EVENT_NOTICE_DEADLINE_PASSED);

    assertThat(instance).hasNotPassed(TASK_SELECT_SCHOOL, TASK_SERVE_S438_NOTICE).isWaitingAt(TASK_ISSUE_ORDER)
        .variables().containsEntry("namedSchoolUrn", EHCP_SCHOOL).containsEntry("namedSchoolName", "Oak Special School");
  }

  @Test
  void for_a_child_with_an_ehcp_another_route_ends_the_order_process() {
    ProcessInstance instance = processStarts(reference, "EHE_FAILED", Map.of("hasEhcp", true));

    complete(task(instance), withVariables("ehcpRoute", "OTHER", "ehcpRouteAgreedBy", "TLP, SEND AP and CME",
        "ehcpRouteReasons", "An emergency EHCP review first"));

    assertThat(instance).hasPassed(EVENT_OTHER_ROUTE_AGREED).isEnded();
    assertThat(casework.find(reference).orElseThrow().status()).isEqualTo(CaseStatus.OPEN);
  }

  // --- helpers ------------------------------------------------------------------------------------

  CaseReference aCase(boolean ehcp) {
    ChildDetails.Builder child = ChildDetails.builder().legalForename("Sam").legalSurname("Example")
        .dateOfBirth(LocalDate.of(2015, 3, 4)).upn("B801200005001").postcode("SO23 8UJ");
    if (ehcp) {
      child.flags(new uk.gov.cme.casework.ChildFlags(true, false, false, false, false, false));
    }
    return casework.openCase(child.build(MONDAY.toLocalDate()),
        ReferralDetails.builder(ReferralSource.SCHOOL).referringSchoolUrn("999001").circumstances("Not seen").build(),
        "riverside.dsl", MONDAY.toInstant());
  }

  ProcessInstance officerStarts(String caseReference) {
    engine.getIdentityService().setAuthentication(OFFICER, List.of("cme-officer"));
    try {
      return engine.getRuntimeService().startProcessInstanceByKey(SchoolAttendanceOrderProcess.KEY,
          Map.of("caseReference", caseReference, "saoTriggerDetails", "Located; no school place or other provision"));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  ProcessInstance processStarts(CaseReference caseReference, String trigger) {
    return processStarts(caseReference, trigger, Map.of());
  }

  ProcessInstance processStarts(CaseReference caseReference, String trigger, Map<String, Object> more) {
    Map<String, Object> variables = new HashMap<>(more);
    variables.put("caseReference", caseReference.value());
    variables.put("legalForename", "Sam");
    variables.put("legalSurname", "Example");
    variables.put("dateOfBirth", "2015-03-04");
    variables.put("schoolUrn", "999001");
    variables.put("saoTrigger", trigger);
    return engine.getRuntimeService().startProcessInstanceByKey(SchoolAttendanceOrderProcess.KEY,
        caseReference.value(), variables);
  }

  static Map<String, Object> notice(String sentOn, String method, boolean twoParents, Object... more) {
    Map<String, Object> v = new HashMap<>();
    v.put("parent1Name", "Sara Example");
    v.put("parent1Address", "1 High Street, Exampletown, EX1 1AA");
    v.put("parent1Phone", "01234 567890");
    if (twoParents) {
      v.put("parent2Name", "Tom Example");
      v.put("parent2Address", "2 Low Road, Exampletown, EX1 2BB");
    }
    v.put("noticeSentOn", sentOn);
    v.put("serviceMethod", method);
    for (int i = 0; i < more.length; i += 2) {
      v.put((String) more[i], more[i + 1]);
    }
    return v;
  }

  void serveS437(ProcessInstance instance, String sentOn, String method, boolean twoParents) {
    engine.getIdentityService().setAuthentication(OFFICER, List.of("cme-officer"));
    complete(taskAt(TASK_SERVE_S437_NOTICE, instance), notice(sentOn, method, twoParents));
    engine.getIdentityService().clearAuthentication();
    runAsyncJobs();
  }

  Map<String, Object> selection(String school, String alternatives) {
    return withVariables("excludedSchoolUrns", EXCLUDED, "selectedSchoolUrn", school,
        "selectedSchoolName", SCHOOL.equals(school) ? "Hillcrest School" : "Excluded School",
        "alternativeSchools", alternatives, "governingBodyConsultedOn", "2027-01-25");
  }

  /** Served Monday 4 January by hand; no answer by Monday 18 January. */
  ProcessInstance toSchoolSelection() {
    ProcessInstance instance = processStarts(reference, "EHE_FAILED");
    serveS437(instance, "2027-01-04", "BY_HAND", false);
    now(ZonedDateTime.of(2027, 1, 25, 10, 0, 0, 0, ProcessTestEngine.LONDON));
    fire(instance, EVENT_NOTICE_DEADLINE_PASSED);
    assertThat(instance).hasPassed(EVENT_NOTICE_DEADLINE_PASSED).isWaitingAt(TASK_SELECT_SCHOOL);
    return instance;
  }

  ProcessInstance toNoticeOfIntention() {
    ProcessInstance instance = toSchoolSelection();
    complete(task(instance), selection(SCHOOL, ALTERNATIVE + ", Riverside Academy"));
    runAsyncJobs();
    now(ZonedDateTime.of(2027, 2, 9, 10, 0, 0, 0, ProcessTestEngine.LONDON));
    fire(instance, EVENT_GOVERNING_BODY_PERIOD_ENDED);
    complete(task(instance), withVariables("governingBodyApplied", false));
    assertThat(instance).isWaitingAt(TASK_SERVE_S438_NOTICE);
    return instance;
  }

  /** What the application sends the order when another process closed its case (ProcessesEndWithTheirCase). */
  void closedElsewhere(ProcessInstance instance) {
    engine.getRuntimeService().createMessageCorrelation(SchoolAttendanceOrderProcess.MESSAGE_CASE_CLOSED_ELSEWHERE)
        .processInstanceId(instance.getId()).correlate();
  }

  ProcessInstance toOrder() {
    ProcessInstance instance = toNoticeOfIntention();
    complete(task(instance), withVariables("noticeSentOn", "2027-02-09", "serviceMethod", "BY_HAND"));
    runAsyncJobs();
    now(ZonedDateTime.of(2027, 3, 1, 10, 0, 0, 0, ProcessTestEngine.LONDON));
    fire(instance, EVENT_CHOICE_PERIOD_ENDED);
    complete(task(instance), withVariables("noticeSentOn", "2027-03-01", "serviceMethod", "BY_HAND"));
    runAsyncJobs();
    return instance;
  }

  ProcessInstance toEnforcement() {
    ProcessInstance instance = toOrder();
    homeVisit(instance);
    namedSchool(instance, "CHILD_DID_NOT_ATTEND_FIRST_DAY", null);
    return instance;
  }

  void homeVisit(ProcessInstance instance) {
    now(ZonedDateTime.of(2027, 3, 5, 10, 0, 0, 0, ProcessTestEngine.LONDON));
    complete(taskAt(TASK_HOME_VISIT, instance), withVariables("homeVisitOn", "2027-03-04",
        "homeVisitNotes", "Explained the order; mother will take Sam to the meeting"));
  }

  void namedSchool(ProcessInstance instance, String outcome, String startDate) {
    ProcessInstance school = calledProcessInstance("sao-named-school", instance);
    Map<String, Object> out = new HashMap<>();
    out.put("namedSchoolOutcome", outcome);
    out.put("startDate", startDate);
    out.put("schoolActions", "COMPLIED".equals(outcome) ? null : "home visit; ESBAS referral");
    complete(task(school), out);
  }

  void enforce(ProcessInstance instance, String outcome, boolean newCycle) {
    complete(task(calledProcessInstance("sao-prosecution", instance)),
        withVariables("enforcementOutcome", outcome, "newCycleNeeded", newCycle));
  }

  void correlate(String message, Map<String, Object> variables) {
    String sao = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(SchoolAttendanceOrderProcess.KEY).processInstanceBusinessKey(reference.value())
        .singleResult().getId();
    engine.getRuntimeService().createMessageCorrelation(message).processInstanceId(sao).setVariables(variables)
        .correlateWithResult();
  }

  Task taskAt(String key, ProcessInstance instance) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key)
        .singleResult();
  }

  Job timer(ProcessInstance instance, String activityId) {
    return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers()
        .activityId(activityId).singleResult();
  }

  void fire(ProcessInstance instance, String activityId) {
    engine.getManagementService().executeJob(timer(instance, activityId).getId());
  }

  /** Runs the asynchronous continuations (the letters) until there are none. */
  void runAsyncJobs() {
    for (int round = 0; round < 20; round++) {
      List<Job> jobs = engine.getManagementService().createJobQuery().messages().list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(j -> engine.getManagementService().executeJob(j.getId()));
    }
  }

  /** The notification block's sending step, through the SMTP server on {@code port}, attaching the letters made here. */
  void sendThrough(int port) {
    ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getBeans().put("sendNotificationDelegate",
        NotificationTestSender.sendingStep(port, (caseReference, letterId) -> {
          RenderedLetter letter = letters.get((int) (letterId - 1001));
          return new Notifications.Attachment(caseReference + "-" + letter.kind().name() + "-" + letterId + ".pdf",
              "application/pdf", letter.pdf());
        }));
  }

  /**
   * The last emails received (of {@code total} so far), one for each of {@code parents}: to the address the
   * parents agreed, each with that parent's letter of {@code kind} attached as the PDF the letters block made.
   */
  void assertEmailed(int total, String kind, String... parents) throws Exception {
    MimeMessage[] received = greenMail.getReceivedMessages();
    assertThat(received).hasSize(total);
    List<String> addressed = new ArrayList<>();
    for (int m = total - parents.length; m < total; m++) {
      MimeMessage email = received[m];
      assertThat(email.getAllRecipients()).extracting(Object::toString).containsExactly(PARENT_EMAIL);
      assertThat(email.getSubject()).contains(reference.value());
      Multipart parts = (Multipart) email.getContent();
      List<BodyPart> attachments = new ArrayList<>();
      for (int i = 0; i < parts.getCount(); i++) {
        if (parts.getBodyPart(i).getFileName() != null) {
          attachments.add(parts.getBodyPart(i));
        }
      }
      assertThat(attachments).hasSize(1);
      BodyPart part = attachments.get(0);
      assertThat(part.getContentType()).startsWith("application/pdf");
      assertThat(part.getFileName()).startsWith(reference.value() + "-" + kind + "-").endsWith(".pdf");
      long letterId = Long.parseLong(part.getFileName().replaceAll(".*-(\\d+)\\.pdf$", "$1"));
      RenderedLetter letter = letters.get((int) (letterId - 1001));
      assertThat(letter.kind().name()).isEqualTo(kind);
      byte[] attached = part.getInputStream().readAllBytes();
      assertThat(attached).isEqualTo(letter.pdf());
      try (PDDocument pdf = Loader.loadPDF(attached)) {
        String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        for (String parent : parents) {
          if (text.contains("Dear " + parent + ",") || text.contains("To " + parent + ",")) {
            addressed.add(parent);
          }
        }
      }
    }
    assertThat(addressed).as("each parent's own letter").containsExactlyInAnyOrder(parents);
  }

  /** The fields a refusal names: a task listener's refusal reaches the caller as the cause of the engine's exception. */
  static List<String> refusedFields(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call);
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof InputRefusedException refused) {
        return refused.faults().stream().map(f -> f.field()).toList();
      }
    }
    throw new AssertionError("not refused: " + thrown);
  }

  static void now(ZonedDateTime at) {
    ClockUtil.setCurrentTime(Date.from(at.toInstant()));
  }
}
