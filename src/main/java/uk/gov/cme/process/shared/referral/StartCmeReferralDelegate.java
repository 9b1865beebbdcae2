package uk.gov.cme.process.shared.referral;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.VariableMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.cme.security.ProcessStarts;
import org.springframework.stereotype.Component;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.process.cmereferral.CmeReferralProcess;
import uk.gov.cme.process.shared.casematch.ChildCases;

/**
 * Any process's way into the CME referral (processes.md: a notification, an EHE check or an emigration
 * that ends in "CME referral"). Starts {@code cme-referral} with the child's details under their usual
 * variable names; its intake joins the child's open case or opens one, so there is still one case per
 * child. Input parameters: {@value #SOURCE} (school, agency, off-roll, other-la) and
 * {@value #CIRCUMSTANCES}. Sets {@value #CASE_REFERENCE}: the case the referral now belongs to.
 *
 * <p>The caller's case ({@code caseReference}) goes with the referral: the CME referral then takes that
 * case up (or joins it, when the CME team is already working it) instead of matching the child again,
 * so a family that did not answer the EHE team, or a departure that was not confirmed, is investigated
 * on the same case. A caller without a case yet takes the referral's case as its own
 * ({@link ChildCases#carry}).
 */
@Component("startCmeReferralDelegate")
public class StartCmeReferralDelegate implements JavaDelegate {

  /** Input parameter: where the referral comes from. */
  public static final String SOURCE = "cmeReferralSource";
  /** Input parameter: why the child is referred, in words. */
  public static final String CIRCUMSTANCES = "cmeReferralCircumstances";
  /** Output variable: the case the referral was added to or opened. */
  public static final String CASE_REFERENCE = "cmeReferralCaseReference";

  /** The child's details a referral carries over, by their names in every process. */
  static final List<String> CHILD = List.of("legalForename", "legalSurname", "preferredName", "dateOfBirth",
      "sex", "upn", "address", "postcode", "addressUnknown", "hasEhcp", "lastSchoolName", "lastAttendanceDate", "schoolUrn",
      "referrerName", "referrerEmail", "referrerOrganisation");

  private static final Logger LOG = LoggerFactory.getLogger(StartCmeReferralDelegate.class);

  private final RuntimeService runtime;
  private final ChildCases childCases;

  public StartCmeReferralDelegate(RuntimeService runtime, ChildCases childCases) {
    this.runtime = runtime;
    this.childCases = childCases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Object> variables = new HashMap<>();
    for (String name : CHILD) {
      if (execution.hasVariable(name)) {
        variables.put(name, execution.getVariable(name));
      }
    }
    variables.put(CmeReferralProcess.Variables.REFERRAL_SOURCE, execution.getVariable(SOURCE));
    variables.put(CmeReferralProcess.Variables.CIRCUMSTANCES, execution.getVariable(CIRCUMSTANCES));
    variables.put(CmeReferralProcess.Variables.REFERRED_BY_PROCESS, true);
    Object ownCase = execution.getVariable(CmeReferralProcess.Variables.CASE_REFERENCE);
    if (ownCase != null) {
      variables.put(CmeReferralProcess.Variables.CASE_REFERENCE, ownCase);
    }
    variables.putIfAbsent(CmeReferralProcess.Variables.ON_SCHOOL_ROLL, false);
    variables.putIfAbsent(CmeReferralProcess.Variables.EDUCATION_ELSEWHERE, "none");
    VariableMap started = ProcessStarts.fromProcess(execution, () -> runtime.createProcessInstanceByKey(CmeReferralProcess.KEY)
        .setVariables(variables)
        .executeWithVariablesInReturn()
        .getVariables());
    Object caseReference = started.get(CmeReferralProcess.Variables.CASE_REFERENCE);
    execution.setVariable(CASE_REFERENCE, caseReference);
    if (ownCase == null && caseReference != null) {
      childCases.carry(execution, CaseReference.of(caseReference.toString()));
    }
    LOG.info("CME referral raised from {} (case {})", execution.getProcessDefinitionId(), caseReference);
  }
}
