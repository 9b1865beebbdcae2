package uk.gov.cme.process.shared.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import uk.gov.cme.process.ProcessTestEngine;

/**
 * The delegate in a model, wired exactly as its Javadoc shows (asynchronous, R3/PT5M, template and
 * recipient as input parameters), sending to an in-process SMTP server.
 */
@Deployment(resources = "uk/gov/cme/process/shared/notification/send-notification-example.bpmn")
class SendNotificationDelegateProcessTest {

  static final String TASK_SEND = "Task_SendAcknowledgement";
  static final JavaMailSenderImpl MAIL_SENDER = NotificationsMailTest.mailSenderOnPort(25);

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension
      .builder(ProcessTestEngine.configuration(Map.of(
          "sendNotificationDelegate",
          new SendNotificationDelegate(new Notifications(MAIL_SENDER, "cme-team@localhost")))))
      .build();

  static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");

  ProcessEngine engine;

  @BeforeEach
  void setUp() {
    engine = extension.getProcessEngine();
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(Date.from(NOW));
    MAIL_SENDER.setPort(greenMail.getSmtp().getPort());
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
  }

  @Test
  void the_email_goes_in_a_job_of_its_own_after_the_step_before_is_saved() throws Exception {
    ProcessInstance instance = start(Map.of("referrerEmail", "dsl@riverside.example.sch.uk"));

    assertThat(instance).isWaitingAt(TASK_SEND);
    assertThat(greenMail.getReceivedMessages()).isEmpty();

    execute(job(TASK_SEND, instance));

    assertThat(instance).isEnded().hasPassed(TASK_SEND);
    assertThat(greenMail.getReceivedMessages()).hasSize(1);
    assertThat(greenMail.getReceivedMessages()[0].getSubject()).contains("CME-2026-00042");
    assertThat((String) greenMail.getReceivedMessages()[0].getContent()).contains("S.E.").doesNotContain("Samantha");
    assertThat(sentVariable(instance)).isEqualTo(true);
  }

  @Test
  void a_referrer_with_no_email_variable_at_all_gets_nothing_and_the_process_goes_on() {
    ProcessInstance instance = start(Map.of());

    execute(job(TASK_SEND, instance));

    assertThat(instance).isEnded();
    assertThat(greenMail.getReceivedMessages()).isEmpty();
    assertThat(sentVariable(instance)).isEqualTo(false);
  }

  @Test
  void a_mail_server_that_is_down_is_tried_again_five_minutes_later_and_then_sends() throws Exception {
    MAIL_SENDER.setPort(aClosedPort());
    ProcessInstance instance = start(Map.of("referrerEmail", "dsl@riverside.example.sch.uk"));

    assertThatThrownBy(() -> execute(job(TASK_SEND, instance))).isInstanceOf(MailException.class);

    Job retry = job(TASK_SEND, instance);
    assertThat(retry.getRetries()).isEqualTo(2);
    assertThat(retry.getDuedate()).isEqualTo(Date.from(NOW.plus(Duration.ofMinutes(5))));
    assertThat(retry.getExceptionMessage()).doesNotContain("Samantha");
    assertThat(instance).isWaitingAt(TASK_SEND);

    MAIL_SENDER.setPort(greenMail.getSmtp().getPort());
    ClockUtil.setCurrentTime(Date.from(NOW.plus(Duration.ofMinutes(6))));
    execute(job(TASK_SEND, instance));
    assertThat(instance).isEnded();
    assertThat(greenMail.getReceivedMessages()).hasSize(1);
  }

  @Test
  void a_mail_server_that_stays_down_becomes_an_incident_after_three_tries() throws Exception {
    MAIL_SENDER.setPort(aClosedPort());
    ProcessInstance instance = start(Map.of("referrerEmail", "dsl@riverside.example.sch.uk"));

    for (int attempt = 1; attempt <= 3; attempt++) {
      assertThatThrownBy(() -> execute(job(TASK_SEND, instance))).isInstanceOf(MailException.class);
      ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofMinutes(6))));
    }

    assertThat(job(TASK_SEND, instance).getRetries()).isZero();
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).count())
        .isEqualTo(1);
    assertThat(instance).isWaitingAt(TASK_SEND);
  }

  static int aClosedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  ProcessInstance start(Map<String, Object> extra) {
    Map<String, Object> variables = new HashMap<>(extra);
    variables.put("caseReference", "CME-2026-00042");
    variables.put("childForename", "Samantha");
    variables.put("childSurname", "Example-Smith");
    return engine.getRuntimeService().startProcessInstanceByKey("send-notification-example", "CME-2026-00042",
        variables);
  }

  Object sentVariable(ProcessInstance instance) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName(SendNotificationDelegate.SENT).singleResult().getValue();
  }
}
