package uk.gov.cme.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.cme.rules.upn.Upn;
import uk.gov.cme.security.Groups;

/**
 * The case register: opening, working and closing cases, and finding a child's open case. Knows
 * nothing of the process engine; BPMN delegates and REST controllers call it.
 *
 * <h2>Transactions</h2>
 * Every method runs in a Spring transaction on the application's data source, joining the caller's if
 * there is one: called from a delegate, the change commits or rolls back with the engine's own. A
 * method that throws {@link InvalidInputException}, {@link CaseNotFoundException} or
 * {@link CaseStateException} has changed nothing and does <em>not</em> mark the caller's transaction
 * for rollback, so a delegate may catch it and throw a {@code BpmnError}. Any other exception (for
 * example Spring's {@code OptimisticLockingFailureException} when two changes to one case race) rolls
 * the whole transaction back.
 *
 * <h2>Audit</h2>
 * Every change writes a {@code cme_case_event} with the user and time given; {@link #view} writes one
 * too, as every view of a case must be attributable (rules.md R9). Log lines name the case reference
 * only.
 *
 * <h2>Who may act on a case</h2>
 * Each case records the groups entitled to it ({@link PartyBasis}): the CME team that works it, each
 * school that referred the child, a school allocated a place. {@link #mayActOn} answers for a set of
 * groups; the security layer adds the LA teams whose role covers every case.
 *
 * <h2>One case per child</h2>
 * {@link #findMatch} first locks the child's match slots (date of birth and UPNs, table
 * {@code cme_match_lock}) until the caller's transaction ends, so two referrals for one child arriving
 * together are matched one after the other: the second finds the case the first opened.
 *
 * <h2>Events</h2>
 * Opening a case, acknowledging a referral, a change of the child's education status, closing a case
 * and merging a case into another publish {@link CaseEvents} (Spring application events, in the
 * caller's transaction), so that whoever follows a case (a school's receipt, the case's own updates to
 * its referrers and to the social worker) is told, whichever process made the change.
 *
 * <h2>Closed cases</h2>
 * A closed case takes no new referral, enquiry, classification or chase, and cannot be closed again or
 * get a new link. An acknowledgement of an earlier referral and the answer to an earlier enquiry may
 * still be recorded: they are facts about what happened.
 */
@Service
@Transactional(noRollbackFor = {InvalidInputException.class, CaseNotFoundException.class,
    CaseStateException.class})
public class Casework {

  /** The user recorded for changes the engine makes on its own ({@link #linkProcessInstance}). */
  public static final String SYSTEM_USER = "system";

  static final int USER_LENGTH = 64;
  static final int CLASSIFICATION_LENGTH = 40;
  static final int REASON_LENGTH = 1000;
  static final int ANSWER_LENGTH = 4000;
  static final int PROCESS_INSTANCE_ID_LENGTH = 64;

  private static final Logger LOG = LoggerFactory.getLogger(Casework.class);

  private final CaseRepository cases;
  private final CaseEventRepository events;
  private final CaseReferenceGenerator references;
  private final ChildLocks locks;
  private final MatchCandidates candidates;
  private final JdbcTemplate jdbc;
  private final ApplicationEventPublisher publisher;
  private final Clock clock;

  Casework(CaseRepository cases, CaseEventRepository events, CaseReferenceGenerator references, ChildLocks locks,
           MatchCandidates candidates, JdbcTemplate jdbc, ApplicationEventPublisher publisher, Clock clock) {
    this.cases = cases;
    this.events = events;
    this.references = references;
    this.locks = locks;
    this.candidates = candidates;
    this.jdbc = jdbc;
    this.publisher = publisher;
    this.clock = clock;
  }

