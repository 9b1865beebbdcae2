package uk.gov.cme.process.offroll;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.cme.process.offroll.OffRollNotificationProcess.Routes.*;
import uk.gov.cme.process.DecisionTableUnderTest;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.gov.cme.casework.DeletionGround;

/**
 * The {@code off-roll-routing} table (rules.md R6; processes.md P3), evaluated by key on Camunda's
 * standalone DMN engine: one case per rule, a check that every rule has a case, and that every
 * combination of input values matches exactly one rule with a route the process knows.
 */
class OffRollRoutingDecisionTest {

  static final List<String> ROUTES = List.of(LOG_ONLY, JOINT_DECISION, EHE_CHECK, EMIGRATION, LOST_PUPIL_AND_REFERRAL,
      CONFIRM_ON_ROLL, CMOE_WATCH, CME_REFERRAL, SAO_UPDATE, SAO_KEEPS_PUPIL);

  static final DecisionTableUnderTest TABLE = new DecisionTableUnderTest(OffRollNotificationProcess.DECISION_RESOURCE, OffRollNotificationProcess.DECISION_ROUTING);
  static final DmnModelInstance model = TABLE.model();

  /** One case per rule: the rule it must match, the inputs and the route. */
  record Case(String rule, String ground, boolean standardTransition, boolean movingAbroad, boolean newSchoolKnown,
              boolean hasProvision, boolean saoNamesSchool, String route) {

    Case(String rule, String ground, boolean standardTransition, boolean movingAbroad, boolean newSchoolKnown,
         boolean hasProvision, String route) {
      this(rule, ground, standardTransition, movingAbroad, newSchoolKnown, hasProvision, false, route);
    }

    @Override
    public String toString() {
      return rule;
    }
  }

  static Stream<Case> oneCasePerRule() {
    return Stream.of(
        new Case("Rule_RegisteredAtAnotherSchool", "a", false, false, true, false, CONFIRM_ON_ROLL),
        new Case("Rule_RegisteredAtAnotherSchoolUnderSao", "a", false, false, true, false, true, SAO_KEEPS_PUPIL),
        new Case("Rule_SaoAmendedButStillNamesSchool", "d", false, false, false, false, true, SAO_KEEPS_PUPIL),
        new Case("Rule_SaoRevokedButStillInForce", "e", false, false, false, false, true, SAO_KEEPS_PUPIL),
        new Case("Rule_LeftNursery", "b", false, false, false, false, LOG_ONLY),
        new Case("Rule_DualRegisteredOtherSchoolConsents", "c", false, false, true, true, LOG_ONLY),
        new Case("Rule_SaoAmended", "d", false, false, true, false, SAO_UPDATE),
        new Case("Rule_SaoRevoked", "e", false, false, false, false, SAO_UPDATE),
        new Case("Rule_ElectiveHomeEducation", "f", false, false, false, false, EHE_CHECK),
        new Case("Rule_ElectiveHomeEducationUnderSao", "f", false, false, false, false, true, SAO_KEEPS_PUPIL),
        new Case("Rule_MovingAbroad", "g", false, true, false, false, EMIGRATION),
        new Case("Rule_MovingAwayNoSchoolKnown", "g", false, false, false, false, LOST_PUPIL_AND_REFERRAL),
        new Case("Rule_MovingAwaySchoolKnown", "g", false, false, true, false, CONFIRM_ON_ROLL),
        new Case("Rule_NotBackAfterLeave", "h", false, false, false, false, JOINT_DECISION),
        new Case("Rule_ContinuouslyAbsent", "i", false, false, false, false, JOINT_DECISION),
        new Case("Rule_CustodyNoProvision", "j", false, false, false, false, CMOE_WATCH),
        new Case("Rule_CustodyWithProvision", "j", false, false, false, true, LOG_ONLY),
        new Case("Rule_Died", "k", false, false, false, false, LOG_ONLY),
        new Case("Rule_OverCompulsorySchoolAge", "l", false, false, false, false, LOG_ONLY),
        new Case("Rule_BoardingFeesUnpaid", "m", false, false, false, false, LOG_ONLY),
        new Case("Rule_LeftIndependentNoDestination", "n", false, false, false, false, CME_REFERRAL),
        new Case("Rule_LeftIndependentDestinationKnown", "n", false, false, true, false, LOG_ONLY),
        new Case("Rule_ExcludedNoProvision", "o", false, false, false, false, CMOE_WATCH),
        new Case("Rule_ExcludedWithProvision", "o", false, false, false, true, LOG_ONLY));
  }


