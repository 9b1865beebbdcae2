package uk.gov.cme.process.cmereferral;

import static uk.gov.cme.process.cmereferral.CmeReferralProcess.Variables.*;

import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.Casework;
import uk.gov.cme.casework.EducationStatus;
import uk.gov.cme.casework.MatchKind;
import uk.gov.cme.casework.MatchResult;
import uk.gov.cme.casework.ReferralSource;
import uk.gov.cme.rules.age.SchoolAge;
import uk.gov.cme.security.InstanceAccessGuard;

/**
 * Checks a new referral, finds whether the child already has an open case, and opens a case when it
 * is not certainly the same child. Sets the variables the gateways, forms and decision table read.
 * A fault in the referral rolls the whole start back (nothing is saved) with each field named.
 *
 * <p>A referral raised by another process of the child's case (the EHE check after unanswered contacts,
 * the emigration checks after a departure that was not confirmed, an off-roll notification) names that
 * case ({@code caseReference}). If it is open, the child is not matched again: when a CME referral is
 * already working the case, the referral joins it ({@code EXACT}); otherwise this referral takes the case
 * up ({@value #TAKE_UP}): the referral is added to the case, this instance works it, and it is
 * classified, acknowledged and investigated as a new referral would be.
 */
@Component("recordReferralDelegate")
class RecordReferralDelegate implements JavaDelegate {

  /** {@code matchKind} of a referral that takes up its caller's open case. */
  static final String TAKE_UP = "TAKE_UP";

  private static final Logger LOG = LoggerFactory.getLogger(RecordReferralDelegate.class);

  private final ReferralIntake intake;
  private final Casework casework;
  private final RuntimeService runtime;

