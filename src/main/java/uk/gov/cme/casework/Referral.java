package uk.gov.cme.casework;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A referral within a {@link CmeCase} aggregate: what was received, how it was classified, when it
 * was acknowledged. Changed only through its case.
 */
@Table
class Referral {

  @Id
  private Long id;
  private ReferralSource source;
  private String referrerOrganisation;
  private String referrerName;
  private String referrerEmail;
  private String referrerPhone;
  private String referringSchoolUrn;
  private String category;
  private String circumstances;
  private String attemptsToLocate;
  private boolean safeguardingConcern;
  private String safeguardingDetails;
  private String classification;
  private String classificationReason;
  private String classifiedBy;
  private Instant classifiedAt;
  private Instant receivedAt;
  private String acknowledgedBy;
  private Instant acknowledgedAt;
  private String createdBy;
  private Instant createdAt;

  /** For Spring Data. */
  private Referral() {
  }

  /** A referral as received; {@code details} are checked, an unknown time of receipt is {@code at}. */
  static Referral received(ReferralDetails details, String user, Instant at) {
    Referral referral = new Referral();
    referral.source = details.source();
    referral.referrerOrganisation = details.referrerOrganisation();
    referral.referrerName = details.referrerName();
    referral.referrerEmail = details.referrerEmail();
    referral.referrerPhone = details.referrerPhone();
    referral.referringSchoolUrn = details.referringSchoolUrn();
    referral.category = details.category();
    referral.circumstances = details.circumstances();
    referral.attemptsToLocate = LocateAttemptsJson.write(details.attemptsToLocate());
    referral.safeguardingConcern = details.safeguardingConcern();
    referral.safeguardingDetails = details.safeguardingDetails();
    referral.receivedAt = details.receivedAt() == null ? at : details.receivedAt();
    referral.createdBy = user;
    referral.createdAt = at;
    return referral;
  }

  /** The id; null until the case is saved. */
  ReferralId id() {
    return id == null ? null : new ReferralId(id);
  }

  ReferralSource source() {
    return source;
  }

  boolean isAcknowledged() {
    return acknowledgedAt != null;
  }

  void classify(String classification, String reason, String user, Instant at) {
    this.classification = classification;
    this.classificationReason = reason;
    this.classifiedBy = user;
    this.classifiedAt = at;
  }

  void acknowledge(String user, Instant at) {
    this.acknowledgedBy = user;
    this.acknowledgedAt = at;
  }

  CaseView.ReferralView view() {
    ReferralDetails details = new ReferralDetails(source, referrerOrganisation, referrerName, referrerEmail,
        referrerPhone, referringSchoolUrn, category, circumstances, LocateAttemptsJson.read(attemptsToLocate),
        safeguardingConcern, safeguardingDetails, receivedAt);
    return new CaseView.ReferralView(id(), details, classification, classificationReason, classifiedBy,
        classifiedAt, acknowledgedBy, acknowledgedAt, createdBy, createdAt);
  }
}
