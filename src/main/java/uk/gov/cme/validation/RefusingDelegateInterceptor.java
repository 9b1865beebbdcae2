package uk.gov.cme.validation;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.BaseDelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.delegate.DefaultDelegateInterceptor;
import org.camunda.bpm.engine.impl.delegate.DelegateInvocation;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.cme.casework.CaseNotFoundException;
import uk.gov.cme.casework.CaseStateException;
import uk.gov.cme.casework.InvalidInputException;
import uk.gov.cme.validation.InputRefusedException.Fault;

/**
 * The engine's delegate interceptor, and the one place where a refusal from the application's own code
 * becomes an answer for the user: an {@link InvalidInputException} from an intake (or a case that is
 * no longer open) thrown by a delegate or listener becomes an {@link InputRefusedException} naming each
 * field by its form label (as the form being submitted labels it, else as the process's forms do), so
 * Tasklist, {@code submit-form} and {@code /api} all answer 400 with every fault, and the engine rolls
 * the whole command back. Logged once, at WARN, with the fields' keys and
 * no values and no stack trace.
 */
public class RefusingDelegateInterceptor extends DefaultDelegateInterceptor {

  private static final Logger LOG = LoggerFactory.getLogger(RefusingDelegateInterceptor.class);

  private final FormLabels labels = new FormLabels();

  @Override
  public void handleInvocation(DelegateInvocation invocation) throws Exception {
    try {
      super.handleInvocation(invocation);
    } catch (InvalidInputException e) {
      throw refused(invocation, e.errors().stream()
          .map(f -> new String[] {f.field(), f.reason()}).toList());
    } catch (CaseStateException | CaseNotFoundException e) {
      throw refused(invocation, List.<String[]>of(new String[] {"caseReference",
          "this case is not open any more; nothing was saved (" + e.getMessage() + ")"}));
    }
  }

  private InputRefusedException refused(DelegateInvocation invocation, List<String[]> faults) {
    Map<String, String> known = new java.util.HashMap<>(SubmittedForm.labels());
    labelsFor(invocation.getContextExecution()).forEach(known::putIfAbsent);
    List<Fault> named = new java.util.ArrayList<>(faults.stream()
        .map(f -> new Fault(f[0], known.getOrDefault(f[0], f[0]), f[1])).toList());
    // the form's own format faults, found before the call, in the same answer (one per field)
    SubmittedForm.takePending().stream()
        .filter(pending -> named.stream().noneMatch(f -> f.field().equals(pending.field())))
        .forEach(named::add);
    LOG.warn("Input refused in {}: {}", where(invocation.getContextExecution()),
        named.stream().map(Fault::field).toList());
    return new InputRefusedException(named);
  }

  private Map<String, String> labelsFor(BaseDelegateExecution execution) {
    if (!(execution instanceof ExecutionEntity entity) || Context.getCommandContext() == null) {
      return Map.of();
    }
    ProcessDefinitionEntity definition = entity.getProcessDefinition();
    var repository = Context.getProcessEngineConfiguration().getRepositoryService();
    return Context.getCommandContext().runWithoutAuthorization(
        () -> labels.of(repository, definition.getDeploymentId(), definition.getKey()));
  }

  private static String where(BaseDelegateExecution execution) {
    if (execution instanceof ExecutionEntity entity) {
      return entity.getProcessDefinition().getKey() + " (process instance " + entity.getProcessInstanceId()
          + ", business key " + entity.getBusinessKey() + ")";
    }
    return "an engine step";
  }
}
