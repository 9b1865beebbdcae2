package uk.gov.cme.process.cmereferral;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.springframework.stereotype.Component;
import uk.gov.cme.process.shared.SystemCalls;

/**
 * The choices the classification table ({@code processes/decisions/cme-classification.dmn}) offers,
 * read from the table the engine has deployed: for each text input that lists its values (the
 * Modeler's "input values"), the process variable it reads and those values. The intake checks a
 * referral's choices against them, so a process owner who adds a row with a new value to the table
 * needs no code change. The latest deployed version is the one the CME referral evaluates
 * ({@code camunda:decisionRef}, binding latest); each version is read once.
 */
@Component
public class ClassificationTable {

  /** An input expression that is just a variable's name. */
  private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private final RepositoryService repository;
  private final SystemCalls system;
  private final Map<String, Map<String, List<String>>> byDefinition = new ConcurrentHashMap<>();

  public ClassificationTable(RepositoryService repository, SystemCalls system) {
    this.repository = repository;
    this.system = system;
  }

  /**
   * The values each listed text input allows, by the variable it reads, in the table's order; empty
   * when the table is not deployed.
   */
  public Map<String, List<String>> allowedValues() {
    // The table is the application's, not the caller's: read it whoever refers.
    DecisionDefinition latest = system.run(() -> repository.createDecisionDefinitionQuery()
        .decisionDefinitionKey(CmeClassificationDecision.KEY).latestVersion().singleResult());
    if (latest == null) {
      return Map.of();
    }
    return byDefinition.computeIfAbsent(latest.getId(),
        id -> read(system.run(() -> repository.getDmnModelInstance(id))));
  }

  /** The listed values of the decision's text inputs, by the variable each reads. */
  static Map<String, List<String>> read(DmnModelInstance model) {
    Decision decision = model.getModelElementById(CmeClassificationDecision.KEY);
    DecisionTable table = (DecisionTable) decision.getExpression();
    Map<String, List<String>> allowed = new LinkedHashMap<>();
    for (Input input : table.getInputs()) {
      var expression = input.getInputExpression();
      String variable = expression.getText() == null ? "" : expression.getText().getTextContent().trim();
      if (input.getInputValues() == null || !"string".equals(expression.getTypeRef())
          || !VARIABLE.matcher(variable).matches()) {
        continue;
      }
      allowed.put(variable, values(input.getInputValues().getText().getTextContent()));
    }
    return Collections.unmodifiableMap(allowed);
  }

  /** {@code "a","b, c"} as a, b, c: the quoted strings of a FEEL list of values, commas inside quotes kept. */
  static List<String> values(String listed) {
    List<String> values = new ArrayList<>();
    StringBuilder value = null;
    for (int i = 0; i < listed.length(); i++) {
      char c = listed.charAt(i);
      if (value == null) {
        if (c == '"') {
          value = new StringBuilder();
        }
      } else if (c == '\\' && i + 1 < listed.length()) {
        value.append(listed.charAt(++i));
      } else if (c == '"') {
        values.add(value.toString());
        value = null;
      } else {
        value.append(c);
      }
    }
    return List.copyOf(values);
  }
}
