package uk.gov.cme.process.shared.forms;

import java.util.ArrayList;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import uk.gov.cme.security.AccessProperties;
import uk.gov.cme.security.SchoolScopes;

/**
 * Adds {@link CaseSummaryOnTask} on {@code create} to every user task of every process the engine
 * parses, except the school-facing ones ({@code cme.access.school.scoped-processes} and
 * {@code task-processes}): a school's form never gets the LA's summary of the case. One place, so no
 * model has to name the listener and a new process gets it too.
 */
@Component
public class CaseSummaryPlugin extends AbstractProcessEnginePlugin {

  private final Supplier<TaskListener> listener;
  private final SchoolScopes scopes;

  @Autowired
  CaseSummaryPlugin(ObjectProvider<CaseSummaryOnTask> listener, AccessProperties access) {
    this(listener::getObject, access.schoolScopes());
  }

  /** For an engine built in code: the listener is looked up when a task is created. */
  public CaseSummaryPlugin(Supplier<TaskListener> listener, SchoolScopes scopes) {
    this.listener = listener;
    this.scopes = scopes;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    TaskListener lazy = (DelegateTask task) -> listener.get().notify(task);
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        String key = ((org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity) activity.getProcessDefinition()).getKey();
        if (scopes.scopedProcesses().contains(key) || scopes.taskProcesses().containsKey(key)) {
          return;
        }
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
            .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, lazy);
      }
    });
  }
}
