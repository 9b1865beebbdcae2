package uk.gov.cme.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A case: one child, the referrals about them and the enquiries made to find them (data.md). The root
 * of a Spring Data JDBC aggregate: referrals and enquiries are saved with it (Spring Data JDBC deletes
 * and re-inserts them, keeping their ids), and the version guards against lost updates.
 *
 * <p>Changed only through its methods, which {@link Casework} calls after checking the input and the
 * case's state. Every field is personal data or sits next to it: never log a case, log its reference.
 */
@Table
class CmeCase {

  @Id
  private Long id;
  @Version
  private Long version;
  private String caseReference;
  private CaseStatus status;
  private OutcomeCode outcomeCode;
  private String outcomeReason;
  private Instant openedAt;
  private Instant closedAt;
  private String processInstanceId;

  private String upn;
  private String formerUpn;
  private String legalForename;
  private String legalSurname;
  private String preferredName;
  private LocalDate dateOfBirth;
  private Sex sex;
  private String address;
  private String postcode;
  private boolean addressUnknown;
  private String nameKey;
  private String postcodeKey;
  private String lastSchoolUrn;
  private String lastSchoolName;
  private boolean ehcp;
  private boolean senSupport;
  private boolean childInCare;
  private boolean childProtectionPlan;
  private boolean childInNeedPlan;
  private String socialWorkerName;
  private String socialWorkerEmail;
  private String socialWorkerTeam;
  private boolean cmooeActionGroup;

  private String createdBy;
  private Instant createdAt;
  private String updatedBy;
  private Instant updatedAt;

  @MappedCollection
  private Set<Referral> referrals = new HashSet<>();
  @MappedCollection
  private Set<Enquiry> enquiries = new HashSet<>();
  @MappedCollection
  private Set<CaseParty> parties = new HashSet<>();

  /** For Spring Data. */
  private CmeCase() {
  }

  /** A new open case for a child, with its first referral; {@code child} is checked. */
  static CmeCase open(CaseReference reference, ChildDetails child, Referral firstReferral, String user,
                      Instant at) {
    CmeCase c = new CmeCase();
    c.caseReference = reference.value();
    c.status = CaseStatus.OPEN;
    c.openedAt = at;
    c.upn = child.upn();
    c.formerUpn = child.formerUpn();
    c.legalForename = child.legalForename();
    c.legalSurname = child.legalSurname();
    c.preferredName = child.preferredName();
    c.dateOfBirth = child.dateOfBirth();
    c.sex = child.sex();
    c.address = child.address();
    c.postcode = child.postcode();
    c.addressUnknown = child.addressUnknown();
    c.nameKey = ChildMatcher.nameKey(child.legalForename(), child.legalSurname());
    c.postcodeKey = ChildMatcher.postcodeKey(child.postcode());
    c.lastSchoolUrn = child.lastSchoolUrn();
    c.lastSchoolName = child.lastSchoolName();
    c.ehcp = child.flags().ehcp();
    c.senSupport = child.flags().senSupport();
    c.childInCare = child.flags().childInCare();
    c.childProtectionPlan = child.flags().childProtectionPlan();
    c.childInNeedPlan = child.flags().childInNeedPlan();
    c.cmooeActionGroup = child.flags().cmooeActionGroup();
    c.createdBy = user;
    c.createdAt = at;
    c.updatedBy = user;
    c.updatedAt = at;
    c.referrals.add(firstReferral);
    return c;
  }

  /** Adds a party unless it is there already; whether it was added. */
  boolean addParty(String groupId, PartyBasis basis, String user, Instant at) {
    if (parties.stream().anyMatch(p -> p.is(groupId, basis))) {
      return false;
    }
    parties.add(CaseParty.of(groupId, basis, user, at));
    touch(user, at);
    return true;
  }

