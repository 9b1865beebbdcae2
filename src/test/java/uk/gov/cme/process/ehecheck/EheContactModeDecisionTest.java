package uk.gov.cme.process.ehecheck;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.cme.process.ehecheck.EheContactModeDecision.ContactMode.HOME_VISIT;
import static uk.gov.cme.process.ehecheck.EheContactModeDecision.ContactMode.TELEPHONE;
import static uk.gov.cme.process.ehecheck.EheContactModeDecision.Outputs.CONTACT_MODE;
import static uk.gov.cme.process.ehecheck.EheContactModeDecision.Outputs.REASON;
import uk.gov.cme.process.DecisionTableUnderTest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.gov.cme.process.ehecheck.EheContactModeDecision.Inputs;

/**
 * The {@code ehe-contact-mode} table (seed 002 §5 TLP), evaluated by key on Camunda's standalone DMN
 * engine: one case per rule, and checks that keep the table and this test in step.
 */
class EheContactModeDecisionTest {

  /** Ids the Camunda Modeler generates, e.g. Decision_0abc123, DecisionRule_1x2y3z4. */
  static final Pattern MODELER_DEFAULT_ID = Pattern.compile("^[A-Za-z]+_[0-9][0-9a-z]{5,}$");
  static final Pattern ID_ATTRIBUTE = Pattern.compile("\\sid=\"([^\"]*)\"");

  static final DecisionTableUnderTest TABLE = new DecisionTableUnderTest(EheContactModeDecision.RESOURCE, EheContactModeDecision.KEY);
  static final DmnModelInstance model = TABLE.model();

  /** The inputs of one child. */
  record Child(boolean sen, boolean vulnerable, String socialCare, String esbas, int yearGroup, boolean schoolConcerns) {

    boolean anyConcern() {
      return sen || vulnerable || !"none".equals(socialCare) || !"none".equals(esbas) || yearGroup == 11 || schoolConcerns;
    }
  }

  /** One case per rule: the rule it must match (the first that applies), the mode and a phrase of the reason. */
  record Case(String rule, Child child, String contactMode, String reasonSays) {

    @Override
    public String toString() {
      return rule;
    }
  }

  static Child noConcerns() {
    return new Child(false, false, "none", "none", 7, false);
  }

  static Stream<Case> oneCasePerRule() {
    return Stream.of(
        new Case("Rule_SpecialEducationalNeeds", new Child(true, false, "none", "none", 7, false),
            HOME_VISIT, "special educational needs"),
        new Case("Rule_Vulnerable", new Child(false, true, "none", "none", 7, false), HOME_VISIT, "vulnerable"),
        new Case("Rule_SocialCareInvolvement", new Child(false, false, "past", "none", 7, false),
            HOME_VISIT, "social care"),
        new Case("Rule_EsbasInvolvement", new Child(false, false, "none", "current", 7, false), HOME_VISIT, "ESBAS"),
        new Case("Rule_YearEleven", new Child(false, false, "none", "none", 11, false), HOME_VISIT, "Year 11"),
        new Case("Rule_SchoolConcerns", new Child(false, false, "none", "none", 7, true),
            HOME_VISIT, "school raised concerns"),
        new Case("Rule_NoConcerns", noConcerns(), TELEPHONE, "by telephone"));
  }


  @ParameterizedTest(name = "{0}")
  @MethodSource("oneCasePerRule")
  void each_rule_decides_its_case(Case c) {
    DmnDecisionTableResult result = evaluate(c.child());

    assertThat(matchedRules()).containsExactly(c.rule());
    DmnDecisionRuleResult row = result.getSingleResult();
    assertThat((String) row.get(CONTACT_MODE)).isEqualTo(c.contactMode());
    assertThat((String) row.get(REASON)).contains(c.reasonSays());
  }

  @Test
  void every_rule_in_the_table_has_a_case_here() {
    Set<String> tested = oneCasePerRule().map(Case::rule).collect(Collectors.toSet());

    assertThat(tested).as("rule ids with a test case (oneCasePerRule) = rule ids in the table")
        .isEqualTo(ruleIds());
  }

