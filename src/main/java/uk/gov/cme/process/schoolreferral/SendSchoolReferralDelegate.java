package uk.gov.cme.process.schoolreferral;

import static uk.gov.cme.process.schoolreferral.SchoolReferralProcess.Variables.*;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.VariableMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.CaseStatus;
import uk.gov.cme.casework.CaseView;
import uk.gov.cme.casework.Casework;
import uk.gov.cme.process.cmereferral.CmeReferralProcess;
import uk.gov.cme.process.cmereferral.ReferralIntake;
import uk.gov.cme.security.InstanceAccessGuard;
import uk.gov.cme.security.ProcessStarts;

/**
 * Checks a school's referral (the same {@link ReferralIntake} as every other way in: a fault refuses
 * the whole start with each field named) and hands it to the CME team: starts {@code cme-referral}
 * with what the school sent, which joins the child's open case or opens one. The school's instance
 * keeps only its receipt: the case reference, the referral's id and its status. A referral that is
 * closed at once (not CME) is recorded as closed with its outcome.
 */
@Component("sendSchoolReferralDelegate")
class SendSchoolReferralDelegate implements JavaDelegate {

  /** Variables of the receipt that are not the school's referral and are not passed on. */
  private static final Set<String> NOT_PASSED_ON = Set.of(InstanceAccessGuard.SCHOOL_GROUP, CASE_REFERENCE,
      REFERRAL_ID, REFERRAL_STATUS, REFERRAL_STATUS_AT, OUTCOME_CODE);

  private static final Logger LOG = LoggerFactory.getLogger(SendSchoolReferralDelegate.class);

  private final ReferralIntake intake;
  private final Casework casework;
  private final RuntimeService runtime;

  SendSchoolReferralDelegate(ReferralIntake intake, Casework casework, RuntimeService runtime) {
    this.intake = intake;
    this.casework = casework;
    this.runtime = runtime;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Instant at = ClockUtil.getCurrentTime().toInstant();
    String school = (String) execution.getVariable(InstanceAccessGuard.SCHOOL_URN);
    intake.read(execution.getVariables(), school, at);

    Map<String, Object> referral = new HashMap<>();
    execution.getVariables().forEach((name, value) -> {
      // an empty field of the school's form is not passed on as a null variable (docs/performance.md)
      if (!NOT_PASSED_ON.contains(name) && value != null) {
        referral.put(name, value);
      }
    });
    referral.put(CmeReferralProcess.Variables.REFERRAL_SOURCE, "school");
    VariableMap handedOver = ProcessStarts.fromProcess(execution, () -> runtime
        .createProcessInstanceByKey(CmeReferralProcess.KEY)
        .setVariables(referral)
        .executeWithVariablesInReturn()
        .getVariables());

    String caseReference = (String) handedOver.get(CmeReferralProcess.Variables.CASE_REFERENCE);
    execution.setVariable(CASE_REFERENCE, caseReference);
    execution.setVariable(REFERRAL_ID, handedOver.get(CmeReferralProcess.Variables.REFERRAL_ID));
    execution.setProcessBusinessKey(caseReference);
    CaseView registered = casework.find(CaseReference.of(caseReference)).orElseThrow();
    boolean closed = registered.status() == CaseStatus.CLOSED;
    execution.setVariable(REFERRAL_STATUS, (closed ? SchoolReferralProcess.Status.CLOSED
        : SchoolReferralProcess.Status.RECEIVED).name());
    execution.setVariable(REFERRAL_STATUS_AT, Date.from(at));
    if (closed) {
      execution.setVariable(OUTCOME_CODE, registered.outcomeCode().name());
    }
    LOG.info("School referral sent to the CME team: case {}", caseReference);
  }
}
