package uk.gov.cme.process.saochangerequest;

import static uk.gov.cme.process.saochangerequest.SaoChangeRequestProcess.Variables.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.gov.cme.process.saochangerequest.SaoChangeRequestProcess.RequestType;

/**
 * Tells the case's School Attendance Order instance (process {@value SaoChangeRequestProcess#SAO_KEY},
 * business key = the case reference) of the change: {@value SaoChangeRequestProcess#MESSAGE_ORDER_AMENDED}
 * with the new school and order row, or {@value SaoChangeRequestProcess#MESSAGE_ORDER_ENDED} with the
 * reason. Asynchronous with retries: an instance that is not there (or not waiting for the message) fails
 * the job, which becomes an incident; the register has already been changed.
 */
@Component("tellOrderProcessDelegate")
class TellOrderProcessDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(TellOrderProcessDelegate.class);

  @Override
  public void execute(DelegateExecution execution) {
    String reference = execution.getProcessBusinessKey();
    RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
    List<ProcessInstance> orders = runtime.createProcessInstanceQuery()
        .processDefinitionKey(SaoChangeRequestProcess.SAO_KEY).processInstanceBusinessKey(reference).active().list();
    if (orders.size() != 1) {
      throw new IllegalStateException("case " + reference + " has " + orders.size()
          + " running School Attendance Order instances, not one: the change is in the register but not told");
    }
    Map<String, Object> variables = new HashMap<>();
    String message;
    if (RequestType.AMEND.equals(execution.getVariable(REQUEST_TYPE))) {
      message = SaoChangeRequestProcess.MESSAGE_ORDER_AMENDED;
      variables.put(NAMED_SCHOOL_URN, execution.getVariable(REQUESTED_SCHOOL_URN));
      variables.put(NAMED_SCHOOL_NAME, execution.getVariable(REQUESTED_SCHOOL_NAME));
      variables.put(ORDER_ID, execution.getVariable(CHANGE_ROW_ID));
    } else {
      message = SaoChangeRequestProcess.MESSAGE_ORDER_ENDED;
      variables.put(SAO_END_REASON, execution.getVariable(SAO_END_REASON));
    }
    runtime.createMessageCorrelation(message).processInstanceId(orders.get(0).getId()).setVariables(variables)
        .correlateWithResult();
    LOG.info("Case {}: {} told to the School Attendance Order instance", reference, message);
  }
}
