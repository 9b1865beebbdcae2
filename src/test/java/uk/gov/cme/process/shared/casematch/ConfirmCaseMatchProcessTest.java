package uk.gov.cme.process.shared.casematch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static uk.gov.cme.process.shared.casematch.ConfirmCaseMatchProcess.Elements.*;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
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
import org.springframework.context.annotation.Import;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.CaseStatus;
import uk.gov.cme.casework.Casework;
import uk.gov.cme.casework.ChildDetails;
import uk.gov.cme.casework.EducationStatus;
import uk.gov.cme.casework.OutcomeCode;
import uk.gov.cme.casework.ReferralDetails;
import uk.gov.cme.casework.ReferralSource;
import uk.gov.cme.process.CaseRegisterConfiguration;
import uk.gov.cme.process.ProcessTestEngine;
import uk.gov.cme.process.shared.safeguarding.SafeguardingDelegates;

/**
 * Issue 8, defect 5: the building block a process starts when the child it opened a case for may be the
 * child of an open case (a probable match, as in the CME referral), with the real case register (H2,
 * rolled back after each test) and the real {@link ChildCases} that starts it. A CME officer decides;
 * the same child merges the new case into the open one.
 */
@DataJdbcTest
@Import(CaseRegisterConfiguration.class)
@Deployment(resources = {"processes/shared/confirm-case-match.bpmn", "processes/shared/safeguarding-referral.bpmn"})
class ConfirmCaseMatchProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension
      .builder(ProcessTestEngine.configuration(Map.of("calendar", ProcessTestEngine.calendar())))
      .assertClassCoverageAtLeast(0.9)
      .excludeProcessDefinitionKeys("safeguarding-referral")
      .build();

  /** Monday 2 November 2026, 10:00 London. */
  static final ZonedDateTime RECEIVED = ZonedDateTime.of(2026, 11, 2, 10, 0, 0, 0, ProcessTestEngine.LONDON);
  /** 5 working days later, close of business. */
  static final ZonedDateTime CONFIRM_BY = ZonedDateTime.of(2026, 11, 9, 17, 0, 0, 0, ProcessTestEngine.LONDON);

  @Autowired
  Casework casework;

  ProcessEngine engine;
  CaseReference open;

  @BeforeEach
  void setUp() {
    engine = extension.getProcessEngine();
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(Date.from(RECEIVED.toInstant()));
    @SuppressWarnings("unchecked")
    Map<Object, Object> beans = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getBeans();
    CaseMatchBeans.register(engine, casework);
    beans.put("raiseSafeguardingConcernDelegate", SafeguardingDelegates.raise(engine.getRuntimeService()));
    beans.put("recordSafeguardingConcernDelegate", SafeguardingDelegates.record());
    open = casework.openCase(child("Sam"), ReferralDetails.builder(ReferralSource.SCHOOL).referringSchoolUrn("999001")
        .circumstances("Not seen since half term").build(), "riverside.dsl", RECEIVED.toInstant());
  }

  @AfterEach
  void tearDown() {
    engine.getIdentityService().clearAuthentication();
    ClockUtil.reset();
  }

  @Test
  void a_possible_match_opens_a_case_and_asks_a_cme_officer_within_5_working_days() {
    ChildCases.Link link = linkFromAnEmigrationNotice("Samuel");

    assertThat(link.kind()).isEqualTo(ChildCases.Kind.PROVISIONAL);
    assertThat(link.caseReference()).isNotEqualTo(open);
    ProcessInstance confirmation = confirmation();
    assertThat(confirmation.getBusinessKey()).isEqualTo(link.caseReference().value());
    assertThat(confirmation).isWaitingAt(TASK_CONFIRM_SAME_CHILD).variables()
        .containsEntry("matchedCaseReference", open.value()).containsEntry("notice", "an emigration notice")
        .containsEntry("childName", "Samuel Example");
    assertThat(task(confirmation)).hasCandidateGroup("cme-officer").hasDueDate(Date.from(CONFIRM_BY.toInstant()));
  }

  @Test
  void the_same_child_merges_the_new_case_with_its_notice_and_school_into_the_open_case() {
    CaseReference provisional = linkFromAnEmigrationNotice("Samuel").caseReference();

    officer(() -> complete(task(confirmation()), withVariables("sameChild", "same", "matchNotes", "Same UPN and address")));

    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(ConfirmCaseMatchProcess.KEY).singleResult().getEndActivityId()).isEqualTo(EVENT_CASES_MERGED);
    assertThat(casework.find(provisional).orElseThrow().outcomeCode()).isEqualTo(OutcomeCode.MERGED);
    assertThat(casework.find(open).orElseThrow().referrals()).extracting(r -> r.details().source())
        .containsExactly(ReferralSource.SCHOOL, ReferralSource.EMIGRATION_NOTICE);
    assertThat(casework.mayActOn(open, java.util.Set.of("school-999002"))).isTrue();
    assertThat(casework.find(provisional).orElseThrow().updatedBy()).isEqualTo("cme.officer");
  }

  @Test
  void different_children_keep_both_cases() {
    CaseReference provisional = linkFromAnEmigrationNotice("Samuel").caseReference();

    officer(() -> complete(task(confirmation()), withVariables("sameChild", "different")));

    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(ConfirmCaseMatchProcess.KEY).singleResult().getEndActivityId()).isEqualTo(EVENT_KEPT_SEPARATE);
    assertThat(casework.find(provisional).orElseThrow().status()).isEqualTo(CaseStatus.OPEN);
    assertThat(casework.find(open).orElseThrow().referrals()).hasSize(1);
  }

  @Test
  void a_safeguarding_concern_on_the_officers_task_starts_a_safeguarding_referral_and_the_task_goes_on() {
    linkFromAnEmigrationNotice("Samuel");
    ProcessInstance confirmation = confirmation();

    officer(() -> engine.getTaskService().complete(task(confirmation).getId(), Map.of("sameChild", "different",
        "raiseSafeguardingConcern", true, "safeguardingDetails", "Neighbours report the child was seen injured")));

    assertThat(confirmation).hasPassed(TASK_RAISE_SAFEGUARDING_REFERRAL);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("safeguarding-referral")
        .singleResult()).isWaitingAt("Task_MakeInterAgencyReferral").variables()
        .containsEntry("legalSurname", "Example").containsEntry("concernRaisedBy", "cme.officer");
  }

  @Test
  void the_same_child_exactly_joins_the_open_case_and_no_officer_is_asked() {
    ChildCases.Link link = linkFromAnEmigrationNotice("Sam");

    assertThat(link).isEqualTo(new ChildCases.Link(ChildCases.Kind.JOINED, open));
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
  }

  // --- helpers ----------------------------------------------------------------------------------

  /** What the emigration checks do for a school's notice: link it to the child's case. */
  ChildCases.Link linkFromAnEmigrationNotice(String forename) {
    ChildCases childCases = new ChildCases(casework, engine.getRuntimeService());
    ChildCases.Notice notice = new ChildCases.Notice(child(forename), ReferralDetails.builder(
        ReferralSource.EMIGRATION_NOTICE).referringSchoolUrn("999002").circumstances("Leaving for Spain").build(),
        EducationStatus.EMIGRATION_REPORTED, "an emigration notice");
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
        .execute(context -> childCases.link(execution(), null, notice));
  }

  ProcessInstance confirmation() {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ConfirmCaseMatchProcess.KEY)
        .singleResult();
  }

  void officer(Runnable action) {
    engine.getIdentityService().setAuthentication("cme.officer", List.of("cme-officer"));
    try {
      action.run();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  /** The same date of birth and UPN; a different forename is only a probable match. */
  static ChildDetails child(String forename) {
    return ChildDetails.builder().legalForename(forename).legalSurname("Example").dateOfBirth(LocalDate.of(2015, 3, 4))
        .upn("B801200005001").build(RECEIVED.toLocalDate());
  }

  /** A stand-in for the notice's own instance: it takes the business key and case reference it is given. */
  static DelegateExecution execution() {
    DelegateExecution execution = org.mockito.Mockito.mock(DelegateExecution.class);
    org.mockito.Mockito.when(execution.getProcessInstanceId()).thenReturn("notice-instance");
    return execution;
  }
}
