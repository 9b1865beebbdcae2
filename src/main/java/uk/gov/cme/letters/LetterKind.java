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
      "Consultation of the governing body on naming the school", Citation.EA1996_S439);

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
