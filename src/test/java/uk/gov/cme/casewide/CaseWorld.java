package uk.gov.cme.casewide;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.gov.cme.api.ApiRequests;

/**
 * What the issue-8 case-wide tests do over real HTTP, as the LA's teams and the schools do it: refer a
 * child, work the CME team's tasks, hand the child to the EHE check or the emigration checks, judge and
 * confirm there; and run the emails waiting to be sent (the test profile has no job executor), reading
 * them from the real SMTP server (GreenMail). Only the application's public ways in: no class of the
 * change under test, so the same tests run against the application before it.
 */
final class CaseWorld {

  static final String PASSWORD = ApiRequests.PASSWORD;
  static final ZoneId LONDON = ZoneId.of("Europe/London");

  private final TestRestTemplate http;
  private final ProcessEngine engine;
  private final GreenMailExtension smtp;
  private final ObjectMapper json = new ObjectMapper();

  CaseWorld(TestRestTemplate http, ProcessEngine engine, GreenMailExtension smtp) {
    this.http = http;
    this.engine = engine;
    this.smtp = smtp;
  }

  /** A school's referral over {@code POST /api/referrals}; the case reference. */
  String refer(String user, String forename, String surname, String dateOfBirth, String upn, String referrerEmail)
      throws Exception {
    Map<String, Object> referral = ApiRequests.referral(forename, surname, dateOfBirth);
    referral.put("upn", upn);
    referral.put("referrerEmail", referrerEmail);
    return ApiRequests.refer(http, user, referral);
  }

  /** The CME officer acknowledges the referral and completes the investigation with {@code outcome}. */
  void acknowledgeAndInvestigate(String caseReference, Map<String, Object> outcome) {
    String instance = instance("cme-referral", caseReference);
    complete("cme.officer", instance, "Task_AcknowledgeReferral", Map.of());
    complete("cme.officer", instance, "Task_InvestigateWhereabouts", outcome);
  }

  /** Completes the task {@code taskKey} of {@code instance} over {@code /engine-rest} as {@code user}. */
  void complete(String user, String instance, String taskKey, Map<String, Object> values) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey)
        .singleResult();
    assertThat(task).as(taskKey + " waits in " + instance).isNotNull();
    ResponseEntity<String> completed = http.withBasicAuth(user, PASSWORD).postForEntity(
        "/engine-rest/task/" + task.getId() + "/complete", Map.of("variables", variables(values)), String.class);
    assertThat(completed.getStatusCode()).as(taskKey + ": " + completed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  /** Starts {@code process} with its start form over {@code /engine-rest} as {@code user}; the instance id. */
  String start(String user, String process, Map<String, Object> values) throws Exception {
    ResponseEntity<String> started = http.withBasicAuth(user, PASSWORD).postForEntity(
        "/engine-rest/process-definition/key/" + process + "/submit-form", Map.of("variables", variables(values)),
        String.class);
    assertThat(started.getStatusCode()).as(process + ": " + started.getBody()).isEqualTo(HttpStatus.OK);
    return json.readTree(started.getBody()).path("id").asText();
  }

  /** The running instance of {@code process} whose business key is {@code caseReference}. */
  String instance(String process, String caseReference) {
    var found = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(process)
        .processInstanceBusinessKey(caseReference).singleResult();
    assertThat(found).as(process + " for " + caseReference).isNotNull();
    return found.getId();
  }

  /** Runs every job of {@code instance} that is due now, as the job executor would. */
  void runDueJobs(String instance) {
    for (Job job : engine.getManagementService().createJobQuery().processInstanceId(instance).executable().list()) {
      engine.getManagementService().executeJob(job.getId());
    }
  }

  /** Sends every email waiting for the case (the send-notification instances' jobs); what was sent, by recipient. */
  List<Email> sendEmails(String caseReference) throws MessagingException {
    for (var sending : engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("send-notification")
        .processInstanceBusinessKey(caseReference).list()) {
      runDueJobs(sending.getId());
    }
    List<Email> emails = new ArrayList<>();
    for (MimeMessage message : smtp.getReceivedMessages()) {
      emails.add(new Email(message.getAllRecipients()[0].toString(), message.getSubject(),
          content(message)));
    }
    return emails;
  }

  private static String content(MimeMessage message) throws MessagingException {
    try {
      return message.getContent().toString().replace("\r\n", "\n");
    } catch (java.io.IOException e) {
      throw new MessagingException("unreadable message", e);
    }
  }

  /** Today by the engine's clock, in London, as a form's yyyy-mm-dd. */
  static String today() {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), LONDON).toString();
  }

  static String daysFromToday(int days) {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), LONDON).plusDays(days).toString();
  }

  /** An email as received. */
  record Email(String to, String subject, String body) {
  }

  private static Map<String, Object> variables(Map<String, Object> values) {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    return variables;
  }
}
