package uk.gov.cme.casework;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One thing a school did to find a child before referring (seed 001: what the LA expects of a school).
 *
 * @param step   which of the expected steps it was
 * @param on     when it was done; null if not given
 * @param result what came of it, in the school's words; null if not given
 */
public record LocateAttempt(Step step, LocalDate on, String result) {

  /** Longest result stored. */
  static final int RESULT_LENGTH = 1000;

  public LocateAttempt {
    Objects.requireNonNull(step, "step");
  }

  /** Names the step only: the result may be personal data and must not reach a log. */
  @Override
  public String toString() {
    return "LocateAttempt[step=" + step + ", on=" + on + "]";
  }

  /** The five steps a school is expected to take (seed 001). */
  public enum Step {
    /** Ongoing attempts from the first day of unexplained absence to contact the parents by phone or text. */
    PARENTS_PHONE_OR_TEXT,
    /** Further attempts to contact the parents by email, letter or a home visit. */
    PARENTS_EMAIL_LETTER_OR_VISIT,
    /** Other schools where the pupil or their siblings are expected to appear. */
    OTHER_SCHOOLS,
    /** The pupil's peer group, about a change of residence. */
    PEER_GROUP,
    /** A relevant agency, for example the family welfare officer of the armed forces for a service child. */
    RELEVANT_AGENCY
  }
}
