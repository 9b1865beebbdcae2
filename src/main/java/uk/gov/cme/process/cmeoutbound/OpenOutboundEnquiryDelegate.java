package uk.gov.cme.process.cmeoutbound;

import static uk.gov.cme.process.cmeoutbound.CmeOutboundProcess.Variables.*;

import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.CaseView;
import uk.gov.cme.casework.Casework;
import uk.gov.cme.casework.ChildDetails;
import uk.gov.cme.casework.InvalidInputException;
import uk.gov.cme.casework.InvalidInputException.FieldError;
import uk.gov.cme.process.cmereferral.CmeReferralProcess;
import uk.gov.cme.security.InstanceAccessGuard;

/**
 * The enquiry's first step, in the starting transaction: checks the start ({@link OutboundIntake#start}),
 * that the case is open (the access guard has already checked that the user may act on it), and, for
 * an officer's start, that no CME referral is investigating the case (its investigation's <em>In
 * another LA</em> outcome starts the enquiry itself) and no other enquiry to another authority is under
 * way for it. Sets what the forms show (the child's name, what is known from the referral) and the child's
 * legal names and date of birth from the register, as the building blocks read them.
 */
@Component("openOutboundEnquiryDelegate")
class OpenOutboundEnquiryDelegate implements JavaDelegate {

  static final String REFERRAL_RUNNING = "the CME referral is investigating this case: record \"In another LA\""
      + " on its investigation task, which starts the enquiry";
  static final String ENQUIRY_RUNNING = "an enquiry to another local authority is already under way for this case";

  private static final Logger LOG = LoggerFactory.getLogger(OpenOutboundEnquiryDelegate.class);

  private final OutboundIntake intake;
  private final Casework casework;

  OpenOutboundEnquiryDelegate(OutboundIntake intake, Casework casework) {
    this.intake = intake;
    this.casework = casework;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CaseReference reference = intake.start(execution.getVariables());
    CaseView view = casework.find(reference).filter(c -> casework.isOpen(reference))
        .orElseThrow(() -> refused(InstanceAccessGuard.NO_SUCH_CASE));
    boolean fromReferral = ((ExecutionEntity) execution).getProcessInstance().getSuperExecution() != null;
    if (!fromReferral) {
      RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
      if (runtime.createProcessInstanceQuery().processDefinitionKey(CmeReferralProcess.KEY)
          .processInstanceBusinessKey(reference.value()).active().count() > 0) {
        throw refused(REFERRAL_RUNNING);
      }
      if (runtime.createProcessInstanceQuery().processDefinitionKey(CmeOutboundProcess.KEY)
          .processInstanceBusinessKey(reference.value()).count() > 0) {
        throw refused(ENQUIRY_RUNNING);
      }
    }
    execution.setProcessBusinessKey(reference.value());
    execution.setVariable(CASE_REFERENCE, reference.value());
    execution.setVariable(FROM_CME_REFERRAL, fromReferral);
    ChildDetails child = view.child();
    execution.setVariable(CHILD_NAME, child.legalForename() + " " + child.legalSurname());
    // the child as the building blocks read it (a safeguarding referral, a referral back to the CME team)
    execution.setVariable(LEGAL_FORENAME, child.legalForename());
    execution.setVariable(LEGAL_SURNAME, child.legalSurname());
    execution.setVariable(DATE_OF_BIRTH, child.dateOfBirth().toString());
    if (execution.getVariable(WHAT_IS_KNOWN) == null && execution.getVariable(OUTCOME_DETAILS) != null) {
      execution.setVariable(WHAT_IS_KNOWN, execution.getVariable(OUTCOME_DETAILS));
    }
    if (execution.getVariable(ENQUIRY_LOG) == null) {
      execution.setVariable(ENQUIRY_LOG, "");
    }
    execution.setVariable(CHASE_COUNT, 0);
    LOG.info("Case {}: outbound enquiry opened ({})", reference, fromReferral ? "from the CME referral" : "by an officer");
  }

  private static InvalidInputException refused(String reason) {
    return new InvalidInputException(List.of(new FieldError(CASE_REFERENCE, reason)));
  }
}
