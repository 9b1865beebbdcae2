package uk.gov.cme.process.shared.safeguarding;

import static uk.gov.cme.process.shared.safeguarding.SafeguardingReferralProcess.Variables.CASE_REFERENCE;
import static uk.gov.cme.process.shared.safeguarding.SafeguardingReferralProcess.Variables.LEGAL_FORENAME;
import static uk.gov.cme.process.shared.safeguarding.SafeguardingReferralProcess.Variables.CHILD_NAME;
import static uk.gov.cme.process.shared.safeguarding.SafeguardingReferralProcess.Variables.LEGAL_SURNAME;
import static uk.gov.cme.process.shared.safeguarding.SafeguardingReferralProcess.Variables.CONCERN_DETAILS;
import static uk.gov.cme.process.shared.safeguarding.SafeguardingReferralProcess.Variables.CONCERN_RAISED_AT;
import static uk.gov.cme.process.shared.safeguarding.SafeguardingReferralProcess.Variables.CONCERN_RAISED_BY;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.gov.cme.casework.SafeguardingConcern;

/** Records who raised a safeguarding concern and when (the engine's clock), and the child's name. */
@Component("recordSafeguardingConcernDelegate")
class RecordSafeguardingConcernDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(RecordSafeguardingConcernDelegate.class);

  @Override
  public void execute(DelegateExecution execution) {
    SafeguardingConcern concern = SafeguardingConcern.raise(
        (String) execution.getVariable(CONCERN_RAISED_BY),
        ClockUtil.getCurrentTime().toInstant(),
        (String) execution.getVariable(LEGAL_FORENAME),
        (String) execution.getVariable(LEGAL_SURNAME),
        (String) execution.getVariable(CONCERN_DETAILS));
    execution.setVariable(CONCERN_RAISED_BY, concern.raisedBy());
    execution.setVariable(CONCERN_RAISED_AT, Date.from(concern.raisedAt()));
    execution.setVariable(CHILD_NAME, concern.childName());
    Object caseReference = execution.getVariable(CASE_REFERENCE);
    LOG.info("Safeguarding concern recorded (case {}, process instance {})",
        caseReference == null ? "none" : caseReference, execution.getProcessInstanceId());
  }
}
