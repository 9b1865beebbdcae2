package uk.gov.cme.process.shared.casematch;

import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.gov.cme.casework.CaseEvents;
import uk.gov.cme.process.shared.SystemCalls;
import uk.gov.cme.security.InstanceAccessGuard;

/**
 * When a case is merged into the child's open case, the running instances of the processes that
 * opened it through {@link ChildCases} (the EHE check, the emigration checks, an off-roll notification)
 * belong to the open case from then on: their business key and {@value InstanceAccessGuard#CASE_REFERENCE}
 * become its reference. (The CME referral follows a merge itself, its schools' receipts through
 * {@code ReferralReceipts}, and the case's updates end.) A school-scoped instance's school is a party of
 * the open case by then: the merge moved its referral, or its party, there.
 */
@Component
class CaseMergeFollowers {

  /** The processes whose instances follow their case into the case it is merged into. */
  static final List<String> FOLLOWERS = List.of("ehe-check", "emigration", "off-roll-notification");

  private static final Logger LOG = LoggerFactory.getLogger(CaseMergeFollowers.class);

  private final RuntimeService runtime;
  private final SystemCalls system;

  CaseMergeFollowers(RuntimeService runtime, SystemCalls system) {
    this.runtime = runtime;
    this.system = system;
  }

  @EventListener
  void merged(CaseEvents.CaseMerged event) {
    int moved = system.run(() -> {
      List<ProcessInstance> instances = runtime.createProcessInstanceQuery()
          .processDefinitionKeyIn(FOLLOWERS.toArray(String[]::new))
          .processInstanceBusinessKey(event.from().value()).list();
      for (ProcessInstance instance : instances) {
        // The engine's API has no call to change a business key from outside the instance: the
        // instance's own execution does it, as a step of the instance would.
        ExecutionEntity execution = Context.getCommandContext().getExecutionManager().findExecutionById(instance.getId());
        execution.setProcessBusinessKey(event.into().value());
        execution.setVariable(InstanceAccessGuard.CASE_REFERENCE, event.into().value());
      }
      return instances.size();
    });
    if (moved > 0) {
      LOG.info("Case {} merged into {}: {} running instance(s) follow it", event.from(), event.into(), moved);
    }
  }
}
