package uk.gov.cme.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.gov.cme.casework.CaseNotFoundException;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.CaseSearch;
import uk.gov.cme.process.schoolreferral.SchoolReceipts;
import uk.gov.cme.security.CaseAccessRules;
import uk.gov.cme.security.CaseAccessRules.CaseReading;
import uk.gov.cme.security.Groups;

/**
 * The case register for people (issue 9): the case search and the case view for the LA's teams, and a
 * school's receipts of its own referrals. Called by the Tasklist and Cockpit plugins as the user logged
 * in to the webapps, or by a system with HTTP Basic ({@code config.ApiAuthentication}). What each caller
 * may read is the case-access rules' to say ({@link CaseAccessRules#reading}):
 *
 * <ul>
 *   <li>{@code GET /api/cases?query=&reference=&name=&dateOfBirth=&upn=&postcode=}: the LA's teams
 *   only (403 for anyone else, a school too); at most {@value CaseSearch#LIMIT} cases, the newest
 *   first;</li>
 *   <li>{@code GET /api/cases/{reference}}: the whole case for the LA's teams, recorded in the case's
 *   audit trail as viewed by the user; for a school only its own receipts for the case; for anyone
 *   else, and for a case that is not there, the same 404;</li>
 *   <li>{@code GET /api/my-school/referrals}: a school user's own school's receipts, the newest first
 *   (403 for anyone else);</li>
 *   <li>{@code GET /api/me}: the caller and what they may read ({@code WHOLE_CASES},
 *   {@code OWN_SCHOOL_RECEIPTS}, {@code NOTHING}), for the plugins to offer the right screens.</li>
 * </ul>
 *
 * Nothing here logs a name, a date of birth or a search term: only case references and counts.
 */
@RestController
class CaseApi {

  private static final Logger LOG = LoggerFactory.getLogger(CaseApi.class);

  private final IdentityService identity;
  private final CaseAccessRules access;
  private final CaseSearch search;
  private final CaseFile cases;
  private final SchoolReceipts receipts;

  CaseApi(IdentityService identity, CaseAccessRules access, CaseSearch search, CaseFile cases,
          SchoolReceipts receipts) {
    this.identity = identity;
    this.access = access;
    this.search = search;
    this.cases = cases;
    this.receipts = receipts;
  }

  /** One case found, as the search lists it. */
  record Found(String reference, String childName, String legalForename, String legalSurname, String preferredName,
               LocalDate dateOfBirth, String dateOfBirthText, String status, String outcome, Instant openedAt,
               String openedAtText, Instant closedAt, String closedAtText) {
  }

  /** The search's answer: the cases (the newest first) and whether more matched than are listed. */
  record SearchResult(List<Found> cases, boolean more, int limit) {
  }

  /** A receipt as the school sees it. */
  record ReceiptView(String caseReference, String childName, Instant receivedAt, String receivedAtText,
                     String status, String statusLabel, Instant statusAt, String statusAtText, String outcome) {
  }

  /** A school's receipts for one case: all it may know of the case. */
  record CaseReceipts(String reference, List<ReceiptView> receipts) {
  }

  @GetMapping("/api/cases")
  ResponseEntity<?> search(@RequestParam(required = false) String query,
                           @RequestParam(required = false) String reference,
                           @RequestParam(required = false) String name,
                           @RequestParam(required = false) String dateOfBirth,
                           @RequestParam(required = false) String upn,
                           @RequestParam(required = false) String postcode) {
    Caller caller = caller();
    if (caller == null || access.reading(caller.groups()) != CaseReading.WHOLE_CASES) {
      return forbidden("Only the local authority's teams may search the case register");
    }
    CaseSearch.Result result = search.search(new CaseSearch.Criteria(query, reference, name, dateOfBirth, upn, postcode));
    LOG.info("Case search by {}: {} case(s)", caller.userId(), result.cases().size());
    return ResponseEntity.ok(new SearchResult(result.cases().stream().map(CaseApi::found).toList(), result.more(),
        CaseSearch.LIMIT));
  }

