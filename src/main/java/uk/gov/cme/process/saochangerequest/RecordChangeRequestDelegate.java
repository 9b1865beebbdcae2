package uk.gov.cme.process.saochangerequest;

import static uk.gov.cme.process.saochangerequest.SaoChangeRequestProcess.Variables.*;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.gov.cme.casework.CaseNotFoundException;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.CaseView;
import uk.gov.cme.casework.Casework;
import uk.gov.cme.casework.ChildDetails;
import uk.gov.cme.casework.InvalidInputException;
import uk.gov.cme.casework.InvalidInputException.FieldError;
import uk.gov.cme.casework.SaoNoticeEntry;
import uk.gov.cme.casework.SaoRegister;
import uk.gov.cme.process.saochangerequest.SaoChangeRequestIntake.Request;
import uk.gov.cme.process.saochangerequest.SaoChangeRequestProcess.RequestType;
import uk.gov.cme.process.shared.EngineActors;
import uk.gov.cme.rules.schools.School;
import uk.gov.cme.rules.schools.SchoolDirectory;

/**
 * The intake of a request to change a School Attendance Order: the case must have an order in force
 * ({@link SaoRegister#orderInForce}), else the start is refused with the answer of a case that does not
 * exist (the shared case-access check has already refused a case the user may not act on); one request at a
 * time per case; then the form's fields ({@link SaoChangeRequestIntake}). Sets the business key to the case
 * reference and the variables the decision form and the letter read. Nothing is stored on a fault.
 */
@Component("recordChangeRequestDelegate")
class RecordChangeRequestDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(RecordChangeRequestDelegate.class);

  private final SaoChangeRequestIntake intake;
  private final SaoRegister register;
  private final Casework casework;
  private final SchoolDirectory schools;

  RecordChangeRequestDelegate(SaoChangeRequestIntake intake, SaoRegister register, Casework casework,
                              SchoolDirectory schools) {
    this.intake = intake;
    this.register = register;
    this.casework = casework;
    this.schools = schools;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseReference reference = intake.caseReference(execution.getVariables());
    SaoNoticeEntry order;
    CaseView view;
    try {
      order = register.orderInForce(reference).orElseThrow(SaoChangeRequestIntake::noOrderInForce);
      view = casework.find(reference).orElseThrow(SaoChangeRequestIntake::noOrderInForce);
    } catch (CaseNotFoundException e) {
      throw SaoChangeRequestIntake.noOrderInForce();
    }
    long open = execution.getProcessEngineServices().getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(SaoChangeRequestProcess.KEY).processInstanceBusinessKey(reference.value()).list().stream()
        .filter(other -> !other.getId().equals(execution.getProcessInstanceId())).count();
    if (open > 0) {
      throw new InvalidInputException(java.util.List.of(new FieldError(REQUEST_TYPE,
          "a request to change this case's order is already open: decide that one first")));
    }
    Request request = intake.request(execution.getVariables(), reference, EngineActors.today(),
        order.servedOn(), order.schoolUrn());

    ChildDetails child = view.child();
    execution.setProcessBusinessKey(reference.value());
    execution.setVariable(CASE_REFERENCE, reference.value());
    execution.setVariable(RECEIVED_AT, Date.from(ClockUtil.getCurrentTime().toInstant()));
    execution.setVariable(RECEIVED_ON, request.receivedOn().toString());
    execution.setVariable(CHILD_FORENAME, child.legalForename());
    execution.setVariable(CHILD_SURNAME, child.legalSurname());
    // the names the safeguarding concern raised on the decision task passes on
    execution.setVariable("legalForename", child.legalForename());
    execution.setVariable("legalSurname", child.legalSurname());
    execution.setVariable(CHILD_NAME, child.legalForename() + " " + child.legalSurname());
    execution.setVariable(DATE_OF_BIRTH, child.dateOfBirth().toString());
    execution.setVariable(ORDER_ID, order.id());
    execution.setVariable(NAMED_SCHOOL_URN, order.schoolUrn());
    execution.setVariable(NAMED_SCHOOL_NAME, schoolName(order.schoolUrn()));
    execution.setVariable(PARENT_NAME, request.parentName());
    execution.setVariable(PARENT_ADDRESS, request.parentAddress());
    School requested = request.requestedSchool();
    execution.setVariable(REQUESTED_SCHOOL_URN, requested == null ? null : requested.urn());
    execution.setVariable(REQUESTED_SCHOOL_NAME, requested == null ? null : requested.name());
    execution.setVariable(ARRANGEMENT_DETAILS, request.arrangementDetails());
    execution.setVariable(LEFT_AREA_DETAILS, request.leftAreaDetails());
    execution.setVariable(REQUEST_SUMMARY, summary(request, schoolName(order.schoolUrn())));
    LOG.info("Case {}: a request to change order #{} recorded ({})", reference, order.id(), request.requestType());
  }

  private String schoolName(String urn) {
    return schools.byUrn(urn).map(School::name).orElse("the school with URN " + urn);
  }

  private static String summary(Request request, String namedSchool) {
    return switch (request.requestType()) {
      case RequestType.AMEND -> "Amend the order (section 440) to name " + request.requestedSchool().name()
          + " (URN " + request.requestedSchool().urn() + ") in place of " + namedSchool + ".";
      case RequestType.REVOKE -> "Revoke the order (section 442): suitable education otherwise than at school is"
          + " arranged.";
      default -> "The child has left the local authority's area: the order ends.";
    };
  }
}
