package uk.gov.cme.config;

import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.gov.cme.process.shared.forms.CaseSummary;

/**
 * What the history keeps of process variables. The history level stays {@code full}: the variables'
 * last values ({@code ACT_HI_VARINST}), the activities, tasks, decisions (with their inputs and outputs)
 * and the user operation log that Tasklist's task history shows are all kept, with two exceptions:
 * <ul>
 *   <li>the row per change of a variable ({@code ACT_HI_DETAIL}) unless {@code cme.history.variable-updates}
 *       is true (default false): a referral's intake wrote about 105 of them (a third of its rows);
 *       nothing in the application or its apps reads them, and the case register keeps its own audit
 *       trail of every change to a case ({@code cme_case_event});</li>
 *   <li>the case summary on each task ({@link CaseSummary.Variables#ALL}): display copies of the
 *       register, rebuilt for every task and gone when it is completed, so the history would hold the
 *       register's data again for every task of a case (11 rows a task).</li>
 * </ul>
 * docs/performance.md, "Variables per instance".
 */
@Component
class VariableUpdateHistory extends AbstractProcessEnginePlugin {

  private final boolean keepUpdates;

  VariableUpdateHistory(@Value("${cme.history.variable-updates:false}") boolean keepUpdates) {
    this.keepUpdates = keepUpdates;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getHistoryEventHandler() == null) {
      configuration.setHistoryEventHandler(new CmeHistory(keepUpdates));
    }
  }

  /** The engine's database history handler, less what the class comment lists. */
  static final class CmeHistory extends DbHistoryEventHandler {
    /** Variables the history does not keep: copies of the register's data, rebuilt for every task. */
    static final Set<String> NOT_KEPT = Set.copyOf(CaseSummary.Variables.ALL);

    private final boolean keepUpdates;

    CmeHistory(boolean keepUpdates) {
      this.keepUpdates = keepUpdates;
    }

    @Override
    public void handleEvent(HistoryEvent event) {
      if (event instanceof HistoricVariableUpdateEventEntity variable && NOT_KEPT.contains(variable.getVariableName())) {
        return;
      }
      super.handleEvent(event);
    }

    @Override
    protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
      return keepUpdates && super.shouldWriteHistoricDetail(event);
    }
  }
}
