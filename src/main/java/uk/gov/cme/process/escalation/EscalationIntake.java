package uk.gov.cme.process.escalation;

import static uk.gov.cme.process.escalation.EscalationProcess.Variables.*;
import static uk.gov.cme.process.shared.FormValues.text;
import static uk.gov.cme.process.shared.FormValues.line;
import static uk.gov.cme.process.shared.FormValues.lines;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.EscalationRegister;
import uk.gov.cme.casework.EscalationRegister.ActionDetails;
import uk.gov.cme.casework.EscalationRegister.Minutes;
import uk.gov.cme.casework.InvalidInputException;
import uk.gov.cme.casework.InvalidInputException.FieldError;
import uk.gov.cme.process.escalation.EscalationProcess.ActionAnswer;
import uk.gov.cme.process.escalation.EscalationProcess.ActionPart;
import uk.gov.cme.process.escalation.EscalationProcess.ConcernLevel;
import uk.gov.cme.process.escalation.EscalationProcess.Decision;
import uk.gov.cme.process.shared.FormValues;

/**
 * Reads and checks what the escalation's forms give (the start form, {@code submit-form}, or a process
 * starting it; the minutes; an action's answer; senior management's response): one check for each,
 * every fault named by its field, all at once, nothing stored when there is one. Plain Java.
 */
@org.springframework.stereotype.Component
public final class EscalationIntake {

  static final int DETAILS_LENGTH = EscalationRegister.DETAILS_LENGTH;
  static final int ACTION_TEXT_LENGTH = EscalationRegister.ACTION_TEXT_LENGTH;
  static final int MINUTES_LENGTH = EscalationRegister.MINUTES_LENGTH;
  static final int USER_LENGTH = 64;
  /** The furthest an action may be due: a year from the meeting. */
  static final int ACTION_HORIZON_DAYS = 366;

  /**
   * A checked start.
   *
   * @param caseReference the case, or null when the starting process has none (the child's case is found or opened)
   */
  public record Start(CaseReference caseReference, EscalationTrigger trigger, String details) {
  }

  /** A checked action answer. */
  public record Answer(boolean done, String note) {
  }

