package uk.gov.cme.validation;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.cme.validation.InputRefusedException.Fault;

/**
 * Refuses a form submission whose fields break their format ({@link FieldFormat}) when no step of the
 * call refused it: runs inside the engine's transaction, after the start or completion, so the whole
 * call is rolled back and answered 400 naming each field by its label. When a step refused the call,
 * {@link RefusingDelegateInterceptor} has already put the format faults in that answer.
 */
public class PendingFormatFaults extends CommandInterceptor {

  private static final Logger LOG = LoggerFactory.getLogger(PendingFormatFaults.class);
  private static final Set<Class<?>> SUBMISSIONS = Set.of(SubmitStartFormCmd.class, StartProcessInstanceCmd.class,
      SubmitTaskFormCmd.class, CompleteTaskCmd.class);

  @Override
  public <T> T execute(Command<T> command) {
    T result = next.execute(command);
    if (SUBMISSIONS.contains(command.getClass())) {
      List<Fault> pending = SubmittedForm.takePending();
      if (!pending.isEmpty()) {
        LOG.warn("Input refused: {}", pending.stream().map(Fault::field).toList());
        throw new InputRefusedException(pending);
      }
    }
    return result;
  }
}
