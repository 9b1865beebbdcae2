package uk.gov.cme.api;

import static uk.gov.cme.process.offroll.OffRollNotificationProcess.Variables.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.gov.cme.casework.InvalidInputException;
import uk.gov.cme.casework.InvalidInputException.FieldError;
import uk.gov.cme.process.offroll.OffRollIntake;
import uk.gov.cme.process.offroll.OffRollNotificationProcess;
import uk.gov.cme.security.Groups;
import uk.gov.cme.security.InstanceAccessGuard;

/**
 * {@code POST /api/off-roll-notifications}: a school's system sends a deletion return (rules.md R6),
 * authenticated (HTTP Basic) as a user of that school. The body names the school ({@code schoolUrn});
 * a school other than the caller's own is refused (403), as is a caller who is not a school user. The
 * notification is checked first (400 with every field at fault, {@code ground} among them; nothing
 * stored: the body strictly to the shape of the request, {@link StrictJson}, then by the same intake
 * as the notification form, {@link OffRollIntake}), then the off-roll notification process starts as that user: 201 with the notification's id,
 * the route the routing table chose and the child's case: the open case the notification joined, or the
 * case a CME referral made at once joined or opened.
 */
@RestController
@RequestMapping("/api/off-roll-notifications")
class OffRollNotificationApi {

  private final RuntimeService runtime;
  private final IdentityService identity;
  private final OffRollIntake intake;

  private final ObjectMapper json;

  OffRollNotificationApi(RuntimeService runtime, IdentityService identity, OffRollIntake intake,
                         ObjectMapper json) {
    this.runtime = runtime;
    this.identity = identity;
    this.intake = intake;
    this.json = json;
  }

  /** A deletion return as a school's system sends it. Field names are the process variables' names. */
  record OffRollNotificationRequest(String schoolUrn, String referrerName, String referrerEmail,
      String legalForename, String legalSurname, String preferredName, LocalDate dateOfBirth, String upn,
      String address, String postcode, Boolean hasEhcp, String parent1Name, String parent1Address,
      String parent1Phone, String parent2Name, String parent2Address, String parent2Phone, String newAddress,
      String newSchoolName, LocalDate newSchoolStartDate, String ground, LocalDate proposedDeletionDate,
      LocalDate lastAttendanceDate, Boolean standardTransition, Boolean movingAbroad, String destinationCountry,
      LocalDate leavingDate, Boolean hasProvision, LocalDate eheNotifiedOn, Boolean specialSchoolLaArrangements,
      String circumstances, Boolean raiseSafeguardingConcern, String safeguardingDetails) {
  }

  /** The answer: the notification, its route and the child's case, when there is one. */
  record OffRollNotificationAccepted(long notificationId, String route, String caseReference) {
  }

  @PostMapping
  ResponseEntity<?> notify(@RequestBody JsonNode body) {
    Authentication caller = identity.getCurrentAuthentication();
    List<String> schools = Groups.schoolsOf(caller == null ? null : caller.getGroupIds());
    if (schools.isEmpty()) {
      return forbidden("Only a school's account may send off-roll notifications through this API");
    }
    StrictJson.Checked checked = StrictJson.check(body, OffRollNotificationRequest.class);
    if (checked.usable() == null) {
      throw new InvalidInputException(checked.faults());
    }
    OffRollNotificationRequest request;
    try {
      request = json.treeToValue(checked.usable(), OffRollNotificationRequest.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a checked notification could not be read", e);
    }
    String school = request.schoolUrn() == null || request.schoolUrn().isBlank() ? schools.get(0)
        : request.schoolUrn().strip();
    if (!schools.contains(school)) {
      return forbidden("A school may send off-roll notifications for its own pupils only");
    }
    Map<String, Object> variables = variables(request);
    variables.put(InstanceAccessGuard.SCHOOL_URN, school);
    List<FieldError> faults = new ArrayList<>(checked.faults());
    try {
      intake.read(variables, school, ClockUtil.getCurrentTime().toInstant());
    } catch (InvalidInputException e) {
      faults.addAll(e.errors());
    }
    if (!faults.isEmpty()) {
      throw new InvalidInputException(ReferralApi.firstPerField(faults));
    }
    VariableMap result = runtime.createProcessInstanceByKey(OffRollNotificationProcess.KEY)
        .setVariables(variables)
        .executeWithVariablesInReturn()
        .getVariables();
    return ResponseEntity.status(HttpStatus.CREATED).body(new OffRollNotificationAccepted(
        ((Number) result.get(OFF_ROLL_NOTIFICATION_ID)).longValue(),
        (String) result.get(ROUTE),
        caseOf(result)));
  }

  /**
   * The child's case the notification belongs to: the open case it joined (the school is then a party
   * of it), or the case a CME referral made at once joined or opened; null when there is none.
   */
  private static String caseOf(VariableMap result) {
    Object own = result.get(InstanceAccessGuard.CASE_REFERENCE);
    return (String) (own != null ? own : result.get(CME_REFERRAL_CASE_REFERENCE));
  }

  private static ResponseEntity<ProblemDetail> forbidden(String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, detail);
    problem.setTitle("Forbidden");
    return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
  }

