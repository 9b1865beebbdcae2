package uk.gov.cme.process.schoolconcern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static uk.gov.cme.process.Refusals.refusedFor;
import static uk.gov.cme.process.schoolconcern.SchoolEducationConcernProcess.Elements.*;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
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
import org.springframework.context.annotation.ComponentScan;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.Casework;
import uk.gov.cme.casework.ChildDetails;
import uk.gov.cme.casework.OutcomeCode;
import uk.gov.cme.casework.ReferralDetails;
import uk.gov.cme.casework.ReferralSource;
import uk.gov.cme.process.ProcessTestEngine;
import uk.gov.cme.process.escalation.EscalationProcess;
import uk.gov.cme.process.shared.casematch.ChildCases;
import uk.gov.cme.process.shared.referral.StartEscalationDelegate;
import uk.gov.cme.security.CaseAccess;
import uk.gov.cme.security.InstanceAccessGuard;
import uk.gov.cme.validation.InputRefusedException;

/**
 * Issue 11, trigger 2, for a school: its concern about its own pupil's education, on an in-memory engine
 * with the real case register and case-access rules (H2, rolled back after each test), the shared guard
 * and a stand-in escalation. The school's concern for its own pupil reaches the escalation; another
 * school's pupil, a closed case and a case that does not exist get word for word the same refusal; the
 * school's instance holds only what its form showed, and nothing of the escalation is the school's.
 */
@DataJdbcTest
@Deployment(resources = {"processes/school-education-concern.bpmn",
    "forms/school-education-concern/start-school-education-concern.form",
    "uk/gov/cme/process/shared/referral/stand-in-escalation.bpmn"})
class SchoolEducationConcernProcessTest {

  @TestConfiguration(proxyBeanMethods = false)
  @ComponentScan(basePackageClasses = Casework.class)
  static class CaseRegister {
  }

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension
      .builder(ProcessTestEngine.configuration(Map.of()))
      .assertClassCoverageAtLeast(0.9)
      .excludeProcessDefinitionKeys(EscalationProcess.KEY)
      .build();

  static final ZonedDateTime NOW = ZonedDateTime.of(2027, 3, 16, 10, 0, 0, 0, ProcessTestEngine.LONDON);
  static final String CONCERN = "Sam has been on a 2-hour timetable since January and the case has not moved.";

  ProcessEngine engine;
  @Autowired
  Casework casework;
  CaseReference riversidesPupil;

  @BeforeEach
  void setUp() {
    engine = extension.getProcessEngine();
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(Date.from(NOW.toInstant()));
    @SuppressWarnings("unchecked")
    Map<Object, Object> beans = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getBeans();
    var runtime = engine.getRuntimeService();
    beans.put(ProcessTestEngine.CASE_ACCESS, new CaseAccess(casework, ProcessTestEngine.access()));
    beans.put("checkEducationConcernDelegate", new CheckEducationConcernDelegate());
    beans.put("startEscalationDelegate", new StartEscalationDelegate(runtime, new ChildCases(casework, runtime)));
    riversidesPupil = aCaseReferredBy("999001", "Sam");
  }

  @AfterEach
  void tearDown() {
    engine.getIdentityService().clearAuthentication();
    ClockUtil.reset();
  }

  @Test
  void a_schools_concern_for_its_own_pupil_starts_an_escalation_and_ends_with_its_receipt() {
    ProcessInstance concern = raise("riverside.dsl", "school-999001", riversidesPupil.value(), CONCERN);

    assertThat(concern).isEnded().hasPassedInOrder(START, TASK_CHECK, TASK_ESCALATE, END);
    assertThat(concern.getBusinessKey()).isEqualTo(riversidesPupil.value());
    ProcessInstance escalation = escalation();
    assertThat(escalation.getBusinessKey()).isEqualTo(riversidesPupil.value());
    assertThat(escalation).variables()
        .containsEntry(EscalationProcess.Variables.CASE_REFERENCE, riversidesPupil.value())
        .containsEntry(EscalationProcess.Variables.TRIGGER, "PRACTITIONER_CONCERN")
        .containsEntry(EscalationProcess.Variables.TRIGGER_DETAILS,
            "A school's concern about its pupil's education (school 999001)")
        .containsEntry(StartEscalationDelegate.CONCERN, CONCERN)
        .doesNotContainKey(InstanceAccessGuard.SCHOOL_GROUP);
  }