  /**
   * The best open case for the child and how well it matches ({@link ChildMatcher} has the rules).
   * Compares with the open cases that share the child's date of birth or one of its valid UPNs. The
   * details are not checked: an invalid UPN is just not used. Locks the child's match slots until the
   * transaction ends (see the class comment), so call it in the transaction that then opens or joins.
   */
  public MatchResult findMatch(ChildDetails child) {
    Objects.requireNonNull(child, "child");
    locks.lock(child);
    Set<String> upns = new java.util.LinkedHashSet<>();
    for (String upn : new String[] {child.upn(), child.formerUpn()}) {
      if (upn != null) {
        Upn.validate(upn).upn().ifPresent(valid -> upns.add(valid.value()));
      }
    }
    return ChildMatcher.match(child, candidates.open(upns, child.dateOfBirth()));
  }

  /**
   * Opens a case for a child with its first referral. Does not look for an existing case: call
   * {@link #findMatch} first and {@link #addReferral} to join a match.
   *
   * @param child    the child (checked again, see {@link ChildDetails.Builder#build})
   * @param referral the referral (checked again, see {@link ReferralDetails.Builder#build}); received
   *                 no later than {@code at}
   * @param user     who records it
   * @param at       when it is recorded; also the day the date of birth is checked against
   * @return the new case's reference
   * @throws InvalidInputException listing every fault in the child, the referral and the user
   */
  public CaseReference openCase(ChildDetails child, ReferralDetails referral, String user, Instant at) {
    return open(child, referral, user, at, null).reference();
  }

  /** A case just opened and the id of its first referral. */
  public record Opened(CaseReference reference, ReferralId referralId) {
  }

  /**
   * Opens a case as {@link #openCase(ChildDetails, ReferralDetails, String, Instant)} does, linked at once
   * to the process instance that works it (as {@link #linkProcessInstance} would, with the same audit
   * entry): one insert, where opening and then linking loaded and saved the case again and a look-up
   * found the referral's id (docs/performance.md, "Register").
   *
   * @param processInstanceId the instance working the case
   * @return the case's reference and its first referral's id
   * @throws InvalidInputException listing every fault in the child, the referral, the user and the id
   */
  public Opened openCase(ChildDetails child, ReferralDetails referral, String user, Instant at,
                         String processInstanceId) {
    Faults faults = new Faults();
    faults.required("processInstanceId", processInstanceId, PROCESS_INSTANCE_ID_LENGTH,
        "the process instance id is missing");
    faults.throwIfAny();
    return open(child, referral, user, at, processInstanceId);
  }

  private Opened open(ChildDetails child, ReferralDetails referral, String user, Instant at,
                      String processInstanceId) {
    Objects.requireNonNull(at, "at");
    List<InvalidInputException.FieldError> errors = new ArrayList<>();
    ChildDetails checkedChild = collect(errors, () -> {
      if (child == null) {
        throw invalid("child", "the child's details are missing");
      }
      return ChildDetails.checked(child, LocalDate.ofInstant(at, clock.getZone()));
    });
    ReferralDetails checkedReferral = collect(errors, () -> checkedReferral(referral, at));
    String checkedUser = collect(errors, () -> checkedUser(user));
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    CaseReference reference = references.next();
    Referral first = Referral.received(checkedReferral, checkedUser, at);
    CmeCase newCase = CmeCase.open(reference, checkedChild, first, checkedUser, at);
    newCase.addParty(Groups.CME_OFFICER, PartyBasis.WORKS, checkedUser, at);
    addReferrer(newCase, checkedReferral, checkedUser, at);
    Instant linkedAt = processInstanceId == null ? null : clock.instant();
    if (processInstanceId != null) {
      newCase.linkProcessInstance(processInstanceId, SYSTEM_USER, linkedAt);
    }
    CmeCase opened = cases.save(newCase);
    record(opened, checkedUser, at, CaseEventType.CASE_OPENED,
        "referral " + first.id() + " from " + first.source());
    LOG.info("Opened case {}", reference);
    publisher.publishEvent(new CaseEvents.CaseOpened(reference, first.source(), at, checkedChild));
    if (processInstanceId != null) {
      record(opened, SYSTEM_USER, linkedAt, CaseEventType.PROCESS_INSTANCE_LINKED, "process instance " + processInstanceId);
    }
    return new Opened(reference, first.id());
  }

