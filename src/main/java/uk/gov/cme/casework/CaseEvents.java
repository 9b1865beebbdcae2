package uk.gov.cme.casework;

import java.time.Instant;

/**
 * What {@link Casework} tells the rest of the application when a case changes in a way that people
 * following it must hear of (a school's receipt of its referral, the case's updates to its referrers
 * and to the social worker). Published as Spring application events in the transaction that made the
 * change. They carry references only, never personal data.
 */
public final class CaseEvents {

  private CaseEvents() {
  }

  /**
   * A case was opened for a child.
   *
   * @param source where its first referral or notice came from
   * @param child  the child as the case was opened (what listeners need of it without reading the case
   *               again; holds personal data: never log it)
   */
  public record CaseOpened(CaseReference reference, ReferralSource source, Instant at, ChildDetails child) {
  }

  /** A referral on the case was acknowledged to its referrer. */
  public record ReferralAcknowledged(CaseReference reference, ReferralId referralId, Instant at) {
  }

  /** The case was closed with an outcome (not when it was merged into another: see {@link CaseMerged}). */
  public record CaseClosed(CaseReference reference, OutcomeCode outcome, Instant at) {
  }

  /**
   * The child's education status changed while the case is open (besides its opening and closing):
   * the allocated social worker of a child with a CP or CIN plan is told.
   */
  public record EducationStatusChanged(CaseReference reference, EducationStatus status, Instant at) {
  }

  /** A provisional case was found to be the same child as an open case and merged into it. */
  public record CaseMerged(CaseReference from, CaseReference into, ReferralId referralId, Instant at) {
  }
}
