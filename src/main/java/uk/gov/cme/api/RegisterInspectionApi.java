package uk.gov.cme.api;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import uk.gov.cme.casework.InspectionRecord;
import uk.gov.cme.casework.LetterIntegrityException;
import uk.gov.cme.casework.RegisterInspections;
import uk.gov.cme.process.registerinspection.InspectionListSources;
import uk.gov.cme.process.shared.EngineActors;
import uk.gov.cme.security.CaseAccessRules;
import uk.gov.cme.security.CaseAccessRules.CaseReading;
import uk.gov.cme.security.Groups;

/**
 * A register inspection's two lists and its record of findings (issue 13, P7), for the school inspected
 * and for the LA teams that read whole cases (the CME officers): by HTTP Basic, or from a Tasklist session
 * with its CSRF token (as the case view). Another school, anyone else, and an inspection that does not
 * exist get the same 404.
 * <ul>
 *   <li>{@code GET /api/register-inspections/{id}/allocated.csv}: the Allocated list as it stands today;</li>
 *   <li>{@code GET /api/register-inspections/{id}/off-roll.csv}: the Off Roll list as it stands today;</li>
 *   <li>{@code GET /api/register-inspections/{id}/findings.pdf}: the record of findings of an ended
 *   inspection (checked against its SHA-256 first).</li>
 * </ul>
 * Logs the inspection's id and the caller only.
 */
@RestController
class RegisterInspectionApi {

  private static final Logger LOG = LoggerFactory.getLogger(RegisterInspectionApi.class);
  private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private final IdentityService identity;
  private final CaseAccessRules access;
  private final RegisterInspections inspections;
  private final InspectionListSources lists;

  RegisterInspectionApi(IdentityService identity, CaseAccessRules access, RegisterInspections inspections,
                        InspectionListSources lists) {
    this.identity = identity;
    this.access = access;
    this.inspections = inspections;
    this.lists = lists;
  }

  @GetMapping("/api/register-inspections/{id}/allocated.csv")
  ResponseEntity<?> allocated(@PathVariable String id) {
    return visible(id).<ResponseEntity<?>>map(i -> csv(i, "allocated",
        lists.allocatedCsv(i.schoolUrn(), EngineActors.today()))).orElseGet(RegisterInspectionApi::notFound);
  }

  @GetMapping("/api/register-inspections/{id}/off-roll.csv")
  ResponseEntity<?> offRoll(@PathVariable String id) {
    return visible(id).<ResponseEntity<?>>map(i -> csv(i, "off-roll",
        lists.offRollCsv(i.schoolUrn(), EngineActors.today()))).orElseGet(RegisterInspectionApi::notFound);
  }

  @GetMapping("/api/register-inspections/{id}/findings.pdf")
  ResponseEntity<?> findings(@PathVariable String id) {
    Optional<InspectionRecord> inspection = visible(id);
    if (inspection.isEmpty()) {
      return notFound();
    }
    try {
      return inspections.findings(inspection.get().id(), inspection.get().schoolUrn())
          .<ResponseEntity<?>>map(pdf -> {
            LOG.info("Record of findings of register inspection {} downloaded by {}", id, user());
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                    .filename("INSPECTION-" + id + "-findings.pdf").build().toString())
                .body(pdf);
          }).orElseGet(RegisterInspectionApi::notFound);
    } catch (LetterIntegrityException e) {
      LOG.error("Record of findings of register inspection {} does not match its stored SHA-256: not served", id);
      return ApiErrors.failedIntegrityCheck("record");
    }
  }

  /** The inspection, when the caller may see it: its own school's, or any for a team reading whole cases. */
  private Optional<InspectionRecord> visible(String id) {
    Authentication current = identity.getCurrentAuthentication();
    if (current == null || current.getUserId() == null || !id.matches("[0-9]{1,18}")) {
      return Optional.empty();
    }
    Set<String> groups = current.getGroupIds() == null ? Set.of() : Set.copyOf(current.getGroupIds());
    boolean wholeCases = Groups.schoolsOf(groups).isEmpty() && access.reading(groups) == CaseReading.WHOLE_CASES;
    return inspections.find(Long.parseLong(id))
        .filter(i -> wholeCases || Groups.schoolsOf(groups).contains(i.schoolUrn()));
  }

  private ResponseEntity<?> csv(InspectionRecord inspection, String list, String body) {
    LOG.info("{} list of register inspection {} downloaded by {}", list, inspection.id(), user());
    return ResponseEntity.ok().contentType(CSV)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("INSPECTION-" + inspection.id() + "-" + list + ".csv").build().toString())
        .body(body);
  }

  private String user() {
    Authentication current = identity.getCurrentAuthentication();
    return current == null ? null : current.getUserId();
  }

  /** The one answer for an inspection that is not there and one that is not the caller's. */
  private static ResponseEntity<ProblemDetail> notFound() {
    return ApiErrors.notFound("There is no register inspection with this number that you may see");
  }
}
