package uk.gov.cme.process.cmereferral;

import static uk.gov.cme.process.cmereferral.CmeReferralProcess.Variables.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.gov.cme.casework.Agency;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.Casework;
import uk.gov.cme.casework.EducationStatus;
import uk.gov.cme.casework.EnquiryDetails;
import uk.gov.cme.casework.InvalidInputException;
import uk.gov.cme.casework.InvalidInputException.FieldError;
import uk.gov.cme.process.shared.forms.EnquiryLog;

/**
 * Records the upload of a CTF with destination {@value #LOST_PUPIL_DESTINATION} to the Lost Pupil
 * Database (rules.md R8) on the case's enquiry log; the case stays open for the monthly panel. Whereabouts
 * unknown is a change of the child's education status: the social worker of a child with a plan hears
 * of it.
 */
@Component("recordLostPupilDelegate")
class RecordLostPupilDelegate implements JavaDelegate {

  /** Lost Pupil Database destination for a pupil whose destination is unknown. */
  static final String LOST_PUPIL_DESTINATION = "XXXXXXX";
  static final String UPLOADED_ON = "lostPupilUploadedOn";
  static final String CTF_REFERENCE = "ctfReference";

  private final Casework casework;

  RecordLostPupilDelegate(Casework casework) {
    this.casework = casework;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Instant at = Actors.now();
    List<FieldError> faults = new ArrayList<>();
    LocalDate uploadedOn = uk.gov.cme.process.shared.FormValues.date(execution.getVariables(), UPLOADED_ON, faults);
    if (!faults.isEmpty()) {
      throw new InvalidInputException(faults);
    }
    Instant sent = uploadedOn == null ? at : uploadedOn.atStartOfDay(ZoneId.of("Europe/London")).toInstant();
    String contact = "Lost Pupil Database, CTF destination " + LOST_PUPIL_DESTINATION
        + (execution.getVariable(CTF_REFERENCE) == null ? "" : ", " + execution.getVariable(CTF_REFERENCE));
    CaseReference reference = CaseReference.of((String) execution.getVariable(CASE_REFERENCE));
    casework.recordEnquiry(reference, EnquiryDetails.of(Agency.S2S, contact, sent.isAfter(at) ? at : sent),
        Actors.user(execution), at);
    casework.recordEducationStatus(reference, EducationStatus.WHEREABOUTS_UNKNOWN, Actors.user(execution), at);
    EnquiryLog.append(execution, (uploadedOn == null ? "" : uploadedOn + " ")
        + "uploaded to the Lost Pupil Database (" + LOST_PUPIL_DESTINATION + ")");
  }
}
