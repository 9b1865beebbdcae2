package uk.gov.cme.process.cmereferral;

import java.util.HashSet;
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
import uk.gov.cme.process.shared.SystemCalls;

/**
 * When another process of the child's case closes it (the EHE check, the emigration checks, a school
 * attendance order), the case's CME referral still waiting at a task ends: its event subprocess
 * <i>Case closed by another of its processes</i> ({@value CmeReferralProcess#MESSAGE_CASE_CLOSED_ELSEWHERE}).
 * Its tasks could never be completed on a closed case. The referral that closes the case itself, and the
 * processes it called that close it, are not told: they are the ones closing it.
 */
@Component
class ReferralEndsWithItsCase {

  private static final Logger LOG = LoggerFactory.getLogger(ReferralEndsWithItsCase.class);

  private final RuntimeService runtime;
  private final SystemCalls system;

  ReferralEndsWithItsCase(RuntimeService runtime, SystemCalls system) {
    this.runtime = runtime;
    this.system = system;
  }

  @EventListener
  void closed(CaseEvents.CaseClosed event) {
    Set<String> closing = closingInstances();
    int ended = system.run(() -> {
      int count = 0;
      for (ProcessInstance referral : runtime.createProcessInstanceQuery().processDefinitionKey(CmeReferralProcess.KEY)
          .processInstanceBusinessKey(event.reference().value()).active().list()) {
        if (!closing.contains(referral.getId())) {
          runtime.createMessageCorrelation(CmeReferralProcess.MESSAGE_CASE_CLOSED_ELSEWHERE)
              .processInstanceId(referral.getId()).correlateWithResult();
          count++;
        }
      }
      return count;
    });
    if (ended > 0) {
      LOG.info("Case {}: closed elsewhere, {} CME referral instance(s) ended with it", event.reference(), ended);
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
