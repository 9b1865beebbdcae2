package uk.gov.cme.process.registerinspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
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
import uk.gov.cme.casework.Casework;
import uk.gov.cme.casework.InspectionRecord;
import uk.gov.cme.casework.InspectionTrigger;
import uk.gov.cme.casework.OffRollNotificationDetails;
import uk.gov.cme.casework.OffRollRegister;
import uk.gov.cme.casework.RegisterInspections;
import uk.gov.cme.letters.LetterRenderer;
import uk.gov.cme.process.ProcessTestEngine;
import uk.gov.cme.process.registerinspection.RegisterInspectionProcess.Elements;
import uk.gov.cme.process.registerinspection.RegisterInspectionProcess.Variables;
import uk.gov.cme.process.shared.letters.LetterAuthority;
import uk.gov.cme.rules.calendar.DeadlineCalendar;
import uk.gov.cme.rules.schools.School;
import uk.gov.cme.rules.schools.SchoolDirectory;
import uk.gov.cme.validation.InputRefusedException;

/**
 * P7 register inspection (issue 13) on the engine clock, with the real register of inspections and the
 * off-roll register (H2, rolled back after each test), the shipped calendar and letters, a stand-in CME
 * referral holding an admissions allocation, and the CME referral building block replaced by a recorder:
 * every path, the three triggers (schedule once a year for each school, off-rolling concern, officer), one
 * running inspection per school, each kind of finding leading to its process for the same child.
 */
@DataJdbcTest
@Deployment(resources = {"processes/register-inspection.bpmn", "processes/register-inspection-return.bpmn",
    "processes/register-inspection-notification.bpmn", "processes/register-inspection-schedule.bpmn",
    "processes/decisions/off-rolling-concern.dmn",
    "uk/gov/cme/process/registerinspection/stand-in-cme-referral.bpmn"})
class RegisterInspectionProcessTest {

  @TestConfiguration(proxyBeanMethods = false)
  @ComponentScan(basePackageClasses = Casework.class)
  static class Registers {
  }

