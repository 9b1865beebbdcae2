package uk.gov.cme.process.escalation;

import static uk.gov.cme.process.escalation.EscalationProcess.Variables.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.EscalationRegister;
import uk.gov.cme.casework.EscalationRegister.ActionDetails;
import uk.gov.cme.casework.EscalationRegister.Minutes;
import uk.gov.cme.casework.EscalationRegister.ActionEntry;
import uk.gov.cme.letters.EscalationMinutes;
import uk.gov.cme.letters.LetterDates;
import uk.gov.cme.process.shared.letters.EscalationMinutesJson;
import uk.gov.cme.rules.meetings.MeetingDates;
import uk.gov.cme.process.escalation.EscalationProcess.Decision;
import uk.gov.cme.process.shared.EngineActors;

/**
 * Checks the review's minutes (in the task's own transaction: a fault keeps the task open, naming the
 * fields) and records them: the concern level, the decision, the new SMART actions (each becomes a task
 * for its owner) and the review of the actions agreed before. Escalating moves to the next stage; from the
 * last stage it reports the case to senior management. Sets the minutes for the letter (the letters block's
 * {@value EscalationMinutesJson#VARIABLE}) and in words for the senior management's form.
 */
@Component("recordMinutesDelegate")
class RecordMinutesDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(RecordMinutesDelegate.class);

  private final EscalationIntake intake;
  private final EscalationRegister register;
  private final MeetingDates meetings;

  RecordMinutesDelegate(EscalationIntake intake, EscalationRegister register, MeetingDates meetingDates) {
    this.intake = intake;
    this.register = register;
    this.meetings = meetingDates;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseReference reference = CaseReference.of(execution.getProcessBusinessKey());
    List<ActionEntry> reviewed = register.actionsToReview(reference);
    LocalDate today = EngineActors.today();
    Minutes minutes = intake.minutes(execution.getVariables(), today, reviewed.size());
    long stageId = ((Number) execution.getVariable(STAGE_ID)).longValue();
    String group = (String) execution.getVariable(GROUP);
    List<Long> ids = register.recordMinutes(reference, stageId, minutes, group, EngineActors.user(),
        EngineActors.now());
    int stage = ((Number) execution.getVariable(STAGE)).intValue();
    String decision = minutes.decision().name().toLowerCase(Locale.ROOT);
    boolean escalate = Decision.ESCALATE.equals(decision);
    execution.setVariable(DECISION, decision);
    execution.setVariable(REPORT, escalate && stage >= EscalationProcess.LAST_STAGE);
    execution.setVariable(MINUTES_TEXT, text(execution, minutes, stage));
    execution.setVariable(EscalationMinutesJson.VARIABLE, EscalationMinutesJson.write(
        letter(execution, minutes, stage, reviewed, group, today)));
    execution.setVariable(MINUTES_STAGE_ID, stageId);
    execution.setVariable(DECIDED_BY, EngineActors.user());
    if (escalate && stage < EscalationProcess.LAST_STAGE) {
      execution.setVariable(STAGE, stage + 1);
    }
    // the form's answers are recorded: the next review starts with an empty form
    for (String name : List.of(CONCERN_LEVEL, MINUTES_NOTES, ACTIONS_REVIEW)) {
      execution.removeVariable(name);
    }
    for (int slot = 1; slot <= EscalationProcess.ACTION_SLOTS; slot++) {
      for (String part : EscalationProcess.ActionPart.ALL) {
        execution.removeVariable(action(slot, part));
      }
    }
    LOG.info("Case {}: escalation stage {} minutes recorded: {}, {} actions", reference, stage, decision, ids.size());
  }

  /** The minutes as the letter shows them: the actions reviewed with their status, then the new ones. */
  private EscalationMinutes letter(DelegateExecution execution, Minutes minutes, int stage, List<ActionEntry> reviewed,
                                   String group, LocalDate today) {
    List<EscalationMinutes.Action> actions = new ArrayList<>();
    for (ActionEntry a : reviewed) {
      actions.add(new EscalationMinutes.Action(a.details().what(), EscalationTexts.owner(a), a.details().dueOn(),
          a.details().successMeasure(), a.done() == null ? "Not answered (reviewed)"
          : a.done() ? "Done (reviewed)" : "Not done (reviewed)"));
    }
    for (ActionDetails a : minutes.actions()) {
      actions.add(new EscalationMinutes.Action(a.what(), a.ownerUser() == null ? a.ownerGroup()
          : a.ownerUser() + " (" + a.ownerGroup() + ")", a.dueOn(), a.successMeasure(), "Set"));
    }
    Object meeting = execution.getVariable(MEETING_DATE);
    LocalDate nextMeeting = minutes.decision() == EscalationRegister.Decision.STAY && meetings.meets(group)
        ? meetings.nextMeetingAfter(group, today) : null;
    String level = minutes.concernLevel().name().toLowerCase(Locale.ROOT);
    return new EscalationMinutes((String) execution.getVariable(ROUTE_NAME),
        meeting == null ? today : LocalDate.parse(meeting.toString()), stage,
        (String) execution.getVariable(TRIGGER_DETAILS), Character.toUpperCase(level.charAt(0)) + level.substring(1),
        minutes.concernLevel() == EscalationRegister.ConcernLevel.HIGHEST, actions,
        EscalationMinutes.Decision.valueOf(minutes.decision().name()), null, nextMeeting, minutes.minutes());
  }

  /** The minutes in words, for senior management's form. */
  private static String text(DelegateExecution execution, Minutes minutes, int stage) {
    StringBuilder text = new StringBuilder();
    text.append(execution.getVariable(REVIEW_WHEN)).append(".\n");
    text.append("Level of concern: ").append(minutes.concernLevel().name().toLowerCase(java.util.Locale.ROOT))
        .append(minutes.concernLevel() == EscalationRegister.ConcernLevel.HIGHEST ? " (a child of highest concern)" : "")
        .append(".\n");
    text.append("Decision: ").append(switch (minutes.decision()) {
      case RESOLVED -> "resolved";
      case STAY -> "stay at this stage; reviewed again at the next meeting";
      case ESCALATE -> stage >= EscalationProcess.LAST_STAGE ? "unresolved after stage 3: reported to senior management"
          : "escalated to stage " + (stage + 1);
    }).append(".\n");
    if (minutes.reviewOfActions() != null) {
      text.append("Review of the actions agreed before: ").append(minutes.reviewOfActions()).append("\n");
    }
    if (minutes.minutes() != null) {
      text.append("Notes: ").append(minutes.minutes()).append("\n");
    }
    int n = 0;
    for (ActionDetails a : minutes.actions()) {
      text.append("Action ").append(++n).append(": ").append(a.what()).append(" Owner: ")
          .append(a.ownerUser() == null ? a.ownerGroup() : a.ownerUser() + " (" + a.ownerGroup() + ")")
          .append(". Due ").append(LetterDates.written(a.dueOn())).append(". Success: ").append(a.successMeasure())
          .append("\n");
    }
    String all = text.toString();
    return all.length() > EscalationTexts.MAX_TEXT ? all.substring(0, EscalationTexts.MAX_TEXT) : all;
  }
}
