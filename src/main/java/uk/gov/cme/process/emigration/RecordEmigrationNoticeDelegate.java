package uk.gov.cme.process.emigration;

import static uk.gov.cme.process.emigration.EmigrationProcess.Variables.*;

import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.gov.cme.casework.EducationStatus;
import uk.gov.cme.casework.ReferralDetails;
import uk.gov.cme.casework.ReferralSource;
import uk.gov.cme.process.shared.FormValues;
import uk.gov.cme.process.shared.casematch.ChildCases;
import uk.gov.cme.security.Groups;
import uk.gov.cme.security.InstanceAccessGuard;

/**
 * Checks the emigration notice (the start form's or a starting process's variables) and sets what the
 * gateway, the timer, the confirmation task and the CME referral read: {@code leavingDateAt} (a date
 * for the timer), {@code destinationUnknown}, {@code confirmationGroup} ({@code school-<URN>} for the
 * child's school, else {@code cme-officer}), {@code emigrationSummary}, and
 * {@code safeguardingConcernRaised} when the notice raised a safeguarding concern. A fault rolls the whole start
 * back (nothing is saved) with each field named.
 *
 * <p>One case per child ({@link ChildCases}): the notice belongs to the child's case, whose reference is
 * the instance's business key and {@code caseReference}: the case the start names (the CME referral's
 * hand-over), else the child's open case, found as the CME referral finds it, which the notice joins as
 * one of its referrals (a school reporting it becomes a party, like a referring school), else a new case
 * opened for it: a child reported as leaving the country is a child the LA must track until the departure
 * is confirmed. A probable match also goes to a CME officer, in an LA instance: a school's instance never
 * holds another case's reference or details.
 */
@Component("recordEmigrationNoticeDelegate")
class RecordEmigrationNoticeDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(RecordEmigrationNoticeDelegate.class);

  /** The notice in words, for the officer who compares cases. */
  static final String NOTICE = "an emigration notice";

  private final EmigrationIntake intake;
  private final ChildCases childCases;

  RecordEmigrationNoticeDelegate(EmigrationIntake intake, ChildCases childCases) {
    this.intake = intake;
    this.childCases = childCases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Instant at = Actors.now();
    EmigrationIntake.Notice notice = intake.read(execution.getVariables(), Actors.today());

    execution.setVariable(LEGAL_FORENAME, notice.child().legalForename());
    execution.setVariable(LEGAL_SURNAME, notice.child().legalSurname());
    execution.setVariable(DATE_OF_BIRTH, notice.child().dateOfBirth().toString());
    execution.setVariable(UPN, notice.child().upn());
    execution.setVariable(POSTCODE, notice.child().postcode());
    execution.setVariable(CHILD_NAME, notice.child().legalForename() + " " + notice.child().legalSurname());
    execution.setVariable(CHILD_INITIALS, initial(notice.child().legalForename()) + initial(notice.child().legalSurname()));
    execution.setVariable(LEAVING_DATE, notice.leavingDate().toString());
    execution.setVariable(LEAVING_DATE_AT, Date.from(notice.leavingDate().atStartOfDay(Actors.LONDON).toInstant()));
    execution.setVariable(DESTINATION_UNKNOWN, notice.destinationUnknown());
    execution.setVariable(EMIGRATION_SUMMARY, notice.summary());
    execution.setVariable(RECEIVED_AT, Date.from(at));
    if (!execution.hasVariable(RECEIVED_BY) || execution.getVariable(RECEIVED_BY) == null) {
      execution.setVariable(RECEIVED_BY, Actors.user());
    }
    // Read by expressions later: defined even when not given.
    execution.setVariable(SCHOOL_URN, execution.getVariable(SCHOOL_URN));
    // The school confirms only in its own instance (it reported the emigration); in an LA instance the
    // CME team does, so no school ever works in an instance that holds the LA's case notes.
    Object schoolGroup = execution.getVariable(InstanceAccessGuard.SCHOOL_GROUP);
    execution.setVariable(CONFIRMATION_GROUP, schoolGroup == null ? Groups.CME_OFFICER : schoolGroup.toString());
    execution.setVariable(DEPARTURE_NOTES, execution.getVariable(DEPARTURE_NOTES));
    execution.setVariable(SAFEGUARDING_CONCERN_RAISED, Boolean.TRUE.equals(execution.getVariable(RAISE_SAFEGUARDING_CONCERN)));
    String reportingSchool = schoolGroup == null ? null : Groups.urnOf(schoolGroup.toString()).orElse(null);
    ChildCases.Link link = childCases.link(execution, notice.caseReference(), new ChildCases.Notice(notice.child(),
        ReferralDetails.builder(ReferralSource.EMIGRATION_NOTICE)
            .referrerName(FormValues.text(execution.getVariables(), REFERRER_NAME))
            .referrerEmail(FormValues.text(execution.getVariables(), REFERRER_EMAIL))
            .referringSchoolUrn(reportingSchool)
            .circumstances(notice.summary())
            .receivedAt(at)
            .build(),
        EducationStatus.EMIGRATION_REPORTED, NOTICE));
    LOG.info("Emigration notice recorded (case {} {}, process instance {})", link.caseReference(), link.kind(),
        execution.getProcessInstanceId());
  }

  private static String initial(String name) {
    return name.substring(0, 1).toUpperCase(Locale.ROOT) + ".";
  }
}