  static Map<String, Object> variables(OffRollNotificationRequest r) {
    Map<String, Object> v = new HashMap<>();
    v.put(REFERRER_NAME, r.referrerName());
    v.put(REFERRER_EMAIL, r.referrerEmail());
    v.put(LEGAL_FORENAME, r.legalForename());
    v.put(LEGAL_SURNAME, r.legalSurname());
    v.put(PREFERRED_NAME, r.preferredName());
    v.put(DATE_OF_BIRTH, text(r.dateOfBirth()));
    v.put(UPN, r.upn());
    v.put(ADDRESS, r.address());
    v.put(POSTCODE, r.postcode());
    v.put(HAS_EHCP, Boolean.TRUE.equals(r.hasEhcp()));
    v.put(PARENT1_NAME, r.parent1Name());
    v.put(PARENT1_ADDRESS, r.parent1Address());
    v.put(PARENT1_PHONE, r.parent1Phone());
    v.put(PARENT2_NAME, r.parent2Name());
    v.put(PARENT2_ADDRESS, r.parent2Address());
    v.put(PARENT2_PHONE, r.parent2Phone());
    v.put(NEW_ADDRESS, r.newAddress());
    v.put(NEW_SCHOOL_NAME, r.newSchoolName());
    v.put(NEW_SCHOOL_START_DATE, text(r.newSchoolStartDate()));
    v.put(GROUND, r.ground());
    v.put(PROPOSED_DELETION_DATE, text(r.proposedDeletionDate()));
    v.put(LAST_ATTENDANCE_DATE, text(r.lastAttendanceDate()));
    v.put(STANDARD_TRANSITION, Boolean.TRUE.equals(r.standardTransition()));
    v.put(MOVING_ABROAD, Boolean.TRUE.equals(r.movingAbroad()));
    v.put(DESTINATION_COUNTRY, r.destinationCountry());
    v.put(LEAVING_DATE, text(r.leavingDate()));
    v.put(HAS_PROVISION, Boolean.TRUE.equals(r.hasProvision()));
    v.put(EHE_NOTIFIED_ON, text(r.eheNotifiedOn()));
    v.put(SPECIAL_SCHOOL_LA_ARRANGEMENTS, Boolean.TRUE.equals(r.specialSchoolLaArrangements()));
    v.put(CIRCUMSTANCES, r.circumstances());
    v.put("raiseSafeguardingConcern", Boolean.TRUE.equals(r.raiseSafeguardingConcern()));
    v.put("safeguardingDetails", r.safeguardingDetails());
    // a field the request leaves out is no variable rather than a null one (as POST /api/referrals):
    // the process reads each of them null-safely (docs/performance.md, "Variables per instance")
    v.values().removeIf(Objects::isNull);
    return v;
  }

  private static String text(LocalDate date) {
    return date == null ? null : date.toString();
  }
}