  /**
   * Records the child's plans and allocated social worker; a null argument leaves that item as it is.
   *
   * @return whether anything changed
   */
  boolean recordSocialCare(Boolean protectionPlan, Boolean inNeedPlan, SocialWorker worker, String user, Instant at) {
    boolean changed = false;
    if (protectionPlan != null && protectionPlan != childProtectionPlan) {
      childProtectionPlan = protectionPlan;
      changed = true;
    }
    if (inNeedPlan != null && inNeedPlan != childInNeedPlan) {
      childInNeedPlan = inNeedPlan;
      changed = true;
    }
    if (worker != null && !worker.equals(socialWorker())) {
      socialWorkerName = worker.name();
      socialWorkerEmail = worker.email();
      socialWorkerTeam = worker.team();
      changed = true;
    }
    if (changed) {
      touch(user, at);
    }
    return changed;
  }

  /** The allocated social worker; null if none is recorded. */
  SocialWorker socialWorker() {
    SocialWorker worker = new SocialWorker(socialWorkerName, socialWorkerEmail, socialWorkerTeam);
    return worker.isEmpty() ? null : worker;
  }

  /** Whether the child has a child protection or child in need plan. */
  boolean hasPlan() {
    return childProtectionPlan || childInNeedPlan;
  }

  /** The parties other than the team that works the case, as (group, basis). */
  List<Map.Entry<String, PartyBasis>> otherParties() {
    return parties.stream().filter(p -> p.basis() != PartyBasis.WORKS)
        .map(p -> Map.entry(p.groupId(), p.basis()))
        .sorted(Map.Entry.comparingByKey()).toList();
  }

  /** The groups entitled to the case, whatever the basis. */
  Set<String> partyGroups() {
    Set<String> groups = new HashSet<>();
    parties.forEach(p -> groups.add(p.groupId()));
    return groups;
  }

  Long id() {
    return id;
  }

  CaseReference reference() {
    return CaseReference.of(caseReference);
  }

  boolean isOpen() {
    return status == CaseStatus.OPEN;
  }

  String processInstanceId() {
    return processInstanceId;
  }

  Optional<Referral> referral(ReferralId referralId) {
    return referrals.stream().filter(r -> referralId.equals(r.id())).findFirst();
  }

  Optional<Enquiry> enquiry(EnquiryId enquiryId) {
    return enquiries.stream().filter(e -> enquiryId.equals(e.id())).findFirst();
  }

  void addReferral(Referral referral, String user, Instant at) {
    referrals.add(referral);
    touch(user, at);
  }

  void addEnquiry(Enquiry enquiry, String user, Instant at) {
    enquiries.add(enquiry);
    touch(user, at);
  }

  void linkProcessInstance(String processInstanceId, String user, Instant at) {
    this.processInstanceId = processInstanceId;
    touch(user, at);
  }

  /** Flags the case for the CMOOE Action Group unless it is flagged already; whether it was flagged now. */
  boolean flagForCmooeActionGroup(String user, Instant at) {
    if (cmooeActionGroup) {
      return false;
    }
    cmooeActionGroup = true;
    touch(user, at);
    return true;
  }

  void close(OutcomeCode outcome, String reason, String user, Instant at) {
    this.status = CaseStatus.CLOSED;
    this.outcomeCode = outcome;
    this.outcomeReason = reason;
    this.closedAt = at;
    touch(user, at);
  }

  /** Records who changed the case (or one of its referrals or enquiries) last, and when. */
  void touch(String user, Instant at) {
    this.updatedBy = user;
    this.updatedAt = at;
  }

  ChildMatcher.Candidate candidate() {
    return new ChildMatcher.Candidate(reference(), upn, formerUpn, legalForename, legalSurname, dateOfBirth,
        postcode);
  }

  ChildDetails child() {
    return new ChildDetails(upn, formerUpn, legalForename, legalSurname, preferredName, dateOfBirth, sex, address,
        postcode, addressUnknown, lastSchoolUrn, lastSchoolName,
        new ChildFlags(ehcp, senSupport, childInCare, childProtectionPlan, childInNeedPlan, cmooeActionGroup));
  }

  CaseView view() {
    return new CaseView(reference(), status, outcomeCode, outcomeReason, openedAt, closedAt, processInstanceId,
        child(), socialWorker(),
        referrals.stream().map(Referral::view)
            .sorted(Comparator.comparing(r -> r.id().value())).toList(),
        enquiries.stream().map(Enquiry::view)
            .sorted(Comparator.comparing(e -> e.id().value())).toList(),
        version == null ? 0 : version, createdBy, createdAt, updatedBy, updatedAt);
  }
}
