package uk.gov.cme.process.offroll;

import static uk.gov.cme.process.offroll.OffRollNotificationProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.gov.cme.casework.OffRollRegister;

/**
 * Ground (g), moving away with no school known (seed 001, para. 243): after the pupil's last day the
 * school deletes the name and sends the pupil's CTF to the Lost Pupil Database with destination
 * {@value OffRollRegister#LOST_PUPIL_DESTINATION} (rules.md R8). Records that on the notification and
 * sets {@code ctfDestination}; the CME referral follows.
 */
@Component("recordOffRollLostPupilDelegate")
class RecordLostPupilDatabaseDelegate implements JavaDelegate {

  private final OffRollRegister register;

  RecordLostPupilDatabaseDelegate(OffRollRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    register.recordLostPupilDatabase(RecordOffRollRouteDelegate.id(execution), Actors.user(), Actors.now());
    execution.setVariable(CTF_DESTINATION, OffRollRegister.LOST_PUPIL_DESTINATION);
  }
}