  @GetMapping("/api/cases/{reference}")
  ResponseEntity<?> open(@PathVariable String reference) {
    Caller caller = caller();
    CaseReading reading = caller == null ? CaseReading.NOTHING : access.reading(caller.groups());
    if (reading == CaseReading.NOTHING || !CaseReference.isValid(reference)) {
      return notFound();
    }
    CaseReference ref = CaseReference.of(reference);
    if (reading == CaseReading.OWN_SCHOOL_RECEIPTS) {
      List<ReceiptView> own = ownReceipts(caller).stream().filter(r -> r.caseReference().equals(ref.value())).toList();
      return own.isEmpty() ? notFound() : ResponseEntity.ok(new CaseReceipts(ref.value(), own));
    }
    try {
      CaseFile.View view = cases.open(ref, caller.userId(), ClockUtil.getCurrentTime().toInstant(),
          access.readsEscalations(caller.groups()));
      LOG.info("Case {} viewed by {}", ref, caller.userId());
      return ResponseEntity.ok(view);
    } catch (CaseNotFoundException e) {
      return notFound();
    }
  }

  /** What the caller may read of the register, for the plugins to offer the right screens. */
  record Access(String userId, String caseReading) {
  }

  /** {@code GET /api/me}: who is calling and what they may read of the register (never 403). */
  @GetMapping("/api/me")
  ResponseEntity<Access> me() {
    Caller caller = caller();
    CaseReading reading = caller == null ? CaseReading.NOTHING : access.reading(caller.groups());
    return ResponseEntity.ok(new Access(caller == null ? null : caller.userId(), reading.name()));
  }

  @GetMapping("/api/my-school/referrals")
  ResponseEntity<?> mySchoolsReferrals() {
    Caller caller = caller();
    if (caller == null || access.reading(caller.groups()) != CaseReading.OWN_SCHOOL_RECEIPTS) {
      return forbidden("Only a school's account has its school's referrals");
    }
    return ResponseEntity.ok(ownReceipts(caller));
  }

  private List<ReceiptView> ownReceipts(Caller caller) {
    return Groups.schoolsOf(caller.groups()).stream().flatMap(urn -> receipts.of(urn).stream())
        .sorted((a, b) -> b.receivedAt().compareTo(a.receivedAt()))
        .map(CaseApi::receipt).toList();
  }

  private static ReceiptView receipt(SchoolReceipts.Receipt r) {
    String statusLabel = switch (r.status()) {
      case RECEIVED -> "Received";
      case ACKNOWLEDGED -> "Acknowledged";
      case CLOSED -> "Closed";
    };
    return new ReceiptView(r.caseReference(), name(r.legalForename(), r.legalSurname(), null), r.receivedAt(),
        CaseLabels.at(r.receivedAt()), r.status().name().toLowerCase(java.util.Locale.ROOT),
        r.outcomeCode() == null ? statusLabel : statusLabel + ": " + r.outcomeCode().description(), r.statusAt(),
        CaseLabels.at(r.statusAt()), r.outcomeCode() == null ? null : r.outcomeCode().description());
  }

  private static Found found(CaseSearch.CaseSummary c) {
    return new Found(c.reference(), name(c.legalForename(), c.legalSurname(), c.preferredName()), c.legalForename(),
        c.legalSurname(), c.preferredName(), c.dateOfBirth(), CaseLabels.on(c.dateOfBirth()),
        c.status().name().toLowerCase(java.util.Locale.ROOT),
        c.outcomeCode() == null ? null : c.outcomeCode().description(), c.openedAt(), CaseLabels.at(c.openedAt()),
        c.closedAt(), CaseLabels.at(c.closedAt()));
  }

  private static String name(String forename, String surname, String preferred) {
    String legal = ((forename == null ? "" : forename) + " " + (surname == null ? "" : surname)).strip();
    return preferred == null || preferred.isBlank() ? legal : legal + " (known as " + preferred + ")";
  }

  private record Caller(String userId, Set<String> groups) {
  }

  private Caller caller() {
    Authentication current = identity.getCurrentAuthentication();
    if (current == null || current.getUserId() == null) {
      return null;
    }
    return new Caller(current.getUserId(), current.getGroupIds() == null ? Set.of() : Set.copyOf(current.getGroupIds()));
  }

  /** The one answer for a case that is not there and a case that is not the caller's. */
  private static ResponseEntity<ProblemDetail> notFound() {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
        "There is no case with this reference that you may see");
    problem.setTitle("Not found");
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
  }

  private static ResponseEntity<ProblemDetail> forbidden(String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, detail);
    problem.setTitle("Forbidden");
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
  }
}
