package uk.gov.cme.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import uk.gov.cme.api.ApiRequests;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.SaoNoticeDetails;
import uk.gov.cme.casework.SaoNoticeType;
import uk.gov.cme.casework.SaoRegister;
import uk.gov.cme.rules.calendar.ServiceMethod;
import uk.gov.cme.rules.upn.Upn;

/**
 * Everything one demo school has in the application, made over real HTTP as its users and the LA's
 * teams would make it: a referral (the school's receipt and the LA's case instance, acknowledged, with
 * its acknowledgement email waiting to be sent, investigated and a place allocated back at the school,
 * so the school has a "Confirm the child is on roll" task), an off-roll notification awaiting the LA's
 * joint decision, an emigration notice waiting for the leaving date (its own case: one case per child
 * in every process), and a safeguarding concern with social care; the school's Lost Pupil Database
 * work: a pupil moving away with no school known (its "Send the CTF" task and, the deadline run out, the
 * reminder) and a family that left long ago (its confirmation and the overdue-CTF reminder); and an
 * emigration notice for the referred child's UPN under another name, a possible match a CME officer
 * compares in the LA's {@code confirm-case-match} instance. Every case has its {@code case-updates}
 * instance. Used by {@link CrossSchoolProbeTest} as the victim of another school's probe: it knows
 * every id, reference and personal detail of its own, to look for in the other school's answers, and
 * takes a snapshot of its whole state, to show that nothing of it changed.
 */
final class SchoolWorld {

  static final String PASSWORD = "Demo-Pass-2026";
  private static final ObjectMapper JSON = new ObjectMapper();

  final String urn;
  final String user;
  final String tag;
  /** The child of the referral: forename, surname, UPN. */
  final String forename;
  final String surname;
  final String upn;
  final String dateOfBirth = "2013-03-14";
  /** Text only this school and its case hold: written into the referral and the officer's notes. */
  final String schoolText;
  final String officerText;

  String caseReference;
  String receiptInstance;
  String caseInstance;
  /** Issue 10: the LA's School Attendance Order for the world's case, and its first task. */
  String saoInstance;
  String saoTask;
  String confirmOnRollInstance;
  String confirmOnRollTask;
  /** The school named in a School Attendance Order for the referred child: its own instance and first task (issue 10). */
  String namedSchoolInstance;
  String namedSchoolTask;
  /** The school's Lost Pupil Database tasks (issue 8, defect 6): the CTF, and the reminders when it is late. */
  String lostPupilCtfTask;
  String lostPupilCtfChaseTask;
  String ctfAbroadChaseTask;
  /**
   * Issue 11: the school's concern about its own pupil ({@code school-education-concern}, ended at once:
   * its receipt) and the LA's escalation it started for the world's case, with its first task.
   */
  String concernInstance;
  String escalationInstance;
  String escalationTask;
  /** The route of the school's ground (a) return for its pupil under a School Attendance Order (issue 10). */
  String offRollUnderOrderRoute;
  final Set<String> instances = new LinkedHashSet<>();
  /**
   * Instances that have already ended (the ground (a) return under an order ends at once): not probed
   * over the runtime API, which answers for them as for an id that never existed; their ids and their
   * historic variables are secrets all the same.
   */
  final Set<String> endedInstances = new LinkedHashSet<>();
  final Set<String> tasks = new LinkedHashSet<>();
  final Set<String> jobs = new LinkedHashSet<>();
  final Set<String> jobDefinitions = new LinkedHashSet<>();
  final Set<String> executions = new LinkedHashSet<>();
  final Set<String> variableInstances = new LinkedHashSet<>();
  final Set<String> historicVariableInstances = new LinkedHashSet<>();
  final Set<String> caseReferences = new LinkedHashSet<>();
  final Set<String> names = new LinkedHashSet<>();

  private SchoolWorld(String urn, String user, String tag, String forename, String surname, int serial) {
    this.urn = urn;
    this.user = user;
    this.tag = tag;
    this.forename = forename;
    this.surname = surname;
    this.upn = upn(serial);
    this.schoolText = "Only " + tag + " wrote this, reference " + tag + "-school-note";
    this.officerText = "Officer note on " + tag + "'s child: " + tag + "-officer-note";
  }

