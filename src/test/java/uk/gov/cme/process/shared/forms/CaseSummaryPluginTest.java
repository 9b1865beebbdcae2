package uk.gov.cme.process.shared.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import uk.gov.cme.process.ProcessTestEngine;

/**
 * Where the case summary goes: on every user task of every LA process, never on a school's task (a
 * school-scoped process or a school task process of {@code cme.access.school} in application.yaml), so
 * a school's form never holds the LA's summary of the case.
 */
class CaseSummaryPluginTest {

  @Test
  void every_la_task_gets_the_summary_and_no_school_task_does() {
    List<String> summarised = new ArrayList<>();
    TaskListener recording = task -> summarised.add(task.getProcessDefinitionId().split(":")[0]);
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    String name = "case-summary-plugin-" + UUID.randomUUID();
    configuration.setProcessEngineName(name);
    configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
    configuration.setJobExecutorActivate(false);
    configuration.getProcessEnginePlugins().add(
        new CaseSummaryPlugin(() -> recording, ProcessTestEngine.access().schoolScopes()));
    ProcessEngine engine = configuration.buildProcessEngine();
    try {
      List<String> keys = List.of("cme-referral", "safeguarding-referral", "ehe-check", "confirm-case-match",
          "school-referral", "off-roll-notification", "emigration", "confirm-on-roll", "keep-pupil-on-roll",
          "sao-named-school");
      for (String key : keys) {
        engine.getRepositoryService().createDeployment().addModelInstance(key + ".bpmn",
            Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(1)
                .startEvent().userTask("Task_Work").endEvent().done()).deploy();
        engine.getRuntimeService().startProcessInstanceByKey(key);
      }

      assertThat(summarised).containsExactly("cme-referral", "safeguarding-referral", "ehe-check", "confirm-case-match");
    } finally {
      engine.close();
    }
  }
}
