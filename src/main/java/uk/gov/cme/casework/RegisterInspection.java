package uk.gov.cme.casework;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One register inspection of a school (table {@code cme_register_inspection}). Changed only through its
 * methods, which {@link RegisterInspections} calls after checking the input. The findings name children:
 * log the id only.
 */
@Table
class RegisterInspection {

  @Id
  private Long id;
  @Version
  private Long version;
  private String schoolUrn;
  private String triggerKind;
  private String reason;
  private String processInstanceId;
  private String startedBy;
  private Instant startedAt;
  private Instant endedAt;
  private String findingsSummary;
  private LocalDate nextDueDate;
  private byte[] findingsPdf;
  private String findingsSha256;
  private String templateVersion;
  private String updatedBy;
  private Instant updatedAt;

  /** For Spring Data. */
  private RegisterInspection() {
  }

  static RegisterInspection opened(String schoolUrn, InspectionTrigger trigger, String reason,
                                   String processInstanceId, String user, Instant at) {
    RegisterInspection i = new RegisterInspection();
    i.schoolUrn = schoolUrn;
    i.triggerKind = trigger.name();
    i.reason = reason;
    i.processInstanceId = processInstanceId;
    i.startedBy = user;
    i.startedAt = at;
    i.updatedBy = user;
    i.updatedAt = at;
    return i;
  }

  Long id() {
    return id;
  }

  boolean running() {
    return endedAt == null;
  }

  byte[] findingsPdf() {
    return findingsPdf;
  }

  String findingsSha256() {
    return findingsSha256;
  }

  void close(String summary, LocalDate nextDue, byte[] pdf, String sha256, String version, String user, Instant at) {
    this.findingsSummary = summary;
    this.nextDueDate = nextDue;
    this.findingsPdf = pdf;
    this.findingsSha256 = sha256;
    this.templateVersion = version;
    this.endedAt = at;
    this.updatedBy = user;
    this.updatedAt = at;
  }

  InspectionRecord record() {
    return new InspectionRecord(id, schoolUrn, InspectionTrigger.valueOf(triggerKind), reason, processInstanceId,
        startedBy, startedAt, endedAt, findingsSummary, nextDueDate, findingsPdf != null);
  }
}
