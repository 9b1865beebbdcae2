package uk.gov.cme.process.cmereferral;

import static uk.gov.cme.process.cmereferral.CmeReferralProcess.Variables.*;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.Casework;
import uk.gov.cme.casework.ReferralId;

/**
 * Records the decision table's classification on the referral. The business rule task before it maps
 * the table's single result to {@code classification}, {@code classificationReason} and
 * {@code signposting} (string variables; the decision's own history keeps the whole result), which the
 * gateway and forms read. A CMOOE classification (rules.md R3) also flags the case for the CMOOE Action
 * Group, in the register and as {@code cmooeActionGroup}; the case stays open.
 */
@Component("recordClassificationDelegate")
class RecordClassificationDelegate implements JavaDelegate {

  private final Casework casework;

  RecordClassificationDelegate(Casework casework) {
    this.casework = casework;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String classification = (String) execution.getVariable(CLASSIFICATION);
    String reason = (String) execution.getVariable(CLASSIFICATION_REASON);
    boolean cmooe = CmeClassificationDecision.Classification.CMOOE.equals(classification);
    execution.setVariable(CMOOE_ACTION_GROUP, cmooe);
    CaseReference reference = CaseReference.of((String) execution.getVariable(CASE_REFERENCE));
    String user = Actors.user(execution);
    Instant at = Actors.now();
    casework.recordClassification(reference,
        new ReferralId(((Number) execution.getVariable(REFERRAL_ID)).longValue()), classification, reason, user, at);
    if (cmooe) {
      casework.flagForCmooeActionGroup(reference, user, at);
    }
  }
}
