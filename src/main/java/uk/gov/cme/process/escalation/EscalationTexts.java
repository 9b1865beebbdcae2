package uk.gov.cme.process.escalation;

import java.time.LocalDate;
import java.util.List;
import uk.gov.cme.casework.EscalationRegister.ActionEntry;
import uk.gov.cme.casework.EscalationRegister.AgendaItem;
import uk.gov.cme.letters.LetterDates;

/**
 * The escalation's texts for the forms and the minutes letter: a meeting's agenda (every child for the
 * meeting with their case summary), the actions that come back for review, where a stage is reviewed.
 * Plain Java. The texts hold personal data (children's names): never log them.
 */
final class EscalationTexts {

  /** The engine keeps up to 4,000 characters in a text variable. */
  static final int MAX_TEXT = 3_800;

  private EscalationTexts() {
  }

  /** A trigger in words. */
  static String trigger(String name) {
    if (name == null) {
      return "not known";
    }
    return switch (name) {
      case "STUCK_CASE" -> "no recorded progress on the case";
      case "PRACTITIONER_CONCERN" -> "a practitioner's concern";
      case "PANEL_DECISION" -> "the CME panel's decision";
      case "CMOOE_FLAG" -> "missing out on education (CMOOE)";
      case "CHILD_OF_INTEREST" -> "a child of interest (off roll with no education in place)";
      default -> name;
    };
  }

  /** The stage, and where and when it is reviewed. */
  static String reviewWhen(int stage, String routeName, LocalDate meetingDate, LocalDate dueOn) {
    return "Stage " + stage + " of 3 — " + (meetingDate != null
        ? routeName + ": the child is on the agenda of its meeting on " + LetterDates.written(meetingDate)
        : routeName + ": review by " + LetterDates.written(dueOn));
  }

  /** The agenda: one paragraph per child, the children of highest concern first. */
  static String agenda(String routeName, LocalDate meetingDate, List<AgendaItem> items) {
    StringBuilder text = new StringBuilder(routeName + ", " + LetterDates.written(meetingDate) + ": "
        + items.size() + (items.size() == 1 ? " child" : " children") + " on the agenda.\n");
    int n = 0;
    for (AgendaItem item : items) {
      String entry = "\n" + (++n) + ". " + item(item);
      if (text.length() + entry.length() > MAX_TEXT) {
        text.append("\n… and ").append(items.size() - n + 1).append(" more: see each child's task.");
        break;
      }
      text.append(entry);
    }
    return text.toString();
  }

  /** One child's case summary on the agenda. */
  static String item(AgendaItem item) {
    return item.caseReference() + " — " + item.childName() + ", born "
        + LetterDates.written(item.dateOfBirth()).replaceFirst("^\\S+ ", "") + (item.highestConcern()
        ? " — HIGHEST CONCERN" : "") + "\n   Stage " + item.stage() + "; escalated for: "
        + String.join(", ", item.triggers().stream().map(EscalationTexts::trigger).distinct().toList())
        + (item.triggerDetails() == null ? "" : " (" + oneLine(item.triggerDetails()) + ")")
        + "\n   Child in care: " + yes(item.childInCare()) + "; EHCP or SEN support: " + yes(item.send())
        + "; actions open: " + item.openActions() + "\n";
  }

  /** The actions agreed before, each with whether its owner says it is done. */
  static String actionsForReview(List<ActionEntry> actions) {
    if (actions.isEmpty()) {
      return "No actions were agreed before.";
    }
    StringBuilder text = new StringBuilder();
    int n = 0;
    for (ActionEntry a : actions) {
      String entry = (++n) + ". " + oneLine(a.details().what()) + "\n   Owner: " + owner(a) + "; due "
          + LetterDates.written(a.details().dueOn()) + "; success: " + oneLine(a.details().successMeasure())
          + "\n   " + (a.done() == null ? "Not answered yet" : a.done() ? "Done" : "Not done")
          + (a.doneNote() == null ? "" : ": " + oneLine(a.doneNote())) + "\n";
      if (text.length() + entry.length() > MAX_TEXT) {
        text.append("… and ").append(actions.size() - n + 1).append(" more.");
        break;
      }
      text.append(entry);
    }
    return text.toString();
  }

  /** The action's owner: the named user and the team, or the team. */
  static String owner(ActionEntry a) {
    return a.details().ownerUser() == null ? a.details().ownerGroup()
        : a.details().ownerUser() + " (" + a.details().ownerGroup() + ")";
  }

  private static String yes(boolean value) {
    return value ? "yes" : "no";
  }

  private static String oneLine(String text) {
    String line = text.replaceAll("\\s+", " ").strip();
    return line.length() > 300 ? line.substring(0, 297) + "..." : line;
  }
}
