package uk.gov.cme.process.schoolreferral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static uk.gov.cme.process.Refusals.refusedFor;
import static uk.gov.cme.process.schoolreferral.SchoolReferralProcess.Elements.*;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.ProcessEngine;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.data.jdbc.DataJdbcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.Casework;
import uk.gov.cme.casework.OutcomeCode;
import uk.gov.cme.process.ProcessTestEngine;
import uk.gov.cme.process.cmereferral.CmeReferralBeans;
import uk.gov.cme.process.shared.SystemCalls;

/**
 * A school's referral and its receipt, with the real CME referral it hands the referral to, the real
 * case register (H2, rolled back after each test) and the register's events keeping the receipt up to
 * date. The school reads only the receipt: what it sent, the case reference and the status.
 */
@DataJdbcTest
@Deployment(resources = {"processes/school-referral.bpmn", "processes/cme-referral.bpmn",
    "processes/decisions/cme-classification.dmn", "processes/shared/safeguarding-referral.bpmn",
    "processes/shared/confirm-on-roll.bpmn", "forms/school-referral/start-school-referral.form"})
class SchoolReferralProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension
      .builder(ProcessTestEngine.configuration(Map.of("calendar", ProcessTestEngine.calendar())))
      .assertClassCoverageAtLeast(0.9)
      .excludeProcessDefinitionKeys("cme-referral", "safeguarding-referral", "confirm-on-roll")
      .build();

  /** The case register, and the receipts' listener over this test's engine. */
  @TestConfiguration(proxyBeanMethods = false)
  @ComponentScan(basePackageClasses = Casework.class)
  static class CaseRegister {

    @Bean
    ReferralReceipts referralReceipts() {
      ProcessEngine engine = extension.getProcessEngine();
      return new ReferralReceipts(engine.getRuntimeService(), new SystemCalls(engine.getProcessEngineConfiguration()));
    }
  }

  /** Monday 2 November 2026, 10:00 London. */
  static final ZonedDateTime RECEIVED = ZonedDateTime.of(2026, 11, 2, 10, 0, 0, 0, ProcessTestEngine.LONDON);
  /** What a receipt holds besides what the school sent. */
  static final Set<String> RECEIPT = Set.of("caseReference", "referralId", "referralStatus", "referralStatusAt",
      "outcomeCode", "schoolUrn", "schoolGroup", "receivedBy");

  @Autowired
  Casework casework;

  ProcessEngine engine;
  Map<String, Object> referral;

  @BeforeEach
  void setUp() {
    engine = extension.getProcessEngine();
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(Date.from(RECEIVED.toInstant()));
    CmeReferralBeans.register(engine, casework, new ArrayList<>(), new ArrayList<>());
    Map<Object, Object> beans = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getBeans();
    beans.put("sendSchoolReferralDelegate",
        new SendSchoolReferralDelegate(CmeReferralBeans.intake(engine), casework, engine.getRuntimeService()));
    referral = CmeReferralBeans.aSchoolReferral();
  }

  @AfterEach
  void tearDown() {
    engine.getIdentityService().clearAuthentication();
    ClockUtil.reset();
  }

  @Test
  void a_school_refers_and_gets_a_receipt_while_the_cme_team_works_the_case_in_its_own_instance() {
    ProcessInstance receipt = referAs("riverside.dsl", "school-999001");

    assertThat(receipt).hasPassed(EVENT_SUBMITTED, TASK_SEND_REFERRAL).isWaitingAt(EVENT_STATUS_CHANGED)
        .variables().containsEntry("referralStatus", "RECEIVED").containsEntry("schoolUrn", "999001");
    String caseReference = (String) engine.getRuntimeService().getVariable(receipt.getId(), "caseReference");
    assertThat(caseReference).matches("CME-2026-\\d{5}").isEqualTo(receipt.getBusinessKey());
    ProcessInstance work = laInstance(caseReference);
    assertThat(work).isWaitingAt("Task_AcknowledgeReferral");
    assertThat(engine.getRuntimeService().getVariable(work.getId(), "referralSource")).isEqualTo("school");
    assertThat(grantedTo("school-999001")).as("the school reads its receipt and nothing else")
        .containsExactly(receipt.getId());

    Set<String> held = new TreeSet<>(engine.getRuntimeService().getVariables(receipt.getId()).keySet());
    held.removeAll(RECEIPT);
    assertThat(held).as("besides the receipt, only what the school sent").isSubsetOf(referral.keySet());
    assertThat(engine.getRuntimeService().getVariables(work.getId()))
        .as("the CME team's instance holds what the school never sees")
        .containsKeys("classification", "matchKind", "enquiryLog");
  }

  @Test
  void the_receipt_follows_the_acknowledgement_and_the_closure_with_its_outcome_code() {
    ProcessInstance receipt = referAs("riverside.dsl", "school-999001");
    String caseReference = receipt.getBusinessKey();

    engine.getIdentityService().setAuthentication("cme.officer", List.of("cme-officer"));
    complete(task("Task_AcknowledgeReferral", laInstance(caseReference)));
    assertThat(receipt).isWaitingAt(EVENT_STATUS_CHANGED).variables().containsEntry("referralStatus", "ACKNOWLEDGED");

    casework.close(CaseReference.of(caseReference), OutcomeCode.ON_ROLL_ELSEWHERE, "Hampshire", "cme.officer",
        ClockUtil.getCurrentTime().toInstant());

    assertThat(receipt).isEnded().hasPassed(EVENT_CONCLUDED);
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(receipt.getId())
        .variableName("outcomeCode").singleResult().getValue()).isEqualTo("ON_ROLL_ELSEWHERE");
  }

  @Test
  void a_referral_that_is_not_cme_is_closed_at_once_and_the_receipt_says_so() {
    referral.put("educationElsewhere", "ehe-suitable");

    ProcessInstance receipt = referAs("riverside.dsl", "school-999001");

    assertThat(receipt).isEnded().hasPassed(TASK_SEND_REFERRAL, EVENT_CONCLUDED);
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(receipt.getId())
        .variableName("outcomeCode").singleResult().getValue()).isEqualTo("NOT_CME");
  }

  @Test
  void a_school_using_another_schools_pupils_upn_gets_its_own_case_and_learns_nothing_of_the_other() {
    referral.put("upn", "B801200005001");
    ProcessInstance first = referAs("riverside.dsl", "school-999001");
    referral.put("legalForename", "Someone");
    referral.put("dateOfBirth", "2015-02-02");

    ProcessInstance second = referAs("hillcrest.dsl", "school-999002");

    String firstCase = first.getBusinessKey();
    String secondCase = second.getBusinessKey();
    assertThat(secondCase).isNotEqualTo(firstCase);
    assertThat(engine.getRuntimeService().getVariables(second.getId()).values()).doesNotContain(firstCase);
    assertThat(engine.getRuntimeService().getVariables(first.getId()).values()).doesNotContain(secondCase);
    assertThat(laInstance(secondCase)).as("an officer decides").isWaitingAt("Task_ConfirmSameChild");
  }

  @Test
  void when_an_officer_finds_it_is_the_same_child_the_receipt_follows_the_childs_case() {
    ProcessInstance first = referAs("riverside.dsl", "school-999001");
    referral.put("legalForename", "Joanne");
    ProcessInstance second = referAs("hillcrest.dsl", "school-999002");
    String provisional = second.getBusinessKey();

    engine.getIdentityService().setAuthentication("cme.officer", List.of("cme-officer"));
    complete(task("Task_ConfirmSameChild", laInstance(provisional)), withVariables("sameChild", "same"));

    assertThat(second).isWaitingAt(EVENT_STATUS_CHANGED).variables()
        .containsEntry("caseReference", first.getBusinessKey()).containsEntry("referralStatus", "RECEIVED");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(second.getId())
        .singleResult().getBusinessKey()).isEqualTo(first.getBusinessKey());
    assertThat(casework.mayActOn(CaseReference.of(first.getBusinessKey()), Set.of("school-999002"))).isTrue();
  }

  @Test
  void a_referral_with_faults_is_refused_naming_each_field_and_nothing_is_saved() {
    referral.remove("legalSurname");
    referral.put("upn", "A801200005001");

    assertThatThrownBy(() -> referAs("riverside.dsl", "school-999001"))
        .satisfies(refusedFor("legalSurname", ""))
        .satisfies(refusedFor("upn", "check letter"));
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
  }

  /**
   * Issue 9: a school user was asked "Who is making the referral?" and had to tick "A school". The
   * school's start form does not ask; the source is the caller's account, whatever the variables say.
   */
  @Test
  void a_school_is_never_asked_who_is_referring_the_source_comes_from_its_account() throws Exception {
    com.fasterxml.jackson.databind.JsonNode form;
    try (var in = getClass().getClassLoader().getResourceAsStream("forms/school-referral/start-school-referral.form")) {
      form = new com.fasterxml.jackson.databind.ObjectMapper().readTree(in);
    }
    List<String> keys = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    form.path("components").forEach(c -> {
      keys.add(c.path("key").asText());
      labels.add(c.path("label").asText());
    });
    assertThat(keys).doesNotContain("referralSource", "referrerOrganisation");
    assertThat(labels).noneMatch(label -> label.toLowerCase(java.util.Locale.ROOT).contains("who is making"));

    referral.put("referralSource", "anonymous");
    ProcessInstance receipt = referAs("riverside.dsl", "school-999001");

    ProcessInstance work = laInstance((String) engine.getRuntimeService().getVariable(receipt.getId(), "caseReference"));
    assertThat(engine.getRuntimeService().getVariable(work.getId(), "referralSource")).isEqualTo("school");
    assertThat(casework.find(CaseReference.of(work.getBusinessKey())).orElseThrow().referrals().get(0).details()
        .referringSchoolUrn()).isEqualTo("999001");
  }

  ProcessInstance referAs(String user, String school) {
    engine.getIdentityService().setAuthentication(user, List.of(school));
    try {
      return engine.getRuntimeService().startProcessInstanceByKey(SchoolReferralProcess.KEY, referral);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  ProcessInstance laInstance(String caseReference) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("cme-referral")
        .processInstanceBusinessKey(caseReference).singleResult();
  }

  List<String> grantedTo(String group) {
    return engine.getAuthorizationService().createAuthorizationQuery().groupIdIn(group)
        .resourceType(Resources.PROCESS_INSTANCE).list().stream().map(a -> a.getResourceId()).toList();
  }
}