  RecordReferralDelegate(ReferralIntake intake, Casework casework, RuntimeService runtime) {
    this.intake = intake;
    this.casework = casework;
    this.runtime = runtime;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Instant at = Actors.now();
    String callerSchool = Boolean.TRUE.equals(execution.getVariable(REFERRED_BY_PROCESS))
        ? null : Actors.callerSchool().orElse(null);
    ReferralIntake.Intake referral = intake.read(execution.getVariables(), callerSchool, at);
    boolean anonymous = referral.referral().source() == ReferralSource.ANONYMOUS;
    boolean school = referral.referral().source() == ReferralSource.SCHOOL;

    execution.setVariable(REFERRAL_SOURCE, referral.referral().source().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    execution.setVariable(RECEIVED_AT, Date.from(at));
    setOrClear(execution, REFERRER_EMAIL, anonymous ? null : referral.referral().referrerEmail());
    setOrClear(execution, REFERRING_SCHOOL_EMAIL, school ? referral.referral().referrerEmail() : null);
    if (anonymous) {
      setOrClear(execution, REFERRER_NAME, null);
      setOrClear(execution, REFERRER_PHONE, null);
      setOrClear(execution, REFERRER_ORGANISATION, null);
    }
    if (school) {
      execution.setVariable(InstanceAccessGuard.SCHOOL_URN, referral.referral().referringSchoolUrn());
    }
    execution.setVariable(DATE_OF_BIRTH, referral.child().dateOfBirth().toString());
    setOrClear(execution, LAST_ATTENDANCE_DATE, referral.lastAttendanceDate() == null ? null
        : referral.lastAttendanceDate().toString());
    execution.setVariable(LAST_ATTENDANCE_DATE_AT, referral.lastAttendanceDate() == null ? null
        : Date.from(referral.lastAttendanceDate().atStartOfDay(java.time.ZoneId.of("Europe/London")).toInstant()));
    execution.setVariable(CHILD_NAME, referral.child().legalForename() + " " + referral.child().legalSurname());
    execution.setVariable(CHILD_INITIALS, initials(referral));
    execution.setVariable(COMPULSORY_SCHOOL_AGE,
        SchoolAge.isOfCompulsorySchoolAge(referral.child().dateOfBirth(), at.atZone(java.time.ZoneId.of("Europe/London")).toLocalDate()));
    execution.setVariable(HAS_EHCP, referral.child().flags().ehcp());
    execution.setVariable(ON_SCHOOL_ROLL, uk.gov.cme.process.shared.FormValues.flag(execution.getVariables(), ON_SCHOOL_ROLL));
    execution.setVariable(PMOOE_TRIGGER, orDefault(execution.getVariable(PMOOE_TRIGGER)));
    execution.setVariable(EDUCATION_ELSEWHERE, orDefault(execution.getVariable(EDUCATION_ELSEWHERE)));
    execution.setVariable(FORMAL_HOURS_PER_WEEK, referral.formalHoursPerWeek());
    execution.setVariable(WEEKS_OUT_OF_PROVISION, referral.weeksOutOfProvision());
    execution.setVariable(ENQUIRY_LOG, "");

    CaseReference callersCase = callersCase(execution);
    if (callersCase != null) {
      if (runtime.createProcessInstanceQuery().processDefinitionKey(CmeReferralProcess.KEY)
          .processInstanceBusinessKey(callersCase.value()).count() > 0) {
        execution.setVariable(MATCH_KIND, MatchKind.EXACT.name());
        execution.setVariable(MATCHED_CASE_REFERENCE, callersCase.value());
        LOG.info("Referral from another process joins case {}, which the CME team is working", callersCase);
        return;
      }
      String user = Actors.user(execution);
      var added = casework.addReferral(callersCase, referral.referral(), user, at);
      casework.linkProcessInstance(callersCase, execution.getProcessInstanceId());
      casework.recordEducationStatus(callersCase, EducationStatus.REFERRED_AS_MISSING_EDUCATION, user, at);
      execution.setProcessBusinessKey(callersCase.value());
      execution.setVariable(REFERRAL_ID, added.value());
      execution.setVariable(MATCH_KIND, TAKE_UP);
      setOrClear(execution, MATCHED_CASE_REFERENCE, null);
      LOG.info("Referral from another process takes up case {}", callersCase);
      return;
    }
    MatchResult match = casework.findMatch(referral.child());
    execution.setVariable(MATCH_KIND, match.kind().name());
    setOrClear(execution, MATCHED_CASE_REFERENCE, match.matchedCase().map(CaseReference::value).orElse(null));
    if (match.kind() == MatchKind.EXACT) {
      execution.setVariable(CASE_REFERENCE, match.caseReference().value());
      LOG.info("Referral matches open case {}", match.caseReference());
      return;
    }
    String user = Actors.user(execution);
    Casework.Opened openedCase = casework.openCase(referral.child(), referral.referral(), user, at,
        execution.getProcessInstanceId());
    CaseReference opened = openedCase.reference();
    execution.setProcessBusinessKey(opened.value());
    execution.setVariable(CASE_REFERENCE, opened.value());
    execution.setVariable(REFERRAL_ID, openedCase.referralId().value());
    if (match.kind() == MatchKind.PROBABLE) {
      execution.setVariable(MATCH_SUMMARY, "The open case " + match.caseReference().value()
          + " may be the same child (same date of birth and a similar name or postcode). Compare both in the register.");
    }
    LOG.info("Case {} opened ({} match)", opened, match.kind());
  }

  /** The open case another process of the child's case refers it from; null for any other referral. */
  private CaseReference callersCase(DelegateExecution execution) {
    Object reference = execution.getVariable(CASE_REFERENCE);
    if (!Boolean.TRUE.equals(execution.getVariable(REFERRED_BY_PROCESS)) || reference == null
        || !CaseReference.isValid(reference.toString())) {
      return null;
    }
    CaseReference caseReference = CaseReference.of(reference.toString());
    return casework.isOpen(caseReference) ? caseReference : null;
  }

  /**
   * Sets a variable, or clears one that was given; a value nobody gave is not written as a null variable
   * (each would be a runtime row and a history row for nothing, docs/performance.md). Not for a variable an
   * expression or the decision table reads by name ({@code lastAttendanceDateAt}, {@code formalHoursPerWeek},
   * {@code weeksOutOfProvision}): those are always set.
   */
  private static void setOrClear(DelegateExecution execution, String name, Object value) {
    if (value != null || execution.hasVariable(name)) {
      execution.setVariable(name, value);
    }
  }

  private static String orDefault(Object value) {
    return value == null || value.toString().isBlank() ? "none" : value.toString();
  }

  private static String initials(ReferralIntake.Intake referral) {
    return referral.child().legalForename().substring(0, 1).toUpperCase(Locale.ROOT) + "."
        + referral.child().legalSurname().substring(0, 1).toUpperCase(Locale.ROOT) + ".";
  }
}