  @Test
  void current_involvement_also_means_a_home_visit() {
    evaluate(new Child(false, false, "current", "none", 7, false));
    assertThat(matchedRules()).containsExactly("Rule_SocialCareInvolvement");
    evaluate(new Child(false, false, "none", "past", 7, false));
    assertThat(matchedRules()).containsExactly("Rule_EsbasInvolvement");
  }

  @Test
  void a_child_with_several_reasons_gets_the_reason_of_the_highest_row() {
    DmnDecisionTableResult result = evaluate(new Child(true, true, "current", "past", 11, true));

    assertThat(matchedRules()).containsExactly("Rule_SpecialEducationalNeeds");
    assertThat((String) result.getSingleResult().get(CONTACT_MODE)).isEqualTo(HOME_VISIT);
  }

  @Test
  void every_combination_of_inputs_is_a_home_visit_exactly_when_a_concern_is_recorded() {
    List<String> involvement = allowedValues("Input_SocialCareInvolvement");
    assertThat(involvement).containsExactly("none", "past", "current");
    assertThat(allowedValues("Input_EsbasInvolvement")).isEqualTo(involvement);

    int combinations = 0;
    for (boolean sen : new boolean[] {true, false}) {
      for (boolean vulnerable : new boolean[] {true, false}) {
        for (String socialCare : involvement) {
          for (String esbas : involvement) {
            for (int yearGroup = 0; yearGroup <= 11; yearGroup++) {
              for (boolean concerns : new boolean[] {true, false}) {
                Child child = new Child(sen, vulnerable, socialCare, esbas, yearGroup, concerns);
                DmnDecisionTableResult result = evaluate(child);
                assertThat(matchedRules()).as(child.toString()).hasSize(1);
                assertThat((String) result.getSingleResult().get(CONTACT_MODE)).as(child.toString())
                    .isEqualTo(child.anyConcern() ? HOME_VISIT : TELEPHONE);
                assertThat((String) result.getSingleResult().get(REASON)).as(child.toString()).isNotBlank();
                combinations++;
              }
            }
          }
        }
      }
    }
    assertThat(combinations).isEqualTo(864);
  }

  @Test
  void the_table_is_readable_and_deployable() {
    Decision decision = model.getModelElementById(EheContactModeDecision.KEY);
    assertThat(decision).as("decision with id (key) %s", EheContactModeDecision.KEY).isNotNull();
    assertThat(decision.getCamundaHistoryTimeToLiveString())
        .as("the engine enforces a history time to live").isNotBlank();
    DecisionTable table = model.getModelElementsByType(DecisionTable.class).iterator().next();
    assertThat(table.getHitPolicy().name()).isEqualTo("FIRST");
    List<Rule> rules = List.copyOf(table.getRules());
    assertThat(rules.get(rules.size() - 1).getId()).as("the catch-all row is last").isEqualTo("Rule_NoConcerns");

    for (Rule rule : rules) {
      assertThat(rule.getDescription()).as("plain-English description of %s", rule.getId()).isNotNull();
      assertThat(rule.getDescription().getTextContent()).as("description of %s", rule.getId()).isNotBlank();
    }
    List<String> ids = ID_ATTRIBUTE.matcher(text()).results().map(m -> m.group(1)).toList();
    assertThat(ids).as("ids in the file").hasSizeGreaterThan(50)
        .noneMatch(id -> MODELER_DEFAULT_ID.matcher(id).matches());
  }

  static DmnDecisionTableResult evaluate(Child child) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Inputs.SEN, child.sen());
    variables.put(Inputs.VULNERABLE, child.vulnerable());
    variables.put(Inputs.SOCIAL_CARE_INVOLVEMENT, child.socialCare());
    variables.put(Inputs.ESBAS_INVOLVEMENT, child.esbas());
    variables.put(Inputs.YEAR_GROUP, child.yearGroup());
    variables.put(Inputs.SCHOOL_CONCERNS, child.schoolConcerns());
    return TABLE.evaluate(variables);
  }

  static List<String> matchedRules() {
    return TABLE.matchedRules();
  }

  static Set<String> ruleIds() {
    return TABLE.ruleIds();
  }

  static List<String> allowedValues(String inputId) {
    return TABLE.allowedValues(inputId);
  }


  static String text() {
    return TABLE.text();
  }
}