  /**
   * Adds a referral to an open case (a new referral for a child who already has one).
   *
   * @return the new referral's id
   * @throws InvalidInputException     if the referral or the user is at fault
   * @throws CaseNotFoundException     if there is no such case
   * @throws CaseStateException        if the case is closed
   */
  public ReferralId addReferral(CaseReference reference, ReferralDetails referral, String user, Instant at) {
    Objects.requireNonNull(at, "at");
    List<InvalidInputException.FieldError> errors = new ArrayList<>();
    ReferralDetails checkedReferral = collect(errors, () -> checkedReferral(referral, at));
    String checkedUser = collect(errors, () -> checkedUser(user));
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    CmeCase c = openCase(reference);
    Referral added = Referral.received(checkedReferral, checkedUser, at);
    c.addReferral(added, checkedUser, at);
    addReferrer(c, checkedReferral, checkedUser, at);
    c = cases.save(c);
    record(c, checkedUser, at, CaseEventType.REFERRAL_ADDED, "referral " + added.id() + " from " + added.source());
    LOG.info("Referral {} added to case {}", added.id(), reference);
    return added.id();
  }

  /**
   * Records how a referral was classified (CME, PMOOE, not CME: the classification decision table's
   * result). A referral may be classified again; the audit trail keeps each.
   *
   * @param classification a short code such as {@code CME}, {@code PMOOE}, {@code NOT_CME}, at most
   *                       {@value #CLASSIFICATION_LENGTH} characters; it is written to the audit trail,
   *                       so it must never hold personal data (the reason is not written there)
   * @param reason         why, optional, at most {@value #REASON_LENGTH} characters
   * @throws InvalidInputException if the classification, the reason or the user is at fault
   * @throws CaseNotFoundException if there is no such case or referral
   * @throws CaseStateException    if the case is closed
   */
  public void recordClassification(CaseReference reference, ReferralId referralId, String classification,
                                   String reason, String user, Instant at) {
    Objects.requireNonNull(at, "at");
    Faults faults = new Faults();
    String checkedClassification = faults.required("classification", classification, CLASSIFICATION_LENGTH,
        "the classification is missing");
    String checkedReason = faults.optional("classificationReason", reason, REASON_LENGTH);
    String checkedUser = user(faults, user);
    faults.throwIfAny();
    Objects.requireNonNull(referralId, "referralId");
    // One referral row and the case's version and stamp, not the whole aggregate loaded, deleted and
    // re-inserted (docs/performance.md, "Register"). The version still moves, so a change made from a
    // case loaded before this one fails as it would have.
    List<Map<String, Object>> found = jdbc.queryForList(
        "SELECT id, status FROM cme_case WHERE case_reference = ?", reference.value());
    if (found.isEmpty()) {
      throw CaseNotFoundException.noCase(reference);
    }
    long caseId = ((Number) found.get(0).get("id")).longValue();
    if (!CaseStatus.OPEN.name().equals(found.get(0).get("status"))) {
      throw new CaseStateException("case " + reference + " is closed");
    }
    java.time.OffsetDateTime when = java.time.OffsetDateTime.ofInstant(at, java.time.ZoneOffset.UTC);
    if (jdbc.update("UPDATE cme_referral SET classification = ?, classification_reason = ?, classified_by = ?,"
        + " classified_at = ? WHERE id = ? AND case_id = ?", checkedClassification, checkedReason, checkedUser, when,
        referralId.value(), caseId) == 0) {
      throw new CaseNotFoundException("case " + reference + " has no referral " + referralId);
    }
    jdbc.update("UPDATE cme_case SET version = version + 1, updated_by = ?, updated_at = ? WHERE id = ?",
        checkedUser, when, caseId);
    events.save(CaseEvent.of(caseId, at, checkedUser, CaseEventType.REFERRAL_CLASSIFIED,
        "referral " + referralId + ": " + checkedClassification));
  }

