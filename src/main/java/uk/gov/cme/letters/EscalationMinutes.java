package uk.gov.cme.letters;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What the minutes of one child's discussion at an escalation meeting say ({@link LetterKind#ESCALATION_MINUTES},
 * template {@code escalation-minutes.html}): who met and when, the stage, the level of concern, the SMART
 * actions and the decision. {@link #addTo} puts the template's values (named in
 * {@link LetterKind#ESCALATION_MINUTES}) into a letter's model, dates written out.
 *
 * @param meetingGroup     who met, in plain English (the route's name)
 * @param meetingDate      the meeting's date
 * @param stage            the escalation's stage at the meeting, 1 to 3
 * @param escalationReason why the child was raised, without personal details; null when not given
 * @param concernLevel     the level of concern, e.g. "High"
 * @param highestConcern   the child is among the children of highest concern (seed 004 §5)
 * @param actions          the SMART actions set or reviewed; may be empty
 * @param decision         the decision on the child
 * @param nextRouteName    for {@link Decision#ESCALATE}: who takes it at the next stage; null when not given
 * @param nextMeetingDate  for {@link Decision#STAY}: the next meeting; null when not given
 * @param decisionNotes    the chair's notes on the decision; null when none
 */
public record EscalationMinutes(String meetingGroup, LocalDate meetingDate, int stage, String escalationReason,
    String concernLevel, boolean highestConcern, List<Action> actions, Decision decision, String nextRouteName,
    LocalDate nextMeetingDate, String decisionNotes) {

  /** The last stage: escalating from it reports the case to senior management. */
  public static final int LAST_STAGE = 3;

  /**
   * One SMART action.
   *
   * @param what    what is to be done (specific)
   * @param owner   who does it: a team or a named user
   * @param dueDate by when
   * @param measure how success is measured
   * @param status  where it stands, e.g. "Set", "Done", "Not done"
   */
  public record Action(String what, String owner, LocalDate dueDate, String measure, String status) {

    public Action {
      Objects.requireNonNull(what, "what");
      Objects.requireNonNull(owner, "owner");
      Objects.requireNonNull(dueDate, "dueDate");
      Objects.requireNonNull(measure, "measure");
      Objects.requireNonNull(status, "status");
    }
  }

  /** The meeting's decision on the child (issue 11). */
  public enum Decision {
    /** Resolved: the escalation ends. */
    RESOLVED,
    /** Stay at this stage: the child comes back at the next meeting with the actions for review. */
    STAY,
    /** Escalate to the next stage (from stage 3: reported to senior management). */
    ESCALATE;

    /** The decision written {@code resolved}, {@code stay} or {@code escalate} (any case). */
    public static Decision of(String text) {
      try {
        return valueOf(Objects.requireNonNull(text, "decision").strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("'" + text + "' is not a decision: resolved, stay or escalate", e);
      }
    }
  }

  public EscalationMinutes {
    Objects.requireNonNull(meetingGroup, "meetingGroup");
    Objects.requireNonNull(meetingDate, "meetingDate");
    Objects.requireNonNull(concernLevel, "concernLevel");
    Objects.requireNonNull(decision, "decision");
    if (stage < 1 || stage > LAST_STAGE) {
      throw new IllegalArgumentException("the escalation stage is 1 to " + LAST_STAGE + ", not " + stage);
    }
    actions = List.copyOf(actions == null ? List.of() : actions);
  }

  /** Puts the minutes' values into {@code model} (a letter's, from {@link LetterRequest#model()}) and returns it. */
  public Map<String, Object> addTo(Map<String, Object> model) {
    model.put("meetingGroup", meetingGroup);
    model.put("meetingDate", LetterDates.written(meetingDate));
    model.put("escalationStage", stage);
    putText(model, "escalationReason", escalationReason);
    model.put("concernLevel", concernLevel);
    model.put("highestConcern", highestConcern);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Action action : actions) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("what", action.what());
      row.put("owner", action.owner());
      row.put("dueDate", LetterDates.written(action.dueDate()));
      row.put("measure", action.measure());
      row.put("status", action.status());
      rows.add(row);
    }
    model.put("actions", rows);
    model.put("hasActions", !rows.isEmpty());
    boolean reported = decision == Decision.ESCALATE && stage == LAST_STAGE;
    model.put("decisionResolved", decision == Decision.RESOLVED);
    model.put("decisionStay", decision == Decision.STAY);
    model.put("decisionEscalate", decision == Decision.ESCALATE && !reported);
    model.put("decisionSeniorManagement", reported);
    if (decision == Decision.ESCALATE && !reported) {
      model.put("nextStage", stage + 1);
      putText(model, "nextRouteName", nextRouteName);
    }
    if (decision == Decision.STAY && nextMeetingDate != null) {
      model.put("nextMeetingDate", LetterDates.written(nextMeetingDate));
    }
    putText(model, "decisionNotes", decisionNotes);
    return model;
  }

  private static void putText(Map<String, Object> model, String name, String value) {
    if (value != null && !value.isBlank()) {
      model.put(name, value);
    }
  }
}
