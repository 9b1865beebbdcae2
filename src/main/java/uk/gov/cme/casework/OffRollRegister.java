package uk.gov.cme.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.cme.rules.age.SchoolAge;

/**
 * The register of schools' off-roll notifications (deletion returns, processes.md P3; rules.md R6):
 * every notification with its ground, route and outcome, so that the register inspection (P7) can list
 * a school's "Off Roll" children. Knows nothing of the process engine.
 *
 * <p>Transactions as {@link Casework}: each method joins the caller's transaction; one that throws
 * {@link InvalidInputException} or {@link CaseNotFoundException} has changed nothing and does not mark
 * the caller's transaction for rollback. Log lines name the notification's id only.
 */
@Service
@Transactional(noRollbackFor = {InvalidInputException.class, CaseNotFoundException.class})
public class OffRollRegister {

  /** Lost Pupil Database destination of a pupil whose destination is unknown (rules.md R8). */
  public static final String LOST_PUPIL_DESTINATION = "XXXXXXX";

  static final int NAME_LENGTH = 200;
  static final int ADDRESS_LENGTH = 500;
  static final int PHONE_LENGTH = 30;
  static final int TEXT_LENGTH = 4000;
  static final int ROUTE_LENGTH = 40;
  static final int DETAIL_LENGTH = 1000;

  private static final Logger LOG = LoggerFactory.getLogger(OffRollRegister.class);

  private final OffRollNotificationRepository notifications;
  private final Clock clock;

  OffRollRegister(OffRollNotificationRepository notifications, Clock clock) {
    this.notifications = notifications;
    this.clock = clock;
  }

  /**
   * Checks a notification and records it, outcome {@link OffRollOutcome#RECEIVED}.
   * <ul>
   *   <li>{@code schoolUrn}: required, six digits.</li>
   *   <li>The pupil: legal names and date of birth required, UPN valid if given, postcode plausible
   *   if given (the same checks as a referral's child, {@link ChildDetails.Builder#build}).</li>
   *   <li>{@code ground}: required, a letter from a to o (reg 9(1)); stored lower case.</li>
   *   <li>{@code proposedDeletionDate} and {@code parent1Name}: required, except at a standard
   *   transition (no deletion return is needed then); {@code lastAttendanceDate} not after the
   *   proposed deletion date; neither of them nor {@code newSchoolStartDate} before the pupil's date
   *   of birth.</li>
   * </ul>
   *
   * @return the new notification's id
   * @throws InvalidInputException listing every field at fault; nothing is stored
   */
  public long record(OffRollNotificationDetails details, String user, Instant at) {
    Objects.requireNonNull(at, "at");
    OffRollNotificationDetails checked = checked(details, user, LocalDate.ofInstant(at, clock.getZone()));
    OffRollNotification saved = notifications.save(OffRollNotification.received(checked, Faults.trim(user), at));
    LOG.info("Off-roll notification {} recorded (ground {})", saved.id(), checked.ground());
    return saved.id();
  }

  /**
   * Records the route the routing table chose (a route name such as {@code joint-decision}).
   *
   * @throws InvalidInputException if the route or the user is at fault
   * @throws CaseNotFoundException if there is no such notification
   */
  public void recordRoute(long id, String route, String user, Instant at) {
    Faults faults = new Faults();
    String checkedRoute = faults.required("route", route, ROUTE_LENGTH, "the route is missing");
    String checkedUser = user(faults, user);
    faults.throwIfAny();
    OffRollNotification n = existing(id);
    n.route(checkedRoute, checkedUser, Objects.requireNonNull(at, "at"));
    notifications.save(n);
  }

  /**
   * Records what became of a notification. Recording another outcome later replaces it (a refusal
   * after a received notification, a referral after a missed confirmation).
   *
   * @param detail        the outcome in more words (for example why a joint decision was refused);
   *                      optional, at most {@value #DETAIL_LENGTH} characters
   * @param caseReference the CME case a referral joined or opened; optional, kept when null
   * @throws InvalidInputException if the outcome, detail, case reference or user is at fault
   * @throws CaseNotFoundException if there is no such notification
   */
  public void recordOutcome(long id, OffRollOutcome outcome, String detail, String caseReference, String user,
                            Instant at) {
    Faults faults = new Faults();
    if (outcome == null) {
      faults.add("offRollOutcome", "the outcome is missing");
    }
    String checkedDetail = faults.optional("offRollOutcomeDetail", detail, DETAIL_LENGTH);
    String checkedReference = Faults.trim(caseReference);
    if (checkedReference != null && !CaseReference.isValid(checkedReference)) {
      faults.add("caseReference", "not a case reference (CME-<year>-<5 digits>)");
    }
    String checkedUser = user(faults, user);
    faults.throwIfAny();
    OffRollNotification n = existing(id);
    n.outcome(outcome, checkedDetail, checkedReference, checkedUser, Objects.requireNonNull(at, "at"));
    notifications.save(n);
    LOG.info("Off-roll notification {}: {}", id, outcome);
  }

