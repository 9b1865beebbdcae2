package uk.gov.cme.process.ehecheck;

import static uk.gov.cme.process.ehecheck.EheCheckProcess.Variables.CONTACT_MODE;
import static uk.gov.cme.process.ehecheck.EheCheckProcess.Variables.CONTACT_MODE_REASON;
import static uk.gov.cme.process.ehecheck.EheCheckProcess.Variables.CONTACT_MODE_RESULT;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Copies the contact-mode table's result into the variables the TLP form shows. */
@Component("recordContactModeDelegate")
class RecordContactModeDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    @SuppressWarnings("unchecked")
    Map<String, Object> result = (Map<String, Object>) execution.getVariable(CONTACT_MODE_RESULT);
    execution.setVariable(CONTACT_MODE, result.get(EheContactModeDecision.Outputs.CONTACT_MODE));
    execution.setVariable(CONTACT_MODE_REASON, result.get(EheContactModeDecision.Outputs.REASON));
  }
}
