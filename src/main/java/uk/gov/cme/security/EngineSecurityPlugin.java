package uk.gov.cme.security;

import java.util.ArrayList;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import uk.gov.cme.validation.RefusingDelegateInterceptor;

/**
 * What the application adds to the engine, in the application and in every process test alike:
 * <ul>
 *   <li>{@link InstanceAccessGuard} at the start of every process the engine parses;</li>
 *   <li>{@link WorklistAuthorizationProvider}: no per-task grant for a team that works the task's
 *   definition, and {@link TaskWorkGuard} among the engine's command checkers: claiming and completing
 *   stay with the task's candidates;</li>
 *   <li>{@link GroupListAuthorizationManager}: authorization checks without reading every group id of
 *   the grant table in each command, and task lists checked by the list of what the user may read
 *   ({@link TaskReadScope});</li>
 *   <li>{@link RefusingDelegateInterceptor}: refusals from the application's code answer 400 with each
 *   field named by its label;</li>
 *   <li>{@link RetryOnConflictInterceptor}: a user's command that met a concurrent change runs again;</li>
 *   <li>{@link uk.gov.cme.validation.PendingFormatFaults}: a form submission with a field in the wrong
 *   format is refused with the intake's faults, or alone when no step refused it.</li>
 * </ul>
 */
@Component
public class EngineSecurityPlugin extends AbstractProcessEnginePlugin {

  private final Supplier<CaseAccessRules> rules;
  private final SchoolScopes scopes;

  @Autowired
  EngineSecurityPlugin(ObjectProvider<CaseAccessRules> rules, AccessProperties access) {
    this(rules::getObject, access.schoolScopes());
  }

  /** For an engine built in code (process tests): the case rules are looked up when needed. */
  public EngineSecurityPlugin(Supplier<CaseAccessRules> rules, SchoolScopes scopes) {
    this.rules = rules;
    this.scopes = scopes;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    InstanceAccessGuard guard = new InstanceAccessGuard(rules, scopes);
    configuration.setResourceAuthorizationProvider(new WorklistAuthorizationProvider());
    if (configuration.getCustomSessionFactories() == null) {
      configuration.setCustomSessionFactories(new ArrayList<>());
    }
    configuration.getCustomSessionFactories().add(GroupListAuthorizationManager.sessionFactory());
    if (configuration.getCustomPreBPMNParseListeners() == null) {
      configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
        processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_START, guard);
      }
    });
    configuration.setDelegateInterceptor(new RefusingDelegateInterceptor());
    if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPreCommandInterceptorsTxRequired().add(0, new RetryOnConflictInterceptor());
    if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPostCommandInterceptorsTxRequired().add(new uk.gov.cme.validation.PendingFormatFaults());
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    configuration.getCommandCheckers().add(TaskWorkGuard.checker());
  }
}
