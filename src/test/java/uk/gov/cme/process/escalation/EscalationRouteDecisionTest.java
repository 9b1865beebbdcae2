package uk.gov.cme.process.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.cme.process.escalation.EscalationRouteDecision.Outputs.GROUP;
import static uk.gov.cme.process.escalation.EscalationRouteDecision.Outputs.ROUTE;
import static uk.gov.cme.process.escalation.EscalationRouteDecision.Outputs.ROUTE_NAME;
import static uk.gov.cme.process.escalation.EscalationRouteDecision.Route.*;
import static uk.gov.cme.process.escalation.EscalationTrigger.CHILD_OF_INTEREST;
import static uk.gov.cme.process.escalation.EscalationTrigger.CMOOE_FLAG;
import static uk.gov.cme.process.escalation.EscalationTrigger.PANEL_DECISION;
import static uk.gov.cme.process.escalation.EscalationTrigger.PRACTITIONER_CONCERN;
import static uk.gov.cme.process.escalation.EscalationTrigger.STUCK_CASE;

import java.util.Arrays;
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
import org.junit.jupiter.params.provider.MethodSource;
import uk.gov.cme.process.DecisionTableUnderTest;
import uk.gov.cme.process.escalation.EscalationRouteDecision.Group;
import uk.gov.cme.process.escalation.EscalationRouteDecision.Inputs;

/**
 * The {@code escalation-route} table (processes.md P8; seed 000's three stages, seed 004 §4), evaluated by
 * key on Camunda's standalone DMN engine: one case per rule, a check that every rule has a case, and that
 * every combination of input values matches exactly one rule with a route, group and name.
 */
class EscalationRouteDecisionTest {

  /** Ids the Camunda Modeler generates, e.g. Decision_0abc123, DecisionRule_1x2y3z4. */
  static final Pattern MODELER_DEFAULT_ID = Pattern.compile("^[A-Za-z]+_[0-9][0-9a-z]{5,}$");
  static final Pattern ID_ATTRIBUTE = Pattern.compile("\\sid=\"([^\"]*)\"");

  static final DecisionTableUnderTest TABLE = new DecisionTableUnderTest(EscalationRouteDecision.RESOURCE, EscalationRouteDecision.KEY);
  static final DmnModelInstance model = TABLE.model();

  /** One case per rule: the rule it must match, the inputs, the route, the group and a phrase of the name. */
  record Case(String rule, int stage, boolean childInCare, boolean send, EscalationTrigger trigger,
              String route, String group, String nameSays) {

    @Override
    public String toString() {
      return rule;
    }
  }

