package uk.gov.cme.process.shared.duedate;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.gov.cme.rules.calendar.ProvisionalDeadline;
import uk.gov.cme.rules.calendar.ProvisionalDeadlines;
import uk.gov.cme.security.ProcessStarts;

/**
 * When the calendar gives a school-day deadline provisionally (the term dates do not reach it) inside
 * a process step, starts the {@value SetDueDateProcess#KEY} building block beside that instance, in
 * the same transaction: the step itself goes on with the provisional due date, and the building block's
 * asynchronous step "Set the due date" is an incident in Cockpit until the term dates are loaded and it
 * is retried; it then gives the task or timer its exact due date. Outside a process step (no current
 * execution) the provisional deadline is only logged.
 */
@Component
public class ProvisionalDueDates implements ProvisionalDeadlines {

  private static final Logger LOG = LoggerFactory.getLogger(ProvisionalDueDates.class);

  @Override
  public void given(ProvisionalDeadline deadline) {
    BpmnExecutionContext context = Context.getCommandContext() == null ? null : Context.getBpmnExecutionContext();
    ExecutionEntity execution = context == null ? null : context.getExecution();
    if (execution == null) {
      LOG.warn("A school-day deadline was given provisionally outside a process step ({}); {}",
          deadline.kind(), deadline.reason());
      return;
    }
    String processKey = execution.getProcessDefinition().getKey();
    if (SetDueDateProcess.KEY.equals(processKey)) {
      return;
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(SetDueDateProcess.Variables.TARGET_PROCESS_INSTANCE, execution.getProcessInstanceId());
    variables.put(SetDueDateProcess.Variables.TARGET_PROCESS, processKey);
    variables.put(SetDueDateProcess.Variables.DEADLINE_KIND, deadline.kind().name());
    variables.put(SetDueDateProcess.Variables.DEADLINE_FROM, deadline.from().toString());
    variables.put(SetDueDateProcess.Variables.DEADLINE_DAYS, deadline.days());
    variables.put(SetDueDateProcess.Variables.PROVISIONAL_DUE_DATE, deadline.provisional());
    variables.put(SetDueDateProcess.Variables.REASON, deadline.reason());
    String businessKey = execution.getProcessBusinessKey();
    var runtime = Context.getProcessEngineConfiguration().getRuntimeService();
    String started = ProcessStarts.fromProcess(execution,
        () -> runtime.startProcessInstanceByKey(SetDueDateProcess.KEY, businessKey, variables).getId());
    LOG.warn("A due date in {} (process instance {}, case {}) is provisional, {}: {}; {} will set it once the data"
        + " are loaded", processKey, execution.getProcessInstanceId(), businessKey, deadline.provisional().toInstant(),
        deadline.reason(), started);
  }
}
