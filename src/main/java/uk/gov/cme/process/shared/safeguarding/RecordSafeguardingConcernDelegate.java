package uk.gov.cme.process.shared.safeguarding;

import static uk.gov.cme.process.shared.safeguarding.SafeguardingReferralProcess.Variables.CASE_REFERENCE;
import static uk.gov.cme.process.shared.safeguarding.SafeguardingReferralProcess.Variables.LEGAL_FORENAME;
import static uk.gov.cme.process.shared.safeguarding.SafeguardingReferralProcess.Variables.CHILD_NAME;
import static uk.gov.cme.process.shared.safeguarding.SafeguardingReferralProcess.Variables.LEGAL_SURNAME;
import static uk.gov.cme.process.shared.safeguarding.SafeguardingReferralProcess.Variables.CONCERN_DETAILS;
import static uk.gov.cme.process.shared.safeguarding.SafeguardingReferralProcess.Variables.CONCERN_RAISED_AT;
import static uk.gov.cme.process.shared.safeguarding.SafeguardingReferralProcess.Variables.CONCERN_RAISED_BY;
import static uk.gov.cme.process.shared.safeguarding.SafeguardingReferralProcess.Variables.DATE_OF_BIRTH;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.gov.cme.casework.InvalidInputException.FieldError;
import uk.gov.cme.casework.SafeguardingConcern;
import uk.gov.cme.process.shared.FormValues;

/**
 * Records who raised a safeguarding concern and when (the engine's clock), and the child's name; checks
 * the concern, including a date of birth if one is given (one that cannot be read or cannot be right
 * refuses the start: nothing is saved).
 */
@Component("recordSafeguardingConcernDelegate")
class RecordSafeguardingConcernDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(RecordSafeguardingConcernDelegate.class);

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Object> variables = execution.getVariables();
    Instant now = ClockUtil.getCurrentTime().toInstant();
    List<FieldError> faults = new ArrayList<>();
    LocalDate dateOfBirth = FormValues.date(variables, DATE_OF_BIRTH, faults);
    SafeguardingConcern concern = SafeguardingConcern.raise(
        FormValues.text(variables, CONCERN_RAISED_BY),
        now,
        FormValues.text(variables, LEGAL_FORENAME),
        FormValues.text(variables, LEGAL_SURNAME),
        dateOfBirth,
        now.atZone(LONDON).toLocalDate(),
        FormValues.text(variables, CONCERN_DETAILS),
        faults);
    execution.setVariable(CONCERN_RAISED_BY, concern.raisedBy());
    execution.setVariable(CONCERN_RAISED_AT, Date.from(concern.raisedAt()));
    execution.setVariable(CHILD_NAME, concern.childName());
    Object caseReference = execution.getVariable(CASE_REFERENCE);
    LOG.info("Safeguarding concern recorded (case {}, process instance {})",
        caseReference == null ? "none" : caseReference, execution.getProcessInstanceId());
  }
}
