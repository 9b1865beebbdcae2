package uk.gov.cme.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;
import uk.gov.cme.rules.calendar.ServiceMethod;

/**
 * A row of the School Attendance Order register ({@code cme_sao_notice}, migration V8): its own
 * aggregate, changed only through {@link SaoRegister}.
 */
@Table
class SaoNotice {

  @Id
  private Long id;
  private Long caseId;
  private SaoNoticeType noticeType;
  private int cycle;
  private Long orderId;
  private Long linkedOrderId;
  private String parentServed;
  private LocalDate servedOn;
  private ServiceMethod serviceMethod;
  private LocalDate deemedService;
  private LocalDate deadline;
  private String schoolUrn;
  private String alternativeUrns;
  private Long letterId;
  private SaoOrderStatus status;
  private SaoOrderEndReason endedReason;
  private String createdBy;
  private Instant createdAt;
  private String updatedBy;
  private Instant updatedAt;

  /** For Spring Data. */
  private SaoNotice() {
  }

  static SaoNotice of(long caseId, SaoNoticeDetails d, int cycle, LocalDate deemedService, LocalDate deadline,
                      String user, Instant at) {
    SaoNotice n = new SaoNotice();
    n.caseId = caseId;
    n.noticeType = d.type();
    n.cycle = cycle;
    n.orderId = d.orderId();
    n.linkedOrderId = d.linkedOrderId();
    n.parentServed = d.parentServed();
    n.servedOn = d.servedOn();
    n.serviceMethod = d.serviceMethod();
    n.deemedService = deemedService;
    n.deadline = deadline;
    n.schoolUrn = d.schoolUrn();
    n.alternativeUrns = d.alternativeUrns().isEmpty() ? null : String.join(",", d.alternativeUrns());
    n.letterId = d.letterId();
    n.status = d.type().isOrder() ? SaoOrderStatus.IN_FORCE : null;
    n.createdBy = user;
    n.createdAt = at;
    n.updatedBy = user;
    n.updatedAt = at;
    return n;
  }

  Long id() {
    return id;
  }

  Long caseId() {
    return caseId;
  }

  SaoNoticeType type() {
    return noticeType;
  }

  int cycle() {
    return cycle;
  }

  SaoOrderStatus status() {
    return status;
  }

  boolean isOrderInForce() {
    return noticeType.isOrder() && status == SaoOrderStatus.IN_FORCE;
  }

  void changeStatus(SaoOrderStatus newStatus, SaoOrderEndReason reason, String user, Instant at) {
    this.status = newStatus;
    this.endedReason = reason;
    touched(user, at);
  }

  void attachLetter(long letter, String user, Instant at) {
    this.letterId = letter;
    touched(user, at);
  }

  private void touched(String user, Instant at) {
    this.updatedBy = user;
    this.updatedAt = at;
  }

  SaoNoticeEntry entry(String caseReference) {
    List<String> alternatives = alternativeUrns == null ? List.of() : Arrays.asList(alternativeUrns.split(","));
    return new SaoNoticeEntry(id, caseReference, noticeType, cycle, orderId, linkedOrderId, parentServed, servedOn,
        serviceMethod, deemedService, deadline, schoolUrn, List.copyOf(alternatives), letterId, status, endedReason,
        createdBy, createdAt, updatedBy, updatedAt);
  }
}