  static final DeadlineCalendar CALENDAR = ProcessTestEngine.calendar();
  static final String RIVERSIDE = "999001";
  static final String HILLCREST = "999002";
  static final SchoolDirectory SCHOOLS = SchoolDirectory.of(List.of(
      new School(RIVERSIDE, "Riverside Primary School", "Primary", "office@riverside.example", "850"),
      new School(HILLCREST, "Hillcrest Academy", "Secondary", "office@hillcrest.example", "850")));
  /** Monday 9 November 2026, autumn 2. */
  static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 9, 10, 0, 0, 0, ProcessTestEngine.LONDON);

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension
      .builder(ProcessTestEngine.configuration(Map.of("calendar", CALENDAR)))
      .assertClassCoverageAtLeast(0.9)
      .excludeProcessDefinitionKeys("cme-referral")
      .build();

  ProcessEngine engine;
  @Autowired
  RegisterInspections inspections;
  @Autowired
  OffRollRegister offRoll;
  final List<Map<String, Object>> referrals = new ArrayList<>();

  @BeforeEach
  void setUp() {
    engine = extension.getProcessEngine();
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(Date.from(NOW.toInstant()));
    InspectionSettings settings = new InspectionSettings(1, 365, 10);
    InspectionFindings findings = new InspectionFindings();
    @SuppressWarnings("unchecked")
    Map<Object, Object> beans = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getBeans();
    beans.put("openRegisterInspectionDelegate", new OpenInspectionDelegate(SCHOOLS, inspections,
        new InspectionListSources(engine, offRoll)));
    beans.put("countOffRollDeletionsDelegate", new CountOffRollDeletionsDelegate(offRoll, inspections, settings));
    beans.put("inspectionFindings", findings);
    beans.put("makeInspectionFindingsDelegate", new MakeFindingsDelegate(new LetterRenderer("classpath:letters/"),
        LetterAuthority.of("East Borough Council", "Civic Centre, High Street, EB1 1AA", "Children Missing Education team"),
        inspections, SCHOOLS, CALENDAR, settings, findings));
    beans.put("startDueInspectionsDelegate", new StartDueInspectionsDelegate(SCHOOLS, inspections, CALENDAR, settings,
        engine.getRuntimeService()));
    beans.put("offRollNotificationSent", new OffRollNotificationSent(offRoll));
    beans.put("takeInspectionFindingDelegate", new TakeFindingChildDelegate(findings));
    beans.put("startCmeReferralDelegate", (JavaDelegate) execution -> {
      Map<String, Object> referral = new HashMap<>();
      for (String name : List.of("cmeReferralSource", "cmeReferralCircumstances", "caseReference", "legalForename",
          "legalSurname", "dateOfBirth", "lastSchoolName")) {
        referral.put(name, execution.getVariable(name));
      }
      referrals.add(referral);
    });
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
  }

  // --- officer's start, the school's return, each kind of finding ---------------------------------

  @Test
  void the_school_compares_its_lists_and_each_finding_leads_to_its_process_for_the_same_child() {
    allocation("CME-2026-00042", "Jamie", "Reed", "2015-02-10", RIVERSIDE);
    allocation("CME-2026-00043", "Other", "School", "2014-01-01", HILLCREST);
    offRoll.record(aNotification(RIVERSIDE, "Amira", "Khan", LocalDate.of(2015, 5, 14), "b"), "school.user",
        NOW.minusDays(20).toInstant());

    ProcessInstance inspection = officerStarts(RIVERSIDE, "Concern raised at a planning meeting");

    assertThat(inspection).isWaitingAt(Elements.TASK_PLAN).variables()
        .containsEntry(Variables.SCHOOL_NAME, "Riverside Primary School")
        .containsEntry(Variables.ALLOCATED_COUNT, 1).containsEntry(Variables.OFF_ROLL_COUNT, 1)
        .containsEntry(Variables.REASON, "started by a CME officer: Concern raised at a planning meeting");
    assertThat((String) variable(inspection, Variables.ALLOCATED_TEXT)).contains("Jamie Reed, born 2015-02-10",
        "CME-2026-00042", "Allocated by admissions").doesNotContain("Other School");
    assertThat((String) variable(inspection, Variables.OFF_ROLL_TEXT)).contains("Amira Khan", "ground (b)");
    assertThat(task(inspection)).hasCandidateGroup("cme-officer").hasDueDate(CALENDAR.addWorkingDays(
        Date.from(NOW.toInstant()), ProcessTestEngine.deadlines().getInspectionPlanWorkingDays()));

    complete(task(inspection), Map.of(Variables.COMPARED_BY, Variables.COMPARED_BY_SCHOOL));
    ProcessInstance schoolReturn = called(inspection, RegisterInspectionProcess.RETURN_KEY);
    assertThat(schoolReturn).isWaitingAt(Elements.TASK_COMPARE_LISTS);
    assertThat(task(schoolReturn)).hasCandidateGroup("school-" + RIVERSIDE);
    assertThat(engine.getRuntimeService().getVariables(schoolReturn.getId()).keySet())
        .as("the school's instance holds only what its form shows")
        .containsExactlyInAnyOrder("schoolUrn", "schoolGroup", "schoolName", "inspectionReference",
            "allocatedListText", "offRollListText", "allocatedChoices");

    Map<String, Object> findings = new HashMap<>();
    findings.putAll(slot(1, "allocated-not-started", "CME-2026-00042", null, null, null, "Never came"));
    findings.putAll(slot(2, "off-rolled-no-notification", null, "Lee", "Stone", "2014-09-01", null));
    findings.putAll(slot(3, "part-time-timetable", null, "Ava", "Hill", "2016-03-03", "Mornings only since October"));
    complete(task(schoolReturn), findings);

    assertThat(schoolReturn).isEnded();
    assertThat(inspection).as("the referral runs in a job of its own").isWaitingAt(Elements.TASK_REFER_CHILD);
    assertThat(referrals).isEmpty();
    execute(inspection);
    assertThat(inspection).hasPassed(Elements.TASK_SCHOOL_RETURN, Elements.TASK_REFER)
        .isWaitingAt(Elements.TASK_ASK_NOTIFICATIONS);
    assertThat(referrals).containsExactly(Map.of("cmeReferralSource", "register-inspection",
        "cmeReferralCircumstances", "Riverside Primary School (register inspection " + variable(inspection,
            Variables.INSPECTION_REFERENCE) + "): allocated a place this academic year but never started. Never came",
        "caseReference", "CME-2026-00042", "legalForename", "Jamie", "legalSurname", "Reed",
        "dateOfBirth", "2015-02-10", "lastSchoolName", "Riverside Primary School"));

    ProcessInstance notificationDue = called(inspection, RegisterInspectionProcess.NOTIFICATION_KEY);
    Task send = task(notificationDue);
    assertThat(send).hasCandidateGroup("school-" + RIVERSIDE).hasDueDate(CALENDAR.addSchoolDays(
        Date.from(NOW.toInstant()), ProcessTestEngine.deadlines().getInspectionNotificationSchoolDays()));
    assertThat(engine.getRuntimeService().getVariables(notificationDue.getId())).containsEntry("legalForename", "Lee")
        .containsEntry("legalSurname", "Stone").containsEntry("dateOfBirth", "2014-09-01");
    assertThatThrownBy(() -> complete(send, Map.of("notificationSent", true)))
        .hasMessageContaining("no off-roll notification for this pupil has reached us");

    offRoll.record(aNotification(RIVERSIDE, "Lee", "Stone", LocalDate.of(2014, 9, 1), "b"), "school.user",
        NOW.plusHours(1).toInstant());
    complete(send, Map.of("notificationSent", true));

    assertThat(inspection).isWaitingAt(Elements.TASK_MAKE_FINDINGS);
    execute(inspection);
    assertThat(inspection).isEnded().hasPassed(Elements.END);
    InspectionRecord record = inspections.forSchool(RIVERSIDE).get(0);
    assertThat(record.trigger()).isEqualTo(InspectionTrigger.OFFICER);
    assertThat(record.endedAt()).isNotNull();
    assertThat(record.hasFindings()).isTrue();
    assertThat(record.findingsSummary()).isEqualTo("3 finding(s): 1 referred to the CME team, 1 off-roll"
        + " notification(s) asked of the school, 1 part-time timetable(s) recorded");
    assertThat(record.nextDueDate()).as("the school's first scheduled day of next academic year")
        .isEqualTo(LocalDate.of(2027, 9, 2));
    assertThat(inspections.findings(record.id(), RIVERSIDE)).hasValueSatisfying(pdf ->
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-"));
    assertThat(inspections.findings(record.id(), HILLCREST)).as("another school gets nothing").isEmpty();
  }

  @Test
  void the_officer_compares_the_lists_at_a_visit_and_bad_findings_are_refused_naming_each_field() {
    ProcessInstance inspection = officerStarts(HILLCREST, null);
    complete(task(inspection), Map.of(Variables.COMPARED_BY, Variables.COMPARED_AT_VISIT));
    assertThat(inspection).isWaitingAt(Elements.TASK_RECORD_VISIT);
    assertThat(task(inspection)).hasCandidateGroup("cme-officer");

    Map<String, Object> bad = new HashMap<>();
    bad.putAll(slot(1, "allocated-not-started", "CME-2026-00999", null, null, null, null));
    bad.putAll(slot(2, "part-time-timetable", null, null, "Hill", "2999-01-01", null));
    bad.putAll(slot(3, "something-else", null, null, null, null, null));
    bad.putAll(slot(4, "off-rolled-no-notification", null, "Lee", "Stone", "1 May 2014", null));
    assertThatThrownBy(() -> complete(task(inspection), bad)).rootCause().isInstanceOf(InputRefusedException.class)
        .hasMessageContaining("these 6 fields")
        .hasMessageContaining("finding1Case: choose the child from the Allocated list")
        .hasMessageContaining("finding2Forename: the child's legal forename is missing")
        .hasMessageContaining("finding2DateOfBirth: is in the future")
        .hasMessageContaining("finding2Details: describe the part-time timetable")
        .hasMessageContaining("finding3Kind: choose one of the findings offered")
        .hasMessageContaining("finding4DateOfBirth: give the date as yyyy-mm-dd");
    assertThat(inspection).isWaitingAt(Elements.TASK_RECORD_VISIT);

    complete(task(inspection), Map.of(Variables.NOTES, "Register seen; no discrepancy."));
    execute(inspection);

    assertThat(inspection).isEnded().hasPassed(Elements.TASK_RECORD_VISIT, Elements.END)
        .hasNotPassed(Elements.TASK_SCHOOL_RETURN);
    assertThat(referrals).isEmpty();
    assertThat(inspections.forSchool(HILLCREST).get(0).findingsSummary()).startsWith("0 finding(s)");
  }

  // --- one running inspection per school -----------------------------------------------------------

  @Test
  void one_running_inspection_per_school_an_officer_is_refused_a_second_and_a_concern_adds_none() {
    officerStarts(RIVERSIDE, null);

    assertThatThrownBy(() -> officerStarts(RIVERSIDE, "again"))
        .hasMessageContaining("an inspection of this school is already running");

    threeHomeEducationDeletions(RIVERSIDE);
    ProcessInstance check = notificationRecorded(RIVERSIDE);
    execute(check);
    assertThat(check).isEnded().hasPassed(Elements.TASK_ASSESS_CONCERN, Elements.END_ALREADY);
    assertThat(inspections.forSchool(RIVERSIDE)).hasSize(1);
  }

  @Test
  void a_school_that_is_not_in_the_schools_file_is_refused() {
    assertThatThrownBy(() -> officerStarts("123456", null)).hasMessageContaining("is not a school in the schools file");
  }

  // --- the off-rolling concern (P3 step 2) ---------------------------------------------------------

  @Test
  void notifications_that_look_like_off_rolling_start_an_inspection_with_the_reason() {
    threeHomeEducationDeletions(RIVERSIDE);

    ProcessInstance check = notificationRecorded(RIVERSIDE);
    assertThat(check).as("the count runs in a job of its own").isWaitingAt(Elements.TASK_COUNT_DELETIONS);
    execute(check);

    assertThat(check).isWaitingAt(Elements.TASK_PLAN).variables()
        .containsEntry(OffRollingConcernDecision.Inputs.DELETIONS, 3)
        .containsEntry(OffRollingConcernDecision.Inputs.PERCENT_ON_GROUNDS_FHI, 100);
    assertThat((String) variable(check, Variables.REASON)).startsWith("off-rolling concern: Half or more");
    assertThat(inspections.running(RIVERSIDE)).hasValueSatisfying(r ->
        assertThat(r.trigger()).isEqualTo(InspectionTrigger.OFF_ROLLING_CONCERN));
  }

  @Test
  void after_an_inspection_the_notifications_it_compared_do_not_start_another() {
    threeHomeEducationDeletions(RIVERSIDE);
    ProcessInstance check = notificationRecorded(RIVERSIDE);
    execute(check);
    complete(task(check), Map.of(Variables.COMPARED_BY, Variables.COMPARED_AT_VISIT));
    complete(task(check), Map.of(Variables.NOTES, "Register seen; the three were home educated as notified."));
    execute(check);
    assertThat(check).isEnded();

    ClockUtil.setCurrentTime(Date.from(NOW.plusDays(1).toInstant()));
    offRoll.record(aNotification(RIVERSIDE, "Dara", "Home", LocalDate.of(2015, 6, 1), "f"), "school.user",
        NOW.plusDays(1).toInstant());
    ProcessInstance next = notificationRecorded(RIVERSIDE);
    execute(next);

    assertThat(next).isEnded().hasPassed(Elements.END_NO_CONCERN).variables()
        .containsEntry(OffRollingConcernDecision.Inputs.DELETIONS, 1);
    assertThat(inspections.forSchool(RIVERSIDE)).hasSize(1);
  }

  @Test
  void notifications_that_do_not_look_like_off_rolling_start_nothing() {
    offRoll.record(aNotification(RIVERSIDE, "Amira", "Khan", LocalDate.of(2015, 5, 14), "f"), "school.user",
        NOW.toInstant());

    ProcessInstance check = notificationRecorded(RIVERSIDE);
    execute(check);

    assertThat(check).isEnded().hasPassed(Elements.END_NO_CONCERN).hasNotPassed(Elements.TASK_OPEN);
    assertThat(inspections.forSchool(RIVERSIDE)).isEmpty();
  }

  @Test
  void an_off_rolling_concern_about_a_school_missing_from_the_schools_file_is_not_lost() {
    threeHomeEducationDeletions("123456");

    ProcessInstance check = notificationRecorded("123456");
    execute(check);

    assertThat(check).isWaitingAt(Elements.TASK_PLAN).variables().containsEntry(Variables.SCHOOL_NAME, "School URN 123456");
    assertThat(inspections.running("123456")).isPresent();
  }

  // --- the schedule --------------------------------------------------------------------------------

  @Test
  void the_schedule_inspects_each_school_once_in_the_academic_year_on_days_spread_across_it() {
    Map<String, List<LocalDate>> started = new TreeMap<>();
    for (LocalDate day = LocalDate.of(2026, 9, 1); day.isBefore(LocalDate.of(2027, 9, 1)); day = day.plusDays(1)) {
      ClockUtil.setCurrentTime(Date.from(day.atTime(6, 0).atZone(ProcessTestEngine.LONDON).toInstant()));
      Job timer = engine.getManagementService().createJobQuery().timers().processDefinitionKey(
          RegisterInspectionProcess.SCHEDULE_KEY).singleResult();
      engine.getManagementService().executeJob(timer.getId());
      ProcessInstance run = engine.getRuntimeService().createProcessInstanceQuery()
          .processDefinitionKey(RegisterInspectionProcess.SCHEDULE_KEY).singleResult();
      execute(run);
      assertThat(run).isEnded().hasPassed(Elements.END_SCHEDULE);
      for (ProcessInstance inspection : engine.getRuntimeService().createProcessInstanceQuery()
          .processDefinitionKey(RegisterInspectionProcess.KEY).list()) {
        started.computeIfAbsent((String) variable(inspection, Variables.SCHOOL_URN), k -> new ArrayList<>()).add(day);
        assertThat(inspection).isWaitingAt(Elements.TASK_PLAN);
        complete(task(inspection), Map.of(Variables.COMPARED_BY, Variables.COMPARED_AT_VISIT));
        complete(task(inspection), Map.of());
        execute(inspection);
        assertThat(inspection).isEnded();
      }
    }

    assertThat(started).containsOnlyKeys(RIVERSIDE, HILLCREST);
    assertThat(started.get(RIVERSIDE)).as("the first school day of the year").containsExactly(LocalDate.of(2026, 9, 3));
    assertThat(started.get(HILLCREST)).as("half way through the year's school days").hasSize(1)
        .allSatisfy(d -> assertThat(d).isAfter(LocalDate.of(2027, 1, 31)).isBefore(LocalDate.of(2027, 3, 31)));
    assertThat(inspections.forSchool(RIVERSIDE)).extracting(InspectionRecord::trigger)
        .containsExactly(InspectionTrigger.SCHEDULE);
    assertThat(inspections.nextDueDates()).containsEntry(RIVERSIDE, LocalDate.of(2027, 9, 2));
  }

  // --- helpers -------------------------------------------------------------------------------------

  ProcessInstance officerStarts(String urn, String reason) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Variables.SCHOOL_URN, urn);
    if (reason != null) {
      variables.put(Variables.REASON, reason);
    }
    return engine.getRuntimeService().startProcessInstanceByKey(RegisterInspectionProcess.KEY, variables);
  }

  ProcessInstance notificationRecorded(String urn) {
    return engine.getRuntimeService().startProcessInstanceByKey(RegisterInspectionProcess.KEY, Map.of(
        Variables.SCHOOL_URN, urn, Variables.TRIGGER, "OFF_ROLL_NOTIFICATION", Variables.NOTIFICATION_ID, 1L));
  }

  void threeHomeEducationDeletions(String urn) {
    for (int i = 0; i < 3; i++) {
      offRoll.record(aNotification(urn, "Child" + (char) ('A' + i), "Home", LocalDate.of(2015, 5, 1 + i), "f"),
          "school.user", NOW.minusDays(i).toInstant());
    }
  }

  /** A stand-in CME referral whose child admissions allocated a place at {@code urn} (Task_AllocateSchoolPlace). */
  void allocation(String caseReference, String forename, String surname, String dateOfBirth, String urn) {
    engine.getRuntimeService().startProcessInstanceByKey("cme-referral", caseReference, Map.of(
        "caseReference", caseReference, "legalForename", forename, "legalSurname", surname,
        "dateOfBirth", dateOfBirth, "allocatedSchoolUrn", urn, "placeStartDate", "2026-11-16"));
  }

  static Map<String, Object> slot(int n, String kind, String caseReference, String forename, String surname,
                                  String dateOfBirth, String details) {
    Map<String, Object> slot = new HashMap<>();
    slot.put(Variables.slot(n, "Kind"), kind);
    slot.put(Variables.slot(n, "Case"), caseReference);
    slot.put(Variables.slot(n, "Forename"), forename);
    slot.put(Variables.slot(n, "Surname"), surname);
    slot.put(Variables.slot(n, "DateOfBirth"), dateOfBirth);
    slot.put(Variables.slot(n, "Details"), details);
    return slot;
  }

  static OffRollNotificationDetails aNotification(String urn, String forename, String surname, LocalDate dateOfBirth,
                                                  String ground) {
    return new OffRollNotificationDetails(urn, forename, surname, null, dateOfBirth, null, null, null,
        new OffRollNotificationDetails.Parent("A Parent", null, null), null, null, null, null, ground,
        LocalDate.of(2026, 11, 20), null, false, false, false, null);
  }

  ProcessInstance called(ProcessInstance caller, String key) {
    return engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(caller.getId())
        .processDefinitionKey(key).singleResult();
  }

  void complete(Task task, Map<String, Object> variables) {
    engine.getTaskService().complete(task.getId(), variables);
  }

  void execute(ProcessInstance instance) {
    Job job = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).singleResult();
    engine.getManagementService().executeJob(job.getId());
  }

  Object variable(ProcessInstance instance, String name) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName(name).singleResult().getValue();
  }
}