  /** Builds the world of {@code urn} through the application, as its users and the LA's teams act. */
  static SchoolWorld build(TestRestTemplate http, ProcessEngine engine, String urn, String user, String tag,
                           String forename, String surname, int serial) throws Exception {
    SchoolWorld world = new SchoolWorld(urn, user, tag, forename, surname, serial);
    Set<String> before = instanceIds(engine);
    world.refer(http, engine);
    world.namedInOrder(engine, serial);
    world.offRoll(http, serial);
    world.lostPupilCtf(http, engine, serial);
    world.emigration(http);
    world.emigrationPastItsCtfDeadline(http, engine);
    world.safeguarding(http);
    world.possibleMatch(http);
    world.schoolAttendanceOrder(http, engine);
    Set<String> after = instanceIds(engine);
    after.removeAll(before);
    world.instances.addAll(after);
    world.collectIds(engine);
    return world;
  }

  private void refer(TestRestTemplate http, ProcessEngine engine) throws Exception {
    Map<String, Object> referral = ApiRequests.referral(forename, surname, dateOfBirth);
    referral.put("referrerName", "DSL of " + tag);
    referral.put("referrerEmail", "dsl@" + tag + ".example");
    referral.put("upn", upn);
    referral.put("address", "7 " + surname + " Row, Winchester");
    referral.put("circumstances", schoolText);
    caseReference = ApiRequests.refer(http, user, referral);
    names.add(forename);
    names.add(surname);

    caseInstance = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("cme-referral")
        .processInstanceBusinessKey(caseReference).singleResult().getId();
    receiptInstance = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("school-referral")
        .processInstanceBusinessKey(caseReference).singleResult().getId();

    complete(http, engine, "cme.officer", caseInstance, "Task_AcknowledgeReferral", Map.of());
    complete(http, engine, "cme.officer", caseInstance, "Task_InvestigateWhereabouts", Map.of(
        "investigationOutcome", Map.of("value", "located-not-on-roll"),
        "outcomeDetails", Map.of("value", officerText)));
    complete(http, engine, "admissions", caseInstance, "Task_AllocateSchoolPlace", Map.of(
        "allocatedSchoolUrn", Map.of("value", urn),
        "placeStartDate", Map.of("value", "2027-01-06")));
    confirmOnRollInstance = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("confirm-on-roll").superProcessInstanceId(caseInstance).singleResult().getId();
    confirmOnRollTask = engine.getTaskService().createTaskQuery().processInstanceId(confirmOnRollInstance)
        .singleResult().getId();
  }

  /**
   * The referred child's School Attendance Order names this school: the LA's call of the school's task
   * ({@code sao-named-school}), made by a stand-in for the order's call activity with the same explicit
   * mappings ({@value #SAO_CALLER}, deployed once per engine), so the school has "Keep a place and arrange
   * the pre-admission meeting" in its own instance.
   */
  private void namedInOrder(ProcessEngine engine, int serial) {
    deploySaoCaller(engine);
    Map<String, Object> order = new HashMap<>();
    order.put("caseReference", caseReference);
    order.put("namedSchoolUrn", urn);
    order.put("childForename", forename);
    order.put("childSurname", surname);
    order.put("dateOfBirth", dateOfBirth);
    order.put("parent1Name", "Parent " + surname);
    order.put("parent1Phone", "07700 901" + serial);
    order.put("parent1Address", "7 " + surname + " Row, Winchester");
    order.put("orderIssuedOn", "2026-12-01");
    order.put("saoOfficerNote", officerText);
    String caller = engine.getRuntimeService().startProcessInstanceByKey(SAO_CALLER, caseReference, order).getId();
    namedSchoolInstance = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("sao-named-school")
        .superProcessInstanceId(caller).singleResult().getId();
    namedSchoolTask = taskOf(engine, namedSchoolInstance, "Task_ArrangeMeeting");
    names.add("07700 901" + serial);
  }

  /** The stand-in for the School Attendance Order's call of the named school (test resource). */
  static final String SAO_CALLER = "calls-sao-named-school";
  static final String SAO_CALLER_DEPLOYMENT = "probe: the School Attendance Order's call of the named school";

