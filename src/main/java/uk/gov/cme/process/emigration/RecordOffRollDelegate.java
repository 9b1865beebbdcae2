package uk.gov.cme.process.emigration;

import static uk.gov.cme.process.emigration.EmigrationProcess.Variables.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.gov.cme.casework.Agency;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.CaseStatus;
import uk.gov.cme.casework.CaseView;
import uk.gov.cme.casework.Casework;
import uk.gov.cme.casework.DeletionGround;
import uk.gov.cme.casework.EnquiryDetails;
import uk.gov.cme.casework.InvalidInputException;
import uk.gov.cme.casework.InvalidInputException.FieldError;
import uk.gov.cme.casework.OutcomeCode;

/**
 * Records a confirmed departure: off roll under ground (g) (rules.md R6) on or after the leaving date,
 * and the CTF to the Lost Pupil Database with destination {@value EmigrationProcess#LOST_PUPIL_DESTINATION_ABROAD}
 * (rules.md R8). When the child has an open case ({@code caseReference}), the upload goes on the case's
 * enquiry log and the case is closed as "left the country (confirmed)"; otherwise the record is the
 * process's variables (and its history). A fault (evidence missing, a date before the leaving date or
 * in the future) refuses the task's completion with each field named.
 */
@Component("recordOffRollDelegate")
class RecordOffRollDelegate implements JavaDelegate {

  static final int EVIDENCE_LENGTH = 1000;
  private static final int REASON_LENGTH = 1000;
  private static final Logger LOG = LoggerFactory.getLogger(RecordOffRollDelegate.class);

  private final Casework casework;

  RecordOffRollDelegate(Casework casework) {
    this.casework = casework;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Instant at = Actors.now();
    LocalDate today = Actors.today();
    Map<String, Object> variables = execution.getVariables();
    List<FieldError> faults = new ArrayList<>();
    String evidence = EmigrationIntake.length(variables, DEPARTURE_EVIDENCE, EVIDENCE_LENGTH, faults);
    if (evidence == null) {
      faults.add(new FieldError(DEPARTURE_EVIDENCE, "say what shows the family has left the country"));
    }
    LocalDate leavingDate = LocalDate.parse((String) execution.getVariable(LEAVING_DATE));
    LocalDate offRolledOn = uk.gov.cme.process.shared.FormValues.date(variables, OFF_ROLLED_ON, faults);
    if (offRolledOn == null && uk.gov.cme.process.shared.FormValues.text(variables, OFF_ROLLED_ON) == null) {
      faults.add(new FieldError(OFF_ROLLED_ON, "the date the pupil was taken off roll is missing"));
    } else if (offRolledOn != null && offRolledOn.isBefore(leavingDate)) {
      faults.add(new FieldError(OFF_ROLLED_ON, "before the leaving date: a pupil is not taken off roll before the family has left"));
    } else if (offRolledOn != null && offRolledOn.isAfter(today)) {
      faults.add(new FieldError(OFF_ROLLED_ON, "in the future"));
    }
    if (!faults.isEmpty()) {
      throw new InvalidInputException(faults);
    }
    String user = Actors.user();
    execution.setVariable(OFF_ROLLED_ON, offRolledOn.toString());
    execution.setVariable(OFF_ROLL_GROUND, EmigrationProcess.OFF_ROLL_GROUND);
    execution.setVariable(LOST_PUPIL_DESTINATION, EmigrationProcess.LOST_PUPIL_DESTINATION_ABROAD);
    execution.setVariable(DEPARTURE_CONFIRMED_AT, Date.from(at));
    execution.setVariable(DEPARTURE_CONFIRMED_BY, user);
    execution.setVariable(CASE_CLOSED, closeCase(execution, evidence, offRolledOn, user, at));
  }

  /** Records the upload and closes the child's open case, if there is one; whether it did. */
  private boolean closeCase(DelegateExecution execution, String evidence, LocalDate offRolledOn, String user, Instant at) {
    Object caseReference = execution.getVariable(CASE_REFERENCE);
    if (caseReference == null) {
      return false;
    }
    CaseReference reference = CaseReference.of(caseReference.toString());
    if (casework.find(reference).map(CaseView::status).orElse(CaseStatus.CLOSED) != CaseStatus.OPEN) {
      LOG.info("Case {} is no longer open: departure kept on the emigration process only", reference);
      return false;
    }
    Instant sent = offRolledOn.atStartOfDay(Actors.LONDON).toInstant();
    casework.recordEnquiry(reference, EnquiryDetails.of(Agency.S2S, "Lost Pupil Database, CTF destination "
        + EmigrationProcess.LOST_PUPIL_DESTINATION_ABROAD + " (off roll under " + DeletionGround.G.citation().inFull() + ")",
        sent.isAfter(at) ? at : sent), user, at);
    String reason = "Left the country on " + execution.getVariable(LEAVING_DATE) + " ("
        + execution.getVariable(DESTINATION_COUNTRY) + "). Evidence: " + evidence;
    casework.close(reference, OutcomeCode.LEFT_THE_COUNTRY,
        reason.length() > REASON_LENGTH ? reason.substring(0, REASON_LENGTH) : reason, user, at);
    return true;
  }
}
