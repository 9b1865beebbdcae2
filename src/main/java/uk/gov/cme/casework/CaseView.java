package uk.gov.cme.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import uk.gov.cme.rules.age.SchoolAge;

/**
 * A case as the register holds it, for a task form, a REST answer or a letter. Holds personal data:
 * never log it.
 *
 * @param reference         the case reference
 * @param status            open or closed
 * @param outcomeCode       why it was closed; null while open
 * @param outcomeReason     the reason given on closing; null if none
 * @param openedAt          when it was opened
 * @param closedAt          when it was closed; null while open
 * @param processInstanceId the process instance that works the case; null if not linked
 * @param child             the child
 * @param socialWorker      the child's allocated social worker; null if none is recorded
 * @param referrals         the referrals, oldest first
 * @param enquiries         the enquiries, oldest first
 * @param version           the optimistic-lock version: it changes with every change to the case
 * @param createdBy         who opened it
 * @param createdAt         when it was recorded
 * @param updatedBy         who changed it last
 * @param updatedAt         when it was changed last
 */
public record CaseView(CaseReference reference, CaseStatus status, OutcomeCode outcomeCode, String outcomeReason,
                       Instant openedAt, Instant closedAt, String processInstanceId, ChildDetails child,
                       SocialWorker socialWorker, List<ReferralView> referrals, List<EnquiryView> enquiries, long version, String createdBy,
                       Instant createdAt, String updatedBy, Instant updatedAt) {

  public CaseView {
    referrals = List.copyOf(referrals);
    enquiries = List.copyOf(enquiries);
  }

  /** The child's year group by age on the day (rules.md R4): 0 Reception, 1 to 11 Years 1 to 11. */
  public int yearGroup(LocalDate on) {
    return SchoolAge.yearGroup(child.dateOfBirth(), on);
  }

  /**
   * Who is told when the case closes (processes.md, report back): the email address of every referrer
   * of the case, once each (compared without regard to case), oldest referral first. Anonymous
   * referrals keep no contact, so they are never among them; a referral given without an email address
   * is not either.
   */
  public List<String> referrerEmails() {
    return distinctEmails(referrals.stream());
  }

  /**
   * Who gets the half-termly update while the case is open (seed 001): the email address of every
   * school that referred the child or reported it (a referral or notice with the school's URN), once
   * each.
   */
  public List<String> schoolReferrerEmails() {
    return distinctEmails(referrals.stream().filter(r -> r.details().referringSchoolUrn() != null));
  }

  /**
   * Where a change of the child's education status is sent (processes.md, cross-cutting; seed 002
   * §7.4): the allocated social worker's email address, only while the child has a child protection or
   * child in need plan; empty otherwise, or when no address is recorded.
   */
  public Optional<String> socialWorkerToTell() {
    if (!child.flags().childProtectionPlan() && !child.flags().childInNeedPlan() || socialWorker == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(socialWorker.email());
  }

  private static List<String> distinctEmails(Stream<ReferralView> referrals) {
    Map<String, String> byKey = new LinkedHashMap<>();
    referrals.map(r -> r.details().referrerEmail())
        .filter(Objects::nonNull)
        .forEach(email -> byKey.putIfAbsent(email.toLowerCase(Locale.ROOT), email));
    return List.copyOf(byKey.values());
  }

  /** Names the case only: the rest is personal data and must not reach a log. */
  @Override
  public String toString() {
    return "CaseView[" + reference + ", " + status + ", personal data not shown]";
  }

  /**
   * A referral on the case.
   *
   * @param id                   its id
   * @param details              what was received
   * @param classification       the classification (CME, PMOOE, not CME ...); null until classified
   * @param classificationReason why; null if none given
   * @param classifiedBy         who classified it; null until classified
   * @param classifiedAt         when; null until classified
   * @param acknowledgedBy       who acknowledged it to the referrer; null until acknowledged
   * @param acknowledgedAt       when; null until acknowledged
   * @param createdBy            who recorded it
   * @param createdAt            when it was recorded
   */
  public record ReferralView(ReferralId id, ReferralDetails details, String classification,
                             String classificationReason, String classifiedBy, Instant classifiedAt,
                             String acknowledgedBy, Instant acknowledgedAt, String createdBy, Instant createdAt) {

    /** Names the referral only: the rest may be personal data and must not reach a log. */
    @Override
    public String toString() {
      return "ReferralView[" + id + ", personal data not shown]";
    }
  }

  /**
   * An enquiry on the case.
   *
   * @param id         its id
   * @param details    whom it went to and when
   * @param answeredAt when the answer came; null until answered
   * @param answeredBy who recorded the answer; null until answered
   * @param answer     the answer; null until answered
   * @param chaseCount how many times it was chased
   * @param recordedBy who recorded it
   * @param recordedAt when it was recorded
   */
  public record EnquiryView(EnquiryId id, EnquiryDetails details, Instant answeredAt, String answeredBy,
                            String answer, int chaseCount, String recordedBy, Instant recordedAt) {

    /** Names the enquiry only: the answer may be personal data and must not reach a log. */
    @Override
    public String toString() {
      return "EnquiryView[" + id + ", " + details.agency() + ", personal data not shown]";
    }
  }
}
