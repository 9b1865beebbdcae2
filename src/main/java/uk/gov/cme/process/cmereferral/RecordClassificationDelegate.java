package uk.gov.cme.process.cmereferral;

import static uk.gov.cme.process.cmereferral.CmeReferralProcess.Variables.*;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.Casework;
import uk.gov.cme.casework.ReferralId;

/** Records the decision table's classification on the referral and flattens it for the gateway and forms. */
@Component("recordClassificationDelegate")
class RecordClassificationDelegate implements JavaDelegate {

  private final Casework casework;

  RecordClassificationDelegate(Casework casework) {
    this.casework = casework;
  }

  @Override
  public void execute(DelegateExecution execution) {
    @SuppressWarnings("unchecked")
    Map<String, Object> result = (Map<String, Object>) execution.getVariable(CLASSIFICATION_RESULT);
    String classification = (String) result.get(CmeClassificationDecision.Outputs.CLASSIFICATION);
    String reason = (String) result.get(CmeClassificationDecision.Outputs.REASON);
    execution.setVariable(CLASSIFICATION, classification);
    execution.setVariable(CLASSIFICATION_REASON, reason);
    execution.setVariable(SIGNPOSTING, result.get(CmeClassificationDecision.Outputs.SIGNPOSTING));
    casework.recordClassification(CaseReference.of((String) execution.getVariable(CASE_REFERENCE)),
        new ReferralId(((Number) execution.getVariable(REFERRAL_ID)).longValue()), classification, reason,
        Actors.user(execution), Actors.now());
  }
}