  /**
   * Flags an open case for the CMOOE Action Group (rules.md R3; seed 000): the child is missing out on
   * formal full-time education (fewer than 18 hours a week, or out of provision for 4 weeks or more).
   * The case stays open. A case flagged already is left as it is (one event).
   *
   * @throws InvalidInputException if the user is at fault
   * @throws CaseNotFoundException if there is no such case
   * @throws CaseStateException    if the case is closed
   */
  public void flagForCmooeActionGroup(CaseReference reference, String user, Instant at) {
    Objects.requireNonNull(at, "at");
    String checkedUser = checkedUser(user);
    CmeCase c = openCase(reference);
    if (c.flagForCmooeActionGroup(checkedUser, at)) {
      c = cases.save(c);
      record(c, checkedUser, at, CaseEventType.FLAGGED_FOR_CMOOE_ACTION_GROUP, "CMOOE Action Group");
    }
  }

  /**
   * Records that a referral was acknowledged to the referrer (deadline 5 working days, rules.md R7).
   *
   * @throws InvalidInputException if the user is at fault
   * @throws CaseNotFoundException if there is no such case or referral
   * @throws CaseStateException    if the referral was already acknowledged
   */
  public void acknowledge(CaseReference reference, ReferralId referralId, String user, Instant at) {
    Objects.requireNonNull(at, "at");
    String checkedUser = checkedUser(user);
    CmeCase c = existingCase(reference);
    Referral referral = referral(c, reference, referralId);
    if (referral.isAcknowledged()) {
      throw new CaseStateException("referral " + referralId + " on case " + reference
          + " is already acknowledged");
    }
    referral.acknowledge(checkedUser, at);
    c.touch(checkedUser, at);
    c = cases.save(c);
    record(c, checkedUser, at, CaseEventType.REFERRAL_ACKNOWLEDGED, "referral " + referralId);
    publisher.publishEvent(new CaseEvents.ReferralAcknowledged(reference, referralId, at));
  }

  /**
   * Records an enquiry sent to an agency about the child's whereabouts.
   *
   * @return the enquiry's id, to record its answer or a chase
   * @throws InvalidInputException if the enquiry or the user is at fault, or it was sent after {@code at}
   * @throws CaseNotFoundException if there is no such case
   * @throws CaseStateException    if the case is closed
   */
  public EnquiryId recordEnquiry(CaseReference reference, EnquiryDetails enquiry, String user, Instant at) {
    Objects.requireNonNull(at, "at");
    List<InvalidInputException.FieldError> errors = new ArrayList<>();
    EnquiryDetails checkedEnquiry = collect(errors, () -> {
      EnquiryDetails checked = EnquiryDetails.checked(enquiry);
      if (checked.sentAt() != null && checked.sentAt().isAfter(at)) {
        throw invalid("sentAt", "an enquiry cannot be sent after it is recorded");
      }
      return checked;
    });
    String checkedUser = collect(errors, () -> checkedUser(user));
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    CmeCase c = openCase(reference);
    Enquiry sent = Enquiry.sent(checkedEnquiry, checkedUser, at);
    c.addEnquiry(sent, checkedUser, at);
    c = cases.save(c);
    record(c, checkedUser, at, CaseEventType.ENQUIRY_SENT, "enquiry " + sent.id() + " to " + sent.agency());
    return sent.id();
  }