  static Stream<Case> oneCasePerRule() {
    return Stream.of(
        new Case("Rule_Stage1ChildInCare", 1, true, false, STUCK_CASE,
            CIC_CMOOE_ACTION_GROUP, Group.CIC_CMOOE_GROUP, "Children in Care CMOOE Action Group"),
        new Case("Rule_Stage1PractitionerConcern", 1, false, true, PRACTITIONER_CONCERN,
            LINE_MANAGER, Group.LINE_MANAGER, "line manager"),
        new Case("Rule_Stage1ActionGroup", 1, false, false, PANEL_DECISION,
            CMOOE_ACTION_GROUP, Group.CME_PANEL, "CMOOE Action Group"),
        new Case("Rule_Stage2ChildInCare", 2, true, true, CMOOE_FLAG,
            VIRTUAL_SCHOOL_HEAD, Group.VIRTUAL_SCHOOL_HEAD, "Virtual School Head"),
        new Case("Rule_Stage2Send", 2, false, true, STUCK_CASE,
            SEND_TEAM_MANAGER, Group.SEND_TEAM_MANAGER, "SEND Team Manager"),
        new Case("Rule_Stage2LineOfSight", 2, false, false, CHILD_OF_INTEREST,
            LINE_OF_SIGHT, Group.LINE_OF_SIGHT, "Line of Sight"),
        new Case("Rule_Stage3ChildInCare", 3, true, false, PRACTITIONER_CONCERN,
            QARO, Group.QARO, "QARO"),
        new Case("Rule_Stage3LineManagement", 3, false, true, STUCK_CASE,
            LINE_MANAGEMENT, Group.LINE_MANAGER, "Line management"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("oneCasePerRule")
  void each_rule_routes_its_case(Case c) {
    DmnDecisionTableResult result = evaluate(c.stage(), c.childInCare(), c.send(), c.trigger());

    assertThat(TABLE.matchedRules()).containsExactly(c.rule());
    DmnDecisionRuleResult row = result.getSingleResult();
    assertThat((String) row.get(ROUTE)).isEqualTo(c.route());
    assertThat((String) row.get(GROUP)).isEqualTo(c.group());
    assertThat((String) row.get(ROUTE_NAME)).contains(c.nameSays());
  }

  @Test
  void every_rule_in_the_table_has_a_case_here() {
    Set<String> tested = oneCasePerRule().map(Case::rule).collect(Collectors.toSet());

    assertThat(tested).as("rule ids with a test case (oneCasePerRule) = rule ids in the table").isEqualTo(TABLE.ruleIds());
  }

  @Test
  void every_combination_of_input_values_matches_exactly_one_rule_with_a_known_route_and_group() {
    List<String> triggers = TABLE.allowedValues("Input_Trigger");
    assertThat(triggers).as("the table offers every trigger of EscalationTrigger")
        .containsExactlyElementsOf(Arrays.stream(EscalationTrigger.values()).map(Enum::name).toList());
    Output output = model.getModelElementById("Output_Route");
    assertThat(output.getOutputValues().getText().getTextContent().split(",")).extracting(v -> v.replace("\"", "").trim())
        .containsExactlyInAnyOrderElementsOf(EscalationRouteDecision.Route.VALUES);

    int combinations = 0;
    for (int stage = 1; stage <= 3; stage++) {
      for (int flags = 0; flags < 4; flags++) {
        boolean inCare = (flags & 1) != 0;
        boolean send = (flags & 2) != 0;
        for (EscalationTrigger trigger : EscalationTrigger.values()) {
          String inputs = "stage " + stage + ", in care " + inCare + ", send " + send + ", " + trigger;
          DmnDecisionTableResult result = evaluate(stage, inCare, send, trigger);
          assertThat(TABLE.matchedRules()).as(inputs).hasSize(1);
          DmnDecisionRuleResult row = result.getSingleResult();
          assertThat((String) row.get(ROUTE)).as(inputs).isIn(EscalationRouteDecision.Route.VALUES);
          assertThat((String) row.get(GROUP)).as(inputs).isIn(Group.VALUES);
          assertThat((String) row.get(ROUTE_NAME)).as(inputs).isNotBlank();
          combinations++;
        }
      }
    }
    assertThat(combinations).isEqualTo(3 * 4 * 5);
  }

  /** Seed 000: a child in care goes to the children-in-care route at every stage, whatever else is true. */
  @Test
  void a_child_in_care_takes_the_children_in_care_route_at_every_stage() {
    for (EscalationTrigger trigger : EscalationTrigger.values()) {
      for (boolean send : new boolean[] {true, false}) {
        assertThat(route(1, true, send, trigger)).isEqualTo(CIC_CMOOE_ACTION_GROUP);
        assertThat(route(2, true, send, trigger)).isEqualTo(VIRTUAL_SCHOOL_HEAD);
        assertThat(route(3, true, send, trigger)).isEqualTo(QARO);
      }
    }
  }

  /** Only a practitioner's concern goes to the line manager at stage 1; every other trigger goes to the Action Group. */
  @Test
  void at_stage_one_only_a_practitioners_concern_goes_to_the_line_manager() {
    for (EscalationTrigger trigger : EscalationTrigger.values()) {
      for (boolean send : new boolean[] {true, false}) {
        assertThat(route(1, false, send, trigger)).as(trigger + ", send " + send)
            .isEqualTo(trigger == PRACTITIONER_CONCERN ? LINE_MANAGER : CMOOE_ACTION_GROUP);
      }
    }
  }

  @Test
  void the_trigger_matters_only_at_stage_one() {
    for (int stage = 2; stage <= 3; stage++) {
      int s = stage;
      for (int flags = 0; flags < 4; flags++) {
        boolean inCare = (flags & 1) != 0;
        boolean send = (flags & 2) != 0;
        Set<String> routes = Arrays.stream(EscalationTrigger.values())
            .map(trigger -> route(s, inCare, send, trigger)).collect(Collectors.toSet());
        assertThat(routes).as("stage %d, in care %s, send %s", stage, inCare, send).hasSize(1);
      }
    }
  }

  @Test
  void a_stage_outside_one_to_three_matches_no_rule() {
    assertThat(evaluate(4, false, false, STUCK_CASE).getResultList()).isEmpty();
    assertThat(evaluate(0, true, false, STUCK_CASE).getResultList()).isEmpty();
  }

  @Test
  void the_meeting_groups_are_the_groups_that_meet() {
    assertThat(Group.MEETING).containsExactlyInAnyOrder("cme-panel", "cic-cmooe-group", "line-of-sight");
    assertThat(Group.VALUES).containsAll(Group.MEETING);
  }

  @Test
  void the_table_is_readable_and_deployable() {
    Decision decision = model.getModelElementById(EscalationRouteDecision.KEY);
    assertThat(decision).as("decision with id (key) %s", EscalationRouteDecision.KEY).isNotNull();
    assertThat(decision.getCamundaHistoryTimeToLiveString()).as("the engine enforces a history time to live").isNotBlank();
    DecisionTable table = model.getModelElementsByType(DecisionTable.class).iterator().next();
    assertThat(table.getHitPolicy().name()).isEqualTo("UNIQUE");
    assertThat(table.getInputs()).extracting(i -> i.getInputExpression().getText().getTextContent())
        .containsExactly(Inputs.STAGE, Inputs.CHILD_IN_CARE, Inputs.SEND, Inputs.TRIGGER);
    assertThat(table.getOutputs()).extracting(Output::getName).containsExactly(ROUTE, GROUP, ROUTE_NAME);
    for (Rule rule : model.getModelElementsByType(Rule.class)) {
      assertThat(rule.getDescription()).as("description of %s", rule.getId()).isNotNull();
      assertThat(rule.getDescription().getTextContent()).as("description of %s cites its seed", rule.getId())
          .containsPattern("seed 00[04]");
    }
    List<String> ids = ID_ATTRIBUTE.matcher(TABLE.text()).results().map(m -> m.group(1)).toList();
    assertThat(ids).as("ids in the file").hasSizeGreaterThan(50).noneMatch(id -> MODELER_DEFAULT_ID.matcher(id).matches());
  }

  static String route(int stage, boolean childInCare, boolean send, EscalationTrigger trigger) {
    return (String) evaluate(stage, childInCare, send, trigger).getSingleResult().get(ROUTE);
  }

  static DmnDecisionTableResult evaluate(int stage, boolean childInCare, boolean send, EscalationTrigger trigger) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Inputs.STAGE, stage);
    variables.put(Inputs.CHILD_IN_CARE, childInCare);
    variables.put(Inputs.SEND, send);
    variables.put(Inputs.TRIGGER, trigger.name());
    return TABLE.evaluate(variables);
  }
}
