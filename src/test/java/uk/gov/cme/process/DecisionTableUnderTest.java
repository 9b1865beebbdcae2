package uk.gov.cme.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Rule;

/**
 * A decision table from processes/decisions on Camunda's standalone DMN engine, for the
 * {@code <Decision>DecisionTest}s: evaluate by key, see which rules matched, list the rules and the
 * values an input offers in the Modeler.
 */
public final class DecisionTableUnderTest {

  private final String resource;
  private final String key;
  private final DmnModelInstance model;
  private final DmnEngine engine;
  private final List<DmnDecisionTableEvaluationEvent> evaluations = new ArrayList<>();

  public DecisionTableUnderTest(String resource, String key) {
    this.resource = resource;
    this.key = key;
    try (InputStream in = open()) {
      this.model = Dmn.readModelFromStream(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    DefaultDmnEngineConfiguration configuration =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    configuration.customPostDecisionTableEvaluationListeners(List.of(
        (DmnDecisionTableEvaluationListener) evaluations::add));
    this.engine = configuration.buildEngine();
  }

  public DmnModelInstance model() {
    return model;
  }

  /** Evaluates the decision by its key; {@link #matchedRules()} then tells which rules matched. */
  public DmnDecisionTableResult evaluate(Map<String, Object> variables) {
    evaluations.clear();
    return engine.evaluateDecisionTable(key, model, variables);
  }

  /** The ids of the rules the last evaluation matched. */
  public List<String> matchedRules() {
    assertThat(evaluations).hasSize(1);
    return evaluations.get(0).getMatchingRules().stream().map(DmnEvaluatedDecisionRule::getId).toList();
  }

  public Set<String> ruleIds() {
    return model.getModelElementsByType(Rule.class).stream().map(Rule::getId).collect(Collectors.toSet());
  }

  /** The values listed for an input in the table ({@code "a","b"}), as the Modeler offers them. */
  public List<String> allowedValues(String inputId) {
    Input input = model.getModelElementById(inputId);
    return Arrays.stream(input.getInputValues().getText().getTextContent().split(","))
        .map(String::trim)
        .map(v -> v.substring(1, v.length() - 1))
        .toList();
  }

  /** The table's file as text. */
  public String text() {
    try (InputStream in = open()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private InputStream open() {
    InputStream in = DecisionTableUnderTest.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new UncheckedIOException(new IOException(resource + " is not on the classpath"));
    }
    return in;
  }
}
