package uk.gov.cme.process.cmereferral;

import static uk.gov.cme.process.cmereferral.CmeReferralProcess.Variables.*;

import java.time.Instant;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.Casework;
import uk.gov.cme.casework.ReferralId;
import uk.gov.cme.process.shared.forms.CaseSummary;
import uk.gov.cme.process.shared.forms.FormText;
import uk.gov.cme.process.shared.forms.SchoolNames;

/**
 * One case per child: adds this referral to the child's open case, closes the provisional case opened
 * for a probable match as merged, and tells the open case's running process (message
 * {@value CmeReferralProcess#MESSAGE_REFERRAL_FOR_OPEN_CASE}) so an officer reviews the new information.
 * {@code joinedRunningCase} is false when no CME referral process is running for that case (it was
 * handed over), so this instance asks an officer to review it instead. The officer reads the further
 * referral as "Further referral received 3 December 2026 15:09 from Riverside Primary School: …"
 * ({@code furtherReferralSummary}: the time in Europe/London, the school by its name).
 */
@Component("joinOpenCaseDelegate")
class JoinOpenCaseDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(JoinOpenCaseDelegate.class);

  private final ReferralIntake intake;
  private final Casework casework;
  private final RuntimeService runtime;
  private final SchoolNames schools;

  @org.springframework.beans.factory.annotation.Autowired
  JoinOpenCaseDelegate(ReferralIntake intake, Casework casework, RuntimeService runtime,
                       org.springframework.beans.factory.ObjectProvider<SchoolNames> schools) {
    this(intake, casework, runtime, SchoolNames.preferred(schools));
  }

  JoinOpenCaseDelegate(ReferralIntake intake, Casework casework, RuntimeService runtime, SchoolNames schools) {
    this.intake = intake;
    this.casework = casework;
    this.runtime = runtime;
    this.schools = schools;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Instant at = Actors.now();
    String user = Actors.user(execution);
    CaseReference openCase = CaseReference.of((String) execution.getVariable(MATCHED_CASE_REFERENCE));
    Instant receivedAt = ((java.util.Date) execution.getVariable(RECEIVED_AT)).toInstant();
    String school = (String) execution.getVariable(uk.gov.cme.security.InstanceAccessGuard.SCHOOL_URN);
    boolean fromSchool = "school".equals(execution.getVariable(REFERRAL_SOURCE));
    ReferralIntake.Intake referral = intake.read(execution.getVariables(), fromSchool ? school : null, receivedAt);

    Object provisional = execution.getVariable(CASE_REFERENCE);
    ReferralId added = provisional != null && !openCase.value().equals(provisional)
        ? casework.merge(CaseReference.of((String) provisional), openCase, referral.referral(), user, at)
        : casework.addReferral(openCase, referral.referral(), user, at);
    execution.setVariable(REFERRAL_ID, added.value());
    execution.setVariable(CASE_REFERENCE, openCase.value());

    String summary = "Further referral received " + FormText.dateTime(receivedAt) + " from "
        + CaseSummary.from(referral.referral(), schools) + ": " + execution.getVariable(CIRCUMSTANCES);
    int correlated = runtime.createMessageCorrelation(CmeReferralProcess.MESSAGE_REFERRAL_FOR_OPEN_CASE)
        .processInstanceBusinessKey(openCase.value())
        .setVariable(FURTHER_REFERRAL_SUMMARY, summary)
        .correlateAllWithResult()
        .size();
    execution.setVariable(JOINED_RUNNING_CASE, correlated > 0);
    execution.setVariable(FURTHER_REFERRAL_SUMMARY, summary);
    LOG.info("Referral joined open case {} ({} running process)", openCase, correlated);
  }
}
