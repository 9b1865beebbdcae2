package uk.gov.cme.casework;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A school's off-roll notification in the register (table {@code cme_off_roll_notification}), with the
 * route it took and its outcome. Changed only through its methods, which {@link OffRollRegister} calls
 * after checking the input. Every field is personal data or sits next to it: log the id only.
 */
@Table
class OffRollNotification {

  @Id
  private Long id;
  @Version
  private Long version;
  private String schoolUrn;
  private String legalForename;
  private String legalSurname;
  private String preferredName;
  private LocalDate dateOfBirth;
  private String upn;
  private String address;
  private String postcode;
  private String newAddress;
  private String newSchoolName;
  private LocalDate newSchoolStartDate;
  private String parent1Name;
  private String parent1Address;
  private String parent1Phone;
  private String parent2Name;
  private String parent2Address;
  private String parent2Phone;
  private String ground;
  private LocalDate proposedDeletionDate;
  private LocalDate lastAttendanceDate;
  private boolean standardTransition;
  private boolean movingAbroad;
  private boolean hasProvision;
  private String circumstances;
  private String route;
  private OffRollOutcome outcome;
  private String outcomeDetail;
  private String ctfDestination;
  private String caseReference;
  private String processInstanceId;
  private String submittedBy;
  private Instant submittedAt;
  private String updatedBy;
  private Instant updatedAt;

  /** For Spring Data. */
  private OffRollNotification() {
  }

  /** A new notification from checked details, outcome {@link OffRollOutcome#RECEIVED}. */
  static OffRollNotification received(OffRollNotificationDetails d, String user, Instant at) {
    OffRollNotification n = new OffRollNotification();
    n.schoolUrn = d.schoolUrn();
    n.legalForename = d.legalForename();
    n.legalSurname = d.legalSurname();
    n.preferredName = d.preferredName();
    n.dateOfBirth = d.dateOfBirth();
    n.upn = d.upn();
    n.address = d.address();
    n.postcode = d.postcode();
    n.newAddress = d.newAddress();
    n.newSchoolName = d.newSchoolName();
    n.newSchoolStartDate = d.newSchoolStartDate();
    if (d.parent1() != null) {
      n.parent1Name = d.parent1().name();
      n.parent1Address = d.parent1().address();
      n.parent1Phone = d.parent1().phone();
    }
    if (d.parent2() != null) {
      n.parent2Name = d.parent2().name();
      n.parent2Address = d.parent2().address();
      n.parent2Phone = d.parent2().phone();
    }
    n.ground = d.ground();
    n.proposedDeletionDate = d.proposedDeletionDate();
    n.lastAttendanceDate = d.lastAttendanceDate();
    n.standardTransition = d.standardTransition();
    n.movingAbroad = d.movingAbroad();
    n.hasProvision = d.hasProvision();
    n.circumstances = d.circumstances();
    n.outcome = OffRollOutcome.RECEIVED;
    n.submittedBy = user;
    n.submittedAt = at;
    n.updatedBy = user;
    n.updatedAt = at;
    return n;
  }

  Long id() {
    return id;
  }

  void route(String route, String user, Instant at) {
    this.route = route;
    touch(user, at);
  }

  void outcome(OffRollOutcome outcome, String detail, String caseReference, String user, Instant at) {
    this.outcome = outcome;
    this.outcomeDetail = detail;
    if (caseReference != null) {
      this.caseReference = caseReference;
    }
    touch(user, at);
  }

  void ctfDestination(String destination, String user, Instant at) {
    this.ctfDestination = destination;
    touch(user, at);
  }

  void linkCase(String caseReference, String user, Instant at) {
    this.caseReference = caseReference;
    touch(user, at);
  }

  void linkProcessInstance(String processInstanceId, String user, Instant at) {
    this.processInstanceId = processInstanceId;
    touch(user, at);
  }

  private void touch(String user, Instant at) {
    this.updatedBy = user;
    this.updatedAt = at;
  }

  OffRollEntry entry() {
    OffRollNotificationDetails details = new OffRollNotificationDetails(schoolUrn, legalForename, legalSurname,
        preferredName, dateOfBirth, upn, address, postcode,
        parent1Name == null && parent1Address == null && parent1Phone == null ? null
            : new OffRollNotificationDetails.Parent(parent1Name, parent1Address, parent1Phone),
        parent2Name == null && parent2Address == null && parent2Phone == null ? null
            : new OffRollNotificationDetails.Parent(parent2Name, parent2Address, parent2Phone),
        newAddress, newSchoolName, newSchoolStartDate, ground, proposedDeletionDate, lastAttendanceDate,
        standardTransition, movingAbroad, hasProvision, circumstances);
    String meaning = DeletionGround.ofLetter(ground).map(DeletionGround::meaning).orElse(null);
    return new OffRollEntry(id, details, meaning, route, outcome, outcomeDetail, ctfDestination, caseReference,
        processInstanceId, submittedBy, submittedAt, updatedBy, updatedAt);
  }
}
