package uk.gov.cme.process.offroll;

import static uk.gov.cme.process.offroll.OffRollNotificationProcess.Variables.*;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.gov.cme.casework.DeletionGround;
import uk.gov.cme.casework.OffRollNotificationDetails;
import uk.gov.cme.casework.OffRollRegister;
import uk.gov.cme.process.shared.notification.Notifications;
import uk.gov.cme.security.InstanceAccessGuard;

/**
 * Checks a school's off-roll notification and records it in the register. The school is the one the
 * instance belongs to ({@code schoolUrn}, the school user's own: InstanceAccessGuard). A fault rolls
 * the whole start back (nothing is saved) with each field named. Sets the variables the routing table,
 * the gateways and the forms read, tidied: {@code ground} lower case, the flags as booleans,
 * {@code newSchoolKnown}, {@code groundMeaning}, {@code groundCitation} (the ground's regulation in
 * full, from {@link DeletionGround#citation()}), {@code childName}, {@code childInitials},
 * {@code submittedAt}, {@code offRollNotificationId}; the business key is {@code OFFROLL-<id>}.
 */
@Component("recordOffRollNotificationDelegate")
class RecordOffRollNotificationDelegate implements JavaDelegate {

  private final OffRollIntake intake;
  private final OffRollRegister register;

  RecordOffRollNotificationDelegate(OffRollIntake intake, OffRollRegister register) {
    this.intake = intake;
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Instant at = Actors.now();
    String user = Actors.user();
    String school = (String) execution.getVariable(InstanceAccessGuard.SCHOOL_URN);
    OffRollNotificationDetails details = intake.read(execution.getVariables(), school, at);
    long id = register.record(details, user, at);
    register.linkProcessInstance(id, execution.getProcessInstanceId(), user, at);

    execution.setProcessBusinessKey(OffRollNotificationProcess.BUSINESS_KEY_PREFIX + id);
    execution.setVariable(OFF_ROLL_NOTIFICATION_ID, id);
    execution.setVariable(SUBMITTED_AT, Date.from(at));
    execution.setVariable(DELETION_DATE_AT, details.proposedDeletionDate() == null ? null
        : Date.from(details.proposedDeletionDate().atStartOfDay(java.time.ZoneId.of("Europe/London")).toInstant()));
    execution.setVariable(SUBMITTED_BY, user);
    execution.setVariable(GROUND, details.ground());
    DeletionGround ground = DeletionGround.ofLetter(details.ground()).orElseThrow();
    execution.setVariable(GROUND_MEANING, ground.meaning());
    execution.setVariable(GROUND_CITATION, ground.citation().inFull());
    execution.setVariable(STANDARD_TRANSITION, details.standardTransition());
    execution.setVariable(MOVING_ABROAD, details.movingAbroad());
    execution.setVariable(HAS_PROVISION, details.hasProvision());
    execution.setVariable(NEW_SCHOOL_KNOWN, details.newSchoolName() != null);
    execution.setVariable(HAS_EHCP, uk.gov.cme.process.shared.FormValues.flag(execution.getVariables(), HAS_EHCP));
    execution.setVariable(DATE_OF_BIRTH, details.dateOfBirth().toString());
    execution.setVariable(UPN, details.upn());
    execution.setVariable(POSTCODE, details.postcode());
    execution.setVariable(CHILD_NAME, details.legalForename() + " " + details.legalSurname());
    execution.setVariable(CHILD_INITIALS, Notifications.initials(details.legalForename(), details.legalSurname()));
    execution.setVariable(OUTCOME, "RECEIVED");
  }
}
