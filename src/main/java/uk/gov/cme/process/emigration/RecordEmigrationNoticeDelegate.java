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
import uk.gov.cme.security.Groups;
import uk.gov.cme.security.InstanceAccessGuard;

/**
 * Checks the emigration notice (the start form's or a starting process's variables) and sets what the
 * gateway, the timer, the confirmation task and the CME referral read: {@code leavingDateAt} (a date
 * for the timer), {@code destinationUnknown}, {@code confirmationGroup} ({@code school-<URN>} for the
 * child's school, else {@code cme-officer}), {@code emigrationSummary}, and
 * {@code safeguardingConcernRaised} when the notice raised a safeguarding concern. A fault rolls the whole start
 * back (nothing is saved) with each field named.
 */
@Component("recordEmigrationNoticeDelegate")
class RecordEmigrationNoticeDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(RecordEmigrationNoticeDelegate.class);

  private final EmigrationIntake intake;

  RecordEmigrationNoticeDelegate(EmigrationIntake intake) {
    this.intake = intake;
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
    if (notice.caseReference() != null) {
      execution.setVariable(CASE_REFERENCE, notice.caseReference().value());
      if (execution.getProcessBusinessKey() == null) {
        execution.setProcessBusinessKey(notice.caseReference().value());
      }
    }
    LOG.info("Emigration notice recorded (case {}, process instance {})",
        notice.caseReference() == null ? "none" : notice.caseReference(), execution.getProcessInstanceId());
  }

  private static String initial(String name) {
    return name.substring(0, 1).toUpperCase(Locale.ROOT) + ".";
  }
}
