package uk.gov.cme.process.registerinspection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.gov.cme.process.registerinspection.RegisterInspectionProcess.Variables;

/**
 * "Take the child from the finding": in the step that refers one child allocated a place who never started,
 * puts the child of finding slot {@value Variables#SLOT} under the usual names ({@code caseReference},
 * {@code legalForename}, {@code legalSurname}, {@code dateOfBirth}, {@code lastSchoolName}) as local
 * variables of that one referral, for the start-a-case-process building block that follows.
 */
@Component("takeInspectionFindingDelegate")
public class TakeFindingChildDelegate implements JavaDelegate {

  private final InspectionFindings findings;

  public TakeFindingChildDelegate(InspectionFindings findings) {
    this.findings = findings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String slot = String.valueOf(execution.getVariable(Variables.SLOT));
    for (String field : new String[] {"caseReference", "legalForename", "legalSurname", "dateOfBirth"}) {
      execution.setVariableLocal(field, findings.child(execution, slot, field));
    }
    execution.setVariableLocal("lastSchoolName", execution.getVariable(Variables.SCHOOL_NAME));
    String details = findings.child(execution, slot, "details");
    execution.setVariableLocal("findingDetails", details == null ? "" : " " + details);
  }
}
