package uk.gov.cme.process.registerinspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.gov.cme.process.DecisionTableUnderTest;
import uk.gov.cme.process.registerinspection.OffRollingConcernDecision.Inputs;
import uk.gov.cme.process.registerinspection.OffRollingConcernDecision.Outputs;

/**
 * The {@code off-rolling-concern} table (processes.md P3 step 2), evaluated by key on Camunda's standalone
 * DMN engine: one case per rule, every rule has a case, and every combination of figures around the
 * thresholds matches exactly one rule.
 */
class OffRollingConcernDecisionTest {

  static final DecisionTableUnderTest TABLE = new DecisionTableUnderTest(OffRollingConcernDecision.RESOURCE,
      OffRollingConcernDecision.KEY);

  /** A school's figures in the window. */
  record Figures(int deletions, int percentFhi, int yearTenEleven, int beforeCensus) {
  }

  /** One case per rule: the rule it must match, whether it is a concern, a phrase of the reason. */
  record Case(String rule, Figures figures, boolean concern, String reasonSays) {
    @Override
    public String toString() {
      return rule;
    }
  }

  static Stream<Case> oneCasePerRule() {
    return Stream.of(
        new Case("Rule_FewDeletions", new Figures(2, 100, 2, 2), false, "too few"),
        new Case("Rule_ManyDeletions", new Figures(10, 0, 0, 0), true, "10 or more"),
        new Case("Rule_MostlyFhi", new Figures(4, 50, 0, 0), true, "(f) elective home education"),
        new Case("Rule_YearTenEleven", new Figures(5, 40, 3, 0), true, "Year 10 or 11"),
        new Case("Rule_BeforeCensus", new Figures(3, 33, 2, 2), true, "census"),
        new Case("Rule_NoPattern", new Figures(9, 49, 2, 1), false, "No pattern"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("oneCasePerRule")
  void each_rule_decides_its_case(Case c) {
    DmnDecisionTableResult result = evaluate(c.figures());

    assertThat(TABLE.matchedRules()).containsExactly(c.rule());
    DmnDecisionRuleResult row = result.getSingleResult();
    assertThat((Boolean) row.get(Outputs.CONCERN)).isEqualTo(c.concern());
    assertThat((String) row.get(Outputs.REASON)).contains(c.reasonSays());
  }

  @Test
  void every_rule_in_the_table_has_a_case_here() {
    Set<String> tested = oneCasePerRule().map(Case::rule).collect(Collectors.toSet());

    assertThat(tested).as("rule ids with a test case = rule ids in the table").isEqualTo(TABLE.ruleIds());
  }

  @Test
  void every_combination_of_figures_matches_exactly_one_rule() {
    int[] counts = {0, 1, 2, 3, 4, 9, 10, 11, 40};
    int[] percents = {0, 33, 49, 50, 51, 100};
    int combinations = 0;
    for (int deletions : counts) {
      for (int percent : percents) {
        for (int yearTenEleven : counts) {
          for (int beforeCensus : counts) {
            Figures figures = new Figures(deletions, percent, yearTenEleven, beforeCensus);
            DmnDecisionTableResult result = evaluate(figures);
            assertThat(TABLE.matchedRules()).as(figures.toString()).hasSize(1);
            boolean expected = deletions >= 10 || deletions >= 3
                && (percent >= 50 || yearTenEleven >= 3 || beforeCensus >= 2);
            assertThat((Boolean) result.getSingleResult().get(Outputs.CONCERN)).as(figures.toString())
                .isEqualTo(expected);
            assertThat((String) result.getSingleResult().get(Outputs.REASON)).as(figures.toString()).isNotBlank();
            combinations++;
          }
        }
      }
    }
    assertThat(combinations).isEqualTo(9 * 6 * 9 * 9);
  }

  @Test
  void the_table_is_readable_and_deployable() {
    Decision decision = TABLE.model().getModelElementById(OffRollingConcernDecision.KEY);
    assertThat(decision).isNotNull();
    assertThat(decision.getCamundaHistoryTimeToLiveString()).isNotBlank();
    DecisionTable table = TABLE.model().getModelElementsByType(DecisionTable.class).iterator().next();
    assertThat(table.getHitPolicy().name()).isEqualTo("UNIQUE");
    List<Rule> rules = List.copyOf(table.getRules());
    for (Rule rule : rules) {
      assertThat(rule.getDescription().getTextContent()).as("description of %s", rule.getId()).isNotBlank();
    }
  }

  static DmnDecisionTableResult evaluate(Figures f) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Inputs.DELETIONS, f.deletions());
    variables.put(Inputs.PERCENT_ON_GROUNDS_FHI, f.percentFhi());
    variables.put(Inputs.YEAR_TEN_ELEVEN, f.yearTenEleven());
    variables.put(Inputs.BEFORE_CENSUS, f.beforeCensus());
    return TABLE.evaluate(variables);
  }
}
