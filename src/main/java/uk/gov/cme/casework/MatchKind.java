package uk.gov.cme.casework;

/** How well a child's details match an open case; see {@link ChildMatcher} for the rules. */
public enum MatchKind {
  /** The same child: join the open case. */
  EXACT,
  /** Probably the same child: an officer decides. */
  PROBABLE,
  /** No open case matches. */
  NONE
}
