package uk.gov.cme.process.saochangerequest;

import static uk.gov.cme.process.saochangerequest.SaoChangeRequestProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.gov.cme.letters.LetterKind;
import uk.gov.cme.process.saochangerequest.SaoChangeRequestIntake.Checked;
import uk.gov.cme.process.saochangerequest.SaoChangeRequestProcess.RequestType;
import uk.gov.cme.process.shared.EngineActors;
import uk.gov.cme.rules.calendar.DeadlineCalendar;
import uk.gov.cme.rules.calendar.Deadlines;

/**
 * Checks the officer's decision (in the task's own transaction: a fault keeps the task open, naming the
 * fields) and sets what the decision letter says: granted or not, the reasons, the school (an amendment
 * granted: the new school, and the day to register the child there, {@code sao-amended-registration-working-days}
 * working days on; otherwise the school the order names).
 */
@Component("recordChangeDecisionDelegate")
class RecordDecisionDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(RecordDecisionDelegate.class);

  private final SaoChangeRequestIntake intake;
  private final DeadlineCalendar calendar;
  private final Deadlines deadlines;

  RecordDecisionDelegate(SaoChangeRequestIntake intake, DeadlineCalendar calendar, Deadlines deadlines) {
    this.intake = intake;
    this.calendar = calendar;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Checked decision = intake.decision(execution.getVariables());
    boolean amend = RequestType.AMEND.equals(execution.getVariable(REQUEST_TYPE));
    execution.setVariable(GRANTED, decision.granted());
    execution.setVariable(DECISION_REASONS, decision.reasons());
    execution.setVariable(DECISION_SERVICE_METHOD, decision.serviceMethod().name());
    execution.setVariable(DECIDED_BY, EngineActors.user());
    execution.setVariable(LETTER_KIND, (amend ? LetterKind.AMENDMENT_DECISION : LetterKind.REVOCATION_DECISION)
        .template());
    boolean newSchool = amend && decision.granted();
    execution.setVariable(LETTER_SCHOOL_NAME, execution.getVariable(newSchool ? REQUESTED_SCHOOL_NAME : NAMED_SCHOOL_NAME));
    execution.setVariable(LETTER_DEADLINE, newSchool ? calendar.workingDays()
        .addWorkingDays(EngineActors.today(), deadlines.getSaoAmendedRegistrationWorkingDays()).toString()
        : null);
    LOG.info("Case {}: request to change order #{} {}", execution.getProcessBusinessKey(),
        execution.getVariable(ORDER_ID), decision.granted() ? "granted" : "refused");
  }
}
