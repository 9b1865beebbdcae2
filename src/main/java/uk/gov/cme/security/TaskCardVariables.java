package uk.gov.cme.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * Every task card in Tasklist shows the case and the child, for every team (issue 9).
 *
 * <p>Tasklist shows on a card the variables its filter names ({@link TasklistFilters}: case reference,
 * child), read with a variable query that the engine authorizes by READ on the process instance, or on
 * the task for a task's own variables. A team that works a task without reading the whole instance
 * (admissions allocating a place in a CME referral) saw an empty card. So when a user task is made, the
 * case reference and the child's name are copied onto the task as its own variables: whoever may read
 * the task (its candidate groups, who see the same values on its form) sees them on its card, and
 * nobody is granted anything more. They go with the task when it ends.
 *
 * <p>A plug-in of every engine the application builds, and of the process tests' engine.
 */
@Component
public class TaskCardVariables extends AbstractProcessEnginePlugin {

  /** The variables copied onto every user task; the filters' card columns name them. */
  public static final List<String> NAMES = List.of("caseReference", "childName");

  static final TaskListener COPY = TaskCardVariables::copy;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
          behavior.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, COPY);
        }
      }
    });
  }

  private static void copy(DelegateTask task) {
    if (task.getExecution() == null) {
      return; // a stand-alone task has no case
    }
    for (String name : NAMES) {
      TypedValue value = task.getExecution().getVariableTyped(name);
      if (value != null && value.getValue() != null && !task.hasVariableLocal(name)) {
        task.setVariableLocal(name, value);
      }
    }
  }
}
