package uk.gov.cme.process.shared.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Every notification through a real {@link JavaMailSenderImpl} to an in-process SMTP server
 * (GreenMail), read back as received. No Spring context and no process engine.
 */
class NotificationsMailTest {

  @RegisterExtension
  static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  static final String FROM = "cme-team@localhost";
  static final String CASE_REFERENCE = "CME-2026-00042";
  static final String FORENAME = "Samantha";
  static final String SURNAME = "Example-Smith";

  Notifications notifications;
  SendNotificationDelegate delegate;

  @BeforeEach
  void setUp() {
    notifications = new Notifications(mailSenderOnPort(greenMail.getSmtp().getPort()), FROM);
    delegate = new SendNotificationDelegate(notifications);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      referral-acknowledged   | dsl@riverside.example.sch.uk | Referral CME-2026-00042 received by the Children Missing Education team
      referral-closed         | dsl@riverside.example.sch.uk | Referral CME-2026-00042 is closed
      referral-not-cme        | health.visitor@nhs.example   | Referral CME-2026-00042: not a child missing education
      case-update-half-termly | attendance@hillcrest.example.sch.uk | Half-termly update on referral CME-2026-00042
      """)
  void each_template_arrives_with_the_case_reference_and_initials_but_not_the_childs_name(
      String template, String to, String subject) throws Exception {
    DelegateExecution execution = aCaseWithTheChildsFullName(template, to);

    delegate.execute(execution);

    MimeMessage[] received = greenMail.getReceivedMessages();
    assertThat(received).hasSize(1);
    MimeMessage message = received[0];
    assertThat(message.getSubject()).isEqualTo(subject);
    assertThat(message.getRecipients(RecipientType.TO)).extracting(a -> ((InternetAddress) a).getAddress())
        .containsExactly(to);
    assertThat(message.getFrom()).extracting(a -> ((InternetAddress) a).getAddress()).containsExactly(FROM);
    assertThat(message.getHeader("Auto-Submitted")).containsExactly("auto-generated");
    assertThat(message.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
    String body = (String) message.getContent();
    assertThat(body).contains(CASE_REFERENCE).contains("S.E.")
        .doesNotContain(FORENAME).doesNotContain(SURNAME).doesNotContain("2015-03-04");
    assertThat(message.getSubject()).doesNotContain(FORENAME).doesNotContain(SURNAME);
    verify(execution).setVariable(SendNotificationDelegate.SENT, true);
  }

  @Test
  void the_service_sends_text_as_written_in_utf_8() throws Exception {
    Map<String, Object> model = new HashMap<>();
    model.put("caseReference", CASE_REFERENCE);
    model.put("childInitials", "Z.Ø.");
    model.put("reason", "The child’s home education – assessed in May – is suitable & efficient.");

    notifications.send("referral-not-cme", "referrer@example.org", model);

    MimeMessage message = greenMail.getReceivedMessages()[0];
    assertThat((String) message.getContent())
        .contains("The child’s home education – assessed in May – is suitable & efficient.")
        .contains("the initials Z.Ø.");
  }

  @Test
  void an_anonymous_referrer_gets_nothing_and_the_process_is_told() {
    DelegateExecution execution = aCaseWithTheChildsFullName("referral-acknowledged", null);

    delegate.execute(execution);

    assertThat(greenMail.getReceivedMessages()).isEmpty();
    verify(execution).setVariable(SendNotificationDelegate.SENT, false);
  }

  @Test
  void a_blank_recipient_counts_as_none() {
    DelegateExecution execution = aCaseWithTheChildsFullName("referral-closed", "  ");

    delegate.execute(execution);

    assertThat(greenMail.getReceivedMessages()).isEmpty();
    verify(execution).setVariable(SendNotificationDelegate.SENT, false);
  }

  @Test
  void without_a_case_reference_variable_the_business_key_is_the_reference() throws Exception {
    DelegateExecution execution = aCaseWithTheChildsFullName("referral-acknowledged", "dsl@riverside.example.sch.uk");
    when(execution.getVariable("caseReference")).thenReturn(null);
    when(execution.getProcessBusinessKey()).thenReturn("CME-2026-00077");

    delegate.execute(execution);

    assertThat(greenMail.getReceivedMessages()[0].getSubject()).contains("CME-2026-00077");
  }

  @Test
  void a_missing_required_value_fails_with_the_case_reference_and_sends_nothing() {
    DelegateExecution execution = aCaseWithTheChildsFullName("referral-closed", "dsl@riverside.example.sch.uk");
    when(execution.getVariable("outcome")).thenReturn(null);

    assertThatThrownBy(() -> delegate.execute(execution))
        .isInstanceOf(NotificationException.class)
        .hasMessageContaining("'outcome'").hasMessageContaining(CASE_REFERENCE)
        .hasMessageNotContaining(FORENAME);
    assertThat(greenMail.getReceivedMessages()).isEmpty();
    verify(execution, never()).setVariable(SendNotificationDelegate.SENT, true);
  }

  @Test
  void a_mail_server_that_cannot_be_reached_fails_the_step_so_the_job_is_retried() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    SendNotificationDelegate offline = new SendNotificationDelegate(
        new Notifications(mailSenderOnPort(closedPort), FROM));
    DelegateExecution execution = aCaseWithTheChildsFullName("referral-closed", "dsl@riverside.example.sch.uk");

    assertThatThrownBy(() -> offline.execute(execution)).isInstanceOf(MailException.class);
    verify(execution, never()).setVariable(SendNotificationDelegate.SENT, true);
  }

  static JavaMailSenderImpl mailSenderOnPort(int port) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(port);
    sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
    sender.getJavaMailProperties().put("mail.smtp.timeout", "2000");
    return sender;
  }

  /** The variables a CME referral holds, the child's full name and date of birth among them. */
  static DelegateExecution aCaseWithTheChildsFullName(String template, String to) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("notificationTemplate", template);
    variables.put("notificationTo", to);
    variables.put("caseReference", CASE_REFERENCE);
    variables.put("childForename", FORENAME);
    variables.put("childSurname", SURNAME);
    variables.put("childName", FORENAME + " " + SURNAME);
    variables.put("childDateOfBirth", "2015-03-04");
    variables.put("outcome", "The child is on the roll of a school and attending.");
    variables.put("reason", "The child is on a school roll, so they are not a child missing education.");
    variables.put("signposting", "Follow the school's attendance procedures.");
    variables.put("caseStatus", "Enquiries with two other local authorities.");
    DelegateExecution execution = mock(DelegateExecution.class);
    when(execution.getVariable(anyString()))
        .thenAnswer(call -> variables.get(call.<String>getArgument(0)));
    when(execution.getProcessBusinessKey()).thenReturn(CASE_REFERENCE);
    when(execution.getProcessInstanceId()).thenReturn("pi-1");
    return execution;
  }
}