  private static synchronized void deploySaoCaller(ProcessEngine engine) {
    if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(SAO_CALLER).count() == 0) {
      engine.getRepositoryService().createDeployment().name(SAO_CALLER_DEPLOYMENT)
          .addClasspathResource("uk/gov/cme/process/shared/schooltask/calls-sao-named-school.bpmn").deploy();
    }
  }

  /** Removes the stand-in and its instances (the named schools' instances with them). */
  static void undeploySaoCaller(ProcessEngine engine) {
    engine.getRepositoryService().createDeploymentQuery().deploymentName(SAO_CALLER_DEPLOYMENT).list()
        .forEach(d -> engine.getRepositoryService().deleteDeployment(d.getId(), true));
  }

  private void offRoll(TestRestTemplate http, int serial) throws Exception {
    String offRollForename = "Offroll" + tag;
    notifyOffRoll(http, offRollForename, "2012-02-02", upn(serial + 1), "9 " + surname + " Lane, Winchester",
        "07700 900" + (100 + serial), "i", "2026-10-02");
  }

  /** A notification by this school over the API (201 asserted); the child's name and UPN join {@link #names}. */
  private ResponseEntity<String> notifyOffRoll(TestRestTemplate http, String forename, String dateOfBirth, String upn,
                                              String address, String parentPhone, String ground,
                                              String lastAttendanceDate) {
    Map<String, Object> body = new HashMap<>();
    body.put("schoolUrn", urn);
    body.put("referrerName", "Attendance at " + tag);
    body.put("referrerEmail", "attendance@" + tag + ".example");
    body.put("legalForename", forename);
    body.put("legalSurname", surname);
    body.put("dateOfBirth", dateOfBirth);
    body.put("upn", upn);
    body.put("address", address);
    body.put("postcode", "SO22 4NR");
    body.put("parent1Name", "Parent " + surname);
    body.put("parent1Phone", parentPhone);
    body.put("ground", ground);
    body.put("proposedDeletionDate", "2026-11-20");
    body.put("lastAttendanceDate", lastAttendanceDate);
    body.put("circumstances", schoolText);
    ResponseEntity<String> sent = http.withBasicAuth(user, PASSWORD).postForEntity("/api/off-roll-notifications", body,
        String.class);
    assertThat(sent.getStatusCode()).as(sent.getBody()).isEqualTo(HttpStatus.CREATED);
    names.add(forename);
    names.add(upn);
    return sent;
  }

  /**
   * Issue 10: a School Attendance Order in force on this world's case names this school (recorded in the
   * register, as the order's process records it), and the school then sends a deletion return on ground
   * (a) for the child: not accepted ({@link #offRollUnderOrderRoute}, {@code sao-keeps-pupil}), the school
   * told why. The return's instance, which joined the case, becomes part of this world.
   */
  void offRollUnderOrder(TestRestTemplate http, ProcessEngine engine, SaoRegister orders) throws Exception {
    Set<String> before = instanceIds(engine);
    if (orders.orderInForce(CaseReference.of(caseReference)).isEmpty()) {
      // (a world whose own School Attendance Order process already issued an order keeps that one)
      orders.record(CaseReference.of(caseReference), new SaoNoticeDetails(SaoNoticeType.SCHOOL_ATTENDANCE_ORDER,
          "Parent " + surname, LocalDate.now(ZoneId.of("Europe/London")).minusDays(3), ServiceMethod.BY_HAND, urn,
          List.of(), null, null, null), "cme.officer", Instant.now());
    }
    ResponseEntity<String> sent = notifyOffRoll(http, forename, dateOfBirth, upn, "7 " + surname + " Row, Winchester",
        "07700 900399", "a", "2026-10-02");
    offRollUnderOrderRoute = JSON.readTree(sent.getBody()).path("route").asText();
    Set<String> after = instanceIds(engine);
    after.removeAll(before);
    for (String instance : after) {
      boolean running = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).count() > 0;
      (running ? instances : endedInstances).add(instance);
      engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance).list()
          .forEach(v -> historicVariableInstances.add(v.getId()));
    }
    collectIds(engine);
  }

  /**
   * Issue 11: the school raises a concern about its own pupil's education (the world's case) in Tasklist's
   * way ({@code submit-form}): its own instance, which ends at once (its receipt), hands the case to the
   * LA's escalation ({@link uk.gov.cme.process.shared.referral.EscalationStandIn} until the real one is
   * deployed). The escalation and its task join this world: no school may read them.
   */
  void educationConcern(TestRestTemplate http, ProcessEngine engine) throws Exception {
    Set<String> before = instanceIds(engine);
    ResponseEntity<String> started = http.withBasicAuth(user, PASSWORD).postForEntity(
        "/engine-rest/process-definition/key/school-education-concern/submit-form", Map.of("variables", Map.of(
            "caseReference", value(caseReference),
            "educationConcern", value(schoolText + " (" + tag + "-concern-note)"))), String.class);
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    concernInstance = JSON.readTree(started.getBody()).path("id").asText();
    escalationInstance = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("escalation")
        .processInstanceBusinessKey(caseReference).singleResult().getId();
    escalationTask = engine.getTaskService().createTaskQuery().processInstanceId(escalationInstance).list().get(0).getId();
    Set<String> after = instanceIds(engine);
    after.removeAll(before);
    for (String instance : after) {
      boolean running = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).count() > 0;
      (running ? instances : endedInstances).add(instance);
      engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance).list()
          .forEach(v -> historicVariableInstances.add(v.getId()));
    }
    collectIds(engine);
  }

  /**
   * A pupil moving away with no school known (ground (g)): the referral goes to the LA at once and the
   * school has "Send the CTF to the Lost Pupil Database" in its own instance; its deadline is then run
   * out (the timer executed), so the school also has the reminder "Send the overdue CTF".
   */
  private void lostPupilCtf(TestRestTemplate http, ProcessEngine engine, int serial) throws Exception {
    String movingForename = "Moving" + tag;
    notifyOffRoll(http, movingForename, "2012-04-04", upn(serial + 2), "11 " + surname + " Close, Winchester",
        "07700 900" + (200 + serial), "g", "2026-11-13");
    String instance = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("off-roll-notification")
        .activityIdIn("Task_SendLostPupilCtf").variableValueEquals("legalForename", movingForename).singleResult().getId();
    runTimer(engine, instance, "Event_CtfOverdue");
    lostPupilCtfTask = taskOf(engine, instance, "Task_SendLostPupilCtf");
    lostPupilCtfChaseTask = taskOf(engine, instance, "Task_ChaseLostPupilCtf");
  }

  /**
   * A family that left long ago: the leaving-date timer and the CTF deadline are run out, so the school
   * has "Confirm the family has left" and the reminder "Confirm the departure and send the overdue CTF".
   */
  private void emigrationPastItsCtfDeadline(TestRestTemplate http, ProcessEngine engine) {
    String leftForename = "Departed" + tag;
    ResponseEntity<String> started = http.withBasicAuth(user, PASSWORD).postForEntity(
        "/engine-rest/process-definition/key/emigration/submit-form", Map.of("variables", Map.of(
            "legalForename", Map.of("value", leftForename),
            "legalSurname", Map.of("value", surname),
            "dateOfBirth", Map.of("value", "2011-06-06"),
            "leavingDate", Map.of("value", "2026-09-04"),
            "destinationCountry", Map.of("value", "Canada"),
            "destinationAddress", Map.of("value", "12 " + surname + " Avenue, Toronto"),
            "emigrationNotice", Map.of("value", schoolText))), String.class);
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    names.add(leftForename);
    String instance = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("emigration")
        .variableValueEquals("legalForename", leftForename).singleResult().getId();
    runTimer(engine, instance, "Event_LeavingDatePassed");
    runTimer(engine, instance, "Event_CtfAbroadOverdue");
    ctfAbroadChaseTask = taskOf(engine, instance, "Task_ChaseCtfAbroad");
  }

  /** Runs a timer now, as the job executor would when it falls due (the tests run without one). */
  private static void runTimer(ProcessEngine engine, String instance, String activityId) {
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance).activityId(activityId)
        .singleResult();
    assertThat(timer).as(activityId + " in " + instance).isNotNull();
    engine.getManagementService().executeJob(timer.getId());
  }

  private static String taskOf(ProcessEngine engine, String instance, String taskKey) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey)
        .singleResult();
    assertThat(task).as(taskKey + " in " + instance).isNotNull();
    return task.getId();
  }

  private void emigration(TestRestTemplate http) {
    String emigrantForename = "Emigrant" + tag;
    ResponseEntity<String> started = http.withBasicAuth(user, PASSWORD).postForEntity(
        "/engine-rest/process-definition/key/emigration/submit-form", Map.of("variables", Map.of(
            "legalForename", Map.of("value", emigrantForename),
            "legalSurname", Map.of("value", surname),
            "dateOfBirth", Map.of("value", "2011-01-01"),
            "leavingDate", Map.of("value", "2027-03-01"),
            "destinationCountry", Map.of("value", "Portugal"),
            "destinationAddress", Map.of("value", "Rua " + surname + " 3, Lisbon"),
            "emigrationNotice", Map.of("value", schoolText))), String.class);
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    names.add(emigrantForename);
  }

  /**
   * The school reports a family emigrating with the referred child's UPN but another forename: a case of
   * its own for the notice, and a CME officer's task comparing it with the referral's case.
   */
  /**
   * Issue 10: an order in force for the world's case and its enforcement ({@code sao-prosecution}, LA
   * casework only) waiting at the CME officer's first task, as the School Attendance Order calls it.
   * No school may start it, read it or act on it.
   */
  void enforcement(ProcessEngine engine, uk.gov.cme.casework.SaoRegister register) {
    Set<String> before = instanceIds(engine);
    java.time.Instant now = org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant();
    String parent = "Parent " + surname;
    names.add(parent);
    long order = register.record(uk.gov.cme.casework.CaseReference.of(caseReference),
        new uk.gov.cme.casework.SaoNoticeDetails(uk.gov.cme.casework.SaoNoticeType.SCHOOL_ATTENDANCE_ORDER, parent,
            now.atZone(java.time.ZoneId.of("Europe/London")).toLocalDate(), uk.gov.cme.rules.calendar.ServiceMethod.BY_HAND,
            urn, null, null, null, null), "cme.officer", now);
    Map<String, Object> call = new HashMap<>();
    call.put("caseReference", caseReference);
    call.put("orderId", order);
    call.put("saoCycle", 1);
    call.put("childForename", forename);
    call.put("childSurname", surname);
    call.put("dateOfBirth", dateOfBirth);
    call.put("parent1Name", parent);
    call.put("parent1Address", "7 " + surname + " Row, Winchester");
    call.put("namedSchoolName", tag + " school");
    call.put("namedSchoolUrn", urn);
    call.put("nonComplianceReason", "CHILD_DID_NOT_ATTEND_FIRST_DAY");
    call.put("schoolActions", tag + "-officer-note");
    engine.getRuntimeService().startProcessInstanceByKey("sao-prosecution", caseReference, call);
    Set<String> after = instanceIds(engine);
    after.removeAll(before);
    instances.addAll(after);
    collectIds(engine);
    assertThat(engine.getTaskService().createTaskQuery().processDefinitionKey("sao-prosecution")
        .processInstanceBusinessKey(caseReference).list()).as("the enforcement's task is probed too")
        .extracting(Task::getId).isNotEmpty().allMatch(tasks::contains);
  }

  private void possibleMatch(TestRestTemplate http) {
    String otherForename = "Possible" + tag;
    ResponseEntity<String> started = http.withBasicAuth(user, PASSWORD).postForEntity(
        "/engine-rest/process-definition/key/emigration/submit-form", Map.of("variables", Map.of(
            "legalForename", Map.of("value", otherForename),
            "legalSurname", Map.of("value", surname),
            "dateOfBirth", Map.of("value", dateOfBirth),
            "upn", Map.of("value", upn),
            "leavingDate", Map.of("value", "2027-03-01"),
            "destinationCountry", Map.of("value", "Portugal"),
            "destinationAddress", Map.of("value", "Rua " + surname + " 5, Porto"),
            "emigrationNotice", Map.of("value", schoolText))), String.class);
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    names.add(otherForename);
  }

  private void safeguarding(TestRestTemplate http) {
    String concernForename = "Concern" + tag;
    ResponseEntity<String> started = http.withBasicAuth(user, PASSWORD).postForEntity(
        "/engine-rest/process-definition/key/safeguarding-referral/submit-form", Map.of("variables", Map.of(
            "legalForename", Map.of("value", concernForename),
            "legalSurname", Map.of("value", surname),
            "concernDetails", Map.of("value", schoolText))), String.class);
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    names.add(concernForename);
  }

  private static void complete(TestRestTemplate http, ProcessEngine engine, String user, String instance, String taskKey,
                               Map<String, Object> variables) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey)
        .singleResult();
    assertThat(task).as(taskKey + " in " + instance).isNotNull();
    ResponseEntity<String> completed = http.withBasicAuth(user, PASSWORD).postForEntity(
        "/engine-rest/task/" + task.getId() + "/complete", Map.of("variables", variables), String.class);
    assertThat(completed.getStatusCode()).as(completed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  /**
   * Issue 10: a CME officer starts the School Attendance Order for the world's case (an LA instance:
   * the officer's reasons are in it, and no school is ever granted it).
   */
  private void schoolAttendanceOrder(TestRestTemplate http, ProcessEngine engine) {
    ResponseEntity<String> started = http.withBasicAuth("cme.officer", PASSWORD).postForEntity(
        "/engine-rest/process-definition/key/school-attendance-order/submit-form", Map.of("variables", Map.of(
            "caseReference", Map.of("value", caseReference), "saoTriggerDetails", Map.of("value", officerText))),
        String.class);
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    saoInstance = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("school-attendance-order")
        .processInstanceBusinessKey(caseReference).singleResult().getId();
    saoTask = engine.getTaskService().createTaskQuery().processInstanceId(saoInstance).singleResult().getId();
  }

  private void collectIds(ProcessEngine engine) {
    var runtime = engine.getRuntimeService();
    var history = engine.getHistoryService();
    for (String instance : instances) {
      HistoricProcessInstance historic = history.createHistoricProcessInstanceQuery().processInstanceId(instance)
          .singleResult();
      if (historic.getBusinessKey() != null && historic.getBusinessKey().startsWith("CME-")) {
        caseReferences.add(historic.getBusinessKey());
      }
      engine.getTaskService().createTaskQuery().processInstanceId(instance).list().forEach(t -> tasks.add(t.getId()));
      for (Job job : engine.getManagementService().createJobQuery().processInstanceId(instance).list()) {
        jobs.add(job.getId());
        jobDefinitions.add(job.getJobDefinitionId());
      }
      runtime.createExecutionQuery().processInstanceId(instance).list().forEach(e -> executions.add(e.getId()));
      runtime.createVariableInstanceQuery().processInstanceIdIn(instance).list().forEach(v -> {
        variableInstances.add(v.getId());
        if ("caseReference".equals(v.getName()) && v.getValue() != null) {
          caseReferences.add(v.getValue().toString());
        }
      });
      history.createHistoricVariableInstanceQuery().processInstanceId(instance).list()
          .forEach(v -> historicVariableInstances.add(v.getId()));
    }
    caseReferences.add(caseReference);
    names.add(upn);
    assertThat(jobs).as("the world has jobs to probe (the email, the emigration timer)").isNotEmpty();
    assertThat(tasks).as("the world has tasks to probe").contains(confirmOnRollTask, namedSchoolTask, lostPupilCtfTask,
        lostPupilCtfChaseTask, ctfAbroadChaseTask);
  }

  /**
   * What must never appear in another school's answers, unless the other school sent it itself:
   * names, UPNs, case references, text, and every engine id of this world.
   */
  Set<String> secrets() {
    Set<String> secrets = new LinkedHashSet<>();
    secrets.addAll(names);
    secrets.addAll(caseReferences);
    secrets.add(tag + "-school-note");
    secrets.add(tag + "-officer-note");
    secrets.add(tag + "-concern-note");
    secrets.addAll(instances);
    secrets.addAll(endedInstances);
    secrets.addAll(tasks);
    secrets.addAll(jobs);
    secrets.addAll(executions);
    secrets.addAll(variableInstances);
    secrets.addAll(historicVariableInstances);
    return secrets;
  }

  /**
   * The whole state of this world, as the engine and the register hold it: every instance's activity,
   * variables, suspension; every task's assignment, candidates, variables, comments; every job's
   * retries, due date and suspension; incidents, authorizations, the operation log; the case row, its
   * parties and its events. Equal snapshots: nothing changed.
   */
  Map<String, String> snapshot(ProcessEngine engine, JdbcTemplate jdbc) {
    Map<String, String> state = new TreeMap<>();
    var runtime = engine.getRuntimeService();
    var tasksApi = engine.getTaskService();
    var management = engine.getManagementService();
    var history = engine.getHistoryService();
    for (String instance : instances) {
      String p = instance + ".";
      HistoricProcessInstance historic = history.createHistoricProcessInstanceQuery().processInstanceId(instance)
          .singleResult();
      state.put(p + "state", historic.getState() + " " + historic.getEndTime() + " " + historic.getBusinessKey());
      var running = runtime.createProcessInstanceQuery().processInstanceId(instance).singleResult();
      if (running != null) {
        state.put(p + "suspended", String.valueOf(running.isSuspended()));
        state.put(p + "activities", runtime.getActiveActivityIds(instance).stream().sorted().toList().toString());
        state.put(p + "variables", new TreeMap<>(runtime.getVariables(instance)).toString());
      }
      state.put(p + "comments", String.valueOf(tasksApi.getProcessInstanceComments(instance).size()));
      state.put(p + "incidents", String.valueOf(runtime.createIncidentQuery().processInstanceId(instance).count()));
      state.put(p + "operation-log", String.valueOf(history.createUserOperationLogQuery().processInstanceId(instance)
          .count()));
      state.put(p + "authorizations", authorizations(engine, instance));
      for (Task task : tasksApi.createTaskQuery().processInstanceId(instance).list()) {
        String t = p + "task." + task.getId() + ".";
        state.put(t + "fields", String.join("|", task.getName(), String.valueOf(task.getAssignee()),
            String.valueOf(task.getOwner()), String.valueOf(task.getDueDate()), String.valueOf(task.getFollowUpDate()),
            String.valueOf(task.getPriority()), String.valueOf(task.getDelegationState()),
            String.valueOf(task.isSuspended()), String.valueOf(task.getDescription())));
        state.put(t + "links", tasksApi.getIdentityLinksForTask(task.getId()).stream()
            .map(l -> l.getType() + ":" + l.getUserId() + ":" + l.getGroupId()).sorted().toList().toString());
        state.put(t + "local", new TreeMap<>(tasksApi.getVariablesLocal(task.getId())).toString());
        state.put(t + "comments", String.valueOf(tasksApi.getTaskComments(task.getId()).size()));
        state.put(t + "attachments", String.valueOf(tasksApi.getTaskAttachments(task.getId()).size()));
        state.put(t + "authorizations", authorizations(engine, task.getId()));
      }
      for (Job job : management.createJobQuery().processInstanceId(instance).list()) {
        state.put(p + "job." + job.getId(), job.getRetries() + "|" + job.getDuedate() + "|" + job.isSuspended() + "|"
            + job.getExceptionMessage() + "|" + job.getPriority());
      }
    }
    for (String reference : caseReferences) {
      String c = "case." + reference + ".";
      state.put(c + "row", jdbc.queryForList("SELECT status, outcome_code, version FROM cme_case WHERE case_reference = ?",
          reference).toString());
      state.put(c + "events", String.valueOf(jdbc.queryForObject("SELECT COUNT(*) FROM cme_case_event e JOIN cme_case c"
          + " ON e.case_id = c.id WHERE c.case_reference = ?", Long.class, reference)));
      state.put(c + "parties", jdbc.queryForList("SELECT p.group_id, p.basis FROM cme_case_party p JOIN cme_case c"
          + " ON p.case_id = c.id WHERE c.case_reference = ? ORDER BY p.group_id, p.basis", reference).toString());
      state.put(c + "referrals", String.valueOf(jdbc.queryForObject("SELECT COUNT(*) FROM cme_referral r JOIN cme_case c"
          + " ON r.case_id = c.id WHERE c.case_reference = ?", Long.class, reference)));
    }
    return state;
  }

  private static String authorizations(ProcessEngine engine, String resourceId) {
    return engine.getAuthorizationService().createAuthorizationQuery().resourceId(resourceId).list().stream()
        .map(a -> a.getResourceType() + ":" + a.getGroupId() + ":" + a.getUserId() + ":"
            + String.join(",", java.util.Arrays.stream(a.getPermissions(
                org.camunda.bpm.engine.authorization.Permissions.values())).map(Object::toString).sorted().toList()))
        .sorted().collect(Collectors.joining(";"));
  }

  private static Set<String> instanceIds(ProcessEngine engine) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().list().stream()
        .map(HistoricProcessInstance::getId).collect(Collectors.toCollection(LinkedHashSet::new));
  }

  /** A valid UPN, distinct per serial (LA 850, establishment 2000, year 13). */
  static String upn(int serial) {
    String body = "8502000" + "13" + String.format("%03d", serial);
    for (char letter : "ABCDEFGHJKLMNPQRTUVWXYZ".toCharArray()) {
      if (Upn.validate(letter + body).isValid()) {
        return letter + body;
      }
    }
    throw new IllegalStateException("no check letter for " + body);
  }

  /** The names of what a response lists, for messages. */
  static List<String> variableNames(JsonNode variables) {
    List<String> names = new ArrayList<>();
    variables.fieldNames().forEachRemaining(names::add);
    return names;
  }

  static Map<String, Object> value(String text) {
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("value", text);
    return value;
  }
}
