package uk.gov.cme.api;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import uk.gov.cme.casework.LocateAttempt;
import uk.gov.cme.process.cmereferral.CmeReferralProcess;
import uk.gov.cme.process.cmereferral.ReferralIntake;
import uk.gov.cme.process.schoolreferral.SchoolReferralProcess;
import uk.gov.cme.security.Groups;

/**
 * {@code POST /api/referrals}: a school's system or e-form refers a child, authenticated (HTTP Basic)
 * as a user of that school. The referral is checked first (400 with every field at fault, nothing
 * stored), then the school's referral ({@code school-referral}, the school's receipt) starts as that
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

  ReferralApi(RuntimeService runtime, IdentityService identity, ReferralIntake intake) {
    this.runtime = runtime;
    this.identity = identity;
    this.intake = intake;
  }

  /** A referral as a school's system sends it. Field names are the process variables' names. */
  record ReferralRequest(String referrerName, String referrerEmail, String referrerPhone,
                         String legalForename, String legalSurname, String preferredName, LocalDate dateOfBirth,
                         String sex, String upn, String address, String postcode, Boolean addressUnknown,
                         String lastSchoolName, Boolean hasEhcp, Boolean onSchoolRoll, String pmooeTrigger,
                         String educationElsewhere, String circumstances, List<Attempt> attemptsToLocate,
                         Boolean raiseSafeguardingConcern, String safeguardingDetails) {
  }

  /** One of the school's attempts to locate the child (seed 001). */
  record Attempt(LocateAttempt.Step step, LocalDate on, String result) {
  }

  /** The answer: the school's receipt. */
  record ReferralAccepted(String caseReference, String status) {
  }

  @PostMapping
  ResponseEntity<?> refer(@RequestBody ReferralRequest request) {
    Authentication caller = identity.getCurrentAuthentication();
    String school = Groups.schoolsOf(caller == null ? null : caller.getGroupIds()).stream().findFirst().orElse(null);
    if (school == null) {
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
          "Only a school's account may refer through this API; officers key referrals in Tasklist");
      problem.setTitle("Forbidden");
      return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
    }
    Map<String, Object> variables = variables(request);
    intake.read(variables, school, ClockUtil.getCurrentTime().toInstant());
    VariableMap result = runtime.createProcessInstanceByKey(SchoolReferralProcess.KEY)
        .setVariables(variables)
        .executeWithVariablesInReturn()
        .getVariables();
    return ResponseEntity.status(HttpStatus.CREATED).body(new ReferralAccepted(
        (String) result.get(SchoolReferralProcess.Variables.CASE_REFERENCE),
        (String) result.get(SchoolReferralProcess.Variables.REFERRAL_STATUS)));
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
    v.put(CmeReferralProcess.Variables.HAS_EHCP, Boolean.TRUE.equals(r.hasEhcp()));
    v.put(CmeReferralProcess.Variables.ON_SCHOOL_ROLL, Boolean.TRUE.equals(r.onSchoolRoll()));
    v.put(CmeReferralProcess.Variables.PMOOE_TRIGGER, r.pmooeTrigger());
    v.put(CmeReferralProcess.Variables.EDUCATION_ELSEWHERE, r.educationElsewhere());
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
    return v;
  }
}
