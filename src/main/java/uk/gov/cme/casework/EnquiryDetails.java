package uk.gov.cme.casework;

import java.time.Instant;
import java.util.List;

/**
 * An enquiry sent to an agency about a child's whereabouts (data.md, Enquiry).
 *
 * @param agency  whom it went to
 * @param contact the team, person or address it went to; null if not recorded
 * @param sentAt  when it was sent; null means when it is recorded
 */
public record EnquiryDetails(Agency agency, String contact, Instant sentAt) {

  static final int CONTACT_LENGTH = 500;

  /**
   * Checks and tidies an enquiry: {@code agency} is required, {@code contact} is trimmed and at most
   * {@value #CONTACT_LENGTH} characters.
   *
   * @throws InvalidInputException listing every field at fault
   */
  public static EnquiryDetails of(Agency agency, String contact, Instant sentAt) {
    Faults faults = new Faults();
    if (agency == null) {
      faults.add("agency", "whom the enquiry went to is missing");
    }
    String checkedContact = faults.optional("contact", contact, CONTACT_LENGTH);
    faults.throwIfAny();
    return new EnquiryDetails(agency, checkedContact, sentAt);
  }

  /** The enquiry with its checks applied again. */
  static EnquiryDetails checked(EnquiryDetails enquiry) {
    if (enquiry == null) {
      throw new InvalidInputException(List.of(new InvalidInputException.FieldError("enquiry",
          "the enquiry is missing")));
    }
    return of(enquiry.agency(), enquiry.contact(), enquiry.sentAt());
  }
}
