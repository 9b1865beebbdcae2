package uk.gov.cme.process.cmereferral;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.cme.process.cmereferral.CmeClassificationDecision.Classification.CME;
import static uk.gov.cme.process.cmereferral.CmeClassificationDecision.Classification.NOT_CME;
import static uk.gov.cme.process.cmereferral.CmeClassificationDecision.Classification.PMOOE;
import static uk.gov.cme.process.cmereferral.CmeClassificationDecision.Outputs.CLASSIFICATION;
import static uk.gov.cme.process.cmereferral.CmeClassificationDecision.Outputs.REASON;
import static uk.gov.cme.process.cmereferral.CmeClassificationDecision.Outputs.SIGNPOSTING;
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
import uk.gov.cme.process.cmereferral.CmeClassificationDecision.Inputs;

/**
 * The {@code cme-classification} table (rules.md R1, R2; R3 in the signposting), evaluated by key on
 * Camunda's standalone DMN engine: one case per rule, and checks that keep the table and this test in
 * step.
 */
class CmeClassificationDecisionTest {

  /** Ids the Camunda Modeler generates, e.g. Decision_0abc123, DecisionRule_1x2y3z4, UnaryTests_0q1w2e3. */
  static final Pattern MODELER_DEFAULT_ID = Pattern.compile("^[A-Za-z]+_[0-9][0-9a-z]{5,}$");
  static final Pattern ID_ATTRIBUTE = Pattern.compile("\\sid=\"([^\"]*)\"");

  static final DecisionTableUnderTest TABLE = new DecisionTableUnderTest(CmeClassificationDecision.RESOURCE, CmeClassificationDecision.KEY);
  static final DmnModelInstance model = TABLE.model();

  /**
   * One case per rule of the table: the rule it must match, the inputs, the classification, a phrase
   * the reason must contain, and a phrase the signposting must contain (null: no signposting).
   */
  record Case(String rule, boolean compulsorySchoolAge, boolean onSchoolRoll, String educationElsewhere,
      String pmooeTrigger, String classification, String reasonSays, String signpostingSays) {

    @Override
    public String toString() {
      return rule;
    }
  }

  static Stream<Case> oneCasePerRule() {
    return Stream.of(
        new Case("Rule_NotCompulsorySchoolAge", false, false, "none", "none",
            NOT_CME, "not of compulsory school age", "School Admissions"),
        new Case("Rule_OnRollPmooe", true, true, "none", "absent-20-days",
            PMOOE, "Pupil Missing Out On Education", null),
        new Case("Rule_OnRollAttendanceMatter", true, true, "none", "none",
            NOT_CME, "attendance matter for the school", "school's attendance procedures"),
        new Case("Rule_SuitableHomeEducation", true, false, "ehe-suitable", "none",
            NOT_CME, "judged that education suitable", "Elective Home Education team"),
        new Case("Rule_AlternativeProvision", true, false, "alternative-provision", "none",
            NOT_CME, "alternative provision", "fewer than 18 hours"),
        new Case("Rule_ReducedHoursEngaged", true, false, "reduced-hours-engaged", "none",
            NOT_CME, "Reduced Hours Provision", "fewer than 18 hours"),
        new Case("Rule_HomeEducationNotAssessed", true, false, "ehe-not-assessed", "none",
            NOT_CME, "not yet assessed", "Elective Home Education team (Teaching and Learning Provision)"),
        new Case("Rule_HomeEducationUnsuitable", true, false, "ehe-unsuitable", "none",
            CME, "assessed their home education as unsuitable", null),
        new Case("Rule_NoEducation", true, false, "none", "none",
            CME, "not receiving education elsewhere", null));
  }


  @ParameterizedTest(name = "{0}")
  @MethodSource("oneCasePerRule")
  void each_rule_classifies_its_case(Case c) {
    DmnDecisionTableResult result = evaluate(c.compulsorySchoolAge(), c.onSchoolRoll(), c.educationElsewhere(),
        c.pmooeTrigger());

    assertThat(matchedRules()).containsExactly(c.rule());
    DmnDecisionRuleResult row = result.getSingleResult();
    assertThat((String) row.get(CLASSIFICATION)).isEqualTo(c.classification());
    assertThat((String) row.get(REASON)).contains(c.reasonSays());
    if (c.signpostingSays() == null) {
      assertThat((String) row.get(SIGNPOSTING)).isNull();
    } else {
      assertThat((String) row.get(SIGNPOSTING)).contains(c.signpostingSays());
    }
  }

