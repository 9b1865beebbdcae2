package uk.gov.cme.process.offroll;

import static uk.gov.cme.process.offroll.OffRollNotificationProcess.Variables.*;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.gov.cme.casework.InvalidInputException;
import uk.gov.cme.casework.InvalidInputException.FieldError;
import uk.gov.cme.casework.OffRollRegister;
import uk.gov.cme.process.shared.FormValues;

/**
 * Ground (g), moving away with no school known (seed 001, para. 243): after the pupil's last day the
 * school deletes the name and sends the pupil's CTF to the Lost Pupil Database with destination
 * {@value OffRollRegister#LOST_PUPIL_DESTINATION} (rules.md R8). Runs when the school has said so on
 * "Send the CTF to the Lost Pupil Database": checks the day it gives ({@code ctfSentOn}: a date, not in
 * the future), records the CTF on the notification and sets {@code ctfDestination}. A fault refuses
 * the school's task completion with the field named.
 */
@Component("recordOffRollLostPupilDelegate")
class RecordLostPupilDatabaseDelegate implements JavaDelegate {

  private final OffRollRegister register;

  RecordLostPupilDatabaseDelegate(OffRollRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<FieldError> faults = new ArrayList<>();
    LocalDate sentOn = FormValues.date(execution.getVariables(), CTF_SENT_ON, faults);
    LocalDate today = Actors.now().atZone(ZoneId.of("Europe/London")).toLocalDate();
    if (sentOn == null && faults.isEmpty()) {
      faults.add(new FieldError(CTF_SENT_ON, "give the day you sent the CTF"));
    } else if (sentOn != null && sentOn.isAfter(today)) {
      faults.add(new FieldError(CTF_SENT_ON, "is in the future: give the day you sent the CTF"));
    }
    if (!faults.isEmpty()) {
      throw new InvalidInputException(faults);
    }
    register.recordLostPupilDatabase(RecordOffRollRouteDelegate.id(execution), Actors.user(), Actors.now());
    execution.setVariable(CTF_SENT_ON, sentOn.toString());
    execution.setVariable(CTF_DESTINATION, OffRollRegister.LOST_PUPIL_DESTINATION);
  }
}
