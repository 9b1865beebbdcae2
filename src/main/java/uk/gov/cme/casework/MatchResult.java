package uk.gov.cme.casework;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The best open-case match for a child.
 *
 * @param kind          how well it matches; {@link MatchKind#NONE} if nothing does
 * @param caseReference the best matching open case; null exactly when the kind is NONE
 * @param otherMatches  further open cases that match, best first (duplicates an officer may want to
 *                      merge); empty when there are none
 */
public record MatchResult(MatchKind kind, CaseReference caseReference, List<CaseReference> otherMatches) {

  /** No open case matches. */
  public static final MatchResult NONE = new MatchResult(MatchKind.NONE, null, List.of());

  public MatchResult {
    Objects.requireNonNull(kind, "kind");
    otherMatches = otherMatches == null ? List.of() : List.copyOf(otherMatches);
    if ((kind == MatchKind.NONE) != (caseReference == null)) {
      throw new IllegalArgumentException("a match has a case reference, no match has none");
    }
    if (kind == MatchKind.NONE && !otherMatches.isEmpty()) {
      throw new IllegalArgumentException("no match has no other matches");
    }
  }

  /** The best matching open case, if any. */
  public Optional<CaseReference> matchedCase() {
    return Optional.ofNullable(caseReference);
  }

  /** Whether it is the same child ({@link MatchKind#EXACT}). */
  public boolean isExact() {
    return kind == MatchKind.EXACT;
  }
}