  /**
   * Records that an enquiry was chased (processes.md P2: no reply in 10 working days).
   *
   * @return how many times it has now been chased
   * @throws InvalidInputException if the user is at fault
   * @throws CaseNotFoundException if there is no such case or enquiry
   * @throws CaseStateException    if the case is closed or the enquiry answered
   */
  public int recordChase(CaseReference reference, EnquiryId enquiryId, String user, Instant at) {
    Objects.requireNonNull(at, "at");
    String checkedUser = checkedUser(user);
    CmeCase c = openCase(reference);
    Enquiry enquiry = enquiry(c, reference, enquiryId);
    if (enquiry.isAnswered()) {
      throw new CaseStateException("enquiry " + enquiryId + " on case " + reference + " is already answered");
    }
    enquiry.chase();
    c.touch(checkedUser, at);
    c = cases.save(c);
    record(c, checkedUser, at, CaseEventType.ENQUIRY_CHASED,
        "enquiry " + enquiryId + ", chase " + enquiry.chaseCount());
    return enquiry.chaseCount();
  }

  /**
   * Records the answer to an enquiry.
   *
   * @param answer what the agency said, at most {@value #ANSWER_LENGTH} characters
   * @throws InvalidInputException if the answer or the user is at fault
   * @throws CaseNotFoundException if there is no such case or enquiry
   * @throws CaseStateException    if the enquiry is already answered
   */
  public void recordAnswer(CaseReference reference, EnquiryId enquiryId, String answer, String user, Instant at) {
    Objects.requireNonNull(at, "at");
    Faults faults = new Faults();
    String checkedAnswer = faults.required("answer", answer, ANSWER_LENGTH, "the answer is missing");
    String checkedUser = user(faults, user);
    faults.throwIfAny();
    CmeCase c = existingCase(reference);
    Enquiry enquiry = enquiry(c, reference, enquiryId);
    if (enquiry.isAnswered()) {
      throw new CaseStateException("enquiry " + enquiryId + " on case " + reference + " is already answered");
    }
    enquiry.answer(checkedAnswer, checkedUser, at);
    c.touch(checkedUser, at);
    c = cases.save(c);
    record(c, checkedUser, at, CaseEventType.ENQUIRY_ANSWERED, "enquiry " + enquiryId);
  }

  /**
   * Links the process instance that works the case (the engine's id), recorded as
   * {@value #SYSTEM_USER} at the clock's time. Linking the same instance again changes nothing; linking
   * another replaces the link (for example after an administrator restarted the process).
   *
   * @throws InvalidInputException if the id is blank or longer than {@value #PROCESS_INSTANCE_ID_LENGTH}
   * @throws CaseNotFoundException if there is no such case
   * @throws CaseStateException    if the case is closed
   */
  public void linkProcessInstance(CaseReference reference, String processInstanceId) {
    Faults faults = new Faults();
    String id = faults.required("processInstanceId", processInstanceId, PROCESS_INSTANCE_ID_LENGTH,
        "the process instance id is missing");
    faults.throwIfAny();
    CmeCase c = openCase(reference);
    if (id.equals(c.processInstanceId())) {
      return;
    }
    Instant now = clock.instant();
    c.linkProcessInstance(id, SYSTEM_USER, now);
    c = cases.save(c);
    record(c, SYSTEM_USER, now, CaseEventType.PROCESS_INSTANCE_LINKED, "process instance " + id);
  }

  /**
   * Closes a case with an outcome.
   *
   * @param reason required when {@link OutcomeCode#reasonRequired()} (the LA named, why not CME, the case
   *               merged into), at most {@value #REASON_LENGTH} characters
   * @throws InvalidInputException if the outcome, the reason or the user is at fault
   * @throws CaseNotFoundException if there is no such case
   * @throws CaseStateException    if the case is already closed
   */
  public void close(CaseReference reference, OutcomeCode outcome, String reason, String user, Instant at) {
    Objects.requireNonNull(at, "at");
    Faults faults = new Faults();
    if (outcome == null) {
      faults.add("outcomeCode", "the outcome is missing");
    }
    String checkedReason = faults.optional("outcomeReason", reason, REASON_LENGTH);
    if (outcome != null && outcome.reasonRequired() && checkedReason == null) {
      faults.add("outcomeReason", "give the reason for \"" + outcome.description() + "\"");
    }
    String checkedUser = user(faults, user);
    faults.throwIfAny();
    CmeCase c = openCase(reference);
    c.close(outcome, checkedReason, checkedUser, at);
    c = cases.save(c);
    record(c, checkedUser, at, CaseEventType.CASE_CLOSED, "outcome " + outcome);
    LOG.info("Closed case {} ({})", reference, outcome);
    if (outcome != OutcomeCode.MERGED) {
      publisher.publishEvent(new CaseEvents.CaseClosed(reference, outcome, at));
    }
  }

