package uk.gov.cme.process.offroll;

import static uk.gov.cme.process.offroll.OffRollNotificationProcess.Variables.*;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.gov.cme.casework.OffRollRegister;

/**
 * Records in the register the route the {@value OffRollNotificationProcess#DECISION_ROUTING} table
 * chose ({@code offRollRoute}). No route (a table edited so that no rule matches) is an incident, not a
 * silent "log only".
 */
@Component("recordOffRollRouteDelegate")
class RecordOffRollRouteDelegate implements JavaDelegate {

  private final OffRollRegister register;

  RecordOffRollRouteDelegate(OffRollRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object route = execution.getVariable(ROUTE);
    if (route == null || route.toString().isBlank()) {
      throw new ProcessEngineException("the decision table " + OffRollNotificationProcess.DECISION_ROUTING
          + " gave no route for off-roll notification " + execution.getVariable(OFF_ROLL_NOTIFICATION_ID)
          + " (ground " + execution.getVariable(GROUND) + ")");
    }
    register.recordRoute(id(execution), route.toString(), Actors.user(), Actors.now());
  }

  static long id(DelegateExecution execution) {
    return ((Number) execution.getVariable(OFF_ROLL_NOTIFICATION_ID)).longValue();
  }
}
