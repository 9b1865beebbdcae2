package uk.gov.cme.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of register inspections (P7, issue 13): one row per inspection of a school, the one running
 * for a school (at most one at a time), its record of findings and the school's next due date. Knows
 * nothing of the process engine. Transactions as {@link Casework}; log lines name the id and URN only.
 */
@Service
@Transactional(noRollbackFor = {InvalidInputException.class, CaseNotFoundException.class})
public class RegisterInspections {

  static final int REASON_LENGTH = 1000;
  static final int SUMMARY_LENGTH = 4000;
  static final int VERSION_LENGTH = 60;

  private static final Logger LOG = LoggerFactory.getLogger(RegisterInspections.class);

  private final RegisterInspectionRepository inspections;

  RegisterInspections(RegisterInspectionRepository inspections) {
    this.inspections = inspections;
  }

  /** The inspection running for the school, if there is one. */
  @Transactional(readOnly = true)
  public Optional<InspectionRecord> running(String schoolUrn) {
    return inspections.findBySchoolUrn(Objects.requireNonNull(schoolUrn, "schoolUrn").strip()).stream()
        .filter(RegisterInspection::running).map(RegisterInspection::record).findFirst();
  }

  /**
   * Opens an inspection of the school.
   *
   * @throws InvalidInputException naming {@code schoolUrn} when the URN is at fault or an inspection of
   *                               the school is already running; nothing is stored
   */
  public long open(String schoolUrn, InspectionTrigger trigger, String reason, String processInstanceId,
                   String user, Instant at) {
    Faults faults = new Faults();
    String urn = faults.urn("schoolUrn", schoolUrn);
    if (urn == null && Faults.trim(schoolUrn) == null) {
      faults.add("schoolUrn", "the school's URN is missing");
    }
    String checkedReason = faults.optional("inspectionReason", reason, REASON_LENGTH);
    String checkedUser = faults.required("user", user, Casework.USER_LENGTH, "who made the change is not known");
    if (trigger == null) {
      faults.add("inspectionTrigger", "why the inspection is started is missing");
    }
    faults.throwIfAny();
    if (running(urn).isPresent()) {
      faults.add("schoolUrn", "an inspection of this school is already running: add to it rather than start another");
      faults.throwIfAny();
    }
    RegisterInspection saved = inspections.save(RegisterInspection.opened(urn, trigger, checkedReason,
        processInstanceId, checkedUser, Objects.requireNonNull(at, "at")));
    LOG.info("Register inspection {} of school {} opened ({})", saved.id(), urn, trigger);
    return saved.id();
  }

  /**
   * Ends an inspection with its record of findings and the school's next due date.
   *
   * @throws CaseNotFoundException if there is no such inspection
   * @throws InvalidInputException if the summary or version is too long or the next due date is missing
   */
  public void close(long id, String summary, LocalDate nextDueDate, byte[] findingsPdf, String templateVersion,
                    String user, Instant at) {
    Faults faults = new Faults();
    String checkedSummary = faults.optional("findingsSummary", summary, SUMMARY_LENGTH);
    String checkedVersion = faults.optionalLine("templateVersion", templateVersion, VERSION_LENGTH);
    if (nextDueDate == null) {
      faults.add("nextDueDate", "the next due date is missing");
    }
    if (findingsPdf == null || findingsPdf.length == 0) {
      faults.add("findings", "the record of findings is missing");
    }
    String checkedUser = faults.required("user", user, Casework.USER_LENGTH, "who made the change is not known");
    faults.throwIfAny();
    RegisterInspection inspection = inspections.findById(id).orElseThrow(() ->
        new CaseNotFoundException("there is no register inspection " + id));
    inspection.close(checkedSummary, nextDueDate, findingsPdf.clone(), sha256(findingsPdf), checkedVersion,
        checkedUser, Objects.requireNonNull(at, "at"));
    inspections.save(inspection);
    LOG.info("Register inspection {} ended, next due {}", id, nextDueDate);
  }

  /** Every inspection of the school, oldest first. */
  @Transactional(readOnly = true)
  public List<InspectionRecord> forSchool(String schoolUrn) {
    return inspections.findBySchoolUrn(Objects.requireNonNull(schoolUrn, "schoolUrn").strip()).stream()
        .map(RegisterInspection::record).toList();
  }

  /** The inspection with this id, if there is one. */
  @Transactional(readOnly = true)
  public Optional<InspectionRecord> find(long id) {
    return inspections.findById(id).map(RegisterInspection::record);
  }

  /**
   * The record of findings (PDF) of an ended inspection of this school; empty when there is none, or the
   * inspection is another school's (the same answer).
   *
   * @throws LetterIntegrityException when the stored bytes no longer match their SHA-256
   */
  @Transactional(readOnly = true)
  public Optional<byte[]> findings(long id, String schoolUrn) {
    return inspections.findById(id)
        .filter(i -> schoolUrn != null && i.record().schoolUrn().equals(schoolUrn.strip()))
        .filter(i -> i.findingsPdf() != null)
        .map(i -> {
          if (!sha256(i.findingsPdf()).equals(i.findingsSha256())) {
            throw new LetterIntegrityException("register inspection " + id + ": the record of findings has changed");
          }
          return i.findingsPdf().clone();
        });
  }

  /** Each school's next due date, from its latest ended inspection; schools never inspected are absent. */
  @Transactional(readOnly = true)
  public Map<String, LocalDate> nextDueDates() {
    Map<String, LocalDate> due = new LinkedHashMap<>();
    inspections.findLatestEnded().forEach(i -> due.put(i.record().schoolUrn(), i.record().nextDueDate()));
    return due;
  }

  /** The URNs of the schools with an inspection running. */
  @Transactional(readOnly = true)
  public List<String> runningSchools() {
    return inspections.findRunning().stream().map(i -> i.record().schoolUrn()).distinct().toList();
  }

  private static String sha256(byte[] bytes) {
    return CaseLetters.sha256(bytes);
  }
}
