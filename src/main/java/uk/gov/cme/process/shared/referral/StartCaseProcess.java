package uk.gov.cme.process.shared.referral;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.process.shared.casematch.ChildCases;
import uk.gov.cme.security.ProcessStarts;

/**
 * Hands a child's case to another process: starts it with the case reference as business key and the
 * child's variables under their usual names, so the next team sees what is already known. The started
 * process runs on its own; this one can end. Subclasses name the process.
 *
 * <p>One case per child: the started process belongs to the case of this one (its business key), or,
 * when this one has no case yet (an off-roll notification for a child with no open case), finds or
 * opens the child's case itself; this instance then takes that case as its own
 * ({@link ChildCases#carry}).
 */
public abstract class StartCaseProcess implements JavaDelegate {

  /** Variables carried over when they exist: the child, the school, the case and what is known. */
  public static final List<String> CARRIED = List.of("caseReference", "legalForename", "legalSurname",
      "preferredName", "dateOfBirth", "sex", "upn", "address", "postcode", "addressUnknown", "hasEhcp",
      "lastSchoolName", "schoolUrn", "outcomeDetails", "circumstances", "childProtectionPlan", "childInNeedPlan",
      "specialSchoolUnderLaArrangements", "sen", "vulnerable", "socialCareInvolvement", "esbasInvolvement",
      "schoolConcerns", "destinationCountry", "destinationAddress", "destinationUnknown", "leavingDate",
      "eheNotificationDate", "yearGroup");

  private static final Logger LOG = LoggerFactory.getLogger(StartCaseProcess.class);

  private final RuntimeService runtime;
  private final ChildCases childCases;
  private final String processKey;

  protected StartCaseProcess(RuntimeService runtime, ChildCases childCases, String processKey) {
    this.runtime = runtime;
    this.childCases = childCases;
    this.processKey = processKey;
  }

  /**
   * Variables this hand-over passes on besides {@link #CARRIED}, when they exist (e.g. the input
   * parameters of the task that names why the process is started). None by default.
   */
  protected List<String> alsoCarried() {
    return List.of();
  }

  /**
   * Whether the calling instance keeps the started instance's id (variable
   * {@code <key without dashes>ProcessInstanceId}). Yes by default; a hand-over to a process no school
   * may see leaves nothing of it on a school's instance.
   */
  protected boolean keepsStartedInstanceId(DelegateExecution execution) {
    return true;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Object> variables = new HashMap<>();
    for (String name : java.util.stream.Stream.concat(CARRIED.stream(), alsoCarried().stream()).toList()) {
      if (execution.hasVariable(name) && execution.getVariable(name) != null) {
        variables.put(name, execution.getVariable(name));
      }
    }
    Object caseReference = execution.getVariable("caseReference");
    String businessKey = caseReference == null ? execution.getProcessBusinessKey() : caseReference.toString();
    ProcessInstance started = ProcessStarts.fromProcess(execution,
        () -> runtime.startProcessInstanceByKey(processKey, businessKey, variables));
    if (keepsStartedInstanceId(execution)) {
      execution.setVariable(processKey.replace("-", "") + "ProcessInstanceId", started.getId());
    }
    String startedCase = started.getBusinessKey();
    if (caseReference == null && startedCase != null && CaseReference.isValid(startedCase)) {
      childCases.carry(execution, CaseReference.of(startedCase));
    }
    LOG.info("Case {} handed to {} ({})", startedCase, processKey, started.getId());
  }
}