  /**
   * Records that the school sends the pupil's CTF to the Lost Pupil Database with destination
   * {@value #LOST_PUPIL_DESTINATION} (ground (g), moving away with no school known; rules.md R8).
   *
   * @throws CaseNotFoundException if there is no such notification
   */
  public void recordLostPupilDatabase(long id, String user, Instant at) {
    Faults faults = new Faults();
    String checkedUser = user(faults, user);
    faults.throwIfAny();
    OffRollNotification n = existing(id);
    n.ctfDestination(LOST_PUPIL_DESTINATION, checkedUser, Objects.requireNonNull(at, "at"));
    notifications.save(n);
  }

  /**
   * Links the process instance that handles the notification.
   *
   * @throws CaseNotFoundException if there is no such notification
   */
  /**
   * Records the child's case the notification belongs to (the child's open case found when it was
   * recorded, or the case a hand-over opened).
   *
   * @throws InvalidInputException if the reference or the user is at fault
   * @throws CaseNotFoundException if there is no such notification
   */
  public void linkCase(long id, CaseReference caseReference, String user, Instant at) {
    Faults faults = new Faults();
    if (caseReference == null) {
      faults.add("caseReference", "the case reference is missing");
    }
    String checkedUser = user(faults, user);
    faults.throwIfAny();
    OffRollNotification n = existing(id);
    n.linkCase(caseReference.value(), checkedUser, Objects.requireNonNull(at, "at"));
    notifications.save(n);
    LOG.info("Off-roll notification {} belongs to case {}", id, caseReference);
  }

  public void linkProcessInstance(long id, String processInstanceId, String user, Instant at) {
    Faults faults = new Faults();
    String instance = faults.required("processInstanceId", processInstanceId, Casework.PROCESS_INSTANCE_ID_LENGTH,
        "the process instance id is missing");
    String checkedUser = user(faults, user);
    faults.throwIfAny();
    OffRollNotification n = existing(id);
    n.linkProcessInstance(instance, checkedUser, Objects.requireNonNull(at, "at"));
    notifications.save(n);
  }