  @ParameterizedTest(name = "{0}")
  @MethodSource("oneCasePerRule")
  void each_rule_routes_its_case(Case c) {
    DmnDecisionTableResult result = evaluate(c.ground(), c.standardTransition(), c.movingAbroad(), c.newSchoolKnown(),
        c.hasProvision(), c.saoNamesSchool());

    assertThat(matchedRules()).containsExactly(c.rule());
    assertThat((String) result.getSingleResult().getSingleEntry()).isEqualTo(c.route());
  }

  @Test
  void every_rule_in_the_table_has_a_case_here() {
    Set<String> tested = oneCasePerRule().map(Case::rule).collect(Collectors.toSet());

    assertThat(tested).as("rule ids with a test case (oneCasePerRule) = rule ids in the table").isEqualTo(ruleIds());
  }

  @Test
  void every_combination_of_input_values_matches_exactly_one_rule_with_a_known_route() {
    List<String> grounds = allowedValues("Input_Ground");
    assertThat(grounds).containsExactlyElementsOf(Arrays.stream(DeletionGround.values()).map(DeletionGround::letter).toList());
    Output output = model.getModelElementById("Output_Route");
    assertThat(output.getOutputValues().getText().getTextContent().split(",")).extracting(v -> v.replace("\"", "").trim())
        .containsExactlyInAnyOrderElementsOf(ROUTES);

    int combinations = 0;
    for (String ground : grounds) {
      for (int flags = 0; flags < 32; flags++) {
        boolean standard = (flags & 1) != 0;
        boolean abroad = (flags & 2) != 0;
        boolean school = (flags & 4) != 0;
        boolean provision = (flags & 8) != 0;
        boolean sao = (flags & 16) != 0;
        String inputs = ground + ", standard " + standard + ", abroad " + abroad + ", school " + school
            + ", provision " + provision + ", SAO names school " + sao;
        DmnDecisionTableResult result = evaluate(ground, standard, abroad, school, provision, sao);
        assertThat(matchedRules()).as(inputs).hasSize(1);
        String route = result.getSingleResult().getSingleEntry();
        assertThat(route).as(inputs).isIn(ROUTES);
        combinations++;
      }
    }
    assertThat(combinations).isEqualTo(15 * 32);
  }

  /**
   * Issue 10: a pupil whose School Attendance Order in force names the notifying school is registered
   * there as the order requires. Grounds (a), (d), (e) and (f) never let that school delete the name, whatever
   * else is ticked (for (f), seed 003: a parent may withdraw a child to home educate unless the child is
   * subject to a School Attendance Order); with no such order, (a) is confirmed on roll, (d), (e) update
   * the order's record and (f) starts the EHE check.
   */
  @Test
  void an_order_naming_the_school_keeps_the_pupil_on_grounds_a_d_e_and_f_only() {
    for (String ground : allowedValues("Input_Ground")) {
      for (int flags = 0; flags < 16; flags++) {
        boolean standard = (flags & 1) != 0;
        boolean abroad = (flags & 2) != 0;
        boolean school = (flags & 4) != 0;
        boolean provision = (flags & 8) != 0;
        String withOrder = evaluate(ground, standard, abroad, school, provision, true).getSingleResult().getSingleEntry();
        String without = evaluate(ground, standard, abroad, school, provision, false).getSingleResult().getSingleEntry();
        String inputs = ground + ", flags " + flags;
        switch (ground) {
          case "a", "d", "e", "f" -> {
            assertThat(withOrder).as(inputs).isEqualTo(SAO_KEEPS_PUPIL);
            assertThat(without).as(inputs).isEqualTo(switch (ground) {
              case "a" -> CONFIRM_ON_ROLL;
              case "f" -> EHE_CHECK;
              default -> SAO_UPDATE;
            });
          }
          default -> assertThat(withOrder).as(inputs + ": the order changes nothing else").isEqualTo(without);
        }
      }
    }
  }

