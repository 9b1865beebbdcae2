package uk.gov.cme.api;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
import uk.gov.cme.casework.CaseLetters;
import uk.gov.cme.casework.CaseNotFoundException;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.LetterIntegrityException;
import uk.gov.cme.security.CaseAccessRules;
import uk.gov.cme.security.CaseAccessRules.CaseReading;

/**
 * The letters stored with a case (issue 10), for those entitled to the whole case: the same rule as
 * {@code GET /api/cases/{reference}} ({@link CaseAccessRules#reading}, {@code WHOLE_CASES}). A school,
 * anyone else, a case that is not there and a letter that is not the case's all get the same 404.
 *
 * <ul>
 *   <li>{@code GET /api/cases/{reference}/letters}: the case's letters, oldest first (not audited: the
 *   case view that lists them is);</li>
 *   <li>{@code GET /api/cases/{reference}/letters/{id}}: the letter's PDF, recorded in the case's audit
 *   trail ({@code LETTER_DOWNLOADED}); its bytes are checked against the SHA-256 stored with them first,
 *   and a mismatch is a 500 with a plain message (logged with the case reference and letter id only).</li>
 * </ul>
 */
@RestController
class CaseLettersApi {

  private static final Logger LOG = LoggerFactory.getLogger(CaseLettersApi.class);

  private final IdentityService identity;
  private final CaseAccessRules access;
  private final CaseLetters letters;

  CaseLettersApi(IdentityService identity, CaseAccessRules access, CaseLetters letters) {
    this.identity = identity;
    this.access = access;
    this.letters = letters;
  }

  @GetMapping("/api/cases/{reference}/letters")
  ResponseEntity<?> list(@PathVariable String reference) {
    String user = entitledUser(reference);
    if (user == null) {
      return notFound();
    }
    CaseReference ref = CaseReference.of(reference);
    try {
      boolean escalations = readsEscalations();
      List<CaseFile.Letter> list = letters.list(ref).stream()
          .filter(l -> escalations || !CaseFile.escalationRecord(l)).map(l -> CaseFile.letter(ref, l)).toList();
      return ResponseEntity.ok(list);
    } catch (CaseNotFoundException e) {
      return notFound();
    }
  }

  @GetMapping("/api/cases/{reference}/letters/{id}")
  ResponseEntity<?> download(@PathVariable String reference, @PathVariable String id) {
    String user = entitledUser(reference);
    if (user == null || !id.matches("[0-9]{1,18}")) {
      return notFound();
    }
    CaseReference ref = CaseReference.of(reference);
    try {
      long letterId = Long.parseLong(id);
      if (!readsEscalations() && letters.list(ref).stream()
          .anyMatch(l -> l.id() == letterId && CaseFile.escalationRecord(l))) {
        // the minutes of an escalation: the same answer as a letter that is not there (seed 004 §6)
        return notFound();
      }
      CaseLetters.LetterFile file = letters.download(ref, letterId, user,
          ClockUtil.getCurrentTime().toInstant());
      LOG.info("Letter {} of case {} downloaded by {}", id, ref, user);
      return ResponseEntity.ok()
          .contentType(MediaType.APPLICATION_PDF)
          .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
              .filename(ref.value() + "-" + file.letter().kind() + "-" + id + ".pdf").build().toString())
          .body(file.pdf());
    } catch (CaseNotFoundException e) {
      return notFound();
    } catch (LetterIntegrityException e) {
      LOG.error("Letter {} of case {} does not match its stored SHA-256: not served", id, ref);
      return ApiErrors.failedIntegrityCheck("letter");
    }
  }

  /** The caller's user id when they may read the whole case; null otherwise (or for a malformed reference). */
  private String entitledUser(String reference) {
    Authentication current = identity.getCurrentAuthentication();
    if (current == null || current.getUserId() == null || !CaseReference.isValid(reference)) {
      return null;
    }
    Set<String> groups = current.getGroupIds() == null ? Set.of() : Set.copyOf(current.getGroupIds());
    return access.reading(groups) == CaseReading.WHOLE_CASES ? current.getUserId() : null;
  }

  /** Whether the caller may read escalation records (the minutes of an escalation's reviews). */
  private boolean readsEscalations() {
    Authentication current = identity.getCurrentAuthentication();
    return current != null && current.getGroupIds() != null
        && access.readsEscalations(Set.copyOf(current.getGroupIds()));
  }

  /** The one answer for a case (or letter) that is not there and one that is not the caller's. */
  private static ResponseEntity<ProblemDetail> notFound() {
    return ApiErrors.notFound("There is no case with this reference that you may see");
  }
}