  /**
   * One child, two cases: adds the referral of the provisional case to the open case and closes the
   * provisional one as merged into it (an officer confirmed a probable match). Whoever followed the
   * provisional case follows the open one from now on.
   *
   * @return the referral's id on the open case
   * @throws InvalidInputException if the referral or the user is at fault
   * @throws CaseNotFoundException if either case is missing
   * @throws CaseStateException    if either case is closed, or they are the same case
   */
  public ReferralId merge(CaseReference provisional, CaseReference into, ReferralDetails referral, String user,
                          Instant at) {
    Objects.requireNonNull(provisional, "provisional");
    Objects.requireNonNull(into, "into");
    if (provisional.equals(into)) {
      throw new CaseStateException("case " + into + " cannot be merged into itself");
    }
    openCase(provisional);
    ReferralId added = addReferral(into, referral, user, at);
    close(provisional, OutcomeCode.MERGED, "merged into " + into.value(), user, at);
    publisher.publishEvent(new CaseEvents.CaseMerged(provisional, into, added, at));
    return added;
  }

  /**
   * One child, two cases, whoever opened the second: moves every referral (and notice) of the
   * provisional case to the open case, with the schools entitled to it, the child's plans and social
   * worker where the open case has none and its CMOOE Action Group flag, and closes the provisional case as merged into it (an
   * officer confirmed a probable match). Whoever followed the provisional case follows the open one
   * from now on ({@link CaseEvents.CaseMerged}, naming the first referral moved).
   *
   * @throws InvalidInputException if the user is at fault
   * @throws CaseNotFoundException if either case is missing
   * @throws CaseStateException    if either case is closed, or they are the same case
   */
  public void mergeCase(CaseReference provisional, CaseReference into, String user, Instant at) {
    Objects.requireNonNull(provisional, "provisional");
    Objects.requireNonNull(into, "into");
    Objects.requireNonNull(at, "at");
    if (provisional.equals(into)) {
      throw new CaseStateException("case " + into + " cannot be merged into itself");
    }
    String checkedUser = checkedUser(user);
    CmeCase from = openCase(provisional);
    CmeCase target = openCase(into);
    ReferralId first = null;
    for (CaseView.ReferralView referral : from.view().referrals()) {
      ReferralId moved = addReferral(into, referral.details(), checkedUser, at);
      first = first == null ? moved : first;
    }
    for (Map.Entry<String, PartyBasis> party : from.otherParties()) {
      addParty(into, party.getKey(), party.getValue(), checkedUser, at);
    }
    ChildFlags flags = from.child().flags();
    recordSocialCare(into, flags.childProtectionPlan() ? Boolean.TRUE : null,
        flags.childInNeedPlan() ? Boolean.TRUE : null, target.socialWorker() == null ? from.socialWorker() : null,
        checkedUser, at);
    if (flags.cmooeActionGroup()) {
      flagForCmooeActionGroup(into, checkedUser, at);
    }
    close(provisional, OutcomeCode.MERGED, "merged into " + into.value(), checkedUser, at);
    publisher.publishEvent(new CaseEvents.CaseMerged(provisional, into, first, at));
  }

