package uk.gov.cme.process.shared;

import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls that the application makes on its own account (telling a school's receipt that
 * the case changed), whoever's action caused them: without the acting user's authorization checks,
 * inside the current engine command when there is one, else in a command of its own.
 */
@Component
public class SystemCalls {

  private final ProcessEngineConfigurationImpl engine;

  public SystemCalls(ProcessEngineConfiguration engine) {
    this.engine = (ProcessEngineConfigurationImpl) engine;
  }

  public <T> T run(Supplier<T> call) {
    if (Context.getCommandContext() != null) {
      return Context.getCommandContext().runWithoutAuthorization(call::get);
    }
    return engine.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(call::get));
  }
}
