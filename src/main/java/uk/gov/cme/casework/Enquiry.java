package uk.gov.cme.casework;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An enquiry within a {@link CmeCase} aggregate: sent to an agency, chased, answered. Changed only
 * through its case.
 */
@Table
class Enquiry {

  @Id
  private Long id;
  private Agency agency;
  private String contact;
  private Instant sentAt;
  private Instant answeredAt;
  private String answeredBy;
  private String answer;
  private int chaseCount;
  private String recordedBy;
  private Instant recordedAt;

  /** For Spring Data. */
  private Enquiry() {
  }

  /** An enquiry as sent; {@code details} are checked, an unknown time of sending is {@code at}. */
  static Enquiry sent(EnquiryDetails details, String user, Instant at) {
    Enquiry enquiry = new Enquiry();
    enquiry.agency = details.agency();
    enquiry.contact = details.contact();
    enquiry.sentAt = details.sentAt() == null ? at : details.sentAt();
    enquiry.recordedBy = user;
    enquiry.recordedAt = at;
    return enquiry;
  }

  /** The id; null until the case is saved. */
  EnquiryId id() {
    return id == null ? null : new EnquiryId(id);
  }

  Agency agency() {
    return agency;
  }

  boolean isAnswered() {
    return answeredAt != null;
  }

  int chaseCount() {
    return chaseCount;
  }

  void answer(String answer, String user, Instant at) {
    this.answer = answer;
    this.answeredBy = user;
    this.answeredAt = at;
  }

  void chase() {
    chaseCount++;
  }

  CaseView.EnquiryView view() {
    return new CaseView.EnquiryView(id(), new EnquiryDetails(agency, contact, sentAt), answeredAt, answeredBy,
        answer, chaseCount, recordedBy, recordedAt);
  }
}
