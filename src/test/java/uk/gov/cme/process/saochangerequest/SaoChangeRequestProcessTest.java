package uk.gov.cme.process.saochangerequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static uk.gov.cme.process.saochangerequest.SaoChangeRequestProcess.Elements.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
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
import org.springframework.context.annotation.Import;
import uk.gov.cme.casework.CaseLetters;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.Casework;
import uk.gov.cme.casework.ChildDetails;
import uk.gov.cme.casework.ReferralDetails;
import uk.gov.cme.casework.ReferralSource;
import uk.gov.cme.casework.SaoNoticeDetails;
import uk.gov.cme.casework.SaoNoticeEntry;
import uk.gov.cme.casework.SaoNoticeType;
import uk.gov.cme.casework.SaoOrderEndReason;
import uk.gov.cme.casework.SaoOrderStatus;
import uk.gov.cme.casework.SaoRegister;
import uk.gov.cme.letters.LetterRenderer;
import uk.gov.cme.process.CaseRegisterConfiguration;
import uk.gov.cme.process.ProcessTestEngine;
import uk.gov.cme.process.shared.letters.GenerateLetterDelegate;
import uk.gov.cme.process.shared.letters.LetterAuthority;
import uk.gov.cme.process.shared.letters.LetterStore;
import uk.gov.cme.process.shared.safeguarding.SafeguardingDelegates;
import uk.gov.cme.rules.calendar.CalendarConfiguration;
import uk.gov.cme.rules.calendar.ServiceMethod;
import uk.gov.cme.rules.schools.School;
import uk.gov.cme.rules.schools.SchoolDirectory;
import uk.gov.cme.security.CaseAccess;
import uk.gov.cme.validation.InputRefusedException.Fault;
import uk.gov.cme.validation.InputRefusedException;

/**
 * Every path of a request to change a School Attendance Order on an in-memory engine, with the real case
 * register and notices-and-orders register (H2, rolled back after each test), the real letters block
 * (templates rendered to PDF and read back) and a test-only {@code school-attendance-order} that subscribes
 * to the two messages the change sends (the real one is built alongside). Today is Monday 2 March 2026,
 * the register's test clock.
 */
@DataJdbcTest
@Import({CaseRegisterConfiguration.class, CalendarConfiguration.class})
@Deployment(resources = {
    "processes/sao-change-request.bpmn", "processes/shared/generate-letter.bpmn",
    "processes/shared/safeguarding-referral.bpmn",
    "uk/gov/cme/process/saochangerequest/school-attendance-order-stub.bpmn",
    "forms/sao-change-request/start-sao-change-request.form", "forms/sao-change-request/decide-sao-change-request.form"})
class SaoChangeRequestProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension
      .builder(ProcessTestEngine.configuration(Map.of("calendar", ProcessTestEngine.calendar())))
      .assertClassCoverageAtLeast(0.9)
      .excludeProcessDefinitionKeys("safeguarding-referral", "generate-letter", "school-attendance-order")
      .build();

  /** Monday 2 March 2026, 10:00 London (GMT): the register's test clock. */
  static final ZonedDateTime TODAY = ZonedDateTime.of(2026, 3, 2, 10, 0, 0, 0, ProcessTestEngine.LONDON);
  /** 10 working days after receipt, close of business. */
  static final ZonedDateTime DECISION_DUE = ZonedDateTime.of(2026, 3, 16, 17, 0, 0, 0, ProcessTestEngine.LONDON);
  static final String NAMED_SCHOOL = "999001";
  static final String NEW_SCHOOL = "999002";
  static final String OFFICER = "cme.officer";
  static final SchoolDirectory SCHOOLS = SchoolDirectory.of(List.of(
      new School(NAMED_SCHOOL, "Riverside Primary School", "Primary", "office@riverside.example", "850"),
      new School(NEW_SCHOOL, "Hillcrest Academy", "Secondary", "office@hillcrest.example", "850")));

  ProcessEngine engine;
  RuntimeService runtime;
  @Autowired
  Casework casework;
  @Autowired
  SaoRegister register;
  @Autowired
  CaseLetters letters;

  CaseReference reference;
  long orderId;
  ProcessInstance sao;
  Map<String, Object> request;

  @BeforeEach
  void setUp() {
    engine = extension.getProcessEngine();
    BpmnAwareTests.init(engine);
    runtime = engine.getRuntimeService();
    ClockUtil.setCurrentTime(Date.from(TODAY.toInstant()));
    @SuppressWarnings("unchecked")
    Map<Object, Object> beans = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getBeans();
    SaoChangeRequestIntake intake = new SaoChangeRequestIntake(SCHOOLS);
    beans.put(ProcessTestEngine.CASE_ACCESS, new CaseAccess(casework, ProcessTestEngine.access()));
    beans.put("recordChangeRequestDelegate", new RecordChangeRequestDelegate(intake, register, casework, SCHOOLS));
    beans.put("recordChangeDecisionDelegate", new RecordDecisionDelegate(intake, ProcessTestEngine.calendar(),
        ProcessTestEngine.deadlines()));
    beans.put("changeOrderInRegisterDelegate", new ChangeOrderInRegisterDelegate(register));
    beans.put("tellOrderProcessDelegate", new TellOrderProcessDelegate());
    LetterStore store = (ref, letter, user, at) -> letters.store(CaseReference.of(ref), letter.kind().template(),
        letter.title(), letter.templateName(), letter.templateVersion(), letter.pdf(), user, at).id();
    beans.put("generateLetterDelegate", new GenerateLetterDelegate(new LetterRenderer("classpath:letters/"), store,
        LetterAuthority.of("East Borough Council", "Civic Centre, High Street, EB1 1AA", "Children Missing Education team")));
    beans.put("raiseSafeguardingConcernDelegate", SafeguardingDelegates.raise(runtime));
    beans.put("recordSafeguardingConcernDelegate", SafeguardingDelegates.record());

    reference = aCaseWithAnOrderNaming(NAMED_SCHOOL);
    orderId = register.orderInForce(reference).orElseThrow().id();
    sao = null;
    request = anAmendmentTo(NEW_SCHOOL);
  }

  @AfterEach
  void tearDown() {
    engine.getIdentityService().clearAuthentication();
    ClockUtil.reset();
  }

  // --- amend (s440) ---------------------------------------------------------------------------------

  @Test
  void an_amendment_asked_for_goes_to_a_cme_officer_to_decide_within_10_working_days() {
    ProcessInstance instance = startAsOfficer(request);

    assertThat(instance).hasPassed(TASK_RECORD_REQUEST).isWaitingAt(TASK_DECIDE_REQUEST).variables()
        .containsEntry("orderId", orderId).containsEntry("namedSchoolUrn", NAMED_SCHOOL)
        .containsEntry("namedSchoolName", "Riverside Primary School").containsEntry("requestedSchoolName", "Hillcrest Academy")
        .containsEntry("childName", "Sam Example").containsEntry("receivedBy", OFFICER);
    assertThat(instance.getBusinessKey()).isEqualTo(reference.value());
    assertThat(task(instance)).hasCandidateGroup("cme-officer").hasDueDate(Date.from(DECISION_DUE.toInstant()));
    assertThat((String) runtime.getVariable(instance.getId(), "requestSummary"))
        .contains("section 440").contains("Hillcrest Academy").contains("Riverside Primary School");
  }

  @Test
  void an_amendment_granted_names_the_new_school_in_a_new_order_and_the_order_process_moves_to_it() throws Exception {
    ProcessInstance instance = startAsOfficer(request);
    decide(instance, "granted", null);

    makeTheLetter(instance);
    assertThat(instance).isWaitingAt(TASK_CHANGE_REGISTER);
    execute(job(TASK_CHANGE_REGISTER, instance));
    assertThat(instance).isWaitingAt(TASK_TELL_ORDER_PROCESS);
    execute(job(TASK_TELL_ORDER_PROCESS, instance));

    assertThat(instance).isEnded().hasPassed(EVENT_ORDER_CHANGED).hasNotPassed(EVENT_REQUEST_REFUSED);
    List<SaoNoticeEntry> rows = register.forCase(reference);
    SaoNoticeEntry amended = rows.stream().filter(r -> r.id() == orderId).findFirst().orElseThrow();
    SaoNoticeEntry newOrder = register.orderInForce(reference).orElseThrow();
    assertThat(amended.status()).isEqualTo(SaoOrderStatus.AMENDED);
    assertThat(newOrder.type()).isEqualTo(SaoNoticeType.AMENDMENT);
    assertThat(newOrder.schoolUrn()).isEqualTo(NEW_SCHOOL);
    assertThat(newOrder.orderId()).isEqualTo(orderId);
    assertThat(newOrder.parentServed()).isEqualTo("Sara Khan");
    assertThat(newOrder.serviceMethod()).isEqualTo(ServiceMethod.FIRST_CLASS_POST);
    assertThat(newOrder.createdBy()).isEqualTo("decider");
    Long letterId = (Long) historicVariable(instance, "decisionLetterId");
    assertThat(newOrder.letterId()).isEqualTo(letterId);
    assertThat(letterText(letterId)).contains("Sam Example").contains("section 440 of the Education Act 1996")
        .contains("Hillcrest Academy").contains("Monday 16 March 2026").contains("We have agreed")
        .doesNotContain("Secretary of State");

    assertThat(sao).isWaitingAt("Task_NamedSchoolWorks").hasPassed("Event_OrderAmended").variables()
        .containsEntry("namedSchoolUrn", NEW_SCHOOL).containsEntry("namedSchoolName", "Hillcrest Academy")
        .containsEntry("orderId", newOrder.id());
  }

  @Test
  void an_amendment_refused_tells_the_parent_they_may_refer_it_to_the_secretary_of_state_and_changes_nothing()
      throws Exception {
    ProcessInstance instance = startAsOfficer(request);
    decide(instance, "refused", "Hillcrest Academy is full in Year 6 and the journey is over two hours.");
    makeTheLetter(instance);

    assertThat(instance).isEnded().hasPassed(EVENT_REQUEST_REFUSED)
        .hasNotPassed(TASK_CHANGE_REGISTER, TASK_TELL_ORDER_PROCESS);
    assertThat(register.orderInForce(reference).orElseThrow().id()).isEqualTo(orderId);
    assertThat(register.forCase(reference)).hasSize(1);
    assertThat(letterText((Long) historicVariable(instance, "decisionLetterId")))
        .contains("We have refused your request").contains("Riverside Primary School")
        .contains("Hillcrest Academy is full in Year 6").contains("Secretary of State")
        .contains("section 440 of the Education Act 1996");
    assertThat(sao).isWaitingAt("Task_NamedSchoolWorks").hasNotPassed("Event_OrderAmended", "Event_OrderEnded");
  }

  // --- revoke (s442) --------------------------------------------------------------------------------

  @Test
  void a_revocation_granted_revokes_the_order_and_ends_the_order_process() throws Exception {
    ProcessInstance instance = startAsOfficer(aRevocation());
    assertThat((String) runtime.getVariable(instance.getId(), "requestSummary")).contains("section 442");
    decide(instance, "granted", null);
    makeTheLetter(instance);
    execute(job(TASK_CHANGE_REGISTER, instance));
    execute(job(TASK_TELL_ORDER_PROCESS, instance));

    assertThat(instance).isEnded().hasPassed(EVENT_ORDER_CHANGED);
    assertThat(register.orderInForce(reference)).isEmpty();
    assertThat(register.forCase(reference)).extracting(SaoNoticeEntry::type, SaoNoticeEntry::status)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(SaoNoticeType.SCHOOL_ATTENDANCE_ORDER, SaoOrderStatus.REVOKED),
            org.assertj.core.groups.Tuple.tuple(SaoNoticeType.REVOCATION, null));
    assertThat(letterText((Long) historicVariable(instance, "decisionLetterId")))
        .contains("The order is revoked with effect from Monday 2 March 2026").contains("section 442");
    assertThat(sao).isEnded().hasPassed("Event_OrderEnded", "Event_SaoEnded");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(sao.getId())
        .variableName("saoEndReason").singleResult().getValue()).isEqualTo("REVOKED");
  }

  @Test
  void a_revocation_refused_keeps_the_order_and_tells_the_parent_of_the_secretary_of_state() throws Exception {
    ProcessInstance instance = startAsOfficer(aRevocation());
    decide(instance, "refused", "The timetable offered is four hours a week, not full-time education.");
    makeTheLetter(instance);

    assertThat(instance).isEnded().hasPassed(EVENT_REQUEST_REFUSED).hasNotPassed(TASK_CHANGE_REGISTER);
    assertThat(register.orderInForce(reference).orElseThrow().status()).isEqualTo(SaoOrderStatus.IN_FORCE);
    assertThat(letterText((Long) historicVariable(instance, "decisionLetterId")))
        .contains("We have refused your request").contains("four hours a week").contains("Secretary of State")
        .contains("section 442 of the Education Act 1996");
    assertThat(sao).isWaitingAt("Task_NamedSchoolWorks");
  }

  // --- left the area --------------------------------------------------------------------------------

  @Test
  void a_child_who_left_the_area_ends_the_order_without_a_decision_or_a_letter() {
    ProcessInstance instance = startAsOfficer(aChildWhoLeftTheArea());

    assertThat(instance).hasNotPassed(TASK_DECIDE_REQUEST, TASK_MAKE_DECISION_LETTER).isWaitingAt(TASK_CHANGE_REGISTER);
    execute(job(TASK_CHANGE_REGISTER, instance));
    execute(job(TASK_TELL_ORDER_PROCESS, instance));

    assertThat(instance).isEnded().hasPassed(EVENT_ORDER_CHANGED);
    SaoNoticeEntry order = register.forCase(reference).get(0);
    assertThat(order.status()).isEqualTo(SaoOrderStatus.ENDED);
    assertThat(order.endedReason()).isEqualTo(SaoOrderEndReason.LEFT_AREA);
    assertThat(order.updatedBy()).isEqualTo(OFFICER);
    assertThat(letters.list(reference)).isEmpty();
    assertThat(sao).isEnded().hasPassed("Event_OrderEnded");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(sao.getId())
        .variableName("saoEndReason").singleResult().getValue()).isEqualTo("LEFT_AREA");
  }

  // --- refused at intake -----------------------------------------------------------------------------

  @Test
  void a_case_with_no_order_in_force_gets_the_answer_of_a_case_that_does_not_exist_or_is_not_yours() {
    CaseReference noOrder = aCase("Alex", "Noorder");
    request.put("caseReference", noOrder.value());
    List<Fault> withoutOrder = refusal(() -> startAsOfficer(request));
    request.put("caseReference", "CME-2026-99999");
    List<Fault> missing = refusal(() -> startAsOfficer(request));
    request.put("caseReference", reference.value());
    List<Fault> notYours = refusal(() -> startAs("line.manager", "line-manager", request));

    assertThat(withoutOrder).singleElement().satisfies(f -> {
      assertThat(f.field()).isEqualTo("caseReference");
      assertThat(f.label()).isEqualTo("Case reference");
    });
    assertThat(withoutOrder).isEqualTo(missing).isEqualTo(notYours);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(SaoChangeRequestProcess.KEY).count()).isZero();
  }

  @Test
  void an_order_that_has_ended_is_no_order_in_force() {
    register.endOrder(reference, orderId, SaoOrderEndReason.COMPLIED, OFFICER, TODAY.toInstant());
    List<Fault> ended = refusal(() -> startAsOfficer(request));
    request.put("caseReference", "CME-2026-99999");

    assertThat(ended).isEqualTo(refusal(() -> startAsOfficer(request)));
  }

  @Test
  void a_request_with_faults_is_refused_with_every_field_named_and_nothing_is_started() {
    request.remove("requestedSchoolUrn");
    request.put("receivedOn", "2026-03-03");
    request.put("parentName", "Sara\u202eKhan");
    request.remove("parentAddress");

    assertThat(refusal(() -> startAsOfficer(request))).extracting(Fault::field)
        .containsExactlyInAnyOrder("requestedSchoolUrn", "receivedOn", "parentName", "parentAddress");

    request.put("requestType", "cancel");
    assertThat(refusal(() -> startAsOfficer(request))).extracting(Fault::field).contains("requestType");
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(SaoChangeRequestProcess.KEY).count()).isZero();
  }

  @Test
  void an_amendment_must_name_another_school_of_the_schools_file() {
    request.put("requestedSchoolUrn", "999999");
    assertThat(refusal(() -> startAsOfficer(request))).singleElement()
        .satisfies(f -> assertThat(f.reason()).contains("not a school in the schools file"));
    request.put("requestedSchoolUrn", NAMED_SCHOOL);
    assertThat(refusal(() -> startAsOfficer(request))).singleElement()
        .satisfies(f -> assertThat(f.reason()).contains("already names"));
  }

  @Test
  void a_request_before_the_order_was_served_or_without_its_details_is_refused() {
    Map<String, Object> revocation = aRevocation();
    revocation.remove("arrangementDetails");
    revocation.put("receivedOn", "2026-02-01");
    assertThat(refusal(() -> startAsOfficer(revocation))).extracting(Fault::field)
        .containsExactlyInAnyOrder("arrangementDetails", "receivedOn");
    Map<String, Object> leftArea = aChildWhoLeftTheArea();
    leftArea.remove("leftAreaDetails");
    leftArea.remove("receivedOn");
    assertThat(refusal(() -> startAsOfficer(leftArea))).extracting(Fault::field)
        .containsExactlyInAnyOrder("leftAreaDetails", "receivedOn");
    request.put("caseReference", "CASE-1");
    assertThat(refusal(() -> startAsOfficer(request))).extracting(Fault::field).containsExactly("caseReference");
  }

  @Test
  void only_one_request_at_a_time_for_a_case() {
    startAsOfficer(request);

    assertThat(refusal(() -> startAsOfficer(aRevocation()))).singleElement()
        .satisfies(f -> assertThat(f.reason()).contains("already open"));
  }

  // --- the decision ----------------------------------------------------------------------------------

  @Test
  void a_refusal_without_reasons_keeps_the_task_open_naming_the_fields() {
    ProcessInstance instance = startAsOfficer(request);
    String task = task(instance).getId();
    engine.getIdentityService().setAuthentication("decider", List.of("cme-officer"));

    assertThat(refusal(() -> engine.getTaskService().complete(task, Map.of("changeDecision", "refused"))))
        .extracting(Fault::field).containsExactlyInAnyOrder("decisionReasons", "decisionServiceMethod");
    assertThat(refusal(() -> engine.getTaskService().complete(task, Map.of("decisionServiceMethod", "PIGEON"))))
        .extracting(Fault::field).containsExactlyInAnyOrder("changeDecision", "decisionServiceMethod");
    assertThat(instance).isWaitingAt(TASK_DECIDE_REQUEST);
  }

  @Test
  void a_safeguarding_concern_raised_on_the_decision_starts_a_referral_and_the_decision_waits() {
    ProcessInstance instance = startAsOfficer(request);

    engine.getTaskService().setVariables(task(instance).getId(), Map.of("raiseSafeguardingConcern", true,
        "safeguardingDetails", "The parent said the child is kept in the house all day."));

    assertThat(instance).hasPassed(TASK_RAISE_SAFEGUARDING_REFERRAL).isWaitingAt(TASK_DECIDE_REQUEST);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("safeguarding-referral")
        .processInstanceBusinessKey(reference.value()).count()).isEqualTo(1);
  }

  // --- telling the order process ----------------------------------------------------------------------

  @Test
  void an_order_process_that_is_not_there_is_tried_three_times_and_becomes_an_incident() {
    runtime.deleteProcessInstance(orderProcess().getId(), "test: no order process");
    ProcessInstance instance = startAsOfficer(aChildWhoLeftTheArea());
    execute(job(TASK_CHANGE_REGISTER, instance));

    for (int attempt = 1; attempt <= 3; attempt++) {
      Job job = job(TASK_TELL_ORDER_PROCESS, instance);
      assertThatThrownBy(() -> execute(job)).isInstanceOf(IllegalStateException.class)
          .hasMessageContaining(reference.value()).hasMessageContaining("0 running");
      ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofMinutes(6))));
    }

    assertThat(job(TASK_TELL_ORDER_PROCESS, instance).getRetries()).isZero();
    assertThat(runtime.createIncidentQuery().processInstanceId(instance.getId()).count()).isEqualTo(1);
    assertThat(register.forCase(reference).get(0).endedReason()).as("the register is changed").isEqualTo(SaoOrderEndReason.LEFT_AREA);
  }

  // --- helpers -------------------------------------------------------------------------------------------

  ProcessInstance startAsOfficer(Map<String, Object> variables) {
    return startAs(OFFICER, "cme-officer", variables);
  }

  /** The case's order process, started before the first request (the deployment is made after {@code setUp}). */
  ProcessInstance orderProcess() {
    if (sao == null) {
      sao = runtime.startProcessInstanceByKey(SaoChangeRequestProcess.SAO_KEY, reference.value());
    }
    return sao;
  }

  ProcessInstance startAs(String user, String group, Map<String, Object> variables) {
    orderProcess();
    engine.getIdentityService().setAuthentication(user, List.of(group));
    try {
      return runtime.startProcessInstanceByKey(SaoChangeRequestProcess.KEY, variables);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  void decide(ProcessInstance instance, String decision, String reasons) {
    Map<String, Object> answers = new HashMap<>();
    answers.put("changeDecision", decision);
    answers.put("decisionReasons", reasons);
    answers.put("decisionServiceMethod", "FIRST_CLASS_POST");
    engine.getIdentityService().setAuthentication("decider", List.of("cme-officer"));
    try {
      engine.getTaskService().complete(task(instance).getId(), answers);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    assertThat(instance).hasPassed(TASK_RECORD_DECISION).isWaitingAt(TASK_MAKE_DECISION_LETTER);
  }

  /** Runs the letters block's job (asynchronous, in the called instance). */
  void makeTheLetter(ProcessInstance instance) {
    ProcessInstance letter = runtime.createProcessInstanceQuery().superProcessInstanceId(instance.getId()).singleResult();
    assertThat(letter).isNotNull();
    execute(job("Task_MakeLetter", letter));
  }

  Object historicVariable(ProcessInstance instance, String name) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName(name).singleResult().getValue();
  }

  String letterText(long id) throws Exception {
    byte[] pdf = letters.download(reference, id, "test", Instant.now()).pdf();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }

  static List<Fault> refusal(Runnable start) {
    try {
      start.run();
    } catch (InputRefusedException e) {
      return e.faults();
    }
    throw new AssertionError("the start was not refused");
  }

  CaseReference aCase(String forename, String surname) {
    return casework.openCase(ChildDetails.builder().legalForename(forename).legalSurname(surname)
            .dateOfBirth(LocalDate.of(2015, 3, 4)).postcode("SO23 8UJ").build(TODAY.toLocalDate()),
        ReferralDetails.builder(ReferralSource.SCHOOL).referringSchoolUrn(NAMED_SCHOOL).circumstances("Not seen").build(),
        "riverside.dsl", TODAY.toInstant());
  }

  CaseReference aCaseWithAnOrderNaming(String school) {
    CaseReference c = aCase("Sam", "Example");
    register.record(c, new SaoNoticeDetails(SaoNoticeType.SCHOOL_ATTENDANCE_ORDER, "Sara Khan", LocalDate.of(2026, 2, 23),
        ServiceMethod.BY_HAND, school, List.of(), null, null, null), OFFICER, TODAY.toInstant());
    return c;
  }

  Map<String, Object> anAmendmentTo(String school) {
    Map<String, Object> v = common("amend");
    v.put("requestedSchoolUrn", school);
    return v;
  }

  Map<String, Object> aRevocation() {
    Map<String, Object> v = common("revoke");
    v.put("arrangementDetails", "A full-time online school with a tutor at home, 25 hours a week.");
    return v;
  }

  Map<String, Object> aChildWhoLeftTheArea() {
    Map<String, Object> v = new HashMap<>();
    v.put("caseReference", reference.value());
    v.put("requestType", "left-area");
    v.put("receivedOn", "2026-03-02");
    v.put("leftAreaDetails", "Moved to Leeds on 20 February; Leeds City Council's CME team confirmed the address.");
    return v;
  }

  private Map<String, Object> common(String type) {
    Map<String, Object> v = new HashMap<>();
    v.put("caseReference", reference.value());
    v.put("requestType", type);
    v.put("receivedOn", "2026-03-02");
    v.put("parentName", "Sara Khan");
    v.put("parentAddress", "12 Mill Lane, Exampletown, EX2 3AB");
    return v;
  }
}
