package uk.gov.cme.modelcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@link ModelStandards} over the real {@code processes/} and {@code forms/} of this project,
 * and tests the checker itself against fixtures.
 *
 * <p>Fixtures live in {@code src/test/resources/modelcheck/<case>/} as mini project roots whose
 * files carry an extra {@code .fixture} suffix ({@code processes/x.bpmn.fixture}). The suffix keeps
 * them out of the Camunda Spring Boot auto-deployment ({@code classpath*:**}{@code /*.bpmn} also
 * scans {@code target/test-classes}), which would otherwise try to deploy the deliberately broken
 * models in every {@code @SpringBootTest}. Each test copies a case into a temp dir without the suffix.
 */
class ModelStandardsTest {

  @TempDir
  static Path goodRoot;

  @TempDir
  static Path badRoot;

  static List<String> badFaults;

  @BeforeAll
  static void copyFixtures() throws Exception {
    copyFixture("good", goodRoot);
    copyFixture("bad", badRoot);
    badFaults = ModelStandards.check(badRoot);
  }

  // ---------------------------------------------------------------------------------------------
  // the real project
  // ---------------------------------------------------------------------------------------------

  @Test
  void projectModelsMeetTheStandards() {
    Path root = projectRoot();
    List<String> faults = ModelStandards.check(root);
    assertThat(faults)
        .withFailMessage(() -> faults.size() + " model fault(s) in " + root.toAbsolutePath()
            + " (processes/**/*.bpmn, forms/**/*.form):\n  " + String.join("\n  ", faults))
        .isEmpty();
  }

  /** Issue 9: the diagram geometry is part of the standards; cme-referral as drawn before failed it. */
  @Test
  void cmeReferralAsDrawnBeforeIssue9FailsTheStandards(@TempDir Path root) throws Exception {
    copyFixture("diagrams", root);
    List<String> faults = ModelStandards.check(root);
    String f = "processes/cme-referral.bpmn: ";
    assertThat(faults).contains(
        f + "Flow_Ehe: shares a stretch of line with Flow_AnotherLa",
        f + "Flow_SameChild: label lies on the line of Flow_OpenCaseCertain",
        f + "Gateway_InvestigationOutcome: label overlaps SubProcess_Investigation");
    assertThat(ModelStandards.check(projectRoot()))
        .as("the redrawn processes/cme-referral.bpmn")
        .noneMatch(fault -> fault.startsWith("processes/cme-referral.bpmn: "));
  }

  static Path projectRoot() {
    String basedir = System.getProperty("project.basedir");
    return basedir != null && !basedir.isBlank() ? Paths.get(basedir) : Paths.get("").toAbsolutePath();
  }

  // ---------------------------------------------------------------------------------------------
  // the checker: good and empty models
  // ---------------------------------------------------------------------------------------------

  @Test
  void goodModelsHaveNoFaults() {
    assertThat(ModelStandards.bpmnFiles(goodRoot)).hasSize(2); // includes processes/sub/
    assertThat(ModelStandards.formFiles(goodRoot)).hasSize(2);
    assertThat(ModelStandards.check(goodRoot)).isEmpty();
  }

  @Test
  void missingOrEmptyFoldersHaveNoFaults(@TempDir Path root) throws IOException {
    assertThat(ModelStandards.check(root)).isEmpty();
    Files.createDirectories(root.resolve("processes"));
    Files.createDirectories(root.resolve("forms"));
    assertThat(ModelStandards.check(root)).isEmpty();
    assertThat(ModelStandards.referencedBeans(root)).isEmpty();
  }

  // ---------------------------------------------------------------------------------------------
  // the checker: each fault of the bad models
  // ---------------------------------------------------------------------------------------------

  private static final String BAD = "processes/cme_bad_case.bpmn: ";

  @Test
  void reportsModelerDefaultId() {
    assertThat(badFaults).contains(BAD + "StartEvent_1: Modeler default id; give the element a meaningful id");
  }

  @Test
  void reportsMissingShapeAndEdge() {
    assertThat(badFaults).contains(
        BAD + "Task_NoShape: task has no diagram shape (BPMNShape)",
        BAD + "Flow_NoEdge: sequence flow has no diagram edge (BPMNEdge)");
  }

  @Test
  void reportsUserTaskWithoutProperForm() {
    assertThat(badFaults).contains(
        BAD + "Task_NoForm: user task has no camunda:formRef (Camunda Form from forms/)",
        BAD + "Task_FormKey: user task has no camunda:candidateGroups (nor candidateUsers/assignee)",
        BAD + "Task_FormKey: camunda:formKey not allowed (use camunda:formRef with binding deployment)",
        BAD + "Task_FormKey: camunda:formData (generated task form) not allowed; use a Camunda Form (formRef)",
        BAD + "Task_UnknownForm: user task camunda:formRef \"no_such_form\" names no form in forms/",
        BAD + "Task_UnknownForm: user task camunda:formRefBinding must be \"deployment\" (is unset, i.e. latest)");
  }

  @Test
  void reportsStartEventWithoutFormUnlessCalledOnly() {
    assertThat(badFaults).contains(
        BAD + "StartEvent_1: start event has no camunda:formRef (Camunda Form from forms/)");
    assertThat(badFaults).noneMatch(f -> f.contains("Start_Called")); // calledOnly=true process
  }

  @Test
  void reportsMissingOrZeroHistoryTimeToLiveAndWrongProcessId() {
    assertThat(badFaults).contains(
        BAD + "cme_bad_case: executable process has no camunda:historyTimeToLive",
        "processes/wrong_file_name.bpmn: cme_other_id: camunda:historyTimeToLive must not be 0",
        "processes/wrong_file_name.bpmn: cme_other_id: process id must equal the file name (wrong_file_name)");
  }

  @Test
  void reportsJavaClassesAndScripts() {
    assertThat(badFaults).contains(
        BAD + "Task_Class: class=\"uk.gov.cme.SomeDelegate\" not allowed (use camunda:delegateExpression=\"${bean}\")",
        BAD + "Task_Class: camunda:executionListener class=\"uk.gov.cme.SomeListener\" not allowed"
            + " (use camunda:delegateExpression=\"${bean}\")",
        BAD + "Task_Class: delegateExpression must be \"${beanName}\" (is \"${someBean.listener}\")",
        BAD + "Task_Script: script task not allowed (use a service task with camunda:delegateExpression=\"${bean}\")",
        BAD + "Flow_Labelled: script condition (language=\"groovy\") not allowed; use an expression ${...}");
  }

  @Test
  void reportsUnnamedActivitiesGatewaysAndGatewayFlows() {
    assertThat(badFaults).contains(
        BAD + "Task_Class: serviceTask has no name",
        BAD + "Gateway_Decide: exclusiveGateway with 2 outgoing flows has no name (the question it decides)",
        BAD + "Flow_Unlabelled: outgoing flow of exclusiveGateway Gateway_Decide has no name (label)");
    assertThat(badFaults).noneMatch(f -> f.contains("Flow_Labelled: outgoing flow"));
  }

  /** Issue 8, defect 9: a deadline's length is a cme.deadlines setting, never a number in a model. */
  @Test
  void defect9_reportsADayCountInACalendarExpressionAndARawPeriod() {
    assertThat(badFaults).contains(
        BAD + "Task_NoForm: day count 15 written into calendar.addSchoolDays(...): make it a cme.deadlines setting"
            + " and use deadlines.<setting> (rules.md R7)",
        BAD + "Task_UnknownForm: raw period dueDate=\"P5D\": count the days with the calendar and a cme.deadlines"
            + " setting, e.g. ${calendar.addWorkingDays(now(), deadlines.chaseWorkingDays)}");
    assertThat(ModelStandards.check(goodRoot)).as("a setting, a variable or now() is no day count").isEmpty();
  }

  /** Issue 9: Tasklist's Description tab says what to do and by when, from the model. */
  @Test
  void reportsUserTaskWithoutAProperDescription() {
    assertThat(badFaults).contains(
        BAD + "Task_FormKey: user task has no description (<bpmn:documentation>): say what to do and by when;"
            + " Tasklist shows it on the task's Description tab",
        BAD + "Task_NoForm: user task description is 6 characters, fewer than 80: say what to do and by when",
        BAD + "Task_UnknownForm: user task description may use only ${deadlines.<setting>} (has ${childName})");
    assertThat(badFaults).noneMatch(f -> f.contains("${deadlines.chaseWorkingDays}"));
    assertThat(ModelStandards.check(goodRoot)).as("a description using a deadline setting").isEmpty();
  }

  @Test
  void reportsBrokenFiles() {
    assertThat(badFaults).anyMatch(f -> f.startsWith("processes/broken.bpmn: (file): cannot be read as BPMN: "));
  }

  @Test
  void reportsFormFaults() {
    assertThat(badFaults).contains(
        "forms/wrong_type.form: wrong_type: \"type\" must be \"default\" (is \"custom\")",
        "forms/wrong_type.form: wrong_type: \"schemaVersion\" 17 is above 16 (export the form for Camunda 7.24)",
        "forms/mismatch.form: dup_form: file name must equal the form id (expected dup_form.form)",
        "forms/mismatch.form: dup_form: form id is also used by forms/dup_form.form",
        "forms/no_id.form: (form): form has no top-level \"id\"",
        "forms/no_id.form: (form): \"schemaVersion\" missing or not an integer (is null)");
    assertThat(badFaults).anyMatch(f -> f.startsWith("forms/not_json.form: (file): not valid JSON: "));
  }

  /**
   * Issue 9: the forms check, on its own fixture ({@code modelcheck/badforms}: one form holding one of
   * each fault, and a code offered as a choice with labels, which is fine).
   */
  @Test
  void reportsPatternsWithoutWordsDuplicateLabelsAndCodesShownAsText(@TempDir Path root) throws Exception {
    copyFixture("badforms", root);
    String form = "forms/bad_fields.form: bad_fields: ";
    assertThat(ModelStandards.check(root)).containsExactlyInAnyOrder(
        form + "field sentOn has validate.pattern without a description saying the format in plain English "
            + "(Tasklist only says \"Field must match pattern …\")",
        form + "field answeredOn has a format but no description saying it with an example",
        form + "field urn names an unknown format \"six-digits\"",
        form + "fields parent1Phone and parent2Phone have the same label \"Their emergency phone number\"",
        form + "field sex shows a code as text; offer it as a choice with labels, or show a variable with its label",
        form + "field enquiryAgency shows a code as text; offer it as a choice with labels, or show a variable with its label",
        form + "field ground shows a code as text; offer it as a choice with labels or show groundMeaning beside it, "
            + "or show a variable with its label");
  }

  @Test
  void reportsNothingElse() {
    assertThat(badFaults)
        .withFailMessage(() -> badFaults.size() + " faults:\n" + String.join("\n", badFaults))
        .hasSize(EXPECTED_BAD_FAULT_COUNT);
  }

  /** Every fault the bad fixtures hold; update when a fixture or rule changes. */
  private static final int EXPECTED_BAD_FAULT_COUNT = 35;

  // ---------------------------------------------------------------------------------------------
  // bean references
  // ---------------------------------------------------------------------------------------------

  @Test
  void referencedBeansOfGoodModels() {
    Map<String, List<String>> beans = ModelStandards.referencedBeans(goodRoot);
    assertThat(beans).containsOnlyKeys("auditListener", "calendar", "deadlines", "escalationDelegate",
        "notifyTeamDelegate", "recordClosureDelegate");
    assertThat(beans.get("calendar")).containsExactly("processes/cme_good_case.bpmn: Task_ReviewCase");
    assertThat(beans.get("deadlines")).containsExactly("processes/cme_good_case.bpmn: Task_ReviewCase",
        "processes/cme_good_case.bpmn: Timer_ReviewOverdue");
    assertThat(beans.get("auditListener")).containsExactly("processes/cme_good_case.bpmn: cme_good_case");
    assertThat(beans.get("recordClosureDelegate"))
        .containsExactly("processes/sub/cme_good_sub.bpmn: Task_RecordClosure");
    assertThat(ModelStandards.referencedBeanNames(goodRoot)).isEqualTo(beans.keySet());
  }

  @Test
  void beanNamesInExpressions() {
    assertThat(beansIn("${calendar.addWorkingDays(now(), 5)}")).containsExactly("calendar");
    assertThat(beansIn("${a.b.c} and #{foo.bar(baz.qux, 'x.y', \"p.q\")}")).containsExactly("a", "foo", "baz");
    assertThat(beansIn("${execution.getVariable('x')} ${task.id} ${S(json).prop('a')} ${dateTime().plusDays(1)}"))
        .isEmpty();
    assertThat(beansIn("${approved} ${x > 1.5} ${!empty list} plain.text ${ map['k'].v }")).isEmpty();
    assertThat(beansIn("${ teamResolver.groupFor(execution) }")).containsExactly("teamResolver");
  }

  private static List<String> beansIn(String text) {
    List<String> found = new ArrayList<>();
    ModelStandards.beansInText(text, found::add);
    return found;
  }

  // ---------------------------------------------------------------------------------------------
  // fixtures
  // ---------------------------------------------------------------------------------------------

  /** Copies {@code modelcheck/<name>/**} from the test classpath to {@code target}, dropping ".fixture". */
  static void copyFixture(String name, Path target) throws IOException, URISyntaxException {
    URL url = ModelStandardsTest.class.getResource("/modelcheck/" + name);
    assertThat(url).as("fixture modelcheck/%s on the test classpath", name).isNotNull();
    Path source = Paths.get(url.toURI());
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        String relative = source.relativize(file).toString().replaceFirst("\\.fixture$", "");
        Path dest = target.resolve(relative);
        Files.createDirectories(dest.getParent());
        Files.copy(file, dest);
      }
    }
  }
}
