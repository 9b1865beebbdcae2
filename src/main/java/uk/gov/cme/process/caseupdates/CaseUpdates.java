package uk.gov.cme.process.caseupdates;

import static uk.gov.cme.process.caseupdates.CaseUpdatesProcess.Variables.*;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.gov.cme.casework.CaseEvents;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.Casework;
import uk.gov.cme.casework.EducationStatus;
import uk.gov.cme.process.shared.SystemCalls;
import uk.gov.cme.process.shared.notification.Notifications;
import uk.gov.cme.security.ProcessStarts;

/**
 * Keeps each case's {@value CaseUpdatesProcess#KEY} instance in step with the case register, whichever
 * process changes the case: a case opened starts it (business key the case reference; an LA instance,
 * never a school's), a change of education status, the closing and a merge into another case are
 * messages to it, in the same transaction as the change. So the half-termly update, the report back at
 * closure and the social worker's updates belong to the case, not to the process that holds it.
 *
 * <p>A case opened before this process existed has no instance: at its closing one is started first,
 * so its referrers are still told; its other changes are only logged.
 *
 * <p>The message is delivered to the instance's own execution ({@code messageEventReceived}), found in
 * this transaction's cache when the case was opened in the same transaction (a referral that is not
 * CME is opened and closed at once), else in the database: a correlation by business key would only
 * search the database, which does not hold an instance started in this transaction yet.
 */
@Component
class CaseUpdates {

  private static final Logger LOG = LoggerFactory.getLogger(CaseUpdates.class);
  /** Started by the application on its own account: an LA instance. */
  private static final ProcessStarts.Origin APPLICATION = new ProcessStarts.Origin(null, null);

  private final RuntimeService runtime;
  private final SystemCalls system;
  private final Casework casework;

  CaseUpdates(RuntimeService runtime, SystemCalls system, Casework casework) {
    this.runtime = runtime;
    this.system = system;
    this.casework = casework;
  }

  @EventListener
  void opened(CaseEvents.CaseOpened event) {
    // the child comes with the event: the case need not be read again (docs/performance.md, "Register")
    system.run(() -> start(event.reference(),
        Notifications.initials(event.child().legalForename(), event.child().legalSurname())));
  }

  @EventListener
  void educationStatusChanged(CaseEvents.EducationStatusChanged event) {
    system.run(() -> {
      Optional<String> instance = running(event.reference());
      if (instance.isEmpty()) {
        LOG.info("Case {}: education status {} not passed on, the case has no {} instance", event.reference(),
            event.status(), CaseUpdatesProcess.KEY);
        return null;
      }
      return tell(instance.get(), CaseUpdatesProcess.MESSAGE_EDUCATION_STATUS_CHANGED,
          Map.of(EDUCATION_STATUS, event.status().description()), event.reference());
    });
  }

  @EventListener
  void closed(CaseEvents.CaseClosed event) {
    system.run(() -> {
      String instance = running(event.reference()).orElseGet(() -> start(event.reference(), casework.find(event.reference())
          .map(view -> Notifications.initials(view.child().legalForename(), view.child().legalSurname())).orElse(null)));
      Map<String, Object> closing = new HashMap<>();
      closing.put(OUTCOME, event.outcome().description());
      closing.put(OUTCOME_CODE, event.outcome().name());
      closing.put(EDUCATION_STATUS, EducationStatus.closed(event.outcome()));
      return tell(instance, CaseUpdatesProcess.MESSAGE_CASE_CLOSED, closing, event.reference());
    });
  }

  @EventListener
  void merged(CaseEvents.CaseMerged event) {
    system.run(() -> running(event.from())
        .map(instance -> tell(instance, CaseUpdatesProcess.MESSAGE_CASE_MERGED, Map.of(), event.from()))
        .orElse(null));
  }

  /** Starts the case's updates; {@code childInitials} null: not known (the case is not there). */
  private String start(CaseReference reference, String childInitials) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(CASE_REFERENCE, reference.value());
    if (childInitials != null) {
      variables.put(CHILD_INITIALS, childInitials);
    }
    String started = ProcessStarts.fromProcess(APPLICATION, () -> runtime
        .startProcessInstanceByKey(CaseUpdatesProcess.KEY, reference.value(), variables).getId());
    LOG.info("Case {}: updates started ({})", reference, started);
    return started;
  }

  private Void tell(String instance, String message, Map<String, Object> variables, CaseReference reference) {
    runtime.messageEventReceived(message, instance, variables);
    LOG.info("Case {}: {} passed to its updates ({})", reference, message, instance);
    return null;
  }

  /** The case's running instance: one started in this transaction first, else one in the database. */
  private Optional<String> running(CaseReference reference) {
    for (ExecutionEntity execution : Context.getCommandContext().getDbEntityManager()
        .getCachedEntitiesByType(ExecutionEntity.class)) {
      if (execution.isProcessInstanceExecution() && !execution.isEnded()
          && reference.value().equals(execution.getBusinessKey())
          && CaseUpdatesProcess.KEY.equals(execution.getProcessDefinition().getKey())) {
        return Optional.of(execution.getId());
      }
    }
    return runtime.createProcessInstanceQuery().processDefinitionKey(CaseUpdatesProcess.KEY)
        .processInstanceBusinessKey(reference.value()).list().stream()
        .filter(instance -> !(instance instanceof ExecutionEntity execution && execution.isEnded()))
        .map(ProcessInstance::getId).findFirst();
  }
}
