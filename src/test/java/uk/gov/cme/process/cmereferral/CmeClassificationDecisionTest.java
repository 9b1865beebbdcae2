package uk.gov.cme.process.cmereferral;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.cme.process.cmereferral.CmeClassificationDecision.Classification.CME;
import static uk.gov.cme.process.cmereferral.CmeClassificationDecision.Classification.CMOOE;
import static uk.gov.cme.process.cmereferral.CmeClassificationDecision.Classification.EHE_CHECK;
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
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import uk.gov.cme.process.cmereferral.CmeClassificationDecision.Inputs;

/**
 * The {@code cme-classification} table (rules.md R1, R2, R3), evaluated by key on
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
   * the reason must contain, and a phrase the signposting must contain (null: no signposting). Hours
   * and weeks null mean not given.
   */
  record Case(String rule, boolean compulsorySchoolAge, boolean onSchoolRoll, String educationElsewhere,
      String pmooeTrigger, Double formalHoursPerWeek, Integer weeksOutOfProvision, String classification,
      String reasonSays, String signpostingSays) {

    @Override
    public String toString() {
      return rule;
    }
  }

  static Stream<Case> oneCasePerRule() {
    return Stream.of(
        new Case("Rule_NotCompulsorySchoolAge", false, false, "none", "none", null, null,
            NOT_CME, "not of compulsory school age", "School Admissions"),
        new Case("Rule_OnRollPmooe", true, true, "none", "absent-20-days", null, null,
            PMOOE, "Pupil Missing Out On Education", null),
        new Case("Rule_OnRollAttendanceMatter", true, true, "none", "none", 25.0, null,
            NOT_CME, "attendance matter for the school", "school's attendance procedures"),
        new Case("Rule_OnRollPartTime", true, true, "none", "none", 12.5, null,
            CMOOE, "fewer than 18 hours a week of formal education", null),
        new Case("Rule_SuitableHomeEducation", true, false, "ehe-suitable", "none", null, null,
            NOT_CME, "judged that education suitable", "Elective Home Education team"),
        new Case("Rule_AlternativeProvision", true, false, "alternative-provision", "none", 20.0, 1,
            NOT_CME, "alternative provision", "fewer than 18 hours"),
        new Case("Rule_ReducedHoursEngaged", true, false, "reduced-hours-engaged", "none", null, null,
            NOT_CME, "Reduced Hours Provision", "fewer than 18 hours"),
        new Case("Rule_ProvisionUnder18Hours", true, false, "alternative-provision", "none", 10.0, null,
            CMOOE, "fewer than 18 hours a week of formal education", null),
        new Case("Rule_OutOfProvisionFourWeeks", true, false, "reduced-hours-engaged", "none", null, 6,
            CMOOE, "4 weeks or more", null),
        new Case("Rule_HomeEducationNotAssessed", true, false, "ehe-not-assessed", "none", null, null,
            EHE_CHECK, "Elective Home Education team (Teaching and Learning Provision), who will contact the family", null),
        new Case("Rule_HomeEducationUnsuitable", true, false, "ehe-unsuitable", "none", null, null,
            CME, "assessed their home education as unsuitable", null),
        new Case("Rule_NoEducation", true, false, "none", "none", null, null,
            CME, "not receiving education elsewhere", null));
  }


  @ParameterizedTest(name = "{0}")
  @MethodSource("oneCasePerRule")
  void each_rule_classifies_its_case(Case c) {
    DmnDecisionTableResult result = evaluate(c.compulsorySchoolAge(), c.onSchoolRoll(), c.educationElsewhere(),
        c.pmooeTrigger(), c.formalHoursPerWeek(), c.weeksOutOfProvision());

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

  /** Hours a week to try: not given, just under the R3 threshold (18), at it. */
  static final Double[] HOURS = {null, 17.5, 18.0};
  /** Whole weeks out of provision to try: not given, just under the R3 threshold (4), at it. */
  static final Integer[] WEEKS = {null, 3, 4};

  @Test
  void every_combination_of_input_values_matches_exactly_one_rule() {
    List<String> education = allowedValues("Input_EducationElsewhere");
    List<String> triggers = allowedValues("Input_PmooeTrigger");
    assertThat(education).containsExactlyInAnyOrder("none", "ehe-suitable", "ehe-not-assessed", "ehe-unsuitable",
        "alternative-provision", "reduced-hours-engaged");
    assertThat(triggers).containsExactlyInAnyOrder("none", "leave-not-returned", "absent-20-days",
        "missed-transition-start", "missed-20-consecutive-days");
    Output output = model.getModelElementById("Output_Classification");
    assertThat(output.getOutputValues().getText().getTextContent().split(",")).extracting(v -> v.replace("\"", "").trim())
        .containsExactlyInAnyOrder(CME, PMOOE, CMOOE, EHE_CHECK, NOT_CME);

    int combinations = 0;
    for (boolean age : new boolean[] {true, false}) {
      for (boolean onRoll : new boolean[] {true, false}) {
        for (String elsewhere : education) {
          for (String trigger : triggers) {
            for (Double hours : HOURS) {
              for (Integer weeks : WEEKS) {
                String inputs = age + ", " + onRoll + ", " + elsewhere + ", " + trigger + ", " + hours + " hours, "
                    + weeks + " weeks";
                DmnDecisionTableResult result = evaluate(age, onRoll, elsewhere, trigger, hours, weeks);
                assertThat(matchedRules()).as(inputs).hasSize(1);
                String classification = (String) result.getSingleResult().get(CLASSIFICATION);
                String signposting = (String) result.getSingleResult().get(SIGNPOSTING);
                assertThat(classification).as(inputs).isIn(CME, PMOOE, CMOOE, EHE_CHECK, NOT_CME);
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
      }
    }
    assertThat(combinations).isEqualTo(120 * 9);
  }

  @Test
  void every_registered_pupil_with_a_pmooe_trigger_is_pmooe_whatever_else_is_recorded() {
    for (String trigger : List.of("leave-not-returned", "absent-20-days", "missed-transition-start",
        "missed-20-consecutive-days")) {
      for (String elsewhere : allowedValues("Input_EducationElsewhere")) {
        for (Double hours : HOURS) {
          assertThat((String) evaluate(true, true, elsewhere, trigger, hours, 6).getSingleResult().get(CLASSIFICATION))
              .as(trigger + ", " + elsewhere + ", " + hours).isEqualTo(PMOOE);
        }
      }
    }
  }

  /**
   * Issue 8, defect 3: "home education not yet assessed" was dropped (closed as not CME, the referrer
   * told to contact TLP). Now the LA starts its own EHE check: EHE_CHECK, whatever else is recorded.
   */
  @Test
  void home_education_not_yet_assessed_is_not_dropped_the_la_starts_its_own_ehe_check() {
    for (String trigger : allowedValues("Input_PmooeTrigger")) {
      for (Double hours : HOURS) {
        for (Integer weeks : WEEKS) {
          DmnDecisionRuleResult row = evaluate(true, false, "ehe-not-assessed", trigger, hours, weeks).getSingleResult();
          assertThat((String) row.get(CLASSIFICATION)).as(trigger + ", " + hours + ", " + weeks).isEqualTo(EHE_CHECK);
          assertThat((String) row.get(REASON)).contains("passed the child to the local authority's Elective Home Education team");
        }
      }
    }
  }

  /**
   * Issue 8, defect 11: the CMOE and CMOOE inputs were missing (rules.md R3), so such referrals were
   * closed as not CME. Fewer than 18 hours a week of formal education (CMOOE, seed 000), or 4 weeks or
   * more out of provision (CMOE, seed 004), is CMOOE: kept, flagged for the CMOOE Action Group. The
   * thresholds are the table's, exactly as R3 words them.
   */
  @ParameterizedTest(name = "on roll {0}, {1}, {2} hours, {3} weeks: {4}")
  @CsvSource(nullValues = "-", value = {
      "true,  none,                  17.9, -,  CMOOE",
      "true,  none,                  18,   -,  NOT_CME",
      "true,  none,                  0,    -,  CMOOE",
      "false, alternative-provision, 17.5, -,  CMOOE",
      "false, alternative-provision, 18,   3,  NOT_CME",
      "false, alternative-provision, 18,   4,  CMOOE",
      "false, alternative-provision, -,    4,  CMOOE",
      "false, alternative-provision, -,    -,  NOT_CME",
      "false, reduced-hours-engaged, 12,   -,  CMOOE",
      "false, reduced-hours-engaged, 25,   3,  NOT_CME",
      "false, reduced-hours-engaged, 25,   4,  CMOOE",
      "false, none,                  -,    9,  CME",
      "false, ehe-suitable,          -,    -,  NOT_CME"})
  void cmoe_and_cmooe_inputs_under_18_hours_or_4_weeks_out_of_provision_are_missing_out_on_education(
      boolean onRoll, String elsewhere, Double hours, Integer weeks, String classification) {
    assertThat((String) evaluate(true, onRoll, elsewhere, "none", hours, weeks).getSingleResult().get(CLASSIFICATION))
        .isEqualTo(classification);
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
      String educationElsewhere, String pmooeTrigger, Double formalHoursPerWeek, Integer weeksOutOfProvision) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Inputs.COMPULSORY_SCHOOL_AGE, compulsorySchoolAge);
    variables.put(Inputs.ON_SCHOOL_ROLL, onSchoolRoll);
    variables.put(Inputs.EDUCATION_ELSEWHERE, educationElsewhere);
    variables.put(Inputs.PMOOE_TRIGGER, pmooeTrigger);
    variables.put(Inputs.FORMAL_HOURS_PER_WEEK, formalHoursPerWeek);
    variables.put(Inputs.WEEKS_OUT_OF_PROVISION, weeksOutOfProvision);
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
