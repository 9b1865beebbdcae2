package uk.gov.cme.process.registerinspection;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.gov.cme.security.ProcessStarts;

/**
 * The off-roll notification's step "Ask for the off-rolling check" (P3 step 2): starts a register
 * inspection for the notifying school with trigger OFF_ROLL_NOTIFICATION, whose first step counts the
 * school's deletions in a job of its own and asks the off-rolling-concern table; it ends at once when there
 * is no concern. It passes only the school's URN and the notification's id, and the new instance is never
 * granted to the school: the notification's own path does not wait for it, and a failure there is an
 * incident on that instance, never a refused notification.
 */
@Component("startOffRollingCheckDelegate")
public class StartOffRollingCheckDelegate implements JavaDelegate {

  private final RuntimeService runtime;

  public StartOffRollingCheckDelegate(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(RegisterInspectionProcess.Variables.SCHOOL_URN, execution.getVariable("schoolUrn"));
    variables.put(RegisterInspectionProcess.Variables.TRIGGER,
        RegisterInspectionProcess.Trigger.OFF_ROLL_NOTIFICATION.name());
    variables.put(RegisterInspectionProcess.Variables.NOTIFICATION_ID, execution.getVariable("offRollNotificationId"));
    ProcessStarts.fromProcess(execution, () -> runtime.startProcessInstanceByKey(RegisterInspectionProcess.KEY, variables));
  }
}
