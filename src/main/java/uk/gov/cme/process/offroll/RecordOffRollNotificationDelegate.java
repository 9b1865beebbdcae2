package uk.gov.cme.process.offroll;

import static uk.gov.cme.process.offroll.OffRollNotificationProcess.Variables.*;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.gov.cme.casework.ChildDetails;
import uk.gov.cme.casework.DeletionGround;
import uk.gov.cme.casework.EducationStatus;
import uk.gov.cme.casework.OffRollNotificationDetails;
import uk.gov.cme.casework.OffRollRegister;
import uk.gov.cme.casework.SaoRegister;
import uk.gov.cme.process.shared.casematch.ChildCases;
import uk.gov.cme.process.shared.notification.Notifications;
import uk.gov.cme.security.InstanceAccessGuard;

/**
 * Checks a school's off-roll notification and records it in the register. The school is the one the
 * instance belongs to ({@code schoolUrn}, the school user's own: InstanceAccessGuard). A fault rolls
 * the whole start back (nothing is saved) with each field named. Sets the variables the routing table,
 * the gateways and the forms read, tidied: {@code ground} lower case, the flags as booleans,
 * {@code newSchoolKnown}, {@code groundMeaning}, {@code groundCitation} (the ground's regulation in
 * full, from {@link DeletionGround#citation()}), {@code childName}, {@code childInitials},
 * {@code submittedAt}, {@code offRollNotificationId}.
 *
 * <p>One case per child ({@link ChildCases}): when the pupil is the child of an open case (certainly the
 * same child, found as the CME referral finds it), the notification belongs to that case: its business
 * key and {@code caseReference} are the case's reference, the register links the notification to the
 * case, the school becomes a party of it (basis NOTIFIED) and the change of education status is recorded.
 * A notification opens no case itself (most grounds are only logged; a route that makes the child the
 * LA's concern hands the child to the CME referral, the EHE check or the emigration checks, which do),
 * so without an open case the business key is {@code OFFROLL-<id>} until a hand-over gives it the case.
 *
 * <p>Issue 10: {@code saoNamesSchool}, an input of the routing table, says whether a School Attendance
 * Order in force names the notifying school for this pupil ({@link SaoRegister#orderInForceNames}: on the
 * case the notification joined, or on any case of the child with this UPN and date of birth). It is true
 * only for the named school itself, so it tells a school nothing it does not know.
 */
@Component("recordOffRollNotificationDelegate")
class RecordOffRollNotificationDelegate implements JavaDelegate {

  /** The notice in words. */
  static final String NOTICE = "an off-roll notification";

  private final OffRollIntake intake;
  private final OffRollRegister register;
  private final ChildCases childCases;
  private final SaoRegister orders;

  RecordOffRollNotificationDelegate(OffRollIntake intake, OffRollRegister register, ChildCases childCases,
                                    SaoRegister orders) {
    this.intake = intake;
    this.register = register;
    this.childCases = childCases;
    this.orders = orders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Instant at = Actors.now();
    String user = Actors.user();
    String school = (String) execution.getVariable(InstanceAccessGuard.SCHOOL_URN);
    OffRollNotificationDetails details = intake.read(execution.getVariables(), school, at);
    long id = register.record(details, user, at);
    register.linkProcessInstance(id, execution.getProcessInstanceId(), user, at);

    execution.setVariable(OFF_ROLL_NOTIFICATION_ID, id);
    ChildCases.Link link = childCases.link(execution, null,
        new ChildCases.Notice(child(details, at), null, EducationStatus.OFF_ROLL_NOTIFIED, NOTICE));
    if (link.caseReference() != null) {
      register.linkCase(id, link.caseReference(), user, at);
    } else {
      execution.setProcessBusinessKey(OffRollNotificationProcess.BUSINESS_KEY_PREFIX + id);
    }
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
    execution.setVariable(SAO_NAMES_SCHOOL, (link.caseReference() != null
        && orders.orderInForceNames(link.caseReference(), school))
        || orders.orderInForceNames(details.upn(), details.dateOfBirth(), school));
    execution.setVariable(HAS_EHCP, uk.gov.cme.process.shared.FormValues.flag(execution.getVariables(), HAS_EHCP));
    execution.setVariable(DATE_OF_BIRTH, details.dateOfBirth().toString());
    execution.setVariable(UPN, details.upn());
    execution.setVariable(POSTCODE, details.postcode());
    execution.setVariable(CHILD_NAME, details.legalForename() + " " + details.legalSurname());
    execution.setVariable(CHILD_INITIALS, Notifications.initials(details.legalForename(), details.legalSurname()));
    execution.setVariable(OUTCOME, "RECEIVED");
  }

  /** The pupil as the register matches a child (already checked by the register). */
  private static ChildDetails child(OffRollNotificationDetails details, Instant at) {
    return ChildDetails.builder().legalForename(details.legalForename()).legalSurname(details.legalSurname())
        .preferredName(details.preferredName()).dateOfBirth(details.dateOfBirth()).upn(details.upn())
        .address(details.address()).postcode(details.postcode()).lastSchoolUrn(details.schoolUrn())
        .build(at.atZone(java.time.ZoneId.of("Europe/London")).toLocalDate());
  }
}
