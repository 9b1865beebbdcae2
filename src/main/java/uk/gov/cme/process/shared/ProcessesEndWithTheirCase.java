package uk.gov.cme.process.shared;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.gov.cme.casework.CaseEvents;
import uk.gov.cme.process.cmereferral.CmeReferralProcess;
import uk.gov.cme.process.schoolattendanceorder.SchoolAttendanceOrderProcess;

/**
 * When another process of the child's case closes it (the EHE check, the emigration checks, a school
 * attendance order, the referral), the case's CME referral and School Attendance Order still waiting at
 * a step end: each has the event subprocess <i>Case closed by another of its processes</i>, started by
 * message {@value #MESSAGE_CASE_CLOSED_ELSEWHERE}. Their tasks could never be completed on a closed case.
 * The instance that closes the case itself, and the instances above it that called it, are not told:
 * they are the ones closing it.
 */
@Component
class ProcessesEndWithTheirCase {

  /** Message a process that works a case receives when another of the case's processes closed it. */
  static final String MESSAGE_CASE_CLOSED_ELSEWHERE = CmeReferralProcess.MESSAGE_CASE_CLOSED_ELSEWHERE;
  /** The processes that end with their case (each has the event subprocess). */
  static final List<String> PROCESSES = List.of(CmeReferralProcess.KEY, SchoolAttendanceOrderProcess.KEY);

  private static final Logger LOG = LoggerFactory.getLogger(ProcessesEndWithTheirCase.class);

  private final RuntimeService runtime;
  private final SystemCalls system;

  ProcessesEndWithTheirCase(RuntimeService runtime, SystemCalls system) {
    this.runtime = runtime;
    this.system = system;
  }

  @EventListener
  void closed(CaseEvents.CaseClosed event) {
    Set<String> closing = closingInstances();
    List<String> ended = system.run(() -> {
      List<String> names = new ArrayList<>();
      for (String process : PROCESSES) {
        for (ProcessInstance instance : runtime.createProcessInstanceQuery().processDefinitionKey(process)
            .processInstanceBusinessKey(event.reference().value()).active().list()) {
          if (!closing.contains(instance.getId())) {
            runtime.createMessageCorrelation(MESSAGE_CASE_CLOSED_ELSEWHERE)
                .processInstanceId(instance.getId()).correlateWithResult();
            names.add(process);
          }
        }
      }
      return names;
    });
    if (!ended.isEmpty()) {
      LOG.info("Case {}: closed elsewhere, ended with it: {}", event.reference(), ended);
    }
  }

  /** The process instance whose step closes the case, and the instances above it that called it. */
  private static Set<String> closingInstances() {
    Set<String> instances = new HashSet<>();
    BpmnExecutionContext context = Context.getBpmnExecutionContext();
    ExecutionEntity execution = context == null ? null : context.getExecution();
    while (execution != null) {
      ExecutionEntity instance = execution.getProcessInstance();
      instances.add(instance.getId());
      execution = instance.getSuperExecution();
    }
    return instances;
  }
}
