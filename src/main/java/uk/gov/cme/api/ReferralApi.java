package uk.gov.cme.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import uk.gov.cme.casework.LocateAttempt;
import uk.gov.cme.process.cmereferral.CmeReferralProcess;
import uk.gov.cme.process.cmereferral.ReferralIntake;
import uk.gov.cme.process.schoolreferral.SchoolReferralProcess;
import uk.gov.cme.process.shared.FormValues;
import uk.gov.cme.security.Groups;

/**
 * {@code POST /api/referrals}: a school's system or e-form refers a child, authenticated (HTTP Basic)
 * as a user of that school. The referral is checked first (400 with every field at fault, nothing
 * stored): the body strictly to the shape of {@link ReferralRequest} ({@link StrictJson}), the attempts
 * one per step, then by the same intake as the referral form ({@link ReferralIntake}), then the school's referral ({@code school-referral}, the school's receipt) starts as that
 * user and hands the referral to the CME team: 201 with the case reference the school follows its
 * referral by and the referral's status. The answer never names another school's case: a child who
 * may be another school's pupil is a possible match for an officer to decide, not a join.
 */
@RestController
@RequestMapping("/api/referrals")
class ReferralApi {

  private final RuntimeService runtime;
  private final IdentityService identity;
  private final ReferralIntake intake;

  private final ObjectMapper json;

  ReferralApi(RuntimeService runtime, IdentityService identity, ReferralIntake intake, ObjectMapper json) {
    this.runtime = runtime;
    this.identity = identity;
    this.intake = intake;
    this.json = json;
  }

  /**
   * A referral as a school's system sends it. Field names are the process variables' names. At most
   * one attempt for each of the five steps. {@code formalHoursPerWeek} (a number) and
   * {@code lastProvisionDate} are what the classification table reads for rules.md R3 (CMOOE, CMOE).
   */
  record ReferralRequest(String referrerName, String referrerEmail, String referrerPhone,
                         String legalForename, String legalSurname, String preferredName, LocalDate dateOfBirth,
                         String sex, String upn, String address, String postcode, Boolean addressUnknown,
                         String lastSchoolName, LocalDate lastAttendanceDate, Boolean hasEhcp, Boolean onSchoolRoll,
                         String pmooeTrigger, String educationElsewhere, Double formalHoursPerWeek,
                         LocalDate lastProvisionDate, String circumstances,
                         @Size(max = ATTEMPT_STEPS) List<Attempt> attemptsToLocate,
                         Boolean raiseSafeguardingConcern, String safeguardingDetails) {
  }

  /** The steps a school is expected to take to locate a child: one attempt each at most. */
  static final int ATTEMPT_STEPS = 5;

  /** A fault the register names by an attempt's place among the attempts it stores. */
  private static final Pattern STORED_ATTEMPT = Pattern.compile("attemptsToLocate\\[(\\d+)](.*)");

  /** One of the school's attempts to locate the child (seed 001). */
  record Attempt(LocateAttempt.Step step, LocalDate on, String result) {
  }

  /** The answer: the school's receipt. */
  record ReferralAccepted(String caseReference, String status) {
  }

