package uk.gov.cme.casework;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import uk.gov.cme.rules.law.Citation;

/**
 * The grounds for deleting a pupil from the admission register: regulation 9(1)(a) to (o) of the School
 * Attendance (Pupil Registration) (England) Regulations 2024 (rules.md R6). A school's off-roll
 * notification (deletion return) names one by its letter. Each ground carries its citation as data
 * ({@link #citation()}), which the forms, the refusal email and the letters quote.
 */
public enum DeletionGround {
  A(Citation.REG_9_1_A, "registered at another school"),
  B(Citation.REG_9_1_B, "leaving after nursery classes"),
  C(Citation.REG_9_1_C, "dual-registered and the other school consents"),
  D(Citation.REG_9_1_D, "School Attendance Order amended to name another school"),
  E(Citation.REG_9_1_E, "School Attendance Order revoked"),
  F(Citation.REG_9_1_F, "parent has notified the school in writing of elective home education"),
  G(Citation.REG_9_1_G, "no longer lives a reasonable distance from the school (moving away or emigrating)"),
  H(Citation.REG_9_1_H, "not back within 10 school days after leave of absence, after joint reasonable enquiries"),
  I(Citation.REG_9_1_I, "continuously absent 20 school days or more, whereabouts unknown, after joint reasonable enquiries"),
  J(Citation.REG_9_1_J, "detained by court order"),
  K(Citation.REG_9_1_K, "has died"),
  L(Citation.REG_9_1_L, "will be over compulsory school age and not continuing"),
  M(Citation.REG_9_1_M, "boarding fees unpaid"),
  N(Citation.REG_9_1_N, "left an independent or non-maintained special school"),
  O(Citation.REG_9_1_O, "permanently excluded");

  private final Citation citation;
  private final String meaning;

  DeletionGround(Citation citation, String meaning) {
    this.citation = citation;
    this.meaning = meaning;
  }

  /** The ground's letter as the regulation writes it, lower case: {@code "i"}. */
  public String letter() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** What the ground means, in plain English. */
  public String meaning() {
    return meaning;
  }

  /** The regulation that sets the ground: {@link Citation#REG_9_1_H} for (h). */
  public Citation citation() {
    return citation;
  }

  /**
   * The ground as a school picks it on a form, citation first: {@code reg 9(1)(h): not back within 10
   * school days after leave of absence, after joint reasonable enquiries}.
   */
  public String label() {
    return citation.label() + ": " + meaning;
  }

  /**
   * The ground with this letter, ignoring case, spaces and brackets ({@code "i"}, {@code "I"},
   * {@code "(i)"}); empty for anything else.
   */
  public static Optional<DeletionGround> ofLetter(String letter) {
    if (letter == null) {
      return Optional.empty();
    }
    String text = letter.strip().replace("(", "").replace(")", "").strip().toUpperCase(Locale.ROOT);
    return Arrays.stream(values()).filter(g -> g.name().equals(text)).findFirst();
  }
}
