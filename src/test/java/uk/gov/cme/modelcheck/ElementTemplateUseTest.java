package uk.gov.cme.modelcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every model's use of a building block (a service task or call activity whose delegateExpression or
 * calledElement is a template's fixed value) is what the block's Modeler template writes: it names the
 * template ({@code camunda:modelerTemplate}, {@code camunda:modelerTemplateVersion}) and its parameters are
 * exactly the template's bindings ({@link ElementTemplates}). The checker is shown to fail on each kind of
 * fault.
 */
class ElementTemplateUseTest {

  static final Path ROOT = ModelStandardsTest.projectRoot();
  static final List<ElementTemplates.Template> TEMPLATES = ElementTemplates.load(ROOT);

  @Test
  void every_building_block_use_in_the_models_matches_its_template() throws IOException {
    List<String> faults = ElementTemplates.checkModels(ROOT, models(), TEMPLATES);
    assertThat(faults).withFailMessage(() -> faults.size() + " building-block use(s) not matching their Modeler "
        + "template (processes/.camunda/element-templates):\n  " + String.join("\n  ", faults)).isEmpty();
  }

  @Test
  void the_models_use_the_templates() throws IOException {
    Map<String, Long> uses = templatedElements();
    assertThat(uses).containsKeys("uk.gov.cme.send-notification", "uk.gov.cme.generate-letter",
        "uk.gov.cme.generate-letter-for-each-parent", "uk.gov.cme.raise-safeguarding-concern",
        "uk.gov.cme.start-cme-referral", "uk.gov.cme.start-ehe-check", "uk.gov.cme.start-emigration",
        "uk.gov.cme.start-school-attendance-order", "uk.gov.cme.record-off-roll-outcome");
    assertThat(uses.get("uk.gov.cme.send-notification")).isGreaterThanOrEqualTo(13);
    assertThat(uses.get("uk.gov.cme.raise-safeguarding-concern")).isGreaterThanOrEqualTo(11);
  }

  // ---------------------------------------------------------------------------------------------
  // the checker fails on each kind of fault
  // ---------------------------------------------------------------------------------------------

  static final String GOOD_NOTIFY = """
      <bpmn:serviceTask id="Task_Tell" name="Tell the referrer" camunda:delegateExpression="${notifyDelegate}"
          camunda:modelerTemplate="uk.gov.cme.send-notification" camunda:modelerTemplateVersion="1">
        <bpmn:extensionElements><camunda:inputOutput>
          <camunda:inputParameter name="notificationTemplate">referral-acknowledged</camunda:inputParameter>
          <camunda:inputParameter name="notificationTo">${referrerEmail}</camunda:inputParameter>
        </camunda:inputOutput></bpmn:extensionElements>
      </bpmn:serviceTask>""";

  @Test
  void a_use_as_the_template_writes_it_passes() {
    assertThat(check(GOOD_NOTIFY)).isEmpty();
  }

  @Test
  void a_use_without_its_template_is_a_fault() {
    assertThat(check(GOOD_NOTIFY.replace("camunda:modelerTemplate=\"uk.gov.cme.send-notification\"", "")))
        .singleElement().asString().contains("carries no camunda:modelerTemplate");
  }

  @Test
  void an_unknown_template_or_version_is_a_fault() {
    assertThat(check(GOOD_NOTIFY.replace("uk.gov.cme.send-notification", "uk.gov.cme.no-such")))
        .singleElement().asString().contains("does not exist");
    assertThat(check(GOOD_NOTIFY.replace("camunda:modelerTemplateVersion=\"1\"", "camunda:modelerTemplateVersion=\"9\"")))
        .singleElement().asString().contains("modelerTemplateVersion is 9");
  }

  @Test
  void a_parameter_the_template_does_not_have_is_a_fault() {
    assertThat(check(GOOD_NOTIFY.replace("</camunda:inputOutput>",
        "<camunda:inputParameter name=\"childFullName\">${name}</camunda:inputParameter></camunda:inputOutput>")))
        .singleElement().asString().contains("camunda:inputParameter childFullName is not a parameter of the template");
  }