  @Test
  void the_receipt_holds_only_what_the_schools_form_showed_and_only_the_school_may_read_it() {
    ProcessInstance concern = raise("riverside.dsl", "school-999001", " " + riversidesPupil.value() + " ", CONCERN);

    Map<String, Object> held = engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(concern.getId()).list().stream()
        .filter(v -> v.getActivityInstanceId().equals(concern.getId()) || v.getActivityInstanceId().startsWith(START))
        .collect(Collectors.toMap(HistoricVariableInstance::getName, v -> String.valueOf(v.getValue()), (a, b) -> b));
    assertThat(held).containsOnlyKeys("caseReference", "educationConcern", "raisedBy", "schoolUrn", "schoolGroup")
        .containsEntry("caseReference", riversidesPupil.value()).containsEntry("educationConcern", CONCERN)
        .containsEntry("raisedBy", "riverside.dsl").containsEntry("schoolUrn", "999001")
        .containsEntry("schoolGroup", "school-999001");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(concern.getId())
        .variableName("escalationProcessInstanceId").count()).as("nothing of the escalation").isZero();

    List<Authorization> grants = engine.getAuthorizationService().createAuthorizationQuery()
        .resourceType(Resources.PROCESS_INSTANCE).resourceId(concern.getId()).list();
    assertThat(grants).singleElement().satisfies(grant -> {
      assertThat(grant.getGroupId()).isEqualTo("school-999001");
      assertThat(grant.isPermissionGranted(Permissions.READ)).isTrue();
    });
    assertThat(engine.getAuthorizationService().createAuthorizationQuery().resourceId(escalation().getId()).count())
        .as("the escalation is granted to no school").isZero();
  }

  @Test
  void another_schools_pupil_a_closed_case_and_a_case_that_does_not_exist_get_the_same_answer() {
    CaseReference closed = aCaseReferredBy("999002", "Alex");
    casework.close(closed, OutcomeCode.ON_ROLL_HERE, null, "cme.officer", NOW.minusDays(1).toInstant());

    List<String> answers = new java.util.ArrayList<>();
    for (String reference : List.of(riversidesPupil.value(), closed.value(), "CME-2026-99999")) {
      assertThatThrownBy(() -> raise("hillcrest.dsl", "school-999002", reference, CONCERN))
          .satisfies(refusedFor("caseReference", InstanceAccessGuard.NO_SUCH_CASE))
          .satisfies(e -> answers.add(((InputRefusedException) e).faults().toString()));
    }

    assertThat(answers).hasSize(3).containsOnly(answers.get(0));
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).as("nothing started").isZero();
  }

  @Test
  void a_missing_or_malformed_reference_and_a_missing_concern_are_refused_naming_each_field() {
    assertThatThrownBy(() -> raise("riverside.dsl", "school-999001", null, " "))
        .satisfies(refusedFor("caseReference", "give the case reference"))
        .satisfies(refusedFor("educationConcern", "say what worries you"));
    assertThatThrownBy(() -> raise("riverside.dsl", "school-999001", "CME-26-1", "x".repeat(2001)))
        .satisfies(refusedFor("caseReference", "a case reference looks like CME-2026-00042"))
        .satisfies(refusedFor("educationConcern", "at most 2000 characters"));
    assertThatThrownBy(() -> raise("riverside.dsl", "school-999001", riversidesPupil.value(), "Bad \u202e text"))
        .satisfies(refusedFor("educationConcern", "character"));

    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).as("nothing started").isZero();
  }

  ProcessInstance raise(String user, String school, String caseReference, String concern) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("caseReference", caseReference);
    variables.put("educationConcern", concern);
    engine.getIdentityService().setAuthentication(user, List.of(school));
    try {
      return engine.getRuntimeService().startProcessInstanceByKey(SchoolEducationConcernProcess.KEY, variables);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  ProcessInstance escalation() {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(EscalationProcess.KEY)
        .singleResult();
  }

  CaseReference aCaseReferredBy(String urn, String forename) {
    return casework.openCase(ChildDetails.builder().legalForename(forename).legalSurname("Khan")
            .dateOfBirth(LocalDate.of(2015, 5, 14)).postcode("SO23 8UJ").build(NOW.toLocalDate()),
        ReferralDetails.builder(ReferralSource.SCHOOL).referringSchoolUrn(urn).circumstances("Not seen").build(),
        "cme.officer", NOW.minusMonths(2).toInstant());
  }
}
