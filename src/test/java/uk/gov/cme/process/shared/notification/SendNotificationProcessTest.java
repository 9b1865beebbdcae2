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
 * Emails beside the case: a case process's email step ({@code notify-example}, wired as
 * {@link NotifyDelegate}'s Javadoc shows) hands the email to the building block
 * {@code send-notification} and goes on at once; the block sends it in a job of its own (asynchronous,
 * R3/PT5M) to an in-process SMTP server, and a mail server that stays down is an incident on the
 * email's instance alone.
 */
@Deployment(resources = {"processes/shared/send-notification.bpmn",
    "uk/gov/cme/process/shared/notification/notify-example.bpmn"})
class SendNotificationProcessTest {

  static final String TASK_SEND = "Task_SendEmail";
  static final JavaMailSenderImpl MAIL_SENDER = NotificationsMailTest.mailSenderOnPort(25);

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension
      .builder(ProcessTestEngine.configuration(Map.of(
          "sendNotificationDelegate",
          new SendNotificationDelegate(new Notifications(MAIL_SENDER, "cme-team@localhost")))))
      .assertClassCoverageAtLeast(0.9)
      .excludeProcessDefinitionKeys("notify-example")
      .build();

  static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");

  ProcessEngine engine;

  @BeforeEach
  void setUp() {
    engine = extension.getProcessEngine();
    BpmnAwareTests.init(engine);
    ((org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getBeans().put("notifyDelegate", new NotifyDelegate(engine.getRuntimeService()));
    ClockUtil.setCurrentTime(Date.from(NOW));
    MAIL_SENDER.setPort(greenMail.getSmtp().getPort());
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
  }

  @Test
  void the_case_goes_on_at_once_and_the_email_goes_in_a_job_of_its_own() throws Exception {
    ProcessInstance caseProcess = startCase(Map.of("referrerEmail", "dsl@riverside.example.sch.uk"));

    assertThat(caseProcess).hasPassed("Task_SendAcknowledgement").isWaitingAt("Task_Investigate");
    ProcessInstance instance = sending();
    assertThat(instance.getBusinessKey()).isEqualTo("CME-2026-00042");
    assertThat(engine.getRuntimeService().getVariables(instance.getId()).keySet())
        .as("only what the template may show").containsExactlyInAnyOrder("notificationTemplate", "notificationTo",
            "caseReference", "childForename", "childSurname");
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
  void a_referrer_with_no_email_gets_nothing_and_the_case_goes_on() {
    ProcessInstance caseProcess = startCase(Map.of());

    assertThat(caseProcess).isWaitingAt("Task_Investigate");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("send-notification")
        .count()).isZero();
    assertThat(greenMail.getReceivedMessages()).isEmpty();
  }

  @Test
  void the_sender_sends_nothing_without_a_recipient() {
    ProcessInstance instance = start(Map.of());

    execute(job(TASK_SEND, instance));

    assertThat(instance).isEnded();
    assertThat(greenMail.getReceivedMessages()).isEmpty();
    assertThat(sentVariable(instance)).isEqualTo(false);
  }

  @Test
  void a_mail_server_that_is_down_is_tried_again_five_minutes_later_and_then_sends() throws Exception {
    MAIL_SENDER.setPort(aClosedPort());
    ProcessInstance instance = start(Map.of("notificationTo", "dsl@riverside.example.sch.uk"));

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
  void a_mail_server_that_stays_down_becomes_an_incident_on_the_email_alone_after_three_tries() throws Exception {
    MAIL_SENDER.setPort(aClosedPort());
    ProcessInstance caseProcess = startCase(Map.of("referrerEmail", "dsl@riverside.example.sch.uk"));
    ProcessInstance instance = sending();

    for (int attempt = 1; attempt <= 3; attempt++) {
      assertThatThrownBy(() -> execute(job(TASK_SEND, instance))).isInstanceOf(MailException.class);
      ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofMinutes(6))));
    }

    assertThat(job(TASK_SEND, instance).getRetries()).isZero();
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).count())
        .isEqualTo(1);
    assertThat(instance).isWaitingAt(TASK_SEND);
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(caseProcess.getId()).count())
        .as("the case has no incident and waits for nothing").isZero();
    assertThat(caseProcess).isWaitingAt("Task_Investigate");
  }

  static int aClosedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** The email's own instance, as a case process hands it over. */
  ProcessInstance start(Map<String, Object> extra) {
    Map<String, Object> variables = new HashMap<>(extra);
    variables.put("notificationTemplate", "referral-acknowledged");
    variables.put("caseReference", "CME-2026-00042");
    variables.put("childForename", "Samantha");
    variables.put("childSurname", "Example-Smith");
    return engine.getRuntimeService().startProcessInstanceByKey(NotifyDelegate.PROCESS, "CME-2026-00042", variables);
  }

  /** A case process that reaches its email step. */
  ProcessInstance startCase(Map<String, Object> extra) {
    Map<String, Object> variables = new HashMap<>(extra);
    variables.put("caseReference", "CME-2026-00042");
    variables.put("childForename", "Samantha");
    variables.put("childSurname", "Example-Smith");
    variables.put("dateOfBirth", "2014-09-15");
    return engine.getRuntimeService().startProcessInstanceByKey("notify-example", "CME-2026-00042", variables);
  }

  ProcessInstance sending() {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(NotifyDelegate.PROCESS)
        .singleResult();
  }

  Object sentVariable(ProcessInstance instance) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName(SendNotificationDelegate.SENT).singleResult().getValue();
  }
}
