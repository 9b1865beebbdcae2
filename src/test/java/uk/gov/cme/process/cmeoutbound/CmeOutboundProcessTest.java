package uk.gov.cme.process.cmeoutbound;

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
import static uk.gov.cme.process.cmeoutbound.CmeOutboundProcess.Elements.*;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.data.jdbc.DataJdbcTest;
import org.springframework.context.annotation.Import;
import uk.gov.cme.casework.Agency;
import uk.gov.cme.casework.CaseEventType;
import uk.gov.cme.casework.CaseHistoryEntry;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.CaseStatus;
import uk.gov.cme.casework.CaseView;
import uk.gov.cme.casework.Casework;
import uk.gov.cme.casework.ChildDetails;
import uk.gov.cme.casework.OutcomeCode;
import uk.gov.cme.casework.ReferralDetails;
import uk.gov.cme.casework.ReferralSource;
import uk.gov.cme.casework.Sex;
import uk.gov.cme.process.CaseRegisterConfiguration;
import uk.gov.cme.process.ProcessTestEngine;
import uk.gov.cme.process.escalation.EscalationProcess;
import uk.gov.cme.process.shared.casematch.ChildCases;
import uk.gov.cme.process.shared.referral.StartEscalationDelegate;
import uk.gov.cme.process.shared.safeguarding.SafeguardingDelegates;
import uk.gov.cme.rules.localauthorities.LocalAuthorityDirectory;
import uk.gov.cme.security.CaseAccess;
import uk.gov.cme.security.InstanceAccessGuard;
import uk.gov.cme.validation.InputRefusedException;

/**
 * Every path and timer of the outbound enquiry (P2) on an in-memory engine with the engine clock, the real
 * case register (H2, rolled back after each test) and the shipped local authorities file. Emails are
 * recorded, not sent (the notification block has its own SMTP test); the escalation is a stand-in with its
 * key, started by the real building block; the CME referral is a stand-in caller.
 */
@DataJdbcTest
@Import(CaseRegisterConfiguration.class)
@Deployment(resources = {"processes/cme-outbound.bpmn", "processes/shared/safeguarding-referral.bpmn",
    "uk/gov/cme/process/shared/referral/stand-in-escalation.bpmn",
    "uk/gov/cme/process/cmeoutbound/test-outbound-caller.bpmn",
    "uk/gov/cme/process/cmeoutbound/stand-in-cme-referral.bpmn"})
class CmeOutboundProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension
      .builder(ProcessTestEngine.configuration(Map.of("calendar", ProcessTestEngine.calendar())))
      .assertClassCoverageAtLeast(0.9)
      .excludeProcessDefinitionKeys("safeguarding-referral", EscalationProcess.KEY, "test-outbound-caller",
          "cme-referral")
      .build();

  /** Monday 2 November 2026, 10:00 London. */
  static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 2, 10, 0, 0, 0, ProcessTestEngine.LONDON);
  /** 10 working days after the enquiry, close of business: Monday 16 November 2026. */
  static final ZonedDateTime FIRST_CHASE = ZonedDateTime.of(2026, 11, 16, 17, 0, 0, 0, ProcessTestEngine.LONDON);
  /** 10 working days after the first chase: Monday 30 November 2026. */
  static final ZonedDateTime SECOND_CHASE = ZonedDateTime.of(2026, 11, 30, 17, 0, 0, 0, ProcessTestEngine.LONDON);
  /** 10 working days after the second chase: Monday 14 December 2026. */
  static final ZonedDateTime NO_REPLY = ZonedDateTime.of(2026, 12, 14, 17, 0, 0, 0, ProcessTestEngine.LONDON);

  @Autowired
  Casework casework;

  ProcessEngine engine;
  final List<Map<String, Object>> emails = new ArrayList<>();
  final List<Map<String, Object>> referrals = new ArrayList<>();
  CaseReference reference;

  @BeforeEach
  void setUp() {
    engine = extension.getProcessEngine();
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(Date.from(NOW.toInstant()));
    @SuppressWarnings("unchecked")
    Map<Object, Object> beans = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getBeans();
    var runtime = engine.getRuntimeService();
    OutboundIntake intake = new OutboundIntake(authorities());
    beans.put(ProcessTestEngine.CASE_ACCESS, new CaseAccess(casework, ProcessTestEngine.access()));
    beans.put("openOutboundEnquiryDelegate", new OpenOutboundEnquiryDelegate(intake, casework));
    beans.put("localAuthorityChoice", new LocalAuthorityChoice(authorities()));
    beans.put("outboundEnquiryDecision", new EnquiryDecisionCheck(intake));
    beans.put("writeOutboundEnquiryDelegate", new WriteEnquiryDelegate(intake, casework, "Example County Council"));
    beans.put("recordOutboundEnquiryDelegate", RecordEnquiryDelegates.sent(casework));
    beans.put("recordOutboundChaseDelegate", RecordEnquiryDelegates.chased(casework));
    beans.put("recordOutboundNoReplyDelegate", RecordEnquiryDelegates.noReply());
    beans.put("recordOutboundReplyDelegate", RecordEnquiryDelegates.replied(intake, casework));
    beans.put("closeOutboundCaseDelegate", RecordEnquiryDelegates.close(casework));
    beans.put("startEscalationDelegate", new StartEscalationDelegate(runtime, new ChildCases(casework, runtime)));
    beans.put("raiseSafeguardingConcernDelegate", SafeguardingDelegates.raise(runtime));
    beans.put("recordSafeguardingConcernDelegate", SafeguardingDelegates.record());
    beans.put("notifyDelegate", (JavaDelegate) execution -> emails.add(Map.of(
        "template", execution.getVariable("notificationTemplate"),
        "to", String.valueOf(execution.getVariable("notificationTo")),
        "caseReference", String.valueOf(execution.getVariable("caseReference")),
        "enquiryText", String.valueOf(execution.getVariable("enquiryText")))));
    beans.put("startCmeReferralDelegate", (JavaDelegate) execution -> referrals.add(Map.of(
        "caseReference", execution.getVariable("caseReference"),
        "source", execution.getVariable("cmeReferralSource"),
        "circumstances", execution.getVariable("cmeReferralCircumstances"))));
    reference = anOpenCase();
  }

  @AfterEach
  void tearDown() {
    engine.getIdentityService().clearAuthentication();
    ClockUtil.reset();
  }

  // --- asking -------------------------------------------------------------------------------------

  @Test
  void an_officer_chooses_the_la_and_what_to_share_and_reads_the_enquiry_before_it_goes() {
    ProcessInstance instance = startAsOfficer();

    assertThat(instance).hasPassed(TASK_OPEN).isWaitingAt(TASK_PREPARE).variables()
        .containsEntry("caseReference", reference.value()).containsEntry("fromCmeReferral", false)
        .containsEntry("childName", "Sam Khan").containsEntry("enquiryRaisedBy", "cme.officer")
        .containsEntry("whatIsKnown", "The family told the school they were moving to London");
    assertThat(instance.getBusinessKey()).isEqualTo(reference.value());
    assertThat(task(instance)).hasCandidateGroup("cme-officer")
        .hasDueDate(Date.from(ZonedDateTime.of(2026, 11, 9, 17, 0, 0, 0, ProcessTestEngine.LONDON).toInstant()));
    assertThat(engine.getTaskService().getVariableLocal(task(instance).getId(), "localAuthorityOptions").toString())
        .contains("{\"label\":\"Camden (202)\",\"value\":\"202\"}");

    complete(task(instance), withVariables("otherLaCode", "202", "shareAddress", true));

    assertThat(instance).hasPassed(TASK_WRITE).isWaitingAt(TASK_CHECK).variables()
        .containsEntry("otherLaName", "Camden").containsEntry("otherLaEmail", "cme@camden.example.gov.uk");
    String text = (String) engine.getRuntimeService().getVariable(instance.getId(), "enquiryText");
    assertThat(text).contains("Our reference: " + reference.value(), "To: the Children Missing Education team, Camden",
            "From: the Children Missing Education team, Example County Council", "Name: Sam Khan",
            "Date of birth: 4 March 2015", "Sex: Male", "Last known address: 1 High Street, Winchester, SO23 8UJ",
            "What we know: The family told the school they were moving to London")
        .as("only what the officer chose to share").doesNotContain("UPN").doesNotContain("Last school");
    assertThat(emails).as("nothing goes before the officer has read it").isEmpty();
    assertThat(casework.find(reference).orElseThrow().enquiries()).isEmpty();

    complete(task(instance), withVariables("enquiryDecision", "send"));

    assertThat(instance).hasPassed(TASK_RECORD_SENT, TASK_EMAIL_ENQUIRY).isWaitingAt(TASK_RECORD_REPLY);
    assertThat(emails).containsExactly(Map.of("template", "outbound-enquiry", "to", "cme@camden.example.gov.uk",
        "caseReference", reference.value(), "enquiryText", text));
    CaseView.EnquiryView enquiry = casework.find(reference).orElseThrow().enquiries().get(0);
    assertThat(enquiry.details().agency()).isEqualTo(Agency.OTHER_LA);
    assertThat(enquiry.details().contact()).isEqualTo("CME team, Camden (202), cme@camden.example.gov.uk");
    assertThat(enquiry.chaseCount()).isZero();
    assertThat(enquiry.answeredAt()).isNull();
    assertThat(task(instance)).hasCandidateGroup("cme-officer").hasDueDate(Date.from(FIRST_CHASE.toInstant()));
    assertThat(job(EVENT_NO_REPLY, instance).getDuedate()).isEqualTo(Date.from(FIRST_CHASE.toInstant()));
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), "enquiryLog"))
        .isEqualTo("2 November 2026: Another local authority's CME team (Camden): enquiry emailed, awaiting answer");
    assertThat(events()).contains(CaseEventType.ENQUIRY_SENT);
  }

  @Test
  void the_officer_may_go_back_and_change_the_authority_or_what_is_shared() {
    ProcessInstance instance = startAsOfficer();
    complete(task(instance), withVariables("otherLaCode", "202", "shareAddress", true));

    complete(task(instance), withVariables("enquiryDecision", "change"));
    assertThat(instance).isWaitingAt(TASK_PREPARE);
    complete(task(instance), withVariables("otherLaCode", "850", "shareAddress", false, "shareUpn", true,
        "shareLastSchool", true));

    assertThat(instance).isWaitingAt(TASK_CHECK).variables().containsEntry("otherLaName", "Hampshire");
    assertThat((String) engine.getRuntimeService().getVariable(instance.getId(), "enquiryText"))
        .contains("UPN: B801200005001", "Last school: Riverside Primary School").doesNotContain("Last known address");
    assertThat(emails).isEmpty();
  }

  @Test
  void the_check_needs_an_answer_send_or_change_and_without_one_the_task_stays_open() {
    ProcessInstance instance = startAsOfficer();
    complete(task(instance), withVariables("otherLaCode", "202"));
    String check = task(instance).getId();

    // a task listener's refusal reaches the caller wrapped by the engine; the REST API answers 400 with it
    assertThatThrownBy(() -> engine.getTaskService().complete(check, Map.of())).rootCause()
        .satisfies(refusedFor("enquiryDecision", "say whether to send the enquiry as it is"));
    assertThatThrownBy(() -> engine.getTaskService().complete(check, Map.of("enquiryDecision", "maybe"))).rootCause()
        .satisfies(refusedFor("enquiryDecision", "say whether to send the enquiry as it is"));
    assertThat(instance).isWaitingAt(TASK_CHECK);
    assertThat(emails).isEmpty();
  }

  @Test
  void the_choice_of_authority_and_what_is_known_are_checked_and_the_task_stays_open() {
    ProcessInstance instance = startAsOfficer();
    String prepare = task(instance).getId();

    assertThatThrownBy(() -> engine.getTaskService().complete(prepare, Map.of("whatIsKnown", " ")))
        .satisfies(refusedFor("otherLaCode", "choose the local authority"))
        .satisfies(refusedFor("whatIsKnown", "say what is known"));
    assertThatThrownBy(() -> engine.getTaskService().complete(prepare, Map.of("otherLaCode", "999")))
        .satisfies(refusedFor("otherLaCode", "is not a local authority in the local authorities file"));
    assertThat(instance).isWaitingAt(TASK_PREPARE);
  }

  // --- starts -------------------------------------------------------------------------------------

  @Test
  void a_start_without_a_case_reference_or_for_a_closed_case_is_refused() {
    assertThatThrownBy(() -> startAsOfficer(Map.of())).isInstanceOf(InputRefusedException.class)
        .satisfies(refusedFor("caseReference", "give the case reference"));
    assertThatThrownBy(() -> startAsOfficer(Map.of("caseReference", "CME-42")))
        .satisfies(refusedFor("caseReference", "a case reference looks like"));
    casework.close(reference, OutcomeCode.ON_ROLL_HERE, null, "cme.officer", NOW.toInstant());
    assertThatThrownBy(() -> startAsOfficer(Map.of("caseReference", reference.value())))
        .satisfies(refusedFor("caseReference", InstanceAccessGuard.NO_SUCH_CASE));
  }

  @Test
  void an_officer_cannot_start_one_while_the_cases_referral_investigates_or_another_enquiry_runs() {
    engine.getRuntimeService().startProcessInstanceByKey("cme-referral", reference.value());
    assertThatThrownBy(this::startAsOfficer)
        .satisfies(refusedFor("caseReference", "the CME referral is investigating this case"));

    CaseReference other = anOpenCase("Alex");
    startAsOfficer(Map.of("caseReference", other.value()));
    assertThatThrownBy(() -> startAsOfficer(Map.of("caseReference", other.value())))
        .satisfies(refusedFor("caseReference", "an enquiry to another local authority is already under way"));
  }

  // --- replies ------------------------------------------------------------------------------------

  @Test
  void on_roll_there_closes_the_case_as_on_roll_elsewhere_with_the_la_named() {
    ProcessInstance instance = sent(startAsOfficer());

    complete(task(instance), withVariables("outboundReply", "on-roll-there",
        "outboundReplyDetails", "On roll at Kentish Town Primary since 14 September"));

    assertThat(instance).isEnded().hasPassed(TASK_RECORD_ANSWER, TASK_CLOSE_ON_ROLL, EVENT_CLOSED_ON_ROLL)
        .variables().containsEntry("outboundAnswer", "on-roll-there");
    CaseView closed = casework.find(reference).orElseThrow();
    assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(closed.outcomeCode()).isEqualTo(OutcomeCode.ON_ROLL_ELSEWHERE);
    assertThat(closed.outcomeReason()).isEqualTo("Camden (LA 202): On roll at Kentish Town Primary since 14 September");
    assertThat(closed.enquiries().get(0).answer())
        .isEqualTo("on roll at a school there. On roll at Kentish Town Primary since 14 September");
    assertThat(events()).contains(CaseEventType.ENQUIRY_ANSWERED, CaseEventType.CASE_CLOSED);
  }

  @Test
  void known_but_not_on_roll_closes_the_case_as_transferred_to_that_la() {
    ProcessInstance instance = sent(startAsOfficer());

    complete(task(instance), withVariables("outboundReply", "known-not-on-roll",
        "outboundReplyDetails", "Their CME officer J. Patel has taken the case"));

    assertThat(instance).isEnded().hasPassed(TASK_CLOSE_TRANSFERRED, EVENT_CLOSED_TRANSFERRED);
    CaseView closed = casework.find(reference).orElseThrow();
    assertThat(closed.outcomeCode()).isEqualTo(OutcomeCode.TRANSFERRED_TO_ANOTHER_LA);
    assertThat(closed.outcomeReason()).startsWith("Camden (LA 202)");
  }

  @Test
  void a_reply_is_checked_and_what_they_said_is_required_unless_the_child_is_not_known() {
    ProcessInstance instance = sent(startAsOfficer());
    String reply = task(instance).getId();

    assertThatThrownBy(() -> engine.getTaskService().complete(reply, Map.of()))
        .satisfies(refusedFor("outboundReply", "choose what the other local authority answered"));
    assertThatThrownBy(() -> engine.getTaskService().complete(reply, Map.of("outboundReply", "on-roll-there")))
        .satisfies(refusedFor("outboundReplyDetails", "say what they told you"));
    assertThat(instance).isWaitingAt(TASK_RECORD_REPLY);
    assertThat(casework.find(reference).orElseThrow().status()).isEqualTo(CaseStatus.OPEN);
  }

  @Test
  void not_known_there_on_an_officers_enquiry_refers_the_child_back_to_the_investigation_on_the_same_case() {
    ProcessInstance instance = sent(startAsOfficer());

    complete(task(instance), withVariables("outboundReply", "not-known"));

    assertThat(instance).isEnded().hasPassed(GATEWAY_FROM_REFERRAL, TASK_REFER_BACK, EVENT_REFERRED_BACK)
        .variables().containsEntry("outboundAnswer", "not-known").containsEntry("enquiryLog",
            "2 November 2026: Another local authority's CME team (Camden): enquiry emailed, awaiting answer\n"
                + "2 November 2026: Another local authority's CME team (Camden): not known there");
    assertThat(referrals).containsExactly(Map.of("caseReference", reference.value(), "source", "other-la",
        "circumstances", "Outbound enquiry: Camden does not know the child. What we knew: The family told the"
            + " school they were moving to London"));
    assertThat(casework.find(reference).orElseThrow().status()).isEqualTo(CaseStatus.OPEN);
  }

  @Test
  void not_known_there_goes_back_to_the_cme_referrals_investigation_with_the_answer_in_its_enquiry_log() {
    ProcessInstance caller = engine.getRuntimeService().startProcessInstanceByKey("test-outbound-caller",
        reference.value(), Map.of("caseReference", reference.value(), "outcomeDetails", "Lives with an aunt in Camden",
            "enquiryLog", "30 October 2026: Housing: moved away"));
    ProcessInstance instance = calledProcessInstance("cme-outbound", caller);
    assertThat(instance).isWaitingAt(TASK_PREPARE).variables().containsEntry("fromCmeReferral", true)
        .containsEntry("whatIsKnown", "Lives with an aunt in Camden");

    sent(instance);
    complete(task(instance), withVariables("outboundReply", "not-known", "outboundReplyDetails", "No record"));

    assertThat(instance).isEnded().hasPassed(EVENT_BACK_TO_INVESTIGATION).hasNotPassed(TASK_REFER_BACK);
    assertThat(caller).isWaitingAt("Task_CallerCarriesOn").variables().containsEntry("outboundAnswer", "not-known")
        .containsEntry("enquiryLog", "30 October 2026: Housing: moved away\n"
            + "2 November 2026: Another local authority's CME team (Camden): enquiry emailed, awaiting answer\n"
            + "2 November 2026: Another local authority's CME team (Camden): not known there. No record");
    assertThat(referrals).isEmpty();
  }

  // --- no reply -----------------------------------------------------------------------------------

  @Test
  void no_reply_in_10_working_days_is_chased_twice_and_then_the_case_goes_to_the_cme_panel() {
    ProcessInstance caller = engine.getRuntimeService().startProcessInstanceByKey("test-outbound-caller",
        reference.value(), Map.of("caseReference", reference.value(), "outcomeDetails", "Lives in Camden",
            "enquiryLog", ""));
    ProcessInstance instance = sent(calledProcessInstance("cme-outbound", caller));
    emails.clear();

    ClockUtil.setCurrentTime(Date.from(FIRST_CHASE.toInstant()));
    execute(job(EVENT_NO_REPLY, instance));
    assertThat(instance).hasPassed(GATEWAY_CHASED, TASK_RECORD_CHASE, TASK_EMAIL_CHASE).isWaitingAt(TASK_RECORD_REPLY)
        .variables().containsEntry("chaseCount", 1);
    assertThat(emails).containsExactly(Map.of("template", "outbound-enquiry-chase", "to", "cme@camden.example.gov.uk",
        "caseReference", reference.value(), "enquiryText",
        engine.getRuntimeService().getVariable(instance.getId(), "enquiryText")));
    assertThat(task(instance)).hasDueDate(Date.from(SECOND_CHASE.toInstant()));
    assertThat(casework.find(reference).orElseThrow().enquiries().get(0).chaseCount()).isEqualTo(1);

    ClockUtil.setCurrentTime(Date.from(SECOND_CHASE.toInstant()));
    execute(job(EVENT_NO_REPLY, instance));
    assertThat(instance).isWaitingAt(TASK_RECORD_REPLY).variables().containsEntry("chaseCount", 2);
    assertThat(job(EVENT_NO_REPLY, instance).getDuedate()).isEqualTo(Date.from(NO_REPLY.toInstant()));
    assertThat(casework.find(reference).orElseThrow().enquiries().get(0).chaseCount()).isEqualTo(2);
    assertThat(emails).hasSize(2);

    ClockUtil.setCurrentTime(Date.from(NO_REPLY.toInstant()));
    execute(job(EVENT_NO_REPLY, instance));
    assertThat(instance).hasPassed(TASK_RECORD_NO_REPLY).isWaitingAt(TASK_ESCALATE);
    execute(job(TASK_ESCALATE, instance));

    assertThat(instance).isEnded().hasPassed(EVENT_ESCALATED).hasNotPassed(TASK_RECORD_ANSWER);
    assertThat(emails).as("no third chase").hasSize(2);
    ProcessInstance escalation = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(EscalationProcess.KEY).processInstanceBusinessKey(reference.value()).singleResult();
    assertThat(engine.getRuntimeService().getVariables(escalation.getId()))
        .containsEntry("escalationTrigger", "STUCK_CASE")
        .containsEntry("escalationTriggerDetails", "No reply from Camden to the outbound enquiry after two chases");
    assertThat(caller).isWaitingAt("Task_CallerCarriesOn").variables().containsEntry("outboundAnswer", "no-reply");
    assertThat((String) engine.getRuntimeService().getVariable(caller.getId(), "enquiryLog"))
        .contains("16 November 2026: Another local authority's CME team (Camden): no reply, chase 1 emailed")
        .contains("30 November 2026: Another local authority's CME team (Camden): no reply, chase 2 emailed")
        .endsWith("14 December 2026: Another local authority's CME team (Camden): no reply after 2 chases;"
            + " the case goes to the CME panel");
    CaseView.EnquiryView enquiry = casework.find(reference).orElseThrow().enquiries().get(0);
    assertThat(enquiry.answeredAt()).as("still unanswered").isNull();
    assertThat(events()).filteredOn(e -> e == CaseEventType.ENQUIRY_CHASED).hasSize(2);
  }

  @Test
  void a_reply_after_a_chase_is_recorded_as_usual() {
    ProcessInstance instance = sent(startAsOfficer());
    ClockUtil.setCurrentTime(Date.from(FIRST_CHASE.toInstant()));
    execute(job(EVENT_NO_REPLY, instance));

    complete(task(instance), withVariables("outboundReply", "on-roll-there", "outboundReplyDetails", "At Camden School"));

    assertThat(instance).isEnded().hasPassed(TASK_RECORD_CHASE, EVENT_CLOSED_ON_ROLL);
    assertThat(casework.find(reference).orElseThrow().enquiries().get(0).chaseCount()).isEqualTo(1);
  }

  // --- safeguarding -------------------------------------------------------------------------------

  @Test
  void a_safeguarding_concern_raised_on_a_task_starts_the_safeguarding_referral_and_the_enquiry_goes_on() {
    ProcessInstance instance = sent(startAsOfficer());

    engine.getIdentityService().setAuthentication("cme.officer", List.of("cme-officer"));
    engine.getTaskService().setVariables(task(instance).getId(), Map.of("raiseSafeguardingConcern", true,
        "safeguardingDetails", "The other LA says the family left a refuge suddenly"));
    engine.getIdentityService().clearAuthentication();

    assertThat(instance).hasPassed(TASK_RAISE_SAFEGUARDING_REFERRAL).isWaitingAt(TASK_RECORD_REPLY);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("safeguarding-referral")
        .processInstanceBusinessKey(reference.value()).count()).isEqualTo(1);
  }

  // --- helpers ------------------------------------------------------------------------------------

  ProcessInstance startAsOfficer() {
    return startAsOfficer(Map.of("caseReference", reference.value(),
        "whatIsKnown", "The family told the school they were moving to London"));
  }

  ProcessInstance startAsOfficer(Map<String, Object> variables) {
    engine.getIdentityService().setAuthentication("cme.officer", List.of("cme-officer"));
    try {
      return engine.getRuntimeService().startProcessInstanceByKey(CmeOutboundProcess.KEY, new HashMap<>(variables));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  /** Chooses Camden, shares the address, and sends the enquiry. */
  ProcessInstance sent(ProcessInstance instance) {
    complete(task(TASK_PREPARE, instance), withVariables("otherLaCode", "202", "shareAddress", true,
        "whatIsKnown", engine.getRuntimeService().getVariable(instance.getId(), "whatIsKnown")));
    complete(task(TASK_CHECK, instance), withVariables("enquiryDecision", "send"));
    assertThat(instance).isWaitingAt(TASK_RECORD_REPLY);
    return instance;
  }

  List<CaseEventType> events() {
    return casework.history(reference).stream().map(CaseHistoryEntry::type).toList();
  }

  CaseReference anOpenCase() {
    return anOpenCase("Sam");
  }

  CaseReference anOpenCase(String forename) {
    return casework.openCase(ChildDetails.builder().legalForename(forename).legalSurname("Khan")
            .dateOfBirth(LocalDate.of(2015, 3, 4)).sex(Sex.MALE).upn("B801200005001")
            .address("1 High Street, Winchester").postcode("SO23 8UJ").lastSchoolName("Riverside Primary School")
            .build(NOW.toLocalDate()),
        ReferralDetails.builder(ReferralSource.SCHOOL).referringSchoolUrn("999001").circumstances("Not seen").build(),
        "riverside.dsl", NOW.toInstant());
  }

  /** The shipped local authorities file. */
  static LocalAuthorityDirectory authorities() {
    try (InputStream in = CmeOutboundProcessTest.class.getResourceAsStream("/local-authorities/local-authorities.csv")) {
      return LocalAuthorityDirectory.parse(in, "local-authorities.csv");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
