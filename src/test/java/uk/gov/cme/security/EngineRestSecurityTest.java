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
   * On H2 the engine knows every task is a process's (no CMMN, no standalone tasks), so its task lists join
   * the grants with inner joins H2 can start from (docs/performance.md, "Task query shape").
   */
  @Test
  void on_h2_the_task_lists_take_the_process_tasks_only_form() {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getDatabaseType()).isEqualTo("h2");
    assertThat(configuration.isCmmnEnabled()).isFalse();
    assertThat(configuration.isStandaloneTasksEnabled()).isFalse();
  }
}
