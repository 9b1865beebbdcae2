package uk.gov.cme.config;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether the history keeps every change of every process variable ({@code ACT_HI_DETAIL}), setting
 * {@code cme.history.variable-updates} (default false). The history level stays {@code full}: the
 * variables' last values ({@code ACT_HI_VARINST}), the activities, tasks, decisions (with their inputs
 * and outputs) and the user operation log that Tasklist's task history shows are all kept; only the
 * row per change of a variable is not written. A referral's intake wrote about 105 of them (a third of
 * its rows); nothing in the application or its apps reads them, and the case register keeps its own
 * audit trail of every change to a case ({@code cme_case_event}). docs/performance.md, "Variables per
 * instance".
 */
@Component
class VariableUpdateHistory extends AbstractProcessEnginePlugin {

  private final boolean keepUpdates;

  VariableUpdateHistory(@Value("${cme.history.variable-updates:false}") boolean keepUpdates) {
    this.keepUpdates = keepUpdates;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (!keepUpdates && configuration.getHistoryEventHandler() == null) {
      configuration.setHistoryEventHandler(new WithoutVariableUpdates());
    }
  }

  /** The engine's database history handler, less the detail row of each variable change. */
  static final class WithoutVariableUpdates extends DbHistoryEventHandler {
    @Override
    protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
      return false;
    }
  }
}
