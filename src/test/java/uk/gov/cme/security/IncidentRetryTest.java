package uk.gov.cme.security;

import uk.gov.cme.api.ApiRequests;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.mail.MailException;
import org.springframework.test.context.ActiveProfiles;

/**
 * An acknowledgement email that cannot be sent becomes an incident; the support role
 * ({@code cme.manager}) or the administrator retries it in Cockpit once the mail server is back, and
 * the email goes. Cockpit's incident action "Increment number of retries" sends
 * {@code PUT /camunda/api/engine/engine/default/job/{jobId}/retries} with {@code {"retries": 1}}; this
 * test does the same over real HTTP in a Cockpit session. The mail server is a real SMTP server
 * (GreenMail) on the port the application is configured with, started only once the job has failed.
 * Same configuration as {@code ReferralApiTest}, so the two share one Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class IncidentRetryTest {

  static final String PASSWORD = "Demo-Pass-2026";
  static final String SCHOOL_USER = "riverside.dsl";
  static final String SUPPORT_USER = "cme.manager";
  static final String SEND_EMAIL = "Task_SendEmail";
  static final int MAIL_PORT = ServerSetupTest.SMTP.getPort();

  @Autowired
  TestRestTemplate http;
  @Autowired
  ProcessEngine engine;

  final ObjectMapper json = new ObjectMapper();
  GreenMail mailServer;

  @AfterEach
  void stopMailServer() {
    if (mailServer != null) {
      mailServer.stop();
    }
  }

  @ParameterizedTest(name = "by {0}")
  @CsvSource({"cme.manager, Robin, 2013-02-03", "admin, Morgan, 2012-04-05"})
  void an_incident_retried_in_cockpit_sends_the_email_once_the_mail_server_is_back(
      String user, String forename, String dateOfBirth) throws Exception {
    String caseReference = referAndAcknowledge(forename, dateOfBirth);
    Job job = failUntilIncident(caseReference);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instanceOf(caseReference))
        .taskDefinitionKey("Task_InvestigateWhereabouts").count())
        .as("the investigation has started although the acknowledgement has not gone").isEqualTo(1);
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instanceOf(caseReference)).count())
        .as("the incident is on the email alone, not on the case").isZero();

    ResponseEntity<String> retried = WebappSession.loggedIn(http, "cockpit", user, PASSWORD)
        .send(HttpMethod.PUT, WebappSession.ENGINE_API + "/job/" + job.getId() + "/retries", Map.of("retries", 1));

    assertThat(retried.getStatusCode()).as(retried.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(jobById(job.getId()).getRetries()).isEqualTo(1);
    assertThat(openIncidents(job)).as("setting retries resolves the incident").isEmpty();

    startMailServer();
    engine.getManagementService().executeJob(job.getId());

    assertThat(jobById(job.getId())).as("the send step has run").isNull();
    assertThat(openIncidents(job)).isEmpty();
    MimeMessage[] received = mailServer.getReceivedMessages();
    assertThat(received).hasSize(1);
    assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("dsl@riverside.example");
    assertThat(GreenMailUtil.getBody(received[0])).contains(caseReference);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(job.getProcessInstanceId())
        .count()).as("the email's instance has ended").isZero();
  }

  @Test
  void a_school_user_cannot_retry_the_incident_and_the_retries_stay_unchanged() throws Exception {
    Job job = failUntilIncident(referAndAcknowledge("Sasha", "2014-06-07"));
    String path = "/job/" + job.getId() + "/retries";

    ResponseEntity<String> overRest = http.withBasicAuth(SCHOOL_USER, PASSWORD).exchange(
        "/engine-rest" + path, HttpMethod.PUT, new HttpEntity<>(Map.of("retries", 1)), String.class);
    ResponseEntity<String> inTasklist = WebappSession.loggedIn(http, "tasklist", SCHOOL_USER, PASSWORD)
        .send(HttpMethod.PUT, WebappSession.ENGINE_API + path, Map.of("retries", 1));

    assertThat(overRest.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(inTasklist.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(jobById(job.getId()).getRetries()).isZero();
    assertThat(openIncidents(job)).hasSize(1);
  }

  @Test
  void the_support_role_cannot_retry_jobs_in_a_batch() throws Exception {
    Job job = failUntilIncident(referAndAcknowledge("Jordan", "2015-01-02"));
    long batches = engine.getManagementService().createBatchQuery().count();
    var manager = http.withBasicAuth(SUPPORT_USER, PASSWORD);

    assertThat(manager.postForEntity("/engine-rest/job/retries",
        Map.of("jobIds", List.of(job.getId()), "retries", 1), String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(manager.postForEntity("/engine-rest/process-instance/job-retries",
        Map.of("processInstances", List.of(job.getProcessInstanceId()), "retries", 1), String.class).getStatusCode())
        .as("Cockpit's batch operation").isEqualTo(HttpStatus.FORBIDDEN);

    assertThat(engine.getManagementService().createBatchQuery().count()).isEqualTo(batches);
    assertThat(jobById(job.getId()).getRetries()).isZero();
  }

  @Test
  void the_support_role_changes_nothing_else() throws Exception {
    String caseReference = refer("Alexis", "2011-08-09");
    String instanceId = instanceOf(caseReference);
    String officerTask = engine.getTaskService().createTaskQuery().processInstanceId(instanceId)
        .taskDefinitionKey("Task_AcknowledgeReferral").singleResult().getId();
    var manager = http.withBasicAuth(SUPPORT_USER, PASSWORD);

    assertThat(manager.exchange("/engine-rest/process-instance/" + instanceId, HttpMethod.DELETE, null, String.class)
        .getStatusCode()).as("cancel a referral").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(manager.postForEntity("/engine-rest/task/" + officerTask + "/complete",
        Map.of("variables", Map.of()), String.class).getStatusCode())
        .as("complete the CME officers' task").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(manager.exchange("/engine-rest/process-instance/" + instanceId + "/variables/legalSurname",
        HttpMethod.PUT, new HttpEntity<>(Map.of("value", "Changed", "type", "String")), String.class)
        .getStatusCode()).as("change a variable").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(manager.postForEntity("/engine-rest/user/create", Map.of(
        "profile", Map.of("id", "made.by.manager", "firstName", "Made", "lastName", "Manager"),
        "credentials", Map.of("password", "Some-Pass-2026")), String.class).getStatusCode())
        .as("create a user").isEqualTo(HttpStatus.FORBIDDEN);

    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instanceId).count()).isEqualTo(1);
    assertThat(engine.getTaskService().createTaskQuery().taskId(officerTask).count()).isEqualTo(1);
    assertThat(engine.getRuntimeService().getVariable(instanceId, "legalSurname")).isEqualTo("Retry-Example");
    assertThat(engine.getIdentityService().createUserQuery().userId("made.by.manager").count()).isZero();
  }

  /** A school's referral, acknowledged by a CME officer: the acknowledgement email is handed over. */
  String referAndAcknowledge(String forename, String dateOfBirth) throws Exception {
    String caseReference = refer(forename, dateOfBirth);
    String instanceId = instanceOf(caseReference);
    String taskId = engine.getTaskService().createTaskQuery().processInstanceId(instanceId)
        .taskDefinitionKey("Task_AcknowledgeReferral").singleResult().getId();
    ResponseEntity<String> completed = http.withBasicAuth("cme.officer", PASSWORD).postForEntity(
        "/engine-rest/task/" + taskId + "/complete", Map.of("variables", Map.of()), String.class);
    assertThat(completed.getStatusCode()).as(completed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    return caseReference;
  }

  /** Runs the send step with no mail server listening until its retries are spent and it is an incident. */
  Job failUntilIncident(String caseReference) {
    assertNothingListensOnTheMailPort();
    String sending = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("send-notification")
        .processInstanceBusinessKey(caseReference).variableValueEquals("notificationTemplate", "referral-acknowledged")
        .singleResult().getId();
    Job job = engine.getManagementService().createJobQuery().processInstanceId(sending)
        .activityId(SEND_EMAIL).singleResult();
    for (int attempt = 0; attempt < 10 && jobById(job.getId()).getRetries() > 0; attempt++) {
      assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId()))
          .hasRootCauseInstanceOf(ConnectException.class)
          .satisfies(e -> assertThat(hasCause(e, MailException.class)).isTrue());
    }
    assertThat(jobById(job.getId()).getRetries()).isZero();
    assertThat(openIncidents(job)).singleElement()
        .satisfies(incident -> assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE));
    return jobById(job.getId());
  }

  String refer(String forename, String dateOfBirth) throws Exception {
    return ApiRequests.refer(http, SCHOOL_USER, ApiRequests.referral(forename, "Retry-Example", dateOfBirth));
  }

  String instanceOf(String caseReference) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("cme-referral")
        .processInstanceBusinessKey(caseReference).singleResult().getId();
  }

  Job jobById(String jobId) {
    return engine.getManagementService().createJobQuery().jobId(jobId).singleResult();
  }

  List<Incident> openIncidents(Job job) {
    return engine.getRuntimeService().createIncidentQuery().processInstanceId(job.getProcessInstanceId())
        .configuration(job.getId()).list();
  }

  void startMailServer() {
    mailServer = new GreenMail(ServerSetupTest.SMTP);
    mailServer.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    mailServer.start();
  }

  static void assertNothingListensOnTheMailPort() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", MAIL_PORT), 500);
      throw new AssertionError("something listens on 127.0.0.1:" + MAIL_PORT
          + "; this test needs the mail server down until it starts its own");
    } catch (IOException refused) {
      // nothing listens: the send step will fail, as it should
    }
  }

  static boolean hasCause(Throwable thrown, Class<? extends Throwable> type) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }
}
