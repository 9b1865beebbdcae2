package uk.gov.cme.process.cmereferral;

import static uk.gov.cme.process.cmereferral.CmeReferralProcess.Variables.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.gov.cme.casework.Agency;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.Casework;
import uk.gov.cme.casework.EnquiryDetails;
import uk.gov.cme.casework.EnquiryId;
import uk.gov.cme.casework.InvalidInputException;
import uk.gov.cme.casework.InvalidInputException.FieldError;
import uk.gov.cme.process.shared.forms.FormText;
import uk.gov.cme.process.shared.forms.EnquiryLog;

/**
 * Adds an enquiry (and its answer, if there is one yet) to the case's enquiry log, then clears the
 * form's fields so the next round of the investigation starts empty. The readable log is kept in
 * {@code enquiryLog} for the forms: one line per enquiry, the day it was sent as people write it and the
 * agency by its label ("2 November 2026: Health (School nursing): Registered with a GP in Leeds").
 */
@Component("recordEnquiryDelegate")
class RecordEnquiryDelegate implements JavaDelegate {

  static final String AGENCY = "enquiryAgency";
  static final String CONTACT = "enquiryContact";
  static final String SENT_ON = "enquirySentOn";
  static final String ANSWER = "enquiryAnswer";
  static final String ANSWERED_ON = "enquiryAnsweredOn";
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private final Casework casework;

  RecordEnquiryDelegate(Casework casework) {
    this.casework = casework;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Instant at = Actors.now();
    String user = Actors.user(execution);
    List<FieldError> faults = new ArrayList<>();
    var variables = execution.getVariables();
    LocalDate sentOn = uk.gov.cme.process.shared.FormValues.date(variables, SENT_ON, faults);
    Agency agency = agency(uk.gov.cme.process.shared.FormValues.text(variables, AGENCY), faults);
    if (!faults.isEmpty()) {
      throw new InvalidInputException(faults);
    }
    String contact = uk.gov.cme.process.shared.FormValues.text(variables, CONTACT);
    CaseReference reference = CaseReference.of((String) execution.getVariable(CASE_REFERENCE));
    EnquiryId id = casework.recordEnquiry(reference,
        EnquiryDetails.of(agency, contact, sentOn == null ? at : startOf(sentOn, at)), user, at);
    String answer = uk.gov.cme.process.shared.FormValues.text(variables, ANSWER);
    if (answer != null) {
      casework.recordAnswer(reference, id, answer, user, at);
    }
    String line = (sentOn == null ? "" : FormText.date(sentOn) + ": ") + FormText.agency(agency)
        + (contact == null ? "" : " (" + contact + ")") + ": " + (answer == null ? "awaiting answer" : answer);
    EnquiryLog.append(execution, line);
    for (String field : new String[] {AGENCY, CONTACT, SENT_ON, ANSWER, ANSWERED_ON, INVESTIGATION_OUTCOME}) {
      execution.setVariable(field, null);
    }
  }

  private static Instant startOf(LocalDate day, Instant at) {
    Instant start = day.atStartOfDay(LONDON).toInstant();
    return start.isAfter(at) ? at : start;
  }

  private static Agency agency(String value, List<FieldError> faults) {
    if (value == null) {
      faults.add(new FieldError(AGENCY, "say whom the enquiry was made to"));
      return null;
    }
    try {
      return Agency.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      faults.add(new FieldError(AGENCY, "is not a known agency"));
      return null;
    }
  }
}
