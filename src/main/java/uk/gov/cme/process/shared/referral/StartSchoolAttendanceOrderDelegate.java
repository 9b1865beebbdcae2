package uk.gov.cme.process.shared.referral;

import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.Casework;
import uk.gov.cme.casework.SaoRegister;
import uk.gov.cme.process.schoolattendanceorder.SchoolAttendanceOrderProcess;
import uk.gov.cme.process.shared.casematch.ChildCases;

/**
 * Hands the child's case to the School Attendance Order ({@code school-attendance-order}, issue 10): the
 * CME referral when the parents refuse the place found (P1, {@code saoTrigger} {@code PLACE_REFUSED}) and
 * the EHE check when the education is judged unsuitable or home education puts the child at greater risk
 * (P4, {@code EHE_FAILED}, {@code EHE_SAFEGUARDING_RISK}). Besides the case's variables it passes
 * {@code saoTrigger} and {@code saoTriggerDetails} (input parameters of the service task).
 *
 * <p>One order process per case: when one is already running for the case (same business key), none is
 * started; the trigger is recorded in the case's audit trail ({@link SaoRegister#recordTriggerWhileRunning})
 * and {@value #ALREADY_RUNNING} is set to true. Either way {@code schoolattendanceorderProcessInstanceId}
 * names the case's order process.
 */
@Component("startSchoolAttendanceOrderDelegate")
public class StartSchoolAttendanceOrderDelegate extends StartCaseProcess {

  /** Boolean, set on the calling instance: an order process was already running for the case. */
  public static final String ALREADY_RUNNING = "saoAlreadyRunning";
  static final String INSTANCE_ID = "schoolattendanceorderProcessInstanceId";

  private static final Logger LOG = LoggerFactory.getLogger(StartSchoolAttendanceOrderDelegate.class);

  private final RuntimeService runtime;
  private final SaoRegister orders;

  public StartSchoolAttendanceOrderDelegate(RuntimeService runtime, ChildCases childCases, SaoRegister orders) {
    super(runtime, childCases, SchoolAttendanceOrderProcess.KEY);
    this.runtime = runtime;
    this.orders = orders;
  }

  @Override
  protected List<String> alsoCarried() {
    return List.of(SchoolAttendanceOrderProcess.Variables.SAO_TRIGGER,
        SchoolAttendanceOrderProcess.Variables.SAO_TRIGGER_DETAILS);
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object caseReference = execution.getVariable("caseReference");
    String businessKey = caseReference == null ? execution.getProcessBusinessKey() : caseReference.toString();
    ProcessInstance running = businessKey == null ? null : runtime.createProcessInstanceQuery()
        .processDefinitionKey(SchoolAttendanceOrderProcess.KEY).processInstanceBusinessKey(businessKey)
        .listPage(0, 1).stream().findFirst().orElse(null);
    if (running == null) {
      execution.setVariable(ALREADY_RUNNING, false);
      super.execute(execution);
      return;
    }
    Object trigger = execution.getVariable(SchoolAttendanceOrderProcess.Variables.SAO_TRIGGER);
    orders.recordTriggerWhileRunning(CaseReference.of(businessKey), trigger == null ? null : trigger.toString(),
        running.getId(), user(), ClockUtil.getCurrentTime().toInstant());
    execution.setVariable(ALREADY_RUNNING, true);
    execution.setVariable(INSTANCE_ID, running.getId());
    LOG.info("Case {}: School Attendance Order already running ({}), not started again", businessKey,
        running.getId());
  }

  private static String user() {
    Authentication authentication = Context.getCommandContext().getAuthentication();
    return authentication != null && authentication.getUserId() != null ? authentication.getUserId()
        : Casework.SYSTEM_USER;
  }
}