  /**
   * Records the child's child protection and child in need plans and the allocated social worker, as an
   * officer or social care learned them. A null plan or social worker leaves that item as it is, so an
   * intake that only knows "there is a plan" never clears what an officer recorded. When the change
   * leaves a social worker to tell (a plan and an email address) who was not told before, publishes
   * {@link EducationStatus#SOCIAL_WORKER_RECORDED}: the social worker hears the case is open.
   *
   * @return whether anything changed
   * @throws InvalidInputException if the user is at fault
   * @throws CaseNotFoundException if there is no such case
   * @throws CaseStateException    if the case is closed
   */
  public boolean recordSocialCare(CaseReference reference, Boolean childProtectionPlan, Boolean childInNeedPlan,
                                  SocialWorker socialWorker, String user, Instant at) {
    Objects.requireNonNull(at, "at");
    String checkedUser = checkedUser(user);
    CmeCase c = openCase(reference);
    Optional<String> toldBefore = c.view().socialWorkerToTell();
    if (!c.recordSocialCare(childProtectionPlan, childInNeedPlan, socialWorker, checkedUser, at)) {
      return false;
    }
    c = cases.save(c);
    CaseView changed = c.view();
    record(c, checkedUser, at, CaseEventType.SOCIAL_CARE_RECORDED, "plans: child protection "
        + changed.child().flags().childProtectionPlan() + ", child in need " + changed.child().flags().childInNeedPlan()
        + (changed.socialWorker() == null ? "; no social worker" : "; social worker recorded"));
    Optional<String> toTell = changed.socialWorkerToTell();
    if (toTell.isPresent() && !toTell.equals(toldBefore)) {
      recordEducationStatus(reference, EducationStatus.SOCIAL_WORKER_RECORDED, checkedUser, at);
    }
    return true;
  }

  /**
   * Records a change of the child's education status on the open case and publishes it
   * ({@link CaseEvents.EducationStatusChanged}), so that the allocated social worker of a child with a
   * plan is told, whichever process made the change.
   *
   * @throws InvalidInputException if the user is at fault
   * @throws CaseNotFoundException if there is no such case
   * @throws CaseStateException    if the case is closed
   */
  public void recordEducationStatus(CaseReference reference, EducationStatus status, String user, Instant at) {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(at, "at");
    String checkedUser = checkedUser(user);
    CmeCase c = openCase(reference);
    record(c, checkedUser, at, CaseEventType.EDUCATION_STATUS_CHANGED, status.name());
    LOG.info("Case {}: education status {}", reference, status);
    publisher.publishEvent(new CaseEvents.EducationStatusChanged(reference, status, at));
  }