  @Test
  void every_rule_in_the_table_has_a_case_here() {
    Set<String> tested = oneCasePerRule().map(Case::rule).collect(Collectors.toSet());

    assertThat(tested).as("rule ids with a test case (oneCasePerRule) = rule ids in the table")
        .isEqualTo(ruleIds());
  }

  @Test
  void every_combination_of_input_values_matches_exactly_one_rule() {
    List<String> education = allowedValues("Input_EducationElsewhere");
    List<String> triggers = allowedValues("Input_PmooeTrigger");
    assertThat(education).containsExactlyInAnyOrder("none", "ehe-suitable", "ehe-not-assessed", "ehe-unsuitable",
        "alternative-provision", "reduced-hours-engaged");
    assertThat(triggers).containsExactlyInAnyOrder("none", "leave-not-returned", "absent-20-days",
        "missed-transition-start", "missed-20-consecutive-days");

    int combinations = 0;
    for (boolean age : new boolean[] {true, false}) {
      for (boolean onRoll : new boolean[] {true, false}) {
        for (String elsewhere : education) {
          for (String trigger : triggers) {
            String inputs = age + ", " + onRoll + ", " + elsewhere + ", " + trigger;
            DmnDecisionTableResult result = evaluate(age, onRoll, elsewhere, trigger);
            assertThat(matchedRules()).as(inputs).hasSize(1);
            String classification = (String) result.getSingleResult().get(CLASSIFICATION);
            String signposting = (String) result.getSingleResult().get(SIGNPOSTING);
            assertThat(classification).as(inputs).isIn(CME, PMOOE, NOT_CME);
            assertThat((String) result.getSingleResult().get(REASON)).as(inputs).isNotBlank();
            if (NOT_CME.equals(classification)) {
              assertThat(signposting).as("signposting for %s", inputs).isNotBlank();
            } else {
              assertThat(signposting).as("no signposting for %s", inputs).isNull();
            }
            combinations++;
          }
        }
      }
    }
    assertThat(combinations).isEqualTo(120);
  }

  @Test
  void every_registered_pupil_with_a_pmooe_trigger_is_pmooe_whatever_else_is_recorded() {
    for (String trigger : List.of("leave-not-returned", "absent-20-days", "missed-transition-start",
        "missed-20-consecutive-days")) {
      for (String elsewhere : allowedValues("Input_EducationElsewhere")) {
        assertThat((String) evaluate(true, true, elsewhere, trigger).getSingleResult().get(CLASSIFICATION))
            .as(trigger + ", " + elsewhere).isEqualTo(PMOOE);
      }
    }
  }

  @Test
  void the_table_is_readable_and_deployable() {
    Decision decision = model.getModelElementById(CmeClassificationDecision.KEY);
    assertThat(decision).as("decision with id (key) %s", CmeClassificationDecision.KEY).isNotNull();
    assertThat(decision.getCamundaHistoryTimeToLiveString())
        .as("the engine enforces a history time to live").isNotBlank();
    DecisionTable table = model.getModelElementsByType(DecisionTable.class).iterator().next();
    assertThat(table.getHitPolicy().name()).isEqualTo("UNIQUE");

    for (Rule rule : model.getModelElementsByType(Rule.class)) {
      assertThat(rule.getDescription()).as("plain-English description of %s", rule.getId()).isNotNull();
      assertThat(rule.getDescription().getTextContent()).as("description of %s", rule.getId()).isNotBlank();
    }
    List<String> ids = ID_ATTRIBUTE.matcher(text()).results().map(m -> m.group(1)).toList();
    assertThat(ids).as("ids in the file").hasSizeGreaterThan(50)
        .noneMatch(id -> MODELER_DEFAULT_ID.matcher(id).matches());
  }

  static DmnDecisionTableResult evaluate(boolean compulsorySchoolAge, boolean onSchoolRoll,
      String educationElsewhere, String pmooeTrigger) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Inputs.COMPULSORY_SCHOOL_AGE, compulsorySchoolAge);
    variables.put(Inputs.ON_SCHOOL_ROLL, onSchoolRoll);
    variables.put(Inputs.EDUCATION_ELSEWHERE, educationElsewhere);
    variables.put(Inputs.PMOOE_TRIGGER, pmooeTrigger);
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