  @Test
  void grounds_h_and_i_always_need_a_joint_decision() {
    for (String ground : List.of("h", "i")) {
      for (int flags = 0; flags < 16; flags++) {
        assertThat((String) evaluate(ground, (flags & 8) != 0, (flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0)
            .getSingleResult().getSingleEntry()).as(ground + ", flags " + flags).isEqualTo(JOINT_DECISION);
      }
    }
  }

  /**
   * Issue 8, defect 1: a "standard transition" tick switched off the law (every ground was only logged,
   * so (h) and (i) skipped the joint decision and (f) the EHE check). At a standard transition a return
   * is not required; one the school makes takes its ground's route, whatever else is ticked.
   */
  @Test
  void a_standard_transition_tick_does_not_switch_off_the_law() {
    for (int flags = 0; flags < 8; flags++) {
      boolean abroad = (flags & 1) != 0;
      boolean school = (flags & 2) != 0;
      boolean provision = (flags & 4) != 0;
      assertThat((String) evaluate("f", true, abroad, school, provision).getSingleResult().getSingleEntry())
          .as("(f), flags " + flags).isEqualTo(EHE_CHECK);
      assertThat((String) evaluate("h", true, abroad, school, provision).getSingleResult().getSingleEntry())
          .as("(h), flags " + flags).isEqualTo(JOINT_DECISION);
      assertThat((String) evaluate("i", true, abroad, school, provision).getSingleResult().getSingleEntry())
          .as("(i), flags " + flags).isEqualTo(JOINT_DECISION);
      for (String ground : allowedValues("Input_Ground")) {
        assertThat((String) evaluate(ground, true, abroad, school, provision).getSingleResult().getSingleEntry())
            .as("(%s) at a standard transition takes its ground's route, flags %d", ground, flags)
            .isEqualTo(evaluate(ground, false, abroad, school, provision).getSingleResult().getSingleEntry());
      }
    }
  }

  @Test
  void the_table_is_readable_and_deployable() {
    Decision decision = model.getModelElementById(OffRollNotificationProcess.DECISION_ROUTING);
    assertThat(decision).isNotNull();
    assertThat(decision.getCamundaHistoryTimeToLiveString()).isNotBlank();
    DecisionTable table = model.getModelElementsByType(DecisionTable.class).iterator().next();
    assertThat(table.getHitPolicy().name()).isEqualTo("UNIQUE");
    for (Rule rule : model.getModelElementsByType(Rule.class)) {
      assertThat(rule.getDescription()).as("description of %s", rule.getId()).isNotNull();
      assertThat(rule.getDescription().getTextContent()).as("description of %s", rule.getId()).isNotBlank();
    }
  }

  static DmnDecisionTableResult evaluate(String ground, boolean standardTransition, boolean movingAbroad,
                                         boolean newSchoolKnown, boolean hasProvision) {
    return evaluate(ground, standardTransition, movingAbroad, newSchoolKnown, hasProvision, false);
  }

  static DmnDecisionTableResult evaluate(String ground, boolean standardTransition, boolean movingAbroad,
                                         boolean newSchoolKnown, boolean hasProvision, boolean saoNamesSchool) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("saoNamesSchool", saoNamesSchool);
    variables.put("ground", ground);
    variables.put("standardTransition", standardTransition);
    variables.put("movingAbroad", movingAbroad);
    variables.put("newSchoolKnown", newSchoolKnown);
    variables.put("hasProvision", hasProvision);
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

}
