package uk.gov.cme.casework;

/**
 * Identifies an enquiry within the register (unique across cases). Not personal data.
 *
 * @param value the enquiry's number, positive
 */
public record EnquiryId(long value) {

  public EnquiryId {
    if (value <= 0) {
      throw new IllegalArgumentException("an enquiry id is positive");
    }
  }

  /**
   * Reads an enquiry id as text (a process variable or a path segment).
   *
   * @throws InvalidInputException (field {@code enquiryId}) if it is not a positive number
   */
  public static EnquiryId of(String text) {
    return new EnquiryId(Ids.parse("enquiryId", text));
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