  /**
   * The start: the case (required unless the starting process carries the child instead), the trigger
   * (a start form's is a practitioner's concern) and what the concern is (required for a concern).
   */
  public Start start(Map<String, Object> variables) {
    List<FieldError> faults = new ArrayList<>();
    String reference = text(variables, CASE_REFERENCE);
    CaseReference ref = null;
    if (reference == null) {
      if (text(variables, LEGAL_FORENAME) == null || text(variables, LEGAL_SURNAME) == null) {
        faults.add(new FieldError(CASE_REFERENCE, "give the case reference, for example CME-2026-00042"));
      }
    } else if (!CaseReference.isValid(reference)) {
      faults.add(new FieldError(CASE_REFERENCE, "a case reference looks like CME-2026-00042"));
    } else {
      ref = CaseReference.of(reference);
    }
    String triggerName = text(variables, TRIGGER);
    EscalationTrigger trigger = EscalationTrigger.PRACTITIONER_CONCERN;
    if (triggerName != null) {
      try {
        trigger = EscalationTrigger.valueOf(triggerName.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        trigger = null;
        faults.add(new FieldError(TRIGGER, "is not a reason to escalate this application knows"));
      }
    }
    String details = lines(variables, TRIGGER_DETAILS, DETAILS_LENGTH,
        trigger == EscalationTrigger.PRACTITIONER_CONCERN,
        "say what the concern is: why the child's education is not safe and suitable", faults);
    throwIfAny(faults);
    return new Start(ref, trigger, details);
  }

  /**
   * The minutes of a child's review.
   *
   * @param today             the day they are recorded: an action cannot be due before it
   * @param actionsToReview   how many earlier actions come back for review (their review is then required)
   */
  public Minutes minutes(Map<String, Object> variables, LocalDate today, int actionsToReview) {
    List<FieldError> faults = new ArrayList<>();
    String level = text(variables, CONCERN_LEVEL);
    EscalationRegister.ConcernLevel concern = null;
    if (level == null || !ConcernLevel.VALUES.contains(level)) {
      faults.add(new FieldError(CONCERN_LEVEL, "choose the level of concern"));
    } else {
      concern = EscalationRegister.ConcernLevel.valueOf(level.toUpperCase(Locale.ROOT));
    }
    String decisionText = text(variables, DECISION);
    EscalationRegister.Decision decision = null;
    if (decisionText == null || !Decision.VALUES.contains(decisionText)) {
      faults.add(new FieldError(DECISION, "choose resolved, stay at this stage or escalate"));
    } else {
      decision = EscalationRegister.Decision.valueOf(decisionText.toUpperCase(Locale.ROOT));
    }
    String notes = lines(variables, MINUTES_NOTES, MINUTES_LENGTH, false, null, faults);
    String review = lines(variables, ACTIONS_REVIEW, DETAILS_LENGTH, actionsToReview > 0,
        "say how each action agreed before went", faults);
    List<ActionDetails> actions = new ArrayList<>();
    for (int slot = 1; slot <= EscalationProcess.ACTION_SLOTS; slot++) {
      ActionDetails action = slot(variables, slot, today, faults);
      if (action != null) {
        actions.add(action);
      }
    }
    throwIfAny(faults);
    return new Minutes(concern, decision, notes, actions, review);
  }

  /** One action slot: empty, or all of what, owner team, due date and measure (a named user is optional). */
  private static ActionDetails slot(Map<String, Object> variables, int slot, LocalDate today, List<FieldError> faults) {
    String whatField = action(slot, ActionPart.WHAT);
    String groupField = action(slot, ActionPart.OWNER_GROUP);
    String userField = action(slot, ActionPart.OWNER_USER);
    String dueField = action(slot, ActionPart.DUE);
    String measureField = action(slot, ActionPart.MEASURE);
    boolean given = ActionPart.ALL.stream().anyMatch(part -> text(variables, action(slot, part)) != null);
    if (!given) {
      return null;
    }
    String what = lines(variables, whatField, ACTION_TEXT_LENGTH, true, "say what is to be done", faults);
    String group = text(variables, groupField);
    if (group == null) {
      faults.add(new FieldError(groupField, "choose the team that owns the action"));
    } else if (!EscalationProcess.ACTION_TEAMS.contains(group)) {
      faults.add(new FieldError(groupField, "is not one of the teams offered"));
    }
    String user = line(variables, userField, USER_LENGTH, false, null, faults);
    if (user != null && !user.matches("[A-Za-z0-9._@-]+")) {
      faults.add(new FieldError(userField, "a user name has letters, digits and . _ @ - only"));
    }
    LocalDate due = FormValues.date(variables, dueField, faults);
    if (due == null && text(variables, dueField) == null) {
      faults.add(new FieldError(dueField, "give the date the action is due"));
    } else if (due != null && due.isBefore(today)) {
      faults.add(new FieldError(dueField, "cannot be in the past"));
    } else if (due != null && due.isAfter(today.plusDays(ACTION_HORIZON_DAYS))) {
      faults.add(new FieldError(dueField, "at most a year ahead: review it at a meeting instead"));
    }
    String measure = lines(variables, measureField, ACTION_TEXT_LENGTH, true,
        "say how success is measured", faults);
    return new ActionDetails(what, group, user, due, measure);
  }

  /** An owner's answer to an action: done or not; a note is required when not done. */
  public Answer answer(Map<String, Object> variables) {
    List<FieldError> faults = new ArrayList<>();
    String done = text(variables, ACTION_DONE);
    if (done == null || !ActionAnswer.VALUES.contains(done)) {
      faults.add(new FieldError(ACTION_DONE, "say whether the action is done"));
    }
    String note = lines(variables, ACTION_NOTE, DETAILS_LENGTH, ActionAnswer.NOT_DONE.equals(done),
        "say why it is not done and what happens next", faults);
    throwIfAny(faults);
    return new Answer(ActionAnswer.DONE.equals(done), note);
  }

  /** What senior management decided for a case reported to it. */
  public String seniorResponse(Map<String, Object> variables) {
    List<FieldError> faults = new ArrayList<>();
    String response = lines(variables, SENIOR_RESPONSE, DETAILS_LENGTH, true,
        "say what senior management decided for the child", faults);
    throwIfAny(faults);
    return response;
  }

  private static void throwIfAny(List<FieldError> faults) {
    if (!faults.isEmpty()) {
      Map<String, FieldError> byField = new LinkedHashMap<>();
      faults.forEach(f -> byField.putIfAbsent(f.field(), f));
      throw new InvalidInputException(List.copyOf(byField.values()));
    }
  }
}
