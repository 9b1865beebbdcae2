package uk.gov.cme.letters;

import java.util.Arrays;
import java.util.Optional;
import uk.gov.cme.rules.law.Citation;

/**
 * The kinds of letter the application makes, each from its own template ({@code <template>.html} in the
 * letters folder, {@code cme.letters.templates}) and each under one provision of law.
 */
public enum LetterKind {
  S437_NOTICE("s437-notice", "Notice under section 437(1)", Citation.EA1996_S437_1),
  S438_NOTICE_OF_INTENTION("s438-notice-of-intention", "Notice of intention to serve a School Attendance Order",
      Citation.EA1996_S438),
  SCHOOL_ATTENDANCE_ORDER("school-attendance-order", "School Attendance Order", Citation.EA1996_S437_3),
  AMENDMENT_DECISION("amendment-decision", "Decision on amending the School Attendance Order",
      Citation.EA1996_S440),
  REVOCATION_DECISION("revocation-decision", "Decision on revoking the School Attendance Order",
      Citation.EA1996_S442),
  NOTICE_OF_INTENTION_TO_PROSECUTE("notice-of-intention-to-prosecute", "Notice of Intention to Prosecute",
      Citation.EA1996_S443),
  GOVERNING_BODY_CONSULTATION("governing-body-consultation",
      "Consultation of the governing body on naming the school", Citation.EA1996_S439),
  /**
   * The minutes of one child's discussion at an escalation meeting (issue 11; processes.md P8; seed 004
   * §5: "minutes of meeting are kept which clearly show the children of highest concern and the steps
   * being taken to resolve their position including SMART actions"), kept with the child's case. Not
   * addressed to anyone: no parent, no school. Under the authority's duty to identify children not
   * receiving suitable education (s436A).
   *
   * <p>Template {@code escalation-minutes.html}. Besides the values of every letter
   * ({@link LetterRequest#model()}: {@code laName}, {@code laAddress}, {@code letterDate},
   * {@code caseReference}, {@code childName}, {@code childDateOfBirth}, {@code officerName},
   * {@code law.s436a}), it reads the values {@link EscalationMinutes#addTo} puts in the model:
   * <table>
   *   <caption>The minutes' values</caption>
   *   <tr><th>name</th><th>meaning</th></tr>
   *   <tr><td>{@code meetingGroup}</td><td>required: who met, in plain English (the route's name,
   *       {@code escalationRouteName}, e.g. "CMOOE Action Group (monthly)")</td></tr>
   *   <tr><td>{@code meetingDate}</td><td>required: the meeting's date, written out</td></tr>
   *   <tr><td>{@code escalationStage}</td><td>required: the stage, 1 to 3</td></tr>
   *   <tr><td>{@code escalationReason}</td><td>optional: why the child was raised
   *       ({@code escalationTriggerDetails}, no personal details)</td></tr>
   *   <tr><td>{@code concernLevel}</td><td>required: the level of concern, e.g. "High"</td></tr>
   *   <tr><td>{@code highestConcern}</td><td>boolean: the child is among the children of highest
   *       concern (flagged in the minutes)</td></tr>
   *   <tr><td>{@code actions}</td><td>the SMART actions, a list of maps each with {@code what},
   *       {@code owner} (a team or a named user), {@code dueDate} (written out), {@code measure} (how
   *       success is measured) and {@code status} (e.g. "Set", "Done", "Not done"); may be empty</td></tr>
   *   <tr><td>{@code hasActions}</td><td>boolean: {@code actions} is not empty</td></tr>
   *   <tr><td>{@code decisionResolved}, {@code decisionStay}, {@code decisionEscalate},
   *       {@code decisionSeniorManagement}</td><td>booleans, exactly one true: resolved; stay at this
   *       stage (back at the next meeting); escalate to stage {@code nextStage}; unresolved after stage 3,
   *       reported to senior management</td></tr>
   *   <tr><td>{@code nextStage}</td><td>for an escalation: the next stage, 2 or 3</td></tr>
   *   <tr><td>{@code nextRouteName}</td><td>optional, for an escalation: who takes it next</td></tr>
   *   <tr><td>{@code nextMeetingDate}</td><td>optional, for a stay: the next meeting's date, written
   *       out</td></tr>
   *   <tr><td>{@code decisionNotes}</td><td>optional: the chair's notes on the decision</td></tr>
   * </table>
   */
  ESCALATION_MINUTES("escalation-minutes", "Escalation meeting minutes", Citation.EA1996_S436A),
  /**
   * The record of findings of a register inspection (issue 13; processes.md P7; seed 002 App. 5), kept for
   * the school in the register of inspections (not with a case). Template
   * {@code register-inspection-findings.html}; besides {@code laName}, {@code laAddress}, {@code letterDate},
   * {@code officerName} and {@code law.s436a} it reads {@code schoolName}, {@code schoolUrn},
   * {@code inspectionReference}, {@code inspectionReason}, {@code startedOn}, {@code comparedBy},
   * {@code allocatedCount}, {@code offRollCount}, {@code findings} (a list of maps with {@code kind},
   * {@code child}, {@code action}, {@code details}), {@code hasFindings}, {@code nextDueDate} and
   * {@code notes} (optional).
   */
  REGISTER_INSPECTION_FINDINGS("register-inspection-findings", "Register inspection: record of findings",
      Citation.EA1996_S436A);

  private final String template;
  private final String title;
  private final Citation section;

  LetterKind(String template, String title, Citation section) {
    this.template = template;
    this.title = title;
    this.section = section;
  }

  /** The template's file name without {@code .html}. */
  public String template() {
    return template;
  }

  /** The letter's title in lists (the case view). */
  public String title() {
    return title;
  }

  /** The provision of law the letter is made under. */
  public Citation section() {
    return section;
  }

  /** The kind whose template or constant name is {@code name}. */
  public static Optional<LetterKind> find(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String n = name.strip();
    return Arrays.stream(values())
        .filter(k -> k.template.equals(n) || k.name().equals(n))
        .findFirst();
  }
}
