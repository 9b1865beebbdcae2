package uk.gov.cme.process.shared.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import uk.gov.cme.letters.LetterRenderer;
import uk.gov.cme.letters.RenderedLetter;
import uk.gov.cme.modelcheck.ElementTemplates;
import uk.gov.cme.process.ProcessTestEngine;
import uk.gov.cme.process.shared.letters.GenerateLetterDelegate;
import uk.gov.cme.process.shared.letters.LetterAuthority;
import uk.gov.cme.process.shared.letters.LetterStore;

/**
 * Tasks built from the Modeler element templates run (issue 11): {@code template-built-tasks} holds a
 * "Make a letter" call activity and a "Send a notification email" service task written as the Modeler writes
 * them from the templates. On the process test engine with the real building blocks ({@code generate-letter},
 * {@code send-notification}) the letter is made and stored with the case, and the email reaches the parent's
 * mailbox (GreenMail) with that letter attached.
 */
@Deployment(resources = {"processes/shared/generate-letter.bpmn", "processes/shared/send-notification.bpmn",
    "uk/gov/cme/process/shared/notification/template-built-tasks.bpmn"})
class TemplateBuiltTasksProcessTest {

  static final String MODEL = "uk/gov/cme/process/shared/notification/template-built-tasks.bpmn";
  static final Instant NOW = Instant.parse("2026-12-18T10:00:00Z");
  static final String CASE = "CME-2026-00042";
  static final JavaMailSenderImpl MAIL_SENDER = NotificationsMailTest.mailSenderOnPort(25);
  static final List<RenderedLetter> STORED = new ArrayList<>();

  static final LetterStore STORE = (reference, letter, user, at) -> {
    STORED.add(letter);
    return STORED.size();
  };

  static final LetterAttachments ATTACHMENTS = (reference, id) -> new Notifications.Attachment(
      reference + "-" + STORED.get((int) id - 1).templateName() + ".pdf", "application/pdf",
      STORED.get((int) id - 1).pdf());

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension
      .builder(ProcessTestEngine.configuration(Map.of(
          "generateLetterDelegate", new GenerateLetterDelegate(new LetterRenderer("classpath:letters/"), STORE,
              LetterAuthority.of("East Borough Council", "Civic Centre, High Street, EB1 1AA",
                  "Children Missing Education team")),
          "sendNotificationDelegate", new SendNotificationDelegate(
              new Notifications(MAIL_SENDER, "cme-team@localhost"), ATTACHMENTS))))
      .assertClassCoverageAtLeast(0.9)
      .build();

  ProcessEngine engine;

  @BeforeEach
  void setUp() {
    engine = extension.getProcessEngine();
    BpmnAwareTests.init(engine);
    ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getBeans()
        .put("notifyDelegate", new NotifyDelegate(engine.getRuntimeService()));
    ClockUtil.setCurrentTime(Date.from(NOW));
    MAIL_SENDER.setPort(greenMail.getSmtp().getPort());
    STORED.clear();
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
  }

  @Test
  void the_test_model_is_what_the_templates_write() throws Exception {
    Path root = Path.of(System.getProperty("project.basedir", "")).toAbsolutePath();
    try (InputStream model = getClass().getClassLoader().getResourceAsStream(MODEL)) {
      assertThat(ElementTemplates.checkModel(model, ElementTemplates.load(root))).isEmpty();
    }
  }

  @Test
  void the_letter_is_stored_and_the_email_reaches_the_parent_with_it_attached() throws Exception {
    Map<String, Object> variables = new HashMap<>();
    variables.put("caseReference", CASE);
    variables.put("childForename", "Samantha");
    variables.put("childSurname", "Example-Smith");
    variables.put("dateOfBirth", "2014-09-15");
    variables.put("parentName", "Mr Robert Example-Smith");
    variables.put("parentAddress", "4 Mill Lane, Exampletown, EX2 2BB");
    variables.put("letterDeadline", "2027-01-08");
    variables.put("letterRequestedBy", "jane.smith");
    variables.put("parentEmail", "robert@example.org");
    ProcessInstance instance = engine.getRuntimeService()
        .startProcessInstanceByKey("template-built-tasks", CASE, variables);

    // "Run in a job of its own" ticked: the call waits for its job, then the letter block's own job.
    assertThat(instance).isWaitingAt("Task_MakeNotice");
    execute(job("Task_MakeNotice", instance));
    ProcessInstance letter = calledProcessInstance("generate-letter", instance);
    execute(job("Task_MakeLetter", letter));

    assertThat(STORED).singleElement().satisfies(stored -> assertThat(stored.templateName()).isEqualTo("s437-notice"));
    assertThat(instance).hasPassed("Task_MakeNotice", "Task_EmailNotice").isEnded();
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName("letterId").list()).as("the letter's id, kept and handed to the email step")
        .isNotEmpty().allSatisfy(v -> assertThat(v.getValue()).isEqualTo(1L));

    ProcessInstance sending = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(NotifyDelegate.PROCESS).singleResult();
    assertThat(sending.getBusinessKey()).isEqualTo(CASE);
    execute(job("Task_SendEmail", sending));

    MimeMessage[] received = greenMail.getReceivedMessages();
    assertThat(received).hasSize(1);
    assertThat(received[0].getRecipients(Message.RecipientType.TO)[0].toString()).isEqualTo("robert@example.org");
    assertThat(received[0].getSubject()).contains(CASE);
    Multipart parts = (Multipart) received[0].getContent();
    List<String> attached = new ArrayList<>();
    for (int i = 0; i < parts.getCount(); i++) {
      BodyPart part = parts.getBodyPart(i);
      if (part.getFileName() != null) {
        attached.add(part.getFileName());
        assertThat(part.getInputStream().readAllBytes()).isEqualTo(STORED.get(0).pdf());
      }
    }
    assertThat(attached).containsExactly(CASE + "-s437-notice.pdf");
  }
}
