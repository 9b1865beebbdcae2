package uk.gov.cme.process.shared.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import uk.gov.cme.process.ProcessTestEngine;

/**
 * A stored letter emailed to a parent who agreed to email service (issue 10): the notification block sends
 * the {@code letter-to-parent} email with the letter's PDF attached; a letter that cannot be attached fails
 * the job (and, after its retries, is an incident) with nothing sent.
 */
@Deployment(resources = "processes/shared/send-notification.bpmn")
class SendLetterByEmailProcessTest {

  static final String TASK_SEND = "Task_SendEmail";
  static final JavaMailSenderImpl MAIL_SENDER = NotificationsMailTest.mailSenderOnPort(25);
  static final byte[] PDF = {'%', 'P', 'D', 'F', '-', '1', '.', '7'};
  static final List<Long> ATTACHED = new ArrayList<>();

  static final LetterAttachments LETTERS = (reference, id) -> {
    if (id != 7L) {
      throw new NotificationException("no letter " + id + " on case " + reference);
    }
    ATTACHED.add(id);
    return new Notifications.Attachment(reference + "-s437-notice-7.pdf", "application/pdf", PDF);
  };

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension
      .builder(ProcessTestEngine.configuration(Map.of("sendNotificationDelegate",
          new SendNotificationDelegate(new Notifications(MAIL_SENDER, "cme-team@localhost"), LETTERS))))
      .build();

  ProcessEngine engine;

  @BeforeEach
  void setUp() {
    engine = extension.getProcessEngine();
    BpmnAwareTests.init(engine);
    MAIL_SENDER.setPort(greenMail.getSmtp().getPort());
    ATTACHED.clear();
  }

  @Test
  void the_letter_goes_to_the_parent_as_a_pdf_attachment() throws Exception {
    ProcessInstance instance = start(7L);
    execute(job(TASK_SEND, instance));

    assertThat(instance).isEnded();
    MimeMessage[] received = greenMail.getReceivedMessages();
    assertThat(received).hasSize(1);
    assertThat(received[0].getSubject()).contains("CME-2026-00042");
    Multipart parts = (Multipart) received[0].getContent();
    List<String> names = new ArrayList<>();
    byte[] attached = null;
    String body = null;
    for (int i = 0; i < parts.getCount(); i++) {
      BodyPart part = parts.getBodyPart(i);
      if (part.getFileName() != null) {
        names.add(part.getFileName());
        assertThat(part.getContentType()).startsWith("application/pdf");
        attached = part.getInputStream().readAllBytes();
      } else if (part.getContent() instanceof Multipart inner) {
        body = String.valueOf(inner.getBodyPart(0).getContent());
      } else {
        body = String.valueOf(part.getContent());
      }
    }
    assertThat(names).containsExactly("CME-2026-00042-s437-notice-7.pdf");
    assertThat(attached).isEqualTo(PDF);
    assertThat(body).contains("S.E.").doesNotContain("Samantha");
  }

  @Test
  void a_letter_that_cannot_be_attached_fails_the_job_with_nothing_sent() {
    ProcessInstance instance = start(8L);
    assertThatThrownBy(() -> execute(job(TASK_SEND, instance))).isInstanceOf(NotificationException.class)
        .hasMessageContaining("no letter 8");
    assertThat(job(TASK_SEND, instance).getRetries()).isEqualTo(2);
    assertThat(greenMail.getReceivedMessages()).isEmpty();
  }

  ProcessInstance start(long letterId) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("notificationTemplate", "letter-to-parent");
    variables.put("notificationTo", "parent@example.org");
    variables.put("caseReference", "CME-2026-00042");
    variables.put("childForename", "Samantha");
    variables.put("childSurname", "Example-Smith");
    variables.put("letterId", letterId);
    return engine.getRuntimeService().startProcessInstanceByKey(NotifyDelegate.PROCESS, "CME-2026-00042", variables);
  }
}