  /**
   * Checks a notification as {@link #record} does, without storing anything: the details tidied (names
   * and UPN trimmed, postcode formatted, ground lower case).
   *
   * @throws InvalidInputException listing every field at fault
   */
  @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS, readOnly = true)
  public OffRollNotificationDetails check(OffRollNotificationDetails details, Instant at) {
    return checked(details, "check", LocalDate.ofInstant(Objects.requireNonNull(at, "at"), clock.getZone()));
  }

  /** The notification, if there is one with this id. */
  @Transactional(readOnly = true)
  public Optional<OffRollEntry> find(long id) {
    return notifications.findById(id).map(OffRollNotification::entry);
  }

  /**
   * The school's "Off Roll" list for the register inspection (processes.md P7): every notification the
   * school submitted, oldest first, with its ground and outcome.
   */
  @Transactional(readOnly = true)
  public List<OffRollEntry> offRollList(String schoolUrn) {
    Objects.requireNonNull(schoolUrn, "schoolUrn");
    return notifications.findBySchoolUrn(schoolUrn.strip()).stream().map(OffRollNotification::entry).toList();
  }

  /**
   * The notifications linked to a case (a referral they raised joined or opened it), oldest first: what
   * the school gave about the pupil and the parents, for the officers' forms.
   */
  @Transactional(readOnly = true)
  public List<OffRollEntry> forCase(CaseReference caseReference) {
    Objects.requireNonNull(caseReference, "caseReference");
    return notifications.findByCaseReference(caseReference.value()).stream().map(OffRollNotification::entry).toList();
  }

  /** The details tidied and checked, with every fault at once. */
  static OffRollNotificationDetails checked(OffRollNotificationDetails d, String user, LocalDate today) {
    Faults faults = new Faults();
    if (d == null) {
      faults.add("notification", "the notification is missing");
      faults.throwIfAny();
    }
    String urn = faults.urn("schoolUrn", d.schoolUrn());
    if (urn == null) {
      faults.add("schoolUrn", "the school's URN is missing");
    }
    ChildDetails child = null;
    try {
      child = ChildDetails.builder().legalForename(d.legalForename()).legalSurname(d.legalSurname())
          .preferredName(d.preferredName()).dateOfBirth(d.dateOfBirth()).upn(d.upn()).address(d.address())
          .postcode(d.postcode()).build(today);
    } catch (InvalidInputException e) {
      e.errors().forEach(f -> faults.add(f.field(), f.reason()));
    }
    String ground = null;
    if (Faults.trim(d.ground()) == null) {
      faults.add("ground", "the ground of deletion is missing: give a letter from a to o (reg 9(1))");
    } else {
      ground = DeletionGround.ofLetter(d.ground()).map(DeletionGround::letter).orElse(null);
      if (ground == null) {
        faults.add("ground", "not a ground of deletion: give a letter from a to o (reg 9(1))");
      }
    }
    if (!d.standardTransition() && d.proposedDeletionDate() == null) {
      faults.add("proposedDeletionDate", "the proposed deletion date is missing");
    }
    if (d.lastAttendanceDate() != null && d.proposedDeletionDate() != null
        && d.lastAttendanceDate().isAfter(d.proposedDeletionDate())) {
      faults.add("lastAttendanceDate", "is after the proposed deletion date");
    }
    if (d.dateOfBirth() != null && SchoolAge.validateDateOfBirth(d.dateOfBirth(), today).isEmpty()) {
      // a date of birth that is itself at fault is named once, not again with every other date
      notBeforeBirth(faults, "proposedDeletionDate", d.proposedDeletionDate(), d.dateOfBirth());
      notBeforeBirth(faults, "lastAttendanceDate", d.lastAttendanceDate(), d.dateOfBirth());
      notBeforeBirth(faults, "newSchoolStartDate", d.newSchoolStartDate(), d.dateOfBirth());
    }
    OffRollNotificationDetails.Parent parent1 = parent(faults, "parent1", d.parent1());
    if (!d.standardTransition() && (parent1 == null || parent1.name() == null)) {
      faults.add("parent1Name", "the name of the parent the pupil lives with is missing");
    }
    OffRollNotificationDetails.Parent parent2 = parent(faults, "parent2", d.parent2());
    String newAddress = faults.optional("newAddress", d.newAddress(), ADDRESS_LENGTH);
    String newSchool = faults.optionalLine("newSchoolName", d.newSchoolName(), NAME_LENGTH);
    String circumstances = faults.optional("circumstances", d.circumstances(), TEXT_LENGTH);
    user(faults, user);
    faults.throwIfAny();
    return new OffRollNotificationDetails(urn, child.legalForename(), child.legalSurname(), child.preferredName(),
        child.dateOfBirth(), child.upn(), child.address(), child.postcode(), parent1, parent2, newAddress,
        newSchool, d.newSchoolStartDate(), ground, d.proposedDeletionDate(), d.lastAttendanceDate(),
        d.standardTransition(), d.movingAbroad(), d.hasProvision(), circumstances);
  }

  /** A day in the pupil's life cannot be before their date of birth. */
  private static void notBeforeBirth(Faults faults, String field, LocalDate day, LocalDate dateOfBirth) {
    if (day != null && dateOfBirth != null && day.isBefore(dateOfBirth)) {
      faults.add(field, "is before the pupil's date of birth");
    }
  }

  private static OffRollNotificationDetails.Parent parent(Faults faults, String prefix,
                                                          OffRollNotificationDetails.Parent parent) {
    if (parent == null) {
      return null;
    }
    String name = faults.optionalLine(prefix + "Name", parent.name(), NAME_LENGTH);
    String address = faults.optional(prefix + "Address", parent.address(), ADDRESS_LENGTH);
    String phone = faults.optionalLine(prefix + "Phone", parent.phone(), PHONE_LENGTH);
    return name == null && address == null && phone == null ? null
        : new OffRollNotificationDetails.Parent(name, address, phone);
  }

  private OffRollNotification existing(long id) {
    return notifications.findById(id).orElseThrow(() ->
        new CaseNotFoundException("there is no off-roll notification " + id));
  }

  private static String user(Faults faults, String user) {
    return faults.required("user", user, Casework.USER_LENGTH, "who made the change is not known");
  }
}