  /**
   * Records that a group may act on an open case (a school allocated a place, for its own task).
   * Adding a party that is there already changes nothing.
   *
   * @throws InvalidInputException if the group or the user is at fault
   * @throws CaseNotFoundException if there is no such case
   * @throws CaseStateException    if the case is closed
   */
  public void addParty(CaseReference reference, String groupId, PartyBasis basis, String user, Instant at) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(basis, "basis");
    Faults faults = new Faults();
    String group = faults.required("groupId", groupId, USER_LENGTH, "the group is missing");
    String checkedUser = user(faults, user);
    faults.throwIfAny();
    CmeCase c = openCase(reference);
    if (c.addParty(group, basis, checkedUser, at)) {
      c = cases.save(c);
      record(c, checkedUser, at, CaseEventType.PARTY_ADDED, group + " " + basis);
    }
  }

  /**
   * Whether any of {@code groups} is entitled to the open case {@code reference}. False alike when
   * there is no such case, when it is closed and when none of the groups is its party, so a caller
   * cannot tell them apart.
   */
  @Transactional(readOnly = true)
  public boolean mayActOn(CaseReference reference, Set<String> groups) {
    if (reference == null || groups == null || groups.isEmpty()) {
      return false;
    }
    return cases.findByCaseReference(reference.value())
        .filter(CmeCase::isOpen)
        .map(c -> c.partyGroups().stream().anyMatch(groups::contains))
        .orElse(false);
  }

  /** Whether there is an open case with this reference. */
  @Transactional(readOnly = true)
  public boolean isOpen(CaseReference reference) {
    return reference != null && cases.findByCaseReference(reference.value()).map(CmeCase::isOpen).orElse(false);
  }

  private static void addReferrer(CmeCase c, ReferralDetails referral, String user, Instant at) {
    if (referral.referringSchoolUrn() != null) {
      c.addParty(Groups.schoolGroup(referral.referringSchoolUrn()), PartyBasis.REFERRED, user, at);
    }
  }

  /** The case as the register holds it, if there is one. Not audited: use {@link #view} for people. */
  public Optional<CaseView> find(CaseReference reference) {
    Objects.requireNonNull(reference, "reference");
    return cases.findByCaseReference(reference.value()).map(CmeCase::view);
  }

  /**
   * The case for a person to read, recording that they read it (rules.md R9).
   *
   * @throws InvalidInputException if the user is at fault
   * @throws CaseNotFoundException if there is no such case
   */
  public CaseView view(CaseReference reference, String user, Instant at) {
    Objects.requireNonNull(at, "at");
    String checkedUser = checkedUser(user);
    CmeCase c = existingCase(reference);
    record(c, checkedUser, at, CaseEventType.CASE_VIEWED, null);
    return c.view();
  }

  /**
   * The case's audit trail, oldest first.
   *
   * @throws CaseNotFoundException if there is no such case
   */
  public List<CaseHistoryEntry> history(CaseReference reference) {
    CmeCase c = existingCase(reference);
    return events.findByCaseId(c.id()).stream().map(CaseEvent::entry).toList();
  }

  private CmeCase existingCase(CaseReference reference) {
    Objects.requireNonNull(reference, "reference");
    return cases.findByCaseReference(reference.value()).orElseThrow(() -> CaseNotFoundException.noCase(reference));
  }

  private CmeCase openCase(CaseReference reference) {
    CmeCase c = existingCase(reference);
    if (!c.isOpen()) {
      throw new CaseStateException("case " + reference + " is closed");
    }
    return c;
  }

  private static Referral referral(CmeCase c, CaseReference reference, ReferralId referralId) {
    Objects.requireNonNull(referralId, "referralId");
    return c.referral(referralId).orElseThrow(() ->
        new CaseNotFoundException("case " + reference + " has no referral " + referralId));
  }

  private static Enquiry enquiry(CmeCase c, CaseReference reference, EnquiryId enquiryId) {
    Objects.requireNonNull(enquiryId, "enquiryId");
    return c.enquiry(enquiryId).orElseThrow(() ->
        new CaseNotFoundException("case " + reference + " has no enquiry " + enquiryId));
  }

  private void record(CmeCase c, String user, Instant at, CaseEventType type, String detail) {
    events.save(CaseEvent.of(c.id(), at, user, type, detail));
  }

  private static ReferralDetails checkedReferral(ReferralDetails referral, Instant at) {
    if (referral == null) {
      throw invalid("referral", "the referral is missing");
    }
    ReferralDetails checked = ReferralDetails.checked(referral);
    if (checked.receivedAt() != null && checked.receivedAt().isAfter(at)) {
      throw invalid("receivedAt", "a referral cannot be received after it is recorded");
    }
    return checked;
  }

  private static String checkedUser(String user) {
    Faults faults = new Faults();
    String checked = user(faults, user);
    faults.throwIfAny();
    return checked;
  }

  private static String user(Faults faults, String user) {
    return faults.required("user", user, USER_LENGTH, "who made the change is not known");
  }

  /** Runs a check, adding its faults to {@code errors}; returns its result, or null if it failed. */
  private static <T> T collect(List<InvalidInputException.FieldError> errors, Supplier<T> check) {
    try {
      return check.get();
    } catch (InvalidInputException e) {
      errors.addAll(e.errors());
      return null;
    }
  }

  private static InvalidInputException invalid(String field, String reason) {
    return new InvalidInputException(List.of(new InvalidInputException.FieldError(field, reason)));
  }
}
