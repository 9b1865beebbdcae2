package uk.gov.cme.process.cmereferral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static uk.gov.cme.process.Refusals.refusedFor;
import static uk.gov.cme.process.cmereferral.CmeReferralProcess.Elements.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.dmn.instance.Text;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.data.jdbc.DataJdbcTest;
import org.springframework.context.annotation.Import;
import uk.gov.cme.casework.CaseEventType;
import uk.gov.cme.casework.CaseHistoryEntry;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.CaseStatus;
import uk.gov.cme.casework.CaseView;
import uk.gov.cme.casework.Casework;
import uk.gov.cme.casework.LocateAttempt;
import uk.gov.cme.casework.OutcomeCode;
import uk.gov.cme.process.CaseRegisterConfiguration;
import uk.gov.cme.process.ProcessTestEngine;
import uk.gov.cme.process.escalation.EscalationProcess;
import uk.gov.cme.process.shared.casematch.ChildCases;
import uk.gov.cme.process.shared.referral.StartEscalationDelegate;
import uk.gov.cme.process.shared.safeguarding.SafeguardingDelegates;
import uk.gov.cme.security.CaseAccess;
import uk.gov.cme.validation.InputRefusedException;

/**
 * Every path and timer of the CME referral (P1) on an in-memory engine, with the real case register
 * (H2, rolled back after each test) and the real decision table; emails are recorded, not sent (the
 * notification block has its own SMTP test).
 */
@DataJdbcTest
@Import(CaseRegisterConfiguration.class)

@Deployment(resources = {
    "processes/cme-referral.bpmn", "processes/decisions/cme-classification.dmn",
    "processes/shared/safeguarding-referral.bpmn", "processes/shared/confirm-on-roll.bpmn",
    "uk/gov/cme/process/shared/referral/stand-in-escalation.bpmn",
    "uk/gov/cme/process/cmereferral/stand-in-cme-outbound.bpmn"})
class CmeReferralProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension
      .builder(ProcessTestEngine.configuration(Map.of("calendar", ProcessTestEngine.calendar())))
      .assertClassCoverageAtLeast(0.9)
      .excludeProcessDefinitionKeys("safeguarding-referral", "confirm-on-roll", EscalationProcess.KEY,
          "cme-outbound")
      .build();

  /** Monday 2 November 2026, 10:00 London: first day of the autumn 2 half term. */
  static final ZonedDateTime RECEIVED = ZonedDateTime.of(2026, 11, 2, 10, 0, 0, 0, ProcessTestEngine.LONDON);
  /** 5 working days later, close of business. */
  static final ZonedDateTime ACKNOWLEDGE_BY = ZonedDateTime.of(2026, 11, 9, 17, 0, 0, 0, ProcessTestEngine.LONDON);

  @Autowired
  Casework casework;

  ProcessEngine engine;
  final List<Map<String, Object>> emails = new ArrayList<>();
  /** The processes this one handed the case to (their own tests cover them; the walk-through joins them). */
  final List<String> started = new ArrayList<>();
  Map<String, Object> referral;

  @BeforeEach
  void setUp() {
    engine = extension.getProcessEngine();
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(Date.from(RECEIVED.toInstant()));
    CmeReferralBeans.register(engine, casework, started, emails);
    // The escalation (issue 11) is another piece: the real hand-over to a stand-in with its key.
    @SuppressWarnings("unchecked")
    Map<Object, Object> beans = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getBeans();
    beans.put("startEscalationDelegate", new StartEscalationDelegate(engine.getRuntimeService(),
        new ChildCases(casework, engine.getRuntimeService())));
    referral = aSchoolReferral();
  }

  @AfterEach
  void tearDown() {
    engine.getIdentityService().clearAuthentication();
    ClockUtil.reset();
  }

  // --- intake and classification -------------------------------------------------------------

  @Test
  void a_new_referral_opens_a_case_and_waits_for_acknowledgement_within_5_working_days() {
    ProcessInstance instance = refer();

    assertThat(instance).hasPassed(TASK_RECORD_REFERRAL, TASK_CLASSIFY_REFERRAL, TASK_RECORD_CLASSIFICATION)
        .isWaitingAt(TASK_ACKNOWLEDGE_REFERRAL).variables().containsEntry("classification", "CME")
        .containsEntry("referralSource", "school").containsEntry("schoolUrn", "999001");
    assertThat(task(instance)).hasCandidateGroup("cme-officer").hasDueDate(Date.from(ACKNOWLEDGE_BY.toInstant()));
    CaseView opened = register(instance);
    assertThat(opened.status()).isEqualTo(CaseStatus.OPEN);
    assertThat(opened.processInstanceId()).isEqualTo(instance.getId());
    assertThat(instance.getBusinessKey()).isEqualTo(opened.reference().value()).matches("CME-2026-\\d{5}");
    assertThat(opened.referrals().get(0).details().attemptsToLocate()).hasSize(5);
    assertThat(opened.referrals().get(0).classification()).isEqualTo("CME");
  }

  @Test
  void a_pupil_on_roll_with_a_pmooe_trigger_is_classified_pmooe() {
    referral.put("onSchoolRoll", true);
    referral.put("pmooeTrigger", "absent-20-days");

    assertThat(refer()).isWaitingAt(TASK_ACKNOWLEDGE_REFERRAL).variables().containsEntry("classification", "PMOOE");
  }

  @Test
  void not_cme_closes_the_case_with_the_reason_and_tells_the_referrer() {
    referral.put("educationElsewhere", "ehe-suitable");

    ProcessInstance instance = refer();

    assertThat(instance).isEnded().hasPassed(TASK_CLOSE_NOT_CME, EVENT_CLOSED_NOT_CME);
    assertThat(emails).containsExactly(Map.of("template", "referral-not-cme", "to", "dsl@riverside.example"));
    CaseView closed = register(instance);
    assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(closed.outcomeCode()).isEqualTo(OutcomeCode.NOT_CME);
    assertThat(closed.outcomeReason()).isNotBlank();
  }

  /**
   * Issue 8, defect 3: "home education not yet assessed" was dropped: the referral was closed as not
   * CME and the referrer told to contact TLP. Now the LA starts its own EHE check (P4) for the same case,
   * the case stays open with it, and the referrer is told the EHE team will assess.
   */
  @Test
  void home_education_not_yet_assessed_is_not_dropped_the_la_starts_the_ehe_check_for_the_same_case() {
    referral.put("educationElsewhere", "ehe-not-assessed");

    ProcessInstance instance = refer();

    assertThat(instance).isEnded().hasPassed(TASK_RECORD_CLASSIFICATION, TASK_START_EHE_CHECK_NOT_ASSESSED,
            TASK_TELL_REFERRER_EHE_CHECK, EVENT_HANDED_TO_EHE_CHECK_NOT_ASSESSED)
        .hasNotPassed(TASK_CLOSE_NOT_CME, TASK_TELL_REFERRER_NOT_CME, TASK_ACKNOWLEDGE_REFERRAL)
        .variables().containsEntry("classification", "EHE_CHECK");
    assertThat(started).containsExactly("ehe-check:" + instance.getBusinessKey());
    assertThat(emails).containsExactly(Map.of("template", "referral-ehe-check", "to", "dsl@riverside.example"));
    CaseView handedOver = register(instance);
    assertThat(handedOver.status()).as("the case stays open with the EHE check").isEqualTo(CaseStatus.OPEN);
    assertThat(handedOver.referrals().get(0).classification()).isEqualTo("EHE_CHECK");
    assertThat(handedOver.referrals().get(0).classificationReason()).contains("Elective Home Education team");
  }

  /**
   * Issue 8, defect 11: the CMOE and CMOOE inputs were missing (rules.md R3), so a child with fewer than
   * 18 hours a week of formal education, or out of provision for 4 weeks or more, was closed as not CME.
   * Now the case is kept (it waits for the acknowledgement like any open case) and flagged for the CMOOE
   * Action Group in the register and in {@code cmooeActionGroup}.
   */
  @ParameterizedTest(name = "on roll {0}, {1}, {2} hours, last provision {3}")
  @CsvSource(nullValues = "-", value = {
      "true,  none,                  12.5, -,          -",
      "false, alternative-provision, 10,   -,          -",
      "false, reduced-hours-engaged, 20,   2026-10-01, 4"})
  void cmoe_and_cmooe_referrals_are_kept_open_and_flagged_for_the_cmooe_action_group(boolean onRoll,
      String elsewhere, Double hours, String lastProvision, Integer weeks) {
    referral.put("onSchoolRoll", onRoll);
    referral.put("educationElsewhere", onRoll ? null : elsewhere);
    referral.put("pmooeTrigger", onRoll ? "none" : null);
    referral.put("formalHoursPerWeek", hours);
    referral.put("lastProvisionDate", lastProvision);

    ProcessInstance instance = refer();
    // The escalation is started in a job of its own (a failure to start it must not undo the referral).
    assertThat(instance).isWaitingAt(TASK_ESCALATE_CMOOE);
    execute(job(TASK_ESCALATE_CMOOE, instance));

    assertThat(instance).isWaitingAt(TASK_ACKNOWLEDGE_REFERRAL).hasNotPassed(TASK_CLOSE_NOT_CME).variables()
        .containsEntry("classification", "CMOOE").containsEntry("cmooeActionGroup", true)
        .containsEntry("formalHoursPerWeek", hours).containsEntry("weeksOutOfProvision", weeks);
    CaseView kept = register(instance);
    assertThat(kept.status()).isEqualTo(CaseStatus.OPEN);
    assertThat(kept.child().flags().cmooeActionGroup()).isTrue();
    assertThat(kept.referrals().get(0).classification()).isEqualTo("CMOOE");
    assertThat(casework.history(kept.reference())).extracting(CaseHistoryEntry::type)
        .containsOnlyOnce(CaseEventType.FLAGGED_FOR_CMOOE_ACTION_GROUP);
    assertThat(emails).isEmpty();
    // Issue 11, trigger 4: the flag starts the three-stage escalation for the case.
    assertThat(instance).hasPassed(TASK_ESCALATE_CMOOE);
    ProcessInstance escalation = escalation(kept.reference().value());
    assertThat(escalation).variables().containsEntry("escalationTrigger", "CMOOE_FLAG")
        .containsEntry("escalationTriggerDetails", "Classified as missing out on education (CMOOE)")
        .containsEntry("caseReference", kept.reference().value());
  }

  @Test
  void a_child_missing_education_is_not_flagged_for_the_cmooe_action_group() {
    ProcessInstance instance = refer();

    assertThat(instance).isWaitingAt(TASK_ACKNOWLEDGE_REFERRAL).variables().containsEntry("classification", "CME")
        .containsEntry("cmooeActionGroup", false);
    assertThat(register(instance).child().flags().cmooeActionGroup()).isFalse();
    assertThat(instance).hasNotPassed(TASK_ESCALATE_CMOOE);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(EscalationProcess.KEY)
        .count()).isZero();
  }

  /**
   * Another process of the case (here, as the county-year simulation met it, the EHE check the school's
   * off-roll notification started) closes the case while the referral waits at the Lost Pupil Database
   * upload: the referral ends with the case, its task with it, instead of a task no one can complete.
   */
  @Test
  void a_referral_waiting_at_a_task_ends_when_another_process_closes_its_case() {
    ProcessInstance instance = investigated(acknowledged(refer()), "whereabouts-unknown");
    assertThat(instance).isWaitingAt(TASK_UPLOAD_LOST_PUPIL);

    engine.getRuntimeService().createMessageCorrelation(CmeReferralProcess.MESSAGE_CASE_CLOSED_ELSEWHERE)
        .processInstanceId(instance.getId()).correlateWithResult();

    assertThat(instance).isEnded().hasPassed(EVENT_CASE_CLOSED_ELSEWHERE, EVENT_REFERRAL_ENDED_WITH_CASE);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
  }

  /**
   * Issue 11, trigger 3: the monthly CME panel decides to escalate. The case goes to the three-stage
   * escalation and, the child still missing, waits for the next panel as well.
   */
  @Test
  void the_panel_escalates_the_case_and_it_still_waits_for_the_next_panel() {
    ProcessInstance instance = investigated(acknowledged(refer()), "whereabouts-unknown");
    complete(task(instance), withVariables("lostPupilUploadedOn", "2026-11-02", "ctfReference", "CTF-123"));
    assertThat(instance).isWaitingAt(TASK_PANEL_REVIEW);

    complete(task(instance), withVariables("panelDecision", "escalate", "panelActions", "Raise at the Action Group"));
    // The panel's decision is saved first; the escalation is started in a job of its own.
    assertThat(instance).isWaitingAt(TASK_ESCALATE_FROM_PANEL);
    execute(job(TASK_ESCALATE_FROM_PANEL, instance));

    assertThat(instance).hasPassed(TASK_ESCALATE_FROM_PANEL).isWaitingAt(EVENT_NEXT_PANEL);
    String reference = register(instance).reference().value();
    assertThat(escalation(reference)).variables().containsEntry("escalationTrigger", "PANEL_DECISION")
        .containsEntry("escalationTriggerDetails", "The monthly CME panel decided to escalate the case")
        .containsEntry("caseReference", reference).doesNotContainKey("panelActions");
    assertThat(instance).variables().containsEntry("escalationProcessInstanceId", escalation(reference).getId());

    ClockUtil.setCurrentTime(Date.from(RECEIVED.plusMonths(2).toInstant()));
    execute(job(EVENT_NEXT_PANEL, instance));
    assertThat(instance).isWaitingAt(TASK_PANEL_REVIEW);
  }

  ProcessInstance escalation(String caseReference) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(EscalationProcess.KEY)
        .processInstanceBusinessKey(caseReference).singleResult();
  }

  @Test
  void hours_and_the_last_day_of_provision_that_cannot_be_are_refused_naming_each_field() {
    referral.put("educationElsewhere", "alternative-provision");
    referral.put("formalHoursPerWeek", 61);
    referral.put("lastProvisionDate", "2026-11-03");

    assertThatThrownBy(this::refer).isInstanceOf(InputRefusedException.class)
        .satisfies(refusedFor("formalHoursPerWeek", "from 0 to 60"))
        .satisfies(refusedFor("lastProvisionDate", "in the future"));
    referral.put("formalHoursPerWeek", "twelve");
    referral.put("lastProvisionDate", "2015-03-03");
    assertThatThrownBy(this::refer).isInstanceOf(InputRefusedException.class)
        .satisfies(refusedFor("formalHoursPerWeek", "is not a number"))
        .satisfies(refusedFor("lastProvisionDate", "before the child's date of birth"));
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
  }

  @Test
  void an_anonymous_referral_keeps_no_referrer_contact_and_sends_no_email() {
    referral = anAnonymousReferral();
    referral.put("educationElsewhere", "ehe-suitable");

    ProcessInstance instance = referAs("cme.officer", List.of("cme-officer"));

    assertThat(instance).isEnded();
    assertThat(emails).containsExactly(Map.of("template", "referral-not-cme", "to", "null"));
    assertThat(register(instance).referrals().get(0).details().referrerEmail()).isNull();
  }

  @Test
  void a_referral_with_faults_is_refused_with_each_field_named_and_nothing_is_saved() {
    referral.put("upn", "A801200005001");
    referral.put("dateOfBirth", "2031-01-01");
    referral.remove("legalSurname");

    assertThatThrownBy(this::refer).isInstanceOf(InputRefusedException.class)
        .satisfies(e -> assertThat(((InputRefusedException) e).faults()).extracting(f -> f.field())
            .contains("upn", "dateOfBirth", "legalSurname"));
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
  }

  /**
   * Issue 8, defect 13: intake asymmetry. A school's referral over the API needed no attempt to locate
   * the child, while the Tasklist form demanded a result for all five, even attempts not made. Now one
   * rule in the intake for the forms, submit-form and the API: at least one attempt, each with its date
   * and its result, and nothing for an attempt not made.
   */
  @Test
  void intake_asymmetry_one_rule_at_least_one_attempt_each_with_its_date_and_result() {
    withoutAttempts(referral);
    referral.put("attemptPeerGroupDate", "2026-10-21");
    referral.put("attemptPeerGroupResult", "Friends say the family moved to Leeds");

    ProcessInstance instance = refer();

    assertThat(instance).isWaitingAt(TASK_ACKNOWLEDGE_REFERRAL);
    assertThat(register(instance).referrals().get(0).details().attemptsToLocate()).singleElement()
        .satisfies(a -> assertThat(a.step()).isEqualTo(LocateAttempt.Step.PEER_GROUP))
        .satisfies(a -> assertThat(a.on()).isEqualTo(java.time.LocalDate.of(2026, 10, 21)))
        .satisfies(a -> assertThat(a.result()).isEqualTo("Friends say the family moved to Leeds"));

    withoutAttempts(referral);
    assertThatThrownBy(this::refer).satisfies(refusedFor("attemptCallsTextsDate", "at least one attempt"))
        .satisfies(e -> assertThat(((InputRefusedException) e).faults()).hasSize(1));

    referral.put("attemptCallsTextsDate", "2026-10-20");
    referral.put("attemptAgencyResult", "The armed forces welfare officer has no record of the family");
    assertThatThrownBy(this::refer).isInstanceOf(InputRefusedException.class)
        .satisfies(e -> assertThat(((InputRefusedException) e).faults()).extracting(f -> f.field())
            .containsExactlyInAnyOrder("attemptCallsTextsResult", "attemptAgencyDate"))
        .satisfies(refusedFor("attemptCallsTextsResult", "what came of this attempt"))
        .satisfies(refusedFor("attemptAgencyDate", "the day the school made this attempt"));
    assertThat(casework.find(CaseReference.of(instance.getBusinessKey())).orElseThrow().referrals()).hasSize(1);
  }

  /**
   * Issue 9: every attempt result was required even for attempts not made. A result field shows, and is
   * required, once its attempt's date is given; the intake asks for the result of an attempt with a date.
   */
  @Test
  void intake_asymmetry_the_referral_forms_require_no_attempt_the_school_did_not_make() throws Exception {
    for (String form : List.of("forms/school-referral/start-school-referral.form",
        "forms/cme-referral/start-cme-referral.form")) {
      JsonNode components;
      try (var in = getClass().getClassLoader().getResourceAsStream(form)) {
        components = new ObjectMapper().readTree(in).path("components");
      }
      List<String> attemptFields = new ArrayList<>();
      for (JsonNode component : components) {
        String key = component.path("key").asText();
        if (key.startsWith("attempt")) {
          attemptFields.add(key);
          boolean required = component.path("validate").path("required").asBoolean(false);
          if (key.endsWith("Date")) {
            assertThat(required).as(form + ": " + key).isFalse();
          } else {
            // Issue 9: a result is asked for, and then required, only once its attempt has a date.
            String date = key.replace("Result", "Date");
            assertThat(required).as(form + ": " + key).isTrue();
            assertThat(component.path("conditional").path("hide").asText())
                .as(form + ": " + key + " hidden while its date is empty")
                .contains(date + " = null or " + date + " = \"\"");
          }
        }
      }
      assertThat(attemptFields).as(form).hasSize(10);
    }
  }

  /** Every attempt to locate the child taken out of the referral. */
  static void withoutAttempts(Map<String, Object> referral) {
    referral.keySet().removeIf(name -> name.startsWith("attempt"));
  }

  /**
   * Issue 8, defect 10: rules repeated in Java. The intake kept its own lists of the table's input
   * values, so a row with a new value was refused until the code changed. Now the intake reads the
   * values from the table the engine deployed: a copy of the table with a new value and a row for it is
   * enough, and the row decides.
   */
  @Test
  void rules_are_not_repeated_in_java_a_new_row_with_a_new_value_in_the_table_is_enough() {
    DmnModelInstance table;
    try (var in = getClass().getClassLoader().getResourceAsStream(CmeClassificationDecision.RESOURCE)) {
      table = Dmn.readModelFromStream(in);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    Input education = table.getModelElementById("Input_EducationElsewhere");
    education.getInputValues().getText().setTextContent(
        education.getInputValues().getText().getTextContent() + ",\"flexi-schooling\"");
    DecisionTable decisions = table.getModelElementsByType(DecisionTable.class).iterator().next();
    Rule row = table.newInstance(Rule.class);
    row.setId("Rule_FlexiSchooling");
    for (Input input : decisions.getInputs()) {
      InputEntry entry = table.newInstance(InputEntry.class);
      entry.setId("Rule_FlexiSchooling_" + input.getId());
      Text text = table.newInstance(Text.class);
      text.setTextContent(switch (input.getId()) {
        case "Input_CompulsorySchoolAge" -> "true";
        case "Input_OnSchoolRoll" -> "false";
        case "Input_EducationElsewhere" -> "\"flexi-schooling\"";
        default -> "";
      });
      entry.setText(text);
      row.getInputEntries().add(entry);
    }
    List<String> outputs = List.of("\"NOT_CME\"", "\"Flexi-schooling agreed with the school: not missing education.\"",
        "\"Talk to the school about the flexi-schooling agreement.\"");
    for (int i = 0; i < decisions.getOutputs().size(); i++) {
      OutputEntry entry = table.newInstance(OutputEntry.class);
      entry.setId("Rule_FlexiSchooling_Output" + i);
      Text text = table.newInstance(Text.class);
      text.setTextContent(i < outputs.size() ? outputs.get(i) : "");
      entry.setText(text);
      row.getOutputEntries().add(entry);
    }
    decisions.getRules().add(row);
    String copy = engine.getRepositoryService().createDeployment().name("a process owner's new row")
        .addModelInstance("cme-classification.dmn", table).deploy().getId();
    try {
      referral.put("educationElsewhere", "flexi-schooling");

      ProcessInstance instance = refer();

      assertThat(instance).isEnded().hasPassed(TASK_CLOSE_NOT_CME).variables()
          .containsEntry("classification", "NOT_CME")
          .containsEntry("classificationReason", "Flexi-schooling agreed with the school: not missing education.");
      assertThat(register(instance).referrals().get(0).details().category()).isEqualTo("education:flexi-schooling");
      referral.put("educationElsewhere", "flexi-schooling-by-accident");
      assertThatThrownBy(this::refer).isInstanceOf(InputRefusedException.class)
          .satisfies(e -> assertThat(((InputRefusedException) e).faults()).singleElement()
              .satisfies(f -> assertThat(f.field()).isEqualTo("educationElsewhere"))
              .satisfies(f -> assertThat(f.reason()).contains("flexi-schooling", "none")));
    } finally {
      engine.getRepositoryService().deleteDeployment(copy, true);
    }
  }

  // --- one case per child --------------------------------------------------------------------

  @Test
  void a_second_referral_with_the_same_upn_joins_the_open_case() {
    ProcessInstance first = refer();
    String caseReference = first.getBusinessKey();

    referral = anAgencyReferral();
    referral.put("upn", "B801200005001");
    ProcessInstance second = referAs("cme.officer", List.of("cme-officer"));

    assertThat(second).isEnded().hasPassed(TASK_JOIN_OPEN_CASE, EVENT_JOINED_OPEN_CASE)
        .variables().containsEntry("caseReference", caseReference).containsEntry("joinedRunningCase", true);
    assertThat(first).isWaitingAt(TASK_ACKNOWLEDGE_REFERRAL, TASK_REVIEW_FURTHER_REFERRAL);
    assertThat(task(TASK_REVIEW_FURTHER_REFERRAL, first)).hasCandidateGroup("cme-officer");
    assertThat(register(first).referrals()).hasSize(2);
    complete(task(TASK_REVIEW_FURTHER_REFERRAL, first), withVariables("reviewNotes", "Added the agency's address"));
    assertThat(first).hasPassed(EVENT_FURTHER_REFERRAL_REVIEWED);
  }

  /** Issue 9: the officer read "received 2026-12-03T16:09:17.997Z from school: …". */
  @Test
  void the_further_referral_reads_with_a_readable_time_in_london_and_the_referrer_by_name() {
    ProcessInstance first = refer();
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 12, 3, 16, 9, 17, 0, java.time.ZoneOffset.UTC).toInstant()));
    referral.put("circumstances", "Seen at the bus station with an older brother.");
    refer();

    assertThat((String) engine.getRuntimeService().getVariable(first.getId(), "furtherReferralSummary"))
        .isEqualTo("Further referral received 3 December 2026 16:09 from Riverside Primary School: "
            + "Seen at the bus station with an older brother.");

    referral = anAgencyReferral();
    referral.put("upn", "B801200005001");
    referAs("cme.officer", List.of("cme-officer"));
    assertThat((String) engine.getRuntimeService().getVariable(first.getId(), "furtherReferralSummary"))
        .startsWith("Further referral received 3 December 2026 16:09 from an agency (Health visiting): ");
  }

  @Test
  void a_second_referral_by_name_date_of_birth_and_postcode_joins_the_open_case() {
    referral.remove("upn");
    ProcessInstance first = refer();

    referral = anAgencyReferral();
    referral.put("legalForename", "sam ");
    referral.put("postcode", "so23 8uj");
    ProcessInstance second = referAs("cme.officer", List.of("cme-officer"));

    assertThat(second).isEnded().hasPassed(EVENT_JOINED_OPEN_CASE).variables()
        .containsEntry("caseReference", first.getBusinessKey());
    assertThat(casework.find(CaseReference.of(first.getBusinessKey())).orElseThrow().referrals()).hasSize(2);
  }

  @Test
  void a_probable_match_confirmed_by_an_officer_joins_and_the_provisional_case_is_merged() {
    ProcessInstance first = refer();
    referral = anAgencyReferral();
    referral.remove("upn");
    referral.put("legalForename", "Samuel");
    referral.put("postcode", "SO22 5AA");

    ProcessInstance second = referAs("cme.officer", List.of("cme-officer"));
    assertThat(second).isWaitingAt(TASK_CONFIRM_SAME_CHILD).variables()
        .containsEntry("matchedCaseReference", first.getBusinessKey());
    String provisional = second.getBusinessKey();
    complete(task(second), withVariables("sameChild", "same"));

    assertThat(second).isEnded().hasPassed(EVENT_JOINED_OPEN_CASE);
    assertThat(casework.find(CaseReference.of(provisional)).orElseThrow().outcomeCode()).isEqualTo(OutcomeCode.MERGED);
    assertThat(first).isWaitingAt(TASK_REVIEW_FURTHER_REFERRAL);
  }

  @Test
  void a_probable_match_rejected_by_an_officer_keeps_its_own_case() {
    refer();
    referral = anAgencyReferral();
    referral.remove("upn");
    referral.put("legalForename", "Samuel");
    referral.put("postcode", "SO22 5AA");

    ProcessInstance second = referAs("cme.officer", List.of("cme-officer"));
    complete(task(second), withVariables("sameChild", "different"));

    assertThat(second).isWaitingAt(TASK_ACKNOWLEDGE_REFERRAL);
    assertThat(register(second).status()).isEqualTo(CaseStatus.OPEN);
  }

  @Test
  void a_referral_for_a_case_handed_to_another_team_is_reviewed_by_an_officer() {
    ProcessInstance first = acknowledged(refer());
    investigated(first, "ehe");

    referral = anAgencyReferral();
    referral.put("upn", "B801200005001");
    ProcessInstance second = referAs("cme.officer", List.of("cme-officer"));

    assertThat(second).isWaitingAt(TASK_REVIEW_REFERRAL_FOR_HANDED_OVER_CASE).variables()
        .containsEntry("joinedRunningCase", false);
    complete(task(second), withVariables("reviewNotes", "Passed to TLP"));
    assertThat(second).isEnded().hasPassed(EVENT_REFERRAL_REVIEWED_FOR_HANDED_OVER_CASE);
  }

  /**
   * Issue 8, defect 5: a family that did not answer the EHE team (or a departure that was not confirmed)
   * is referred back on the child's own case, which the CME team takes up and investigates, instead of
   * a review that ends the referral.
   */
  @Test
  void a_referral_from_another_process_of_the_case_takes_the_case_up_when_no_referral_works_it() {
    CaseReference reference = casework.openCase(uk.gov.cme.casework.ChildDetails.builder().legalForename("Sam")
            .legalSurname("Example").dateOfBirth(java.time.LocalDate.of(2015, 3, 4)).upn("B801200005001")
            .build(RECEIVED.toLocalDate()),
        uk.gov.cme.casework.ReferralDetails.builder(uk.gov.cme.casework.ReferralSource.EHE_NOTIFICATION).build(),
        "tlp", RECEIVED.toInstant());
    referral = fromAnotherProcess(reference);

    ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(CmeReferralProcess.KEY, referral);

    assertThat(instance).hasPassed(TASK_CLASSIFY_REFERRAL).isWaitingAt(TASK_ACKNOWLEDGE_REFERRAL).variables()
        .containsEntry("matchKind", "TAKE_UP").containsEntry("caseReference", reference.value());
    assertThat(instance.getBusinessKey()).isEqualTo(reference.value());
    CaseView takenUp = casework.find(reference).orElseThrow();
    assertThat(takenUp.processInstanceId()).isEqualTo(instance.getId());
    assertThat(takenUp.referrals()).hasSize(2);
    assertThat(casework.history(reference)).extracting(uk.gov.cme.casework.CaseHistoryEntry::detail)
        .contains(uk.gov.cme.casework.EducationStatus.REFERRED_AS_MISSING_EDUCATION.name());
  }

  @Test
  void a_referral_from_another_process_of_a_case_the_cme_team_is_working_joins_it() {
    ProcessInstance working = refer();
    referral = fromAnotherProcess(CaseReference.of(working.getBusinessKey()));

    ProcessInstance second = engine.getRuntimeService().startProcessInstanceByKey(CmeReferralProcess.KEY, referral);

    assertThat(second).isEnded().hasPassed(TASK_JOIN_OPEN_CASE, EVENT_JOINED_OPEN_CASE);
    assertThat(working).isWaitingAt(TASK_ACKNOWLEDGE_REFERRAL, TASK_REVIEW_FURTHER_REFERRAL);
    assertThat(register(working).referrals()).hasSize(2);
  }

  // --- acknowledgement ----------------------------------------------------------------------

  @Test
  void an_unacknowledged_referral_alerts_the_manager_and_the_task_stays() {
    ProcessInstance instance = refer();
    Job deadline = job(EVENT_ACKNOWLEDGE_DEADLINE, instance);
    assertThat(deadline).hasDueDate(Date.from(ACKNOWLEDGE_BY.toInstant()));

    ClockUtil.setCurrentTime(Date.from(ACKNOWLEDGE_BY.plusMinutes(1).toInstant()));
    execute(deadline);

    assertThat(instance).isWaitingAt(TASK_ACKNOWLEDGE_REFERRAL, TASK_ALERT_MANAGER_ACKNOWLEDGEMENT);
    assertThat(task(TASK_ALERT_MANAGER_ACKNOWLEDGEMENT, instance)).hasCandidateGroup("cme-manager");
    complete(task(TASK_ALERT_MANAGER_ACKNOWLEDGEMENT, instance), withVariables("chaseAction", "Spoke to the duty officer"));
    assertThat(instance).hasPassed(EVENT_MANAGER_ALERTED).isWaitingAt(TASK_ACKNOWLEDGE_REFERRAL);
  }

  /**
   * Issue 9, "every task's Description tab says there is no description": the model's documentation is
   * the task's description, which Tasklist shows; it says what to do and by when, the day count from
   * the setting ({@code ${deadlines.acknowledgeWorkingDays}}), worked out when the task is made.
   */
  @Test
  void issue9_each_task_tells_the_officer_what_to_do_and_by_when() {
    ProcessInstance instance = refer();
    assertThat(task(TASK_ACKNOWLEDGE_REFERRAL, instance).getDescription())
        .startsWith("Acknowledge the referral to the referrer within 5 working days of receipt (the due date).")
        .doesNotContain("${");

    ClockUtil.setCurrentTime(Date.from(ACKNOWLEDGE_BY.plusMinutes(1).toInstant()));
    execute(job(EVENT_ACKNOWLEDGE_DEADLINE, instance));
    assertThat(task(TASK_ALERT_MANAGER_ACKNOWLEDGEMENT, instance).getDescription())
        .startsWith("This referral was not acknowledged within 5 working days of receipt.");
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(instance.getId())
        .list()).allSatisfy(t -> assertThat(t.getDescription()).as(t.getName()).hasSizeGreaterThan(80));
  }

  /**
   * Issue 8, defect 9, "deadline lengths are fixed in the models": an authority that acknowledges within
   * 3 working days sets {@code cme.deadlines.acknowledge-working-days: 3}; the task's due date and the
   * manager's timer follow the setting, with no change to the model.
   */
  @Test
  void defect9_a_changed_deadline_setting_changes_the_due_date_and_the_timer() {
    Map<Object, Object> beans = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getBeans();
    beans.put(ProcessTestEngine.DEADLINES, ProcessTestEngine.deadlines(Map.of("acknowledge-working-days", "3")));
    try {
      ProcessInstance instance = refer();

      Date threeWorkingDays = Date.from(ZonedDateTime.of(2026, 11, 5, 17, 0, 0, 0, ProcessTestEngine.LONDON).toInstant());
      assertThat(task(TASK_ACKNOWLEDGE_REFERRAL, instance)).hasDueDate(threeWorkingDays);
      assertThat(job(EVENT_ACKNOWLEDGE_DEADLINE, instance)).hasDueDate(threeWorkingDays);
      assertThat(task(TASK_ACKNOWLEDGE_REFERRAL, instance).getDescription()).as("the description follows the setting")
          .contains("within 3 working days of receipt");
    } finally {
      beans.put(ProcessTestEngine.DEADLINES, ProcessTestEngine.deadlines());
    }
  }

  @Test
  void the_acknowledgement_email_is_handed_over_and_the_investigation_starts_at_once() {
    ProcessInstance instance = acknowledged(refer());

    assertThat(instance).hasPassed(TASK_SEND_ACKNOWLEDGEMENT).isWaitingAt(TASK_INVESTIGATE_WHEREABOUTS);
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .activityId(TASK_SEND_ACKNOWLEDGEMENT).count()).as("no email step waits in the case").isZero();
  }

  @Test
  void acknowledging_records_who_and_when_and_emails_the_referrer() {
    ProcessInstance instance = acknowledged(refer());

    assertThat(instance).hasPassed(TASK_RECORD_ACKNOWLEDGEMENT, TASK_SEND_ACKNOWLEDGEMENT)
        .isWaitingAt(TASK_INVESTIGATE_WHEREABOUTS);
    assertThat(emails).containsExactly(Map.of("template", "referral-acknowledged", "to", "dsl@riverside.example"));
    var acknowledgedReferral = register(instance).referrals().get(0);
    assertThat(acknowledgedReferral.acknowledgedBy()).isEqualTo("cme.officer");
    assertThat(acknowledgedReferral.acknowledgedAt()).isEqualTo(RECEIVED.toInstant());
  }

  /**
   * Issue 8, defect 4: the half-termly update belonged to this process and stopped when it handed the
   * case over. It belongs to the case now (case-updates, CaseUpdatesProcessTest): nothing here waits for
   * the next half term.
   */
  @Test
  void the_half_termly_update_is_not_the_referrals_own_it_belongs_to_the_case() {
    ProcessInstance instance = acknowledged(refer());

    assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers().list())
        .extracting(Job::getDuedate).as("only the re-check reminder waits")
        .containsExactly(Date.from(ZonedDateTime.of(2026, 11, 16, 17, 0, 0, 0, ProcessTestEngine.LONDON).toInstant()));
  }

  // --- investigation ----------------------------------------------------------------------------

  @Test
  void each_enquiry_is_logged_and_the_investigation_continues() {
    ProcessInstance instance = acknowledged(refer());

    complete(task(TASK_INVESTIGATE_WHEREABOUTS, instance), withVariables("investigationOutcome", "enquiry-recorded",
        "enquiryAgency", "health", "enquiryContact", "School nursing", "enquirySentOn", "2026-11-02",
        "enquiryAnswer", "Registered with a GP in Leeds"));

    assertThat(instance).hasPassed(TASK_RECORD_ENQUIRY).isWaitingAt(TASK_INVESTIGATE_WHEREABOUTS)
        .variables().containsEntry("investigationOutcome", null);
    assertThat((String) engine.getRuntimeService().getVariable(instance.getId(), "enquiryLog"))
        .isEqualTo("2 November 2026: Health (School nursing): Registered with a GP in Leeds");
    var enquiry = register(instance).enquiries().get(0);
    assertThat(enquiry.answer()).isEqualTo("Registered with a GP in Leeds");
  }

  @Test
  void a_re_check_reminder_comes_when_the_investigation_stalls() {
    ProcessInstance instance = acknowledged(refer());
    Job recheck = job(EVENT_RECHECK_DUE, instance);
    assertThat(recheck).hasDueDate(Date.from(ZonedDateTime.of(2026, 11, 16, 17, 0, 0, 0, ProcessTestEngine.LONDON).toInstant()));

    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 11, 16, 17, 1, 0, 0, ProcessTestEngine.LONDON).toInstant()));
    execute(recheck);

    assertThat(instance).isWaitingAt(TASK_INVESTIGATE_WHEREABOUTS, TASK_RECHECK_WHEREABOUTS);
    complete(task(TASK_RECHECK_WHEREABOUTS, instance), withVariables("recheckNotes", "Chased housing"));
    assertThat(instance).hasPassed(EVENT_RECHECK_DONE).isWaitingAt(TASK_INVESTIGATE_WHEREABOUTS, EVENT_NEXT_RECHECK_DUE);
  }

  /**
   * Issue 8, defect 7, "re-check fires once": while nothing is recorded the re-check comes again and
   * again, every 10 working days (cme.deadlines.recheck-working-days) from the last one, whether or not
   * that one was done, over bank holidays; recording an enquiry re-arms it from the enquiry (and closes
   * the re-checks still open); an outcome ends it. Before the fix the timer fired once per investigation
   * task and never again.
   */
  @Test
  void defect7_the_re_check_recurs_every_10_working_days_until_something_is_recorded() {
    ProcessInstance instance = acknowledged(refer());

    // three periods with nothing recorded: Mon 2 Nov -> Mon 16 Nov -> Mon 30 Nov -> Mon 14 Dec 2026
    ZonedDateTime due = ZonedDateTime.of(2026, 11, 16, 17, 0, 0, 0, ProcessTestEngine.LONDON);
    for (ZonedDateTime next : List.of(ZonedDateTime.of(2026, 11, 30, 17, 0, 0, 0, ProcessTestEngine.LONDON),
        ZonedDateTime.of(2026, 12, 14, 17, 0, 0, 0, ProcessTestEngine.LONDON))) {
      assertThat(recheckTimers(instance)).as("one re-check timer at a time").containsExactly(Date.from(due.toInstant()));
      ClockUtil.setCurrentTime(Date.from(due.plusMinutes(1).toInstant()));
      execute(recheckJob(instance));
      assertThat(instance).isWaitingAt(TASK_INVESTIGATE_WHEREABOUTS, TASK_RECHECK_WHEREABOUTS);
      assertThat(task(TASK_RECHECK_WHEREABOUTS, instance)).hasCandidateGroup("cme-officer");
      assertThat(recheckTimers(instance)).as("the next is armed at once").containsExactly(Date.from(next.toInstant()));
      complete(task(TASK_RECHECK_WHEREABOUTS, instance), withVariables("recheckNotes", "Chased housing again"));
      assertThat(instance).hasPassed(EVENT_RECHECK_DONE);
      due = next;
    }

    // the third re-check comes (14 Dec) and is left open; an enquiry is recorded on Thu 17 Dec
    ClockUtil.setCurrentTime(Date.from(due.plusMinutes(1).toInstant()));
    execute(recheckJob(instance));
    assertThat(recheckTimers(instance)).as("10 working days after 14 Dec, over Christmas")
        .containsExactly(Date.from(ZonedDateTime.of(2026, 12, 30, 17, 0, 0, 0, ProcessTestEngine.LONDON).toInstant()));
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 12, 17, 10, 0, 0, 0, ProcessTestEngine.LONDON).toInstant()));
    complete(task(TASK_INVESTIGATE_WHEREABOUTS, instance), withVariables("investigationOutcome", "enquiry-recorded",
        "enquiryAgency", "housing", "enquiryContact", "Housing options", "enquirySentOn", "2026-12-17"));

    assertThat(instance).hasPassed(TASK_RECORD_ENQUIRY).isWaitingAt(TASK_INVESTIGATE_WHEREABOUTS);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(TASK_RECHECK_WHEREABOUTS).count()).as("the enquiry is the progress the re-check asked for").isZero();
    // 10 working days from 17 Dec 2026, skipping Christmas, Boxing Day (28 Dec) and New Year's Day
    assertThat(recheckTimers(instance)).containsExactly(
        Date.from(ZonedDateTime.of(2027, 1, 5, 17, 0, 0, 0, ProcessTestEngine.LONDON).toInstant()));

    investigated(instance, "another-la");
    assertThat(instance).hasPassed(EVENT_INVESTIGATION_STEP_DONE).isWaitingAt(TASK_OUTBOUND_ENQUIRY);
    assertThat(recheckTimers(instance)).as("an outcome ends the re-checks").isEmpty();
  }

  /** The due dates of the re-check timers waiting in the case (the first one, or the next one). */
  List<Date> recheckTimers(ProcessInstance instance) {
    return recheckJobs(instance).stream().map(Job::getDuedate).toList();
  }

  /** The one re-check timer waiting in the case. */
  Job recheckJob(ProcessInstance instance) {
    List<Job> jobs = recheckJobs(instance);
    assertThat(jobs).hasSize(1);
    return jobs.get(0);
  }

  private List<Job> recheckJobs(ProcessInstance instance) {
    return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers().list().stream()
        .filter(job -> List.of(EVENT_RECHECK_DUE, EVENT_NEXT_RECHECK_DUE).contains(
            engine.getManagementService().createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId())
                .singleResult().getActivityId()))
        .toList();
  }

  /** Issue 8, defect 8: the officer records the child's plan and allocated social worker as the investigation learns them. */
  @Test
  void the_investigation_records_a_plan_and_the_allocated_social_worker_on_the_case_and_shows_them_again() {
    ProcessInstance instance = acknowledged(refer());

    complete(task(TASK_INVESTIGATE_WHEREABOUTS, instance), withVariables("investigationOutcome", "enquiry-recorded",
        "enquiryAgency", "social-care", "enquiryContact", "MASH", "enquirySentOn", "2026-11-02",
        "enquiryAnswer", "Child in need plan; allocated worker Jo", "childProtectionPlan", false,
        "childInNeedPlan", true, "socialWorkerName", "Jo Worker", "socialWorkerEmail", "jo.worker@council.example",
        "socialWorkerTeam", "Team 3"));

    CaseView recorded = register(instance);
    assertThat(recorded.child().flags().childInNeedPlan()).isTrue();
    assertThat(recorded.socialWorkerToTell()).contains("jo.worker@council.example");
    assertThat(casework.history(recorded.reference())).extracting(uk.gov.cme.casework.CaseHistoryEntry::detail)
        .contains(uk.gov.cme.casework.EducationStatus.SOCIAL_WORKER_RECORDED.name());
  }

  @Test
  void the_investigation_shows_the_plan_and_social_worker_the_register_already_holds() {
    ProcessInstance instance = refer();
    casework.recordSocialCare(CaseReference.of(instance.getBusinessKey()), true, null,
        uk.gov.cme.casework.SocialWorker.of("Jo Worker", "jo.worker@council.example", "Team 3"), "social.care",
        RECEIVED.toInstant());

    acknowledged(instance);

    assertThat(instance).isWaitingAt(TASK_INVESTIGATE_WHEREABOUTS).variables()
        .containsEntry("socialWorkerName", "Jo Worker").containsEntry("socialWorkerEmail", "jo.worker@council.example")
        .containsEntry("childProtectionPlan", true);
  }

  @Test
  void located_here_without_a_place_admissions_allocate_and_the_school_confirms_on_roll() {
    ProcessInstance instance = investigated(acknowledged(refer()), "located-not-on-roll");

    assertThat(task(TASK_ALLOCATE_SCHOOL_PLACE, instance)).hasCandidateGroup("admissions");
    complete(task(instance), withVariables("allocatedSchoolUrn", "999002", "placeStartDate", "2026-11-09"));
    ProcessInstance schoolTask = calledProcessInstance("confirm-on-roll", instance);
    assertThat(task(schoolTask)).hasCandidateGroup("school-999002");
    assertThat(engine.getRuntimeService().getVariables(schoolTask.getId()).keySet())
        .as("the school's task holds only what its form shows").containsExactlyInAnyOrder("schoolUrn", "schoolGroup",
            "caseReference", "childName", "legalForename", "legalSurname", "dateOfBirth", "placeStartDate");
    complete(task(schoolTask), withVariables("onRollOutcome", "on-roll", "firstDayAttended", "2026-11-09"));

    assertThat(instance).isEnded().hasPassed(TASK_CLOSE_ON_ROLL, EVENT_CLOSED_ON_ROLL);
    assertThat(register(instance).outcomeCode()).isEqualTo(OutcomeCode.ON_ROLL_HERE);
    assertThat(emails).as("the case's own updates tell every referrer of its closing (CaseUpdatesProcessTest)")
        .extracting(e -> e.get("template")).doesNotContain("referral-closed");
  }

  /**
   * Issue 9, "admissions types a URN by hand, never checked against a known school": the task offers the
   * schools of the schools file (the form's select, valuesKey {@code schoolOptions}, a JSON variable of
   * the task alone), refuses a URN that is not in the file with the field named and the task open, and
   * keeps the chosen school's name from the file.
   */
  @Test
  void issue9_admissions_choose_the_school_from_the_schools_file_and_a_urn_not_in_it_is_refused() {
    ProcessInstance instance = investigated(acknowledged(refer()), "located-not-on-roll");
    Task allocate = task(TASK_ALLOCATE_SCHOOL_PLACE, instance);

    var options = engine.getTaskService().getVariableLocalTyped(allocate.getId(), "schoolOptions");
    assertThat(options.getType().getName()).isEqualTo("json");
    assertThat(options.getValue().toString()).isEqualTo("[{\"label\":\"Hillcrest Academy (URN 999002)\",\"value\":\"999002\"},"
        + "{\"label\":\"Riverside Primary School (URN 999001)\",\"value\":\"999001\"}]");
    assertThat(engine.getRuntimeService().getVariables(instance.getId())).doesNotContainKey("schoolOptions");

    assertThatThrownBy(() -> complete(allocate, withVariables("allocatedSchoolUrn", "123456",
        "placeStartDate", "2026-11-09"))).hasRootCauseInstanceOf(InputRefusedException.class)
        .satisfies(e -> refusedFor("allocatedSchoolUrn", "is not a school in the schools file")
            .accept(org.assertj.core.util.Throwables.getRootCause(e)));
    assertThat(instance).isWaitingAt(TASK_ALLOCATE_SCHOOL_PLACE);

    complete(allocate, withVariables("allocatedSchoolUrn", "999002", "placeStartDate", "2026-11-09"));
    assertThat(instance).variables().containsEntry("allocatedSchoolName", "Hillcrest Academy");
    assertThat(task(calledProcessInstance("confirm-on-roll", instance))).hasCandidateGroup("school-999002");
  }

  @Test
  void a_child_with_an_ehcp_gets_provision_through_send_ap() {
    referral.put("hasEhcp", true);
    ProcessInstance instance = investigated(acknowledged(refer()), "located-not-on-roll");

    assertThat(instance).isWaitingAt(TASK_SECURE_EHCP_PROVISION);
    assertThat(task(instance)).hasCandidateGroup("send-ap");
    complete(task(instance), withVariables("allocatedSchoolUrn", "999001", "placeStartDate", "2026-11-09"));
    assertThat(instance).isWaitingAt(TASK_CONFIRM_ON_ROLL);
  }

  @Test
  void parents_who_refuse_the_place_start_the_school_attendance_order_for_the_case() {
    ProcessInstance instance = investigated(acknowledged(refer()), "located-not-on-roll");
    complete(task(instance), withVariables("allocatedSchoolUrn", "999002", "placeStartDate", "2026-11-09"));
    complete(task(calledProcessInstance("confirm-on-roll", instance)),
        withVariables("onRollOutcome", "parents-refuse", "refusalDetails", "Will not attend"));

    assertThat(instance).isEnded().hasPassed(TASK_START_SAO, EVENT_HANDED_TO_SAO);
    assertThat(started).as("no officer's hand-over task: the order's process starts for the case, place refused")
        .containsExactly("school-attendance-order:" + instance.getBusinessKey() + ":PLACE_REFUSED");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(register(instance).status()).as("the case stays open for the SAO").isEqualTo(CaseStatus.OPEN);
  }

  /**
   * Issue 13: "In another LA" no longer ends in an officer's hand-over task: the outbound enquiry
   * (cme-outbound, here a stand-in) asks the other LA for the same case and the referral waits for its
   * answer. The enquiry closes the case when the other LA has the child; this referral then ends.
   */
  @ParameterizedTest(name = "{0}: the referral ends")
  @CsvSource({"on-roll-there", "known-not-on-roll"})
  void a_child_in_another_la_is_asked_about_and_the_referral_ends_when_that_la_has_the_child(String answer) {
    ProcessInstance instance = investigated(acknowledged(refer()), "another-la");

    assertThat(instance).isWaitingAt(TASK_OUTBOUND_ENQUIRY);
    ProcessInstance enquiry = calledProcessInstance("cme-outbound", instance);
    assertThat(enquiry.getBusinessKey()).isEqualTo(instance.getBusinessKey());
    assertThat(engine.getRuntimeService().getVariables(enquiry.getId())).containsEntry("caseReference",
        instance.getBusinessKey()).containsEntry("outcomeDetails", "Found through housing").containsKey("enquiryLog");
    complete(task(enquiry), withVariables("outboundAnswer", answer));

    assertThat(instance).isEnded().hasPassed(GATEWAY_OUTBOUND_ANSWER, EVENT_CLOSED_IN_ANOTHER_LA);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(instance.getBusinessKey())
        .count()).as("no hand-over task left for an officer").isZero();
  }

  /** Not known there, or no reply after two chases: back to the investigation, with the answer in the log. */
  @ParameterizedTest(name = "{0}: investigate again")
  @CsvSource({"not-known", "no-reply"})
  void a_child_not_found_in_the_other_la_is_investigated_again_with_the_answer_in_the_enquiry_log(String answer) {
    ProcessInstance instance = investigated(acknowledged(refer()), "another-la");
    ProcessInstance enquiry = calledProcessInstance("cme-outbound", instance);

    complete(task(enquiry), withVariables("outboundAnswer", answer,
        "enquiryLog", "3 November 2026: Another local authority's CME team (Camden): not known there"));

    assertThat(instance).isWaitingAt(TASK_INVESTIGATE_WHEREABOUTS).variables()
        .containsEntry("enquiryLog", "3 November 2026: Another local authority's CME team (Camden): not known there")
        .containsEntry("investigationOutcome", null).containsEntry("outboundAnswer", answer);
    assertThat(register(instance).status()).isEqualTo(CaseStatus.OPEN);
  }

  @ParameterizedTest(name = "{0} starts {1}")
  @CsvSource({
      "ehe, ehe-check, Event_HandedToEheCheck",
      "abroad, emigration, Event_HandedToEmigrationChecks"})
  void home_education_and_emigration_start_their_own_processes_for_the_case(String outcome, String process,
                                                                              String end) {
    ProcessInstance instance = investigated(acknowledged(refer()), outcome);

    assertThat(instance).isEnded().hasPassed(end);
    assertThat(started).containsExactly(process + ":" + instance.getBusinessKey());
    assertThat(register(instance).status()).as("the case stays open with the next process").isEqualTo(CaseStatus.OPEN);
  }

  @Test
  void whereabouts_unknown_goes_to_the_lost_pupil_database_and_the_monthly_panel_until_found() {
    ProcessInstance instance = investigated(acknowledged(refer()), "whereabouts-unknown");
    assertThat(task(TASK_UPLOAD_LOST_PUPIL, instance)).hasCandidateGroup("cme-officer");
    complete(task(instance), withVariables("lostPupilUploadedOn", "2026-11-02", "ctfReference", "CTF-123"));

    assertThat(instance).hasPassed(TASK_RECORD_LOST_PUPIL).isWaitingAt(TASK_PANEL_REVIEW);
    assertThat(task(instance)).hasCandidateGroup("cme-panel");
    assertThat(register(instance).enquiries()).anySatisfy(e -> assertThat(e.details().contact()).contains("XXXXXXX"));
    assertThat(casework.history(register(instance).reference())).extracting(uk.gov.cme.casework.CaseHistoryEntry::detail)
        .as("whereabouts unknown is a change of education status").contains("WHEREABOUTS_UNKNOWN");
    assertThat(register(instance).status()).isEqualTo(CaseStatus.OPEN);

    complete(task(instance), withVariables("panelDecision", "still-missing", "panelActions", "Ask DWP again"));
    assertThat(instance).isWaitingAt(EVENT_NEXT_PANEL);
    ClockUtil.setCurrentTime(Date.from(RECEIVED.plusMonths(2).toInstant()));
    execute(job(EVENT_NEXT_PANEL, instance));
    assertThat(instance).isWaitingAt(TASK_PANEL_REVIEW);

    complete(task(instance), withVariables("panelDecision", "found", "panelActions", "Housing has an address"));
    assertThat(instance).isWaitingAt(TASK_INVESTIGATE_WHEREABOUTS);
  }

  /**
   * Issue 8, defect 6, "Lost Pupil Database deadlines": the CTF is due 15 school days after the child
   * left school (the Education (Pupil Information) (England) Regulations 2005, reg. 9), not 15 school
   * days after the task was made, as before. Last attended Fri 16 Oct 2026: 5 school days to the half
   * term, 10 after it, due Fri 13 Nov 2026 (the task made on 2 Nov was due 23 Nov). When it passes, the
   * CME team gets a chase task and the upload task stays.
   */
  @Test
  void defect6_the_lost_pupil_database_upload_is_due_15_school_days_after_the_child_last_attended_and_chased_when_it_passes() {
    referral.put("lastAttendanceDate", "2026-10-16");
    ProcessInstance instance = investigated(acknowledged(refer()), "whereabouts-unknown");

    Date due = Date.from(ZonedDateTime.of(2026, 11, 13, 17, 0, 0, 0, ProcessTestEngine.LONDON).toInstant());
    assertThat(task(TASK_UPLOAD_LOST_PUPIL, instance)).hasCandidateGroup("cme-officer").hasDueDate(due);
    Job overdue = job(EVENT_LOST_PUPIL_UPLOAD_OVERDUE, instance);
    assertThat(overdue).hasDueDate(due);

    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2026, 11, 13, 17, 1, 0, 0, ProcessTestEngine.LONDON).toInstant()));
    execute(overdue);

    assertThat(instance).isWaitingAt(TASK_UPLOAD_LOST_PUPIL, TASK_CHASE_LOST_PUPIL_UPLOAD);
    assertThat(task(TASK_CHASE_LOST_PUPIL_UPLOAD, instance)).hasCandidateGroup("cme-officer")
        .hasDueDate(Date.from(ZonedDateTime.of(2026, 11, 16, 17, 0, 0, 0, ProcessTestEngine.LONDON).toInstant()));
    complete(task(TASK_CHASE_LOST_PUPIL_UPLOAD, instance), withVariables("ctfChaseNotes", "S2S was down; uploading today"));
    assertThat(instance).hasPassed(EVENT_LOST_PUPIL_UPLOAD_CHASED).isWaitingAt(TASK_UPLOAD_LOST_PUPIL);
    complete(task(TASK_UPLOAD_LOST_PUPIL, instance), withVariables("lostPupilUploadedOn", "2026-11-13", "ctfReference", "CTF-9"));
    assertThat(instance).hasPassed(TASK_RECORD_LOST_PUPIL).isWaitingAt(TASK_PANEL_REVIEW);
  }

  /** Without the day the child last attended (a child from abroad, say), the CTF counts from the day the whereabouts were found unknown. */
  @Test
  void defect6_without_a_last_attendance_date_the_upload_counts_from_the_day_the_whereabouts_were_found_unknown() {
    ProcessInstance instance = investigated(acknowledged(refer()), "whereabouts-unknown");

    Date due = Date.from(ZonedDateTime.of(2026, 11, 23, 17, 0, 0, 0, ProcessTestEngine.LONDON).toInstant());
    assertThat(task(TASK_UPLOAD_LOST_PUPIL, instance)).hasDueDate(due);
    assertThat(job(EVENT_LOST_PUPIL_UPLOAD_OVERDUE, instance)).hasDueDate(due);
  }

  @Test
  void a_last_attendance_date_in_the_future_or_before_the_date_of_birth_is_refused() {
    referral.put("lastAttendanceDate", "2026-11-03");
    assertThatThrownBy(this::refer).isInstanceOf(InputRefusedException.class)
        .satisfies(e -> assertThat(((InputRefusedException) e).faults()).extracting(f -> f.field())
            .containsExactly("lastAttendanceDate"));
    referral.put("lastAttendanceDate", "2015-03-03");
    assertThatThrownBy(this::refer).isInstanceOf(InputRefusedException.class);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
  }

  // --- safeguarding -------------------------------------------------------------------------

  @Test
  void a_safeguarding_concern_on_any_task_starts_a_safeguarding_referral_and_the_case_goes_on() {
    ProcessInstance instance = refer();

    engine.getIdentityService().setAuthentication("cme.officer", List.of("cme-officer"));
    complete(task(instance), withVariables("raiseSafeguardingConcern", true,
        "safeguardingDetails", "Neighbour reports the child was seen injured"));
    engine.getIdentityService().clearAuthentication();

    assertThat(instance).hasPassed(TASK_RAISE_SAFEGUARDING_REFERRAL).isWaitingAt(TASK_INVESTIGATE_WHEREABOUTS)
        .variables().containsEntry("raiseSafeguardingConcern", false);
    ProcessInstance safeguarding = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("safeguarding-referral").singleResult();
    assertThat(safeguarding.getBusinessKey()).isEqualTo(instance.getBusinessKey());
    assertThat(safeguarding).isWaitingAt("Task_MakeInterAgencyReferral").variables()
        .containsEntry("concernRaisedBy", "cme.officer").containsEntry("legalSurname", "Example");
  }

  @Test
  void a_safeguarding_concern_on_the_referral_form_starts_a_safeguarding_referral_at_once() {
    referral.put("raiseSafeguardingConcern", true);
    referral.put("safeguardingDetails", "Sibling says the child is kept at home and hurt");

    ProcessInstance instance = refer();

    assertThat(instance).hasPassed(TASK_RAISE_SAFEGUARDING_REFERRAL);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("safeguarding-referral").processInstanceBusinessKey(instance.getBusinessKey()).count())
        .isEqualTo(1);
  }

  // --- helpers ------------------------------------------------------------------------------

  ProcessInstance refer() {
    return referAs("riverside.dsl", List.of("school-999001"));
  }

  ProcessInstance referAs(String user, List<String> groups) {
    engine.getIdentityService().setAuthentication(user, groups);
    try {
      return engine.getRuntimeService().startProcessInstanceByKey(CmeReferralProcess.KEY, referral);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  ProcessInstance acknowledged(ProcessInstance instance) {
    engine.getIdentityService().setAuthentication("cme.officer", List.of("cme-officer"));
    complete(task(TASK_ACKNOWLEDGE_REFERRAL, instance));
    engine.getIdentityService().clearAuthentication();
    return instance;
  }

  ProcessInstance investigated(ProcessInstance instance, String outcome) {
    complete(task(TASK_INVESTIGATE_WHEREABOUTS, instance),
        withVariables("investigationOutcome", outcome, "outcomeDetails", "Found through housing"));
    return instance;
  }

  void executeJob(ProcessInstance instance, String activityId) {
    execute(job(activityId, instance));
  }

  CaseView register(ProcessInstance instance) {
    String reference = (String) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName("caseReference").singleResult().getValue();
    return casework.find(CaseReference.of(reference)).orElseThrow();
  }

  static Map<String, Object> aSchoolReferral() {
    Map<String, Object> v = aChild();
    v.put("referralSource", "school");
    v.put("referrerName", "A. Teacher");
    v.put("referrerEmail", "dsl@riverside.example");
    v.put("circumstances", "Not seen since half term; the family's phone is disconnected.");
    for (String step : ReferralIntake.ATTEMPTS.keySet()) {
      v.put("attempt" + step + "Date", "2026-10-20");
      v.put("attempt" + step + "Result", "No answer");
    }
    return v;
  }

  static Map<String, Object> anAgencyReferral() {
    Map<String, Object> v = aChild();
    v.put("referralSource", "agency");
    v.put("referrerOrganisation", "Health visiting");
    v.put("referrerName", "H. Visitor");
    v.put("referrerEmail", "hv@nhs.example");
    v.put("circumstances", "Family moved; the child is not at any school we know.");
    return v;
  }

  /** What StartCmeReferralDelegate sends from the EHE check after unanswered contacts. */
  static Map<String, Object> fromAnotherProcess(CaseReference reference) {
    Map<String, Object> v = aChild();
    v.put("referralSource", "agency");
    v.put("referrerOrganisation", "Teaching and Learning Provision (EHE team)");
    v.put("circumstances", "EHE family did not respond after 3 attempts to contact them.");
    v.put("referredByProcess", true);
    v.put("caseReference", reference.value());
    return v;
  }

  static Map<String, Object> anAnonymousReferral() {
    Map<String, Object> v = aChild();
    v.put("referralSource", "anonymous");
    v.put("referrerName", "Should not be kept");
    v.put("referrerEmail", "neighbour@example.com");
    v.put("circumstances", "The child next door has not gone to school for months.");
    return v;
  }

  static Map<String, Object> aChild() {
    Map<String, Object> v = new HashMap<>();
    v.put("legalForename", "Sam");
    v.put("legalSurname", "Example");
    v.put("dateOfBirth", "2015-03-04");
    v.put("upn", "B801200005001");
    v.put("postcode", "SO23 8UJ");
    v.put("onSchoolRoll", false);
    v.put("educationElsewhere", "none");
    return v;
  }
}
