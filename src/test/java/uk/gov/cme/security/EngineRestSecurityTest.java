package uk.gov.cme.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The REST security scenario on the embedded H2 database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class EngineRestSecurityTest extends EngineRestSecurityScenario {

  /**
   * On H2 the engine knows every task is a process's (no CMMN, no standalone tasks), so its task lists use
   * inner joins H2 can start from and are checked by the list of what the user may read
   * (docs/performance.md, "Task query shape", "Reading the grants first").
   */
  @Test
  void on_h2_the_task_lists_take_the_process_tasks_only_form() {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getDatabaseType()).isEqualTo("h2");
    assertThat(configuration.isCmmnEnabled()).isFalse();
    assertThat(configuration.isStandaloneTasksEnabled()).isFalse();
  }
}
