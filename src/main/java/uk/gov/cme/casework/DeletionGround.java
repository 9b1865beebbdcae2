package uk.gov.cme.casework;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The grounds for deleting a pupil from the admission register: regulation 9(1)(a) to (o) of the School
 * Attendance (Pupil Registration) (England) Regulations 2024 (rules.md R6). A school's off-roll
 * notification (deletion return) names one by its letter.
 */
public enum DeletionGround {
  A("registered at another school"),
  B("leaving after nursery classes"),
  C("dual-registered and the other school consents"),
  D("School Attendance Order amended to name another school"),
  E("School Attendance Order revoked"),
  F("parent has notified the school in writing of elective home education"),
  G("no longer lives a reasonable distance from the school (moving away or emigrating)"),
  H("not back within 10 school days after leave of absence, after joint reasonable enquiries"),
  I("continuously absent 20 school days or more, whereabouts unknown, after joint reasonable enquiries"),
  J("detained by court order"),
  K("has died"),
  L("will be over compulsory school age and not continuing"),
  M("boarding fees unpaid"),
  N("left an independent or non-maintained special school"),
  O("permanently excluded");

  private final String meaning;

  DeletionGround(String meaning) {
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