  @PostMapping
  ResponseEntity<?> refer(@RequestBody JsonNode body) {
    Authentication caller = identity.getCurrentAuthentication();
    String school = Groups.schoolsOf(caller == null ? null : caller.getGroupIds()).stream().findFirst().orElse(null);
    if (school == null) {
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
          "Only a school's account may refer through this API; officers key referrals in Tasklist");
      problem.setTitle("Forbidden");
      return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
    }
    StrictJson.Checked checked = StrictJson.check(body, ReferralRequest.class);
    if (checked.usable() == null) {
      throw new InvalidInputException(checked.faults());
    }
    ReferralRequest request = read(checked.usable());
    List<FieldError> faults = new ArrayList<>(checked.faults());
    faults.addAll(attemptFaults(request.attemptsToLocate()));
    Map<String, Object> variables = variables(request);
    try {
      intake.read(variables, school, ClockUtil.getCurrentTime().toInstant());
    } catch (InvalidInputException e) {
      e.errors().forEach(f -> faults.add(new FieldError(apiField(f.field(), request, variables), f.reason())));
    }
    if (!faults.isEmpty()) {
      throw new InvalidInputException(firstPerField(faults));
    }
    VariableMap result = runtime.createProcessInstanceByKey(SchoolReferralProcess.KEY)
        .setVariables(variables)
        .executeWithVariablesInReturn()
        .getVariables();
    return ResponseEntity.status(HttpStatus.CREATED).body(new ReferralAccepted(
        (String) result.get(SchoolReferralProcess.Variables.CASE_REFERENCE),
        (String) result.get(SchoolReferralProcess.Variables.REFERRAL_STATUS)));
  }

  private ReferralRequest read(JsonNode checked) {
    try {
      return json.treeToValue(checked, ReferralRequest.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a checked referral could not be read", e);
    }
  }

  /**
   * Each attempt names its step, and each step once (a second one would replace the first); an attempt
   * listed was made, so it is not empty. The rest (at least one, each with date and result) is the
   * intake's, as for the forms.
   */
  static List<FieldError> attemptFaults(List<Attempt> attempts) {
    List<FieldError> faults = new ArrayList<>();
    if (attempts == null) {
      return faults;
    }
    Set<LocateAttempt.Step> steps = EnumSet.noneOf(LocateAttempt.Step.class);
    for (int i = 0; i < attempts.size(); i++) {
      Attempt attempt = attempts.get(i);
      if (attempt == null) {
        continue;
      }
      if (attempt.step() == null) {
        faults.add(new FieldError("attemptsToLocate[" + i + "].step", "which step this was is missing"));
      } else if (!steps.add(attempt.step())) {
        faults.add(new FieldError("attemptsToLocate[" + i + "].step", "this step is already in the list: give each step once"));
      } else if (attempt.on() == null && (attempt.result() == null || attempt.result().isBlank())) {
        faults.add(new FieldError("attemptsToLocate[" + i + "].on",
            "give the day the school made this attempt and its result, or leave the attempt out if it was not made"));
      }
    }
    return faults;
  }

  /**
   * The name in this API's request of a field the intake names by its process variable: an attempt's
   * date or result ({@code attemptCallsTextsDate}, or {@code attemptsToLocate[k].result} counting the
   * attempts given in the order of the steps) is the attempt's place in the request's list; the first
   * attempt's date, when the request lists no attempt, is the list ({@code attemptsToLocate}).
   */
  static String apiField(String field, ReferralRequest request, Map<String, Object> variables) {
    List<Attempt> attempts = request.attemptsToLocate() == null ? List.of() : request.attemptsToLocate();
    List<LocateAttempt.Step> given = new ArrayList<>();
    for (LocateAttempt.Step step : LocateAttempt.Step.values()) {
      String key = ReferralIntake.attemptKey(step);
      String prefix = "attempt" + key;
      if (field.equals(prefix + "Date") || field.equals(prefix + "Result")) {
        // an attempt the request does not list: the fault is the list's (no attempt at all)
        return indexOf(attempts, step).map(i -> "attemptsToLocate[" + i + "]."
            + (field.endsWith("Date") ? "on" : "result")).orElse("attemptsToLocate");
      }
      if (variables.get(prefix + "Date") != null || FormValues.text(variables, prefix + "Result") != null) {
        given.add(step);
      }
    }
    Matcher stored = STORED_ATTEMPT.matcher(field);
    if (stored.matches() && Integer.parseInt(stored.group(1)) < given.size()) {
      return indexOf(attempts, given.get(Integer.parseInt(stored.group(1))))
          .map(i -> "attemptsToLocate[" + i + "]" + stored.group(2)).orElse(field);
    }
    return field;
  }

  private static Optional<Integer> indexOf(List<Attempt> attempts, LocateAttempt.Step step) {
    for (int i = 0; i < attempts.size(); i++) {
      if (attempts.get(i) != null && attempts.get(i).step() == step) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /** One fault per field, the first found (a value of the wrong type is not also "missing"). */
  static List<FieldError> firstPerField(List<FieldError> faults) {
    Map<String, FieldError> byField = new LinkedHashMap<>();
    faults.forEach(f -> byField.putIfAbsent(f.field(), f));
    return List.copyOf(byField.values());
  }

  static Map<String, Object> variables(ReferralRequest r) {
    Map<String, Object> v = new HashMap<>();
    v.put(CmeReferralProcess.Variables.REFERRER_NAME, r.referrerName());
    v.put(CmeReferralProcess.Variables.REFERRER_EMAIL, r.referrerEmail());
    v.put(CmeReferralProcess.Variables.REFERRER_PHONE, r.referrerPhone());
    v.put(CmeReferralProcess.Variables.LEGAL_FORENAME, r.legalForename());
    v.put(CmeReferralProcess.Variables.LEGAL_SURNAME, r.legalSurname());
    v.put(CmeReferralProcess.Variables.PREFERRED_NAME, r.preferredName());
    v.put(CmeReferralProcess.Variables.DATE_OF_BIRTH, r.dateOfBirth() == null ? null : r.dateOfBirth().toString());
    v.put(CmeReferralProcess.Variables.SEX, r.sex());
    v.put(CmeReferralProcess.Variables.UPN, r.upn());
    v.put(CmeReferralProcess.Variables.ADDRESS, r.address());
    v.put(CmeReferralProcess.Variables.POSTCODE, r.postcode());
    v.put(CmeReferralProcess.Variables.ADDRESS_UNKNOWN, Boolean.TRUE.equals(r.addressUnknown()));
    v.put(CmeReferralProcess.Variables.LAST_SCHOOL_NAME, r.lastSchoolName());
    v.put(CmeReferralProcess.Variables.LAST_ATTENDANCE_DATE,
        r.lastAttendanceDate() == null ? null : r.lastAttendanceDate().toString());
    v.put(CmeReferralProcess.Variables.HAS_EHCP, Boolean.TRUE.equals(r.hasEhcp()));
    v.put(CmeReferralProcess.Variables.ON_SCHOOL_ROLL, Boolean.TRUE.equals(r.onSchoolRoll()));
    v.put(CmeReferralProcess.Variables.PMOOE_TRIGGER, r.pmooeTrigger());
    v.put(CmeReferralProcess.Variables.EDUCATION_ELSEWHERE, r.educationElsewhere());
    v.put(CmeReferralProcess.Variables.FORMAL_HOURS_PER_WEEK, r.formalHoursPerWeek());
    v.put(CmeReferralProcess.Variables.LAST_PROVISION_DATE,
        r.lastProvisionDate() == null ? null : r.lastProvisionDate().toString());
    v.put(CmeReferralProcess.Variables.CIRCUMSTANCES, r.circumstances());
    v.put("raiseSafeguardingConcern", Boolean.TRUE.equals(r.raiseSafeguardingConcern()));
    v.put("safeguardingDetails", r.safeguardingDetails());
    if (r.attemptsToLocate() != null) {
      for (Attempt attempt : r.attemptsToLocate()) {
        if (attempt == null || attempt.step() == null) {
          continue;
        }
        String key = ReferralIntake.attemptKey(attempt.step());
        v.put("attempt" + key + "Date", attempt.on() == null ? null : attempt.on().toString());
        v.put("attempt" + key + "Result", attempt.result());
      }
    }
    // A field the request leaves out is no variable, not a null one: the school's instance and the CME
    // team's would each store it (and its history) for nothing (docs/performance.md).
    v.values().removeIf(java.util.Objects::isNull);
    return v;
  }
}
