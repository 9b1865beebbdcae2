package uk.gov.cme.process.escalation;

import java.util.List;
import java.util.Set;

/**
 * The {@code escalation-route} decision table ({@code processes/decisions/escalation-route.dmn}; processes.md
 * P8, seeds 000 and 004): at each stage, the route an escalation takes from the child's circumstances. Its
 * key, the variables it reads and the results it returns.
 */
public final class EscalationRouteDecision {

  public static final String KEY = "escalation-route";
  public static final String RESOURCE = "processes/decisions/escalation-route.dmn";

  private EscalationRouteDecision() {
  }

  /** Process variables the table reads. */
  public static final class Inputs {
    /** Integer: the stage, 1 to 3. */
    public static final String STAGE = "escalationStage";
    /** Boolean: a child in care (looked after). */
    public static final String CHILD_IN_CARE = "childInCare";
    /** Boolean: special educational needs (an EHCP or SEN support). */
    public static final String SEND = "send";
    /** String: {@link EscalationTrigger#name()} of the trigger that started the escalation ({@link EscalationProcess.Variables#TRIGGER}). */
    public static final String TRIGGER = EscalationProcess.Variables.TRIGGER;

    private Inputs() {
    }
  }

  /** Output names of the table (one result row). */
  public static final class Outputs {
    /** One of {@link Route}. */
    public static final String ROUTE = "escalationRoute";
    /** The candidate group of the task that takes the escalation at this stage. */
    public static final String GROUP = "escalationGroup";
    /** The route in plain English, shown on forms. */
    public static final String ROUTE_NAME = "escalationRouteName";

    private Outputs() {
    }
  }

  /** Values of {@link Outputs#ROUTE}. */
  public static final class Route {
    public static final String CIC_CMOOE_ACTION_GROUP = "CIC_CMOOE_ACTION_GROUP";
    public static final String LINE_MANAGER = "LINE_MANAGER";
    public static final String CMOOE_ACTION_GROUP = "CMOOE_ACTION_GROUP";
    public static final String VIRTUAL_SCHOOL_HEAD = "VIRTUAL_SCHOOL_HEAD";
    public static final String SEND_TEAM_MANAGER = "SEND_TEAM_MANAGER";
    public static final String LINE_OF_SIGHT = "LINE_OF_SIGHT";
    public static final String QARO = "QARO";
    public static final String LINE_MANAGEMENT = "LINE_MANAGEMENT";
    public static final List<String> VALUES = List.of(CIC_CMOOE_ACTION_GROUP, LINE_MANAGER, CMOOE_ACTION_GROUP,
        VIRTUAL_SCHOOL_HEAD, SEND_TEAM_MANAGER, LINE_OF_SIGHT, QARO, LINE_MANAGEMENT);

    private Route() {
    }
  }

  /** Values of {@link Outputs#GROUP}: the candidate groups the table routes to. */
  public static final class Group {
    /** The monthly CMOOE Action Group (meets on dates). */
    public static final String CME_PANEL = "cme-panel";
    /** The monthly Children in Care CMOOE Action Group (meets on dates). */
    public static final String CIC_CMOOE_GROUP = "cic-cmooe-group";
    /** The Line of Sight meeting (meets on dates). */
    public static final String LINE_OF_SIGHT = "line-of-sight";
    public static final String LINE_MANAGER = "line-manager";
    public static final String VIRTUAL_SCHOOL_HEAD = "virtual-school-head";
    public static final String SEND_TEAM_MANAGER = "send-team-manager";
    public static final String QARO = "qaro";
    /** The groups that meet on dates (rules.meetings.MeetingDates); the others answer by a deadline. */
    public static final Set<String> MEETING = Set.of(CME_PANEL, CIC_CMOOE_GROUP, LINE_OF_SIGHT);
    public static final Set<String> VALUES = Set.of(CME_PANEL, CIC_CMOOE_GROUP, LINE_OF_SIGHT, LINE_MANAGER,
        VIRTUAL_SCHOOL_HEAD, SEND_TEAM_MANAGER, QARO);

    private Group() {
    }
  }
}
