package uk.gov.cme.casework;

/**
 * Identifies a referral within the register (unique across cases). Not personal data.
 *
 * @param value the referral's number, positive
 */
public record ReferralId(long value) {

  public ReferralId {
    if (value <= 0) {
      throw new IllegalArgumentException("a referral id is positive");
    }
  }

  /**
   * Reads a referral id as text (a process variable or a path segment).
   *
   * @throws InvalidInputException (field {@code referralId}) if it is not a positive number
   */
  public static ReferralId of(String text) {
    return new ReferralId(Ids.parse("referralId", text));
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
