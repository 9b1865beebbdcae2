package uk.gov.cme.process.schoolattendanceorder;

import static uk.gov.cme.process.schoolattendanceorder.SchoolAttendanceOrderProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.CaseStatus;
import uk.gov.cme.casework.CaseView;
import uk.gov.cme.casework.Casework;
import uk.gov.cme.process.shared.EngineActors;
import uk.gov.cme.rules.age.SchoolAge;

/**
 * The first step: checks the start (an officer's start form naming a case, or another process handing
 * its case over with {@code saoTrigger}) and takes the child's details from the case. The case must be
 * open (the same answer as a case that is not there: who may name it was checked by the instance guard
 * before); the child must still be of compulsory school age. The case reference becomes the business key.
 */
@Component("recordSaoStartDelegate")
class RecordSaoStartDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(RecordSaoStartDelegate.class);

  private final Casework casework;

  RecordSaoStartDelegate(Casework casework) {
    this.casework = casework;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SaoIntake intake = SaoIntake.of(execution.getVariables());
    // An officer's start form has no trigger; a process handing its case over gives one (its user, if
    // any, is the initiator too, so the initiator alone does not tell an officer's start).
    boolean officer = execution.getVariable(SAO_TRIGGER) == null && execution.getVariable(STARTED_BY) != null;
    CaseReference reference = intake.caseReference();
    String trigger = intake.trigger(officer);
    String details = intake.triggerDetails(officer);
    CaseView view = reference == null ? null
        : casework.find(reference).filter(c -> c.status() == CaseStatus.OPEN).orElse(null);
    if (reference != null && view == null) {
      intake.fault(CASE_REFERENCE, SaoIntake.NO_SUCH_CASE);
    } else if (view != null && !SchoolAge.isOfCompulsorySchoolAge(view.child().dateOfBirth(), EngineActors.today())) {
      intake.fault(CASE_REFERENCE, "the child is not of compulsory school age: a School Attendance Order cannot be made");
    }
    intake.throwIfAny();

    execution.setProcessBusinessKey(reference.value());
    execution.setVariable(CASE_REFERENCE, reference.value());
    execution.setVariable(SAO_TRIGGER, trigger);
    execution.setVariable(SAO_TRIGGER_DETAILS, details);
    execution.setVariable(CHILD_FORENAME, view.child().legalForename());
    execution.setVariable(CHILD_SURNAME, view.child().legalSurname());
    execution.setVariable(CHILD_NAME, view.child().legalForename() + " " + view.child().legalSurname());
    execution.setVariable(DATE_OF_BIRTH, view.child().dateOfBirth().toString());
    boolean ehcp = Boolean.TRUE.equals(execution.getVariable(HAS_EHCP))
        || "true".equals(String.valueOf(execution.getVariable(HAS_EHCP)))
        || (view.child().flags() != null && view.child().flags().ehcp());
    execution.setVariable(HAS_EHCP, ehcp);
    execution.setVariable(SAO_CYCLE, 1);
    for (String name : new String[] {EHCP_ROUTE, NAMED_SCHOOL_URN, NAMED_SCHOOL_NAME, ORDER_ID, PREVIOUS_ORDER_ID,
        PARENT1_NAME, PARENT1_ADDRESS, PARENT1_PHONE, PARENT2_NAME, PARENT2_ADDRESS, PARENT_EMAIL,
        NAMED_SCHOOL_OUTCOME, ENFORCEMENT_OUTCOME, NEW_CYCLE_NEEDED}) {
      execution.setVariable(name, null);
    }
    execution.setVariable(PARENT_COUNT, 1);
    LOG.info("School Attendance Order started for case {} ({})", reference, trigger);
  }
}