  @Test
  void a_value_outside_the_dropdown_or_a_missing_required_one_is_a_fault() {
    assertThat(check(GOOD_NOTIFY.replace(">referral-acknowledged<", ">referral-made-up<")))
        .singleElement().asString().contains("not one of the template's choices");
    assertThat(check(GOOD_NOTIFY.replaceAll("<camunda:inputParameter name=\"notificationTemplate\">[^<]*</camunda:inputParameter>", "")))
        .singleElement().asString().contains("'Email' (camunda:inputParameter notificationTemplate) is missing");
  }

  @Test
  void a_changed_fixed_value_is_a_fault() {
    String wrongBlock = GOOD_NOTIFY.replace("uk.gov.cme.send-notification", "uk.gov.cme.start-ehe-check");
    assertThat(check(wrongBlock)).anyMatch(f -> f.contains("is ${notifyDelegate}, the template fixes ${startEheCheckDelegate}"));
  }

  @Test
  void async_without_a_retry_cycle_is_a_fault() {
    String async = GOOD_NOTIFY.replace("camunda:modelerTemplateVersion=\"1\"",
        "camunda:modelerTemplateVersion=\"1\" camunda:asyncBefore=\"true\"");
    assertThat(check(async)).singleElement().asString().contains("failedJobRetryTimeCycle");
    assertThat(check(async.replace("<bpmn:extensionElements>",
        "<bpmn:extensionElements><camunda:failedJobRetryTimeCycle>R3/PT5M</camunda:failedJobRetryTimeCycle>"))).isEmpty();
  }

  @Test
  void a_letter_mapping_of_the_wrong_form_is_a_fault() {
    String letter = """
        <bpmn:callActivity id="Task_Letter" calledElement="generate-letter" camunda:calledElementBinding="deployment"
            camunda:modelerTemplate="uk.gov.cme.generate-letter" camunda:modelerTemplateVersion="1">
          <bpmn:extensionElements>
            <camunda:in businessKey="#{execution.processBusinessKey}"/>
            <camunda:in source="caseReference" target="caseReference"/>
            <camunda:in sourceExpression="s437-notice" target="letterKind"/>
            <camunda:in source="childForename" target="childForename"/>
            <camunda:in source="childSurname" target="childSurname"/>
            <camunda:in source="dateOfBirth" target="dateOfBirth"/>
            <camunda:in source="servedBy" target="letterRequestedBy"/>
            <camunda:out source="letterId" target="letterId"/>
          </bpmn:extensionElements>
        </bpmn:callActivity>""";
    assertThat(check(letter)).isEmpty();
    assertThat(check(letter.replace("sourceExpression=\"s437-notice\"", "source=\"s437-notice\"")))
        .singleElement().asString().contains("must be an expression (sourceExpression)");
    assertThat(check(letter.replace("<camunda:out source=\"letterId\" target=\"letterId\"/>",
        "<camunda:out source=\"letterId\" target=\"letterId\" local=\"true\"/>")))
        .singleElement().asString().contains("must not be local");
    assertThat(check(letter.replace("uk.gov.cme.generate-letter\"", "uk.gov.cme.generate-letter-for-each-parent\"")))
        .anyMatch(f -> f.contains("(camunda:in parentName) is missing")).anyMatch(f -> f.contains("must be local"));
  }

  static List<String> check(String element) {
    String xml = """
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="t">
          <bpmn:process id="p" isExecutable="true">%s</bpmn:process>
        </bpmn:definitions>""".formatted(element);
    return ElementTemplates.checkModel(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), TEMPLATES);
  }

  static List<Path> models() throws IOException {
    try (Stream<Path> files = Files.walk(ROOT.resolve("processes"))) {
      return files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList();
    }
  }

  static Map<String, Long> templatedElements() throws IOException {
    Map<String, Long> uses = new java.util.HashMap<>();
    for (Path model : models()) {
      var document = ElementTemplates.parse(Files.newInputStream(model));
      ElementTemplates.bpmnElements(document).stream()
          .map(e -> ElementTemplates.attribute(e, ElementTemplates.CAMUNDA, "modelerTemplate"))
          .filter(java.util.Objects::nonNull)
          .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
          .forEach((id, n) -> uses.merge(id, n, Long::sum));
    }
    return uses;
  }
}
