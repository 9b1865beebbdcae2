package uk.gov.cme.process.caseupdates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static uk.gov.cme.process.caseupdates.CaseUpdatesProcess.Elements.*;

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
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.Casework;
import uk.gov.cme.casework.ChildDetails;
import uk.gov.cme.casework.EducationStatus;
import uk.gov.cme.casework.OutcomeCode;
import uk.gov.cme.casework.ReferralDetails;
import uk.gov.cme.casework.ReferralSource;
import uk.gov.cme.casework.SocialWorker;
import uk.gov.cme.process.ProcessTestEngine;
import uk.gov.cme.process.shared.SystemCalls;

/**
 * Issue 8, defects 4 and 8: the case's own updates ({@code case-updates}), driven by the real case
 * register's events through {@link CaseUpdates} (H2, rolled back after each test), whichever process
 * would make the change: the half-termly update to each referring school while the case is open, the
 * report back to every referrer when it closes, and the social worker of a child with a plan told of
 * every change of education status. Emails are recorded as the notification block receives them.
 */
@DataJdbcTest
@Deployment(resources = "processes/case-updates.bpmn")
class CaseUpdatesProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension
      .builder(ProcessTestEngine.configuration(Map.of("calendar", ProcessTestEngine.calendar())))
      .assertClassCoverageAtLeast(0.9)
      .build();

  /** The case register, and the case's updates following its events over this test's engine. */
  @TestConfiguration(proxyBeanMethods = false)
  @ComponentScan(basePackageClasses = Casework.class)
  static class CaseRegister {

    @Bean
    CaseUpdates caseUpdates(Casework casework) {
      ProcessEngine engine = extension.getProcessEngine();
      return new CaseUpdates(engine.getRuntimeService(), new SystemCalls(engine.getProcessEngineConfiguration()),
          casework);
    }
  }

  /** Monday 2 November 2026, 10:00 London: first day of the autumn 2 half term. */
  static final ZonedDateTime OPENED = ZonedDateTime.of(2026, 11, 2, 10, 0, 0, 0, ProcessTestEngine.LONDON);
  /** The next half terms start on Monday 4 January and Monday 22 February 2027 (shipped term dates). */
  static final ZonedDateTime SPRING_1 = ZonedDateTime.of(2027, 1, 4, 17, 0, 0, 0, ProcessTestEngine.LONDON);
  static final ZonedDateTime SPRING_2 = ZonedDateTime.of(2027, 2, 22, 17, 0, 0, 0, ProcessTestEngine.LONDON);
  static final String SCHOOL = "dsl@riverside.example";
  static final String SOCIAL_WORKER = "jo.worker@council.example";

  @Autowired
  Casework casework;
  @Autowired
  JdbcTemplate jdbc;

  ProcessEngine engine;
  final List<Map<String, Object>> emails = new ArrayList<>();

  @BeforeEach
  void setUp() {
    engine = extension.getProcessEngine();
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(Date.from(OPENED.toInstant()));
    @SuppressWarnings("unchecked")
    Map<Object, Object> beans = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getBeans();
    beans.put("caseContacts", new CaseContacts(casework));
    beans.put("notifyDelegate", (JavaDelegate) execution -> {
      Map<String, Object> email = new HashMap<>();
      for (String name : List.of("notificationTemplate", "notificationTo", "outcome", "caseStatus", "childInitials")) {
        email.put(name, execution.getVariable(name));
      }
      email.put("case", execution.getProcessBusinessKey());
      emails.add(email);
    });
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
  }

  // --- the half-termly update belongs to the case (defect 4) -----------------------------------

  @Test
  void opening_a_case_starts_its_updates_whichever_process_opened_it() {
    CaseReference reference = open(anEheNotification());

    ProcessInstance updates = updates(reference);
    assertThat(updates).isWaitingAt(EVENT_NEXT_HALF_TERM).variables()
        .containsEntry("caseReference", reference.value()).containsEntry("childInitials", "S.E.");
    assertThat(job(EVENT_NEXT_HALF_TERM, updates).getDuedate()).isEqualTo(Date.from(SPRING_1.toInstant()));
  }

  @Test
  void each_referring_school_is_updated_every_half_term_for_as_long_as_the_case_is_open() {
    CaseReference reference = open(aSchoolReferral(SCHOOL));
    casework.addReferral(reference, anAgencyReferral(), "cme.officer", OPENED.toInstant());
    ProcessInstance updates = updates(reference);

    halfTerm(updates, SPRING_1);
    assertThat(emails).containsExactly(email("case-update-half-termly", SCHOOL, reference));

    casework.addReferral(reference, ReferralDetails.builder(ReferralSource.EMIGRATION_NOTICE).referringSchoolUrn("999002")
        .referrerEmail("office@hillcrest.example").build(), "hillcrest.dsl", SPRING_1.toInstant());
    emails.clear();
    halfTerm(updates, SPRING_2);
    assertThat(emails).as("a school that reported the child later is updated too; the agency is not")
        .extracting(e -> e.get("notificationTo")).containsExactly(SCHOOL, "office@hillcrest.example");
    assertThat(updates).isWaitingAt(EVENT_NEXT_HALF_TERM);
  }

  @Test
  void a_case_with_no_referring_school_sends_no_update_and_waits_for_the_next_half_term() {
    CaseReference reference = open(anEheNotification());
    ProcessInstance updates = updates(reference);

    halfTerm(updates, SPRING_1);

    assertThat(emails).isEmpty();
    assertThat(job(EVENT_NEXT_HALF_TERM, updates).getDuedate()).isEqualTo(Date.from(SPRING_2.toInstant()));
  }

  @Test
  void a_case_the_register_holds_as_closed_gets_no_more_updates_even_without_the_closing_message() {
    CaseReference reference = open(aSchoolReferral(SCHOOL));
    ProcessInstance updates = updates(reference);
    jdbc.update("UPDATE cme_case SET status = 'CLOSED', outcome_code = 'DIED', closed_at = updated_at"
        + " WHERE case_reference = ?", reference.value());

    halfTerm(updates, SPRING_1);

    assertThat(updates).isEnded().hasPassed(EVENT_CASE_NO_LONGER_OPEN).hasNotPassed(TASK_SEND_HALF_TERMLY_UPDATES);
    assertThat(emails).isEmpty();
  }

  // --- report back at every closure (defect 4) -------------------------------------------------

  @Test
  void every_referrer_with_an_email_is_told_when_the_case_closes_and_the_updates_end() {
    CaseReference reference = open(aSchoolReferral(SCHOOL));
    casework.addReferral(reference, anAgencyReferral(), "cme.officer", OPENED.toInstant());
    casework.addReferral(reference, ReferralDetails.builder(ReferralSource.ANONYMOUS).referrerEmail("neighbour@example.com")
        .circumstances("Not at school").build(), "cme.officer", OPENED.toInstant());
    ProcessInstance updates = updates(reference);

    casework.close(reference, OutcomeCode.LEFT_THE_COUNTRY, "Portugal", "riverside.dsl", OPENED.toInstant());

    assertThat(updates).isEnded().hasPassed(TASK_TELL_REFERRERS_CLOSED, TASK_TELL_SOCIAL_WORKER_CLOSED, EVENT_UPDATES_ENDED);
    assertThat(emails).filteredOn(e -> "referral-closed".equals(e.get("notificationTemplate")))
        .extracting(e -> e.get("notificationTo")).as("never the anonymous referrer")
        .containsExactly(SCHOOL, "hv@nhs.example");
    assertThat(emails).filteredOn(e -> "referral-closed".equals(e.get("notificationTemplate")))
        .allSatisfy(e -> assertThat(e).containsEntry("outcome", "left the country (confirmed)")
            .containsEntry("case", reference.value()).containsEntry("childInitials", "S.E."));
    assertThat(engine.getManagementService().createJobQuery().count()).as("no half-termly timer is left").isZero();
  }

  @Test
  void a_referral_closed_as_not_cme_is_told_by_the_referral_with_its_signposting_not_again_by_the_case() {
    CaseReference reference = open(aSchoolReferral(SCHOOL));
    ProcessInstance updates = updates(reference);

    casework.close(reference, OutcomeCode.NOT_CME, "On a school roll", "cme.officer", OPENED.toInstant());

    assertThat(updates).isEnded().hasNotPassed(TASK_TELL_REFERRERS_CLOSED).hasPassed(EVENT_UPDATES_ENDED);
    assertThat(emails).extracting(e -> e.get("notificationTemplate")).doesNotContain("referral-closed");
  }

  @Test
  void a_case_opened_and_closed_in_one_transaction_still_tells_its_referrers_and_leaves_no_updates_running() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

    CaseReference reference = configuration.getCommandExecutorTxRequired().execute(context -> {
      CaseReference opened = open(aSchoolReferral(SCHOOL));
      casework.close(opened, OutcomeCode.ON_ROLL_ELSEWHERE, "Hampshire", "cme.officer", OPENED.toInstant());
      return opened;
    });

    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(reference.value())
        .count()).isZero();
    Map<String, Object> socialWorker = socialWorkerNotTold(reference, EducationStatus.closed(OutcomeCode.ON_ROLL_ELSEWHERE));
    socialWorker.put("outcome", OutcomeCode.ON_ROLL_ELSEWHERE.description());
    assertThat(emails).containsExactly(closed(SCHOOL, reference, OutcomeCode.ON_ROLL_ELSEWHERE), socialWorker);
  }

  @Test
  void a_case_opened_before_it_had_updates_still_tells_its_referrers_when_it_closes() {
    CaseReference reference = open(aSchoolReferral(SCHOOL));
    engine.getRuntimeService().deleteProcessInstance(updates(reference).getId(), "opened before case-updates existed");

    casework.close(reference, OutcomeCode.ON_ROLL_HERE, null, "cme.officer", OPENED.toInstant());

    assertThat(emails).contains(closed(SCHOOL, reference, OutcomeCode.ON_ROLL_HERE));
  }

  @Test
  void a_case_merged_into_the_childs_open_case_ends_its_updates_without_telling_anyone() {
    CaseReference open = open(aSchoolReferral(SCHOOL));
    CaseReference provisional = open(anEheNotification());
    ProcessInstance provisionalUpdates = updates(provisional);

    casework.mergeCase(provisional, open, "cme.officer", OPENED.toInstant());

    assertThat(provisionalUpdates).isEnded().hasPassed(EVENT_CASE_MERGED, EVENT_UPDATES_MOVED);
    assertThat(updates(open)).isWaitingAt(EVENT_NEXT_HALF_TERM);
    assertThat(emails).extracting(e -> e.get("notificationTemplate")).doesNotContain("referral-closed");
  }

  // --- the social worker of a child with a plan (defect 8) -------------------------------------

  @Test
  void the_social_worker_of_a_child_with_a_plan_is_told_of_every_change_of_education_status() {
    CaseReference reference = open(aSchoolReferral(SCHOOL));
    ProcessInstance updates = updates(reference);

    casework.recordSocialCare(reference, true, null, SocialWorker.of("Jo Worker", SOCIAL_WORKER, "Team 3"),
        "cme.officer", OPENED.toInstant());
    casework.recordEducationStatus(reference, EducationStatus.HOME_EDUCATION_NOTIFIED, "tlp", OPENED.toInstant());
    casework.recordEducationStatus(reference, EducationStatus.HOME_EDUCATION_UNSUITABLE, "tlp", OPENED.toInstant());
    casework.close(reference, OutcomeCode.ELECTIVE_HOME_EDUCATION_SUITABLE, null, "tlp", OPENED.toInstant());

    assertThat(updates).hasPassed(TASK_TELL_SOCIAL_WORKER, EVENT_SOCIAL_WORKER_TOLD).isEnded();
    assertThat(emails).filteredOn(e -> SOCIAL_WORKER.equals(e.get("notificationTo")))
        .extracting(e -> e.get("caseStatus")).containsExactly(
            EducationStatus.SOCIAL_WORKER_RECORDED.description(),
            EducationStatus.HOME_EDUCATION_NOTIFIED.description(),
            EducationStatus.HOME_EDUCATION_UNSUITABLE.description(),
            "the case is closed: electively home educated and suitable");
    assertThat(emails).filteredOn(e -> SOCIAL_WORKER.equals(e.get("notificationTo")))
        .allSatisfy(e -> assertThat(e).containsEntry("notificationTemplate", "education-status-changed")
            .containsEntry("case", reference.value()));
  }

  @Test
  void without_a_plan_or_without_an_address_no_social_worker_is_told() {
    CaseReference reference = open(aSchoolReferral(SCHOOL));
    ProcessInstance updates = updates(reference);
    casework.recordSocialCare(reference, null, null, SocialWorker.of("Jo Worker", SOCIAL_WORKER, null),
        "cme.officer", OPENED.toInstant());

    casework.recordEducationStatus(reference, EducationStatus.WHEREABOUTS_UNKNOWN, "cme.officer", OPENED.toInstant());

    assertThat(updates).hasPassed(TASK_TELL_SOCIAL_WORKER);
    assertThat(emails).containsExactly(socialWorkerNotTold(reference, EducationStatus.WHEREABOUTS_UNKNOWN.description()));
  }

  // --- helpers ----------------------------------------------------------------------------------

  CaseReference open(ReferralDetails referral) {
    ChildDetails child = ChildDetails.builder().legalForename("Sam").legalSurname("Example")
        .dateOfBirth(LocalDate.of(2015, 3, 4)).build(OPENED.toLocalDate());
    return casework.openCase(child, referral, "cme.officer", OPENED.toInstant());
  }

  ProcessInstance updates(CaseReference reference) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(CaseUpdatesProcess.KEY)
        .processInstanceBusinessKey(reference.value()).singleResult();
  }

  void halfTerm(ProcessInstance updates, ZonedDateTime due) {
    assertThat(job(EVENT_NEXT_HALF_TERM, updates).getDuedate()).isEqualTo(Date.from(due.toInstant()));
    ClockUtil.setCurrentTime(Date.from(due.plusMinutes(1).toInstant()));
    execute(job(EVENT_NEXT_HALF_TERM, updates));
  }

  static ReferralDetails aSchoolReferral(String email) {
    return ReferralDetails.builder(ReferralSource.SCHOOL).referringSchoolUrn("999001").referrerEmail(email)
        .circumstances("Not seen since half term").build();
  }

  static ReferralDetails anAgencyReferral() {
    return ReferralDetails.builder(ReferralSource.AGENCY).referrerOrganisation("Health visiting")
        .referrerEmail("hv@nhs.example").circumstances("Family moved").build();
  }

  static ReferralDetails anEheNotification() {
    return ReferralDetails.builder(ReferralSource.EHE_NOTIFICATION)
        .referrerOrganisation("Teaching and Learning Provision").build();
  }

  static Map<String, Object> email(String template, String to, CaseReference reference) {
    Map<String, Object> email = new HashMap<>();
    email.put("notificationTemplate", template);
    email.put("notificationTo", to);
    email.put("outcome", null);
    email.put("caseStatus", null);
    email.put("childInitials", "S.E.");
    email.put("case", reference.value());
    return email;
  }

  static Map<String, Object> closed(String to, CaseReference reference, OutcomeCode outcome) {
    Map<String, Object> email = email("referral-closed", to, reference);
    email.put("outcome", outcome.description());
    return email;
  }

  /** The social worker's step ran with no address to hand the email to: no plan, or no address. */
  static Map<String, Object> socialWorkerNotTold(CaseReference reference, String status) {
    Map<String, Object> email = email("education-status-changed", null, reference);
    email.put("caseStatus", status);
    return email;
  }
}
