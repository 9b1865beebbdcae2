package uk.gov.cme.modelcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Modeler element templates ({@code processes/.camunda/element-templates/*.json}) are valid against
 * Camunda's element-template JSON schema, the npm package {@code @camunda/element-templates-json-schema}
 * pinned in {@code .ci/package.json} and installed by {@code npm ci --prefix .ci} ({@code .ci/run} does it
 * through {@code .ci/lint-bpmn.sh} before {@code ./mvnw verify}). Without the package the test fails and
 * says how to install it: it never passes without having checked anything. A deliberately broken template
 * is rejected, so the check can fail.
 */
class ElementTemplateSchemaTest {

  static final String PACKAGE = "@camunda/element-templates-json-schema";
  static final ObjectMapper JSON = new ObjectMapper();

  static Schema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    Path root = ModelStandardsTest.projectRoot();
    Path packageDir = root.resolve(".ci/node_modules").resolve(PACKAGE);
    Path schemaFile = packageDir.resolve("resources/schema.json");
    if (!Files.isRegularFile(schemaFile)) {
      fail("The element-template JSON schema is not installed (" + schemaFile + "): run `npm ci --prefix .ci` "
          + "(or .ci/lint-bpmn.sh, which installs it) from the project root, then run the tests again.");
    }
    String pinned = JSON.readTree(root.resolve(".ci/package.json").toFile()).path("devDependencies")
        .path(PACKAGE).asText();
    String installed = JSON.readTree(packageDir.resolve("package.json").toFile()).path("version").asText();
    assertThat(installed).as("installed %s (pinned in .ci/package.json; run npm ci --prefix .ci)", PACKAGE)
        .isEqualTo(pinned);
    schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
        .getSchema(Files.readString(schemaFile), InputFormat.JSON);
  }

  static List<String> errors(String templateJson) {
    return schema.validate(templateJson, InputFormat.JSON).stream().map(Error::toString).toList();
  }

  @Test
  void every_template_file_is_valid_against_the_schema() throws IOException {
    List<Path> files = templateFiles();
    assertThat(files).as("template files in %s", ElementTemplates.folder(ModelStandardsTest.projectRoot()))
        .hasSizeGreaterThanOrEqualTo(5);
    List<String> faults = new ArrayList<>();
    for (Path file : files) {
      errors(Files.readString(file)).forEach(error -> faults.add(file.getFileName() + ": " + error));
    }
    assertThat(faults).withFailMessage(() -> "templates not valid against " + PACKAGE + ":\n  "
        + String.join("\n  ", faults)).isEmpty();
  }

  @Test
  void template_ids_are_unique_and_versioned() {
    List<ElementTemplates.Template> templates = ElementTemplates.load(ModelStandardsTest.projectRoot());
    assertThat(templates).extracting(ElementTemplates.Template::id).doesNotHaveDuplicates()
        .allMatch(id -> id.startsWith("uk.gov.cme."));
    assertThat(templates).allMatch(t -> t.version() >= 1, "has a version");
  }

  @Test
  void a_valid_template_passes() {
    assertThat(errors(VALID)).isEmpty();
  }

  /** Each a copy of {@link #VALID} with one fault the Modeler would refuse the template for. */
  @ParameterizedTest
  @ValueSource(strings = {
      // no id
      """
      {"name": "Broken", "appliesTo": ["bpmn:Task"], "properties": []}""",
      // a binding type the Modeler does not know
      """
      {"name": "Broken", "id": "broken", "appliesTo": ["bpmn:Task"],
       "properties": [{"type": "String", "binding": {"type": "camunda:inputParam", "name": "x"}}]}""",
      // a dropdown without choices
      """
      {"name": "Broken", "id": "broken", "appliesTo": ["bpmn:Task"],
       "properties": [{"type": "Dropdown", "binding": {"type": "camunda:inputParameter", "name": "x"}}]}""",
      // a checkbox bound to an input parameter (only String, Text, Hidden, Dropdown are allowed there)
      """
      {"name": "Broken", "id": "broken", "appliesTo": ["bpmn:Task"],
       "properties": [{"type": "Boolean", "binding": {"type": "camunda:inputParameter", "name": "x"}}]}""",
      // an input parameter binding without its name
      """
      {"name": "Broken", "id": "broken", "appliesTo": ["bpmn:Task"],
       "properties": [{"type": "String", "binding": {"type": "camunda:inputParameter"}}]}""",
      // appliesTo not a BPMN type
      """
      {"name": "Broken", "id": "broken", "appliesTo": ["ServiceTask"], "properties": []}"""})
  void a_broken_template_is_rejected(String broken) {
    assertThat(errors(broken)).isNotEmpty();
  }

  @Test
  void a_broken_template_file_is_rejected() throws IOException {
    try (var in = getClass().getResourceAsStream("/modelcheck/templates/broken-template.json")) {
      assertThat(in).isNotNull();
      assertThat(errors(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)))
          .anyMatch(error -> error.contains("choices"));
    }
  }

  static final String VALID = """
      {"name": "Fine", "id": "fine", "appliesTo": ["bpmn:Task"], "elementType": {"value": "bpmn:ServiceTask"},
       "properties": [
         {"type": "Hidden", "value": "${notifyDelegate}",
          "binding": {"type": "property", "name": "camunda:delegateExpression"}},
         {"type": "Dropdown", "choices": [{"name": "A", "value": "a"}],
          "binding": {"type": "camunda:inputParameter", "name": "x"}}]}""";

  static List<Path> templateFiles() {
    Path folder = ElementTemplates.folder(ModelStandardsTest.projectRoot());
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
