package uk.gov.cme.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 12, "make the history cleanup actually run": the application's settings give the engine a nightly
 * cleanup window, so the engine schedules its history cleanup job at start-up; run in the window (by the
 * engine's clock, as the job executor would run it), the job removes the history of the instances past their
 * historyTimeToLive and keeps the others.
 *
 * <p>A process deployed by this test only, with a time to live of one day, so that moving the clock a few days
 * on leaves every process of the application (a year or six) and every other test's history alone.
 */
@SpringBootTest
@ActiveProfiles({"demo", "test"})
class HistoryCleanupTest {

  static final String PROBE = "history-cleanup-probe";
  /** The server's time zone: the window is worked out in it. */
  static final ZoneId SERVER = ZoneId.systemDefault();

  @Autowired
  ProcessEngine engine;

  Deployment deployment;

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    if (deployment != null) {
      engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
    }
  }

  @Test
  void the_application_sets_a_nightly_cleanup_window_and_the_engine_schedules_its_cleanup_job() {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

    assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("20:00");
    assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("06:00");
    assertThat(configuration.getHistoryCleanupStrategy()).as("removal-time based: each instance's end + its TTL")
        .isEqualTo("removalTimeBased");
    assertThat(engine.getHistoryService().findHistoryCleanupJobs()).as("the cleanup job, scheduled at start-up")
        .isNotEmpty();
  }

  @Test
  void in_the_window_the_scheduled_cleanup_removes_the_instances_past_their_time_to_live_and_keeps_the_others() {
    deployment = engine.getRepositoryService().createDeployment().name(PROBE)
        .addModelInstance(PROBE + ".bpmn", Bpmn.createExecutableProcess(PROBE).camundaHistoryTimeToLive(1)
            .startEvent().endEvent().done())
        .deploy();
    LocalDate day = LocalDate.now(SERVER);
    HistoryService history = engine.getHistoryService();

    at(day, LocalTime.of(10, 0));
    String expired = engine.getRuntimeService().startProcessInstanceByKey(PROBE).getId();
    at(day.plusDays(3), LocalTime.of(10, 0));
    String recent = engine.getRuntimeService().startProcessInstanceByKey(PROBE).getId();
    assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(PROBE).count()).isEqualTo(2);

    // that night, in the window: the expired instance (ended 3 days ago, 1 day to live) goes, the other stays
    at(day.plusDays(3), LocalTime.of(23, 0));
    List<Job> cleanup = history.findHistoryCleanupJobs();
    assertThat(cleanup).isNotEmpty();
    for (Job job : cleanup) {
      assertThat(engine.getManagementService().createJobQuery().jobId(job.getId()).executable().count())
          .as("the scheduled cleanup job is due in the window").isOne();
      engine.getManagementService().executeJob(job.getId());
    }

    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(expired).count())
        .as("the instance past its time to live is removed").isZero();
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(expired).count())
        .as("with its activity history").isZero();
    assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(recent).count())
        .as("the instance within its time to live is kept").isOne();
  }

  static void at(LocalDate day, LocalTime time) {
    ClockUtil.setCurrentTime(Date.from(day.atTime(time).atZone(SERVER).toInstant()));
  }
}
