package uk.gov.cme.security;

import uk.gov.cme.api.ApiRequests;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import uk.gov.cme.RefusalLog;

/**
 * The REST surface per role over real HTTP ({@code /engine-rest} with HTTP Basic and the webapps'
 * {@code /camunda/api/engine} in a Tasklist session): a school reaches only what Tasklist and its
 * system need; executing jobs, statistics, metrics, deployments and users are for administrators
 * (statistics also for the read-all monitoring team, retries also for the support group). A refused
 * call is answered 403 by the surface, before the engine, and changes nothing. Same configuration as
 * {@code ReferralApiTest}: one shared context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@ExtendWith(OutputCaptureExtension.class)
class RestSurfaceTest {

  static final String PASSWORD = "Demo-Pass-2026";
  static final String SCHOOL = "hillcrest.dsl";
  static final String OTHER_SCHOOL = "riverside.dsl";
  static final String FOR_ADMINISTRATORS = "This is for administrators";

  /** What a school may not call at all, by method and path below the engine (lists cut short for the administrator). */
  static final List<String[]> NOT_FOR_SCHOOLS = List.of(
      new String[] {"GET", "/process-definition/statistics"},
      new String[] {"GET", "/process-definition/key/cme-referral/statistics"},
      new String[] {"GET", "/metrics/activity-instance-start/sum"},
      new String[] {"GET", "/job?maxResults=1"},
      new String[] {"GET", "/job/count"},
      new String[] {"GET", "/variable-instance?maxResults=1"},
      new String[] {"GET", "/history/process-instance?maxResults=1"},
      new String[] {"GET", "/history/variable-instance?maxResults=1"},
      new String[] {"GET", "/user?maxResults=1"},
      new String[] {"GET", "/user/count"},
      new String[] {"GET", "/group?maxResults=1"},
      new String[] {"GET", "/authorization?maxResults=1"},
      new String[] {"GET", "/deployment?maxResults=1"},
      new String[] {"GET", "/incident?maxResults=1"},
      new String[] {"GET", "/external-task?maxResults=1"});

  @Autowired
  TestRestTemplate http;
  @Autowired
  ProcessEngine engine;

  final ObjectMapper json = new ObjectMapper();

  @Test
  void a_school_cannot_execute_another_schools_jobs_and_three_tries_change_nothing(CapturedOutput output)
      throws Exception {
    String caseReference = referAs(OTHER_SCHOOL, "Oriel", "2013-05-06");
    String caseInstance = instanceOf(caseReference);
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(caseInstance).timers().singleResult();
    assertThat(timer).as("the acknowledgement deadline").isNotNull();

    int mark = RefusalLog.mark(output);
    tryToExecuteThreeTimes(SCHOOL, timer);
    tryToExecuteThreeTimes(OTHER_SCHOOL, timer);
    RefusalLog.assertNoStackTraceOrPersonalData(output.getAll().substring(mark), "Oriel");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(caseInstance)
        .taskDefinitionKey("Task_AcknowledgeReferral").count()).as("the deadline has not fired").isOne();
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(caseInstance)
        .taskDefinitionKey("Task_ChaseOverdueAcknowledgement").count()).isZero();

    acknowledge(caseInstance);
    Job send = engine.getManagementService().createJobQuery()
        .processInstanceId(engine.getRuntimeService().createProcessInstanceQuery()
            .processDefinitionKey("send-notification").processInstanceBusinessKey(caseReference)
            .singleResult().getId())
        .singleResult();
    tryToExecuteThreeTimes(SCHOOL, send);
    tryToExecuteThreeTimes(OTHER_SCHOOL, send);
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(send.getProcessInstanceId()).count())
        .isZero();
  }

  @ParameterizedTest(name = "as {0}")
  @ValueSource(strings = {SCHOOL, OTHER_SCHOOL})
  void a_school_reaches_no_statistics_metrics_jobs_variables_history_deployments_or_users(String user) {
    for (String[] call : NOT_FOR_SCHOOLS) {
      ResponseEntity<String> answer = http.withBasicAuth(user, PASSWORD)
          .exchange("/engine-rest" + call[1], HttpMethod.valueOf(call[0]), null, String.class);
      assertThat(answer.getStatusCode()).as(call[0] + " " + call[1]).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(answer.getBody()).as(call[1]).contains("AuthorizationException");
    }
  }

  @Test
  void a_school_cannot_deploy_or_create_users_and_the_refusal_changes_nothing() {
    long deployments = engine.getRepositoryService().createDeploymentQuery().count();
    long users = engine.getIdentityService().createUserQuery().count();

    ResponseEntity<String> deployed = http.withBasicAuth(SCHOOL, PASSWORD)
        .postForEntity("/engine-rest/deployment/create", aDeployment(), String.class);
    ResponseEntity<String> created = http.withBasicAuth(SCHOOL, PASSWORD).postForEntity("/engine-rest/user/create",
        Map.of("profile", Map.of("id", "made.by.school", "firstName", "Made", "lastName", "School"),
            "credentials", Map.of("password", "Some-Pass-2026")), String.class);

    assertThat(deployed.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(deployed.getBody()).contains(FOR_ADMINISTRATORS);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(deployments);
    assertThat(engine.getIdentityService().createUserQuery().count()).isEqualTo(users);
  }

  @Test
  void statistics_are_for_the_monitoring_team_and_administrators_not_officers() {
    String statistics = "/engine-rest/process-definition/statistics";

    assertThat(http.withBasicAuth("cme.officer", PASSWORD).getForEntity(statistics, String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.withBasicAuth("social.care", PASSWORD).getForEntity(statistics, String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.withBasicAuth("cme.manager", PASSWORD).getForEntity(statistics, String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(http.withBasicAuth("admin", PASSWORD).getForEntity(statistics, String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void an_officer_cannot_execute_jobs_or_read_metrics() throws Exception {
    String caseInstance = instanceOf(referAs(OTHER_SCHOOL, "Orlaith", "2012-02-03"));
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(caseInstance).timers().singleResult();

    ResponseEntity<String> executed = http.withBasicAuth("cme.officer", PASSWORD)
        .postForEntity("/engine-rest/job/" + timer.getId() + "/execute", null, String.class);

    assertThat(executed.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(executed.getBody()).contains(FOR_ADMINISTRATORS);
    assertThat(engine.getManagementService().createJobQuery().jobId(timer.getId()).count()).isOne();
    assertThat(http.withBasicAuth("cme.officer", PASSWORD)
        .getForEntity("/engine-rest/metrics/activity-instance-start/sum", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.withBasicAuth("cme.manager", PASSWORD)
        .getForEntity("/engine-rest/metrics/activity-instance-start/sum", String.class).getStatusCode())
        .as("metrics are for administrators only").isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void an_administrator_reaches_all_of_it() {
    for (String[] call : NOT_FOR_SCHOOLS) {
      ResponseEntity<String> answer = http.withBasicAuth("admin", PASSWORD)
          .exchange("/engine-rest" + call[1], HttpMethod.valueOf(call[0]), null, String.class);
      assertThat(answer.getStatusCode()).as(call[0] + " " + call[1]).isEqualTo(HttpStatus.OK);
    }
    assertThat(http.withBasicAuth("admin", PASSWORD).getForEntity("/engine-rest/user/" + SCHOOL + "/profile",
        String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void the_same_calls_are_refused_to_a_school_in_a_tasklist_session_and_tasklist_itself_works() throws Exception {
    WebappSession tasklist = WebappSession.loggedIn(http, "tasklist", SCHOOL, PASSWORD);
    String timer = engine.getManagementService().createJobQuery()
        .processInstanceId(instanceOf(referAs(OTHER_SCHOOL, "Ottoline", "2014-01-02"))).timers().singleResult().getId();

    for (String[] call : NOT_FOR_SCHOOLS) {
      assertThat(tasklist.get(WebappSession.ENGINE_API + call[1]).getStatusCode()).as(call[1])
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
    ResponseEntity<String> executed = tasklist.send(HttpMethod.POST, WebappSession.ENGINE_API + "/job/" + timer + "/execute", Map.of());
    assertThat(executed.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(executed.getBody()).contains(FOR_ADMINISTRATORS);
    assertThat(engine.getManagementService().createJobQuery().jobId(timer).count()).isOne();
    assertThat(tasklist.send(HttpMethod.PUT, WebappSession.ENGINE_API + "/job/" + timer + "/retries",
        Map.of("retries", 5)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(engine.getManagementService().createJobQuery().jobId(timer).singleResult().getRetries()).isEqualTo(3);
    assertThat(tasklist.get("/camunda/api/cockpit/plugin/base/default/process-definition/statistics-count")
        .getStatusCode()).as("Cockpit's own API").isEqualTo(HttpStatus.FORBIDDEN);

    assertThat(tasklist.get(WebappSession.ENGINE_API + "/filter").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(tasklist.get(WebappSession.ENGINE_API + "/task").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(tasklist.get(WebappSession.ENGINE_API + "/process-definition?latestVersion=true&startableInTasklist=true")
        .getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void a_school_user_reads_its_own_profile_and_no_one_elses() {
    assertThat(http.withBasicAuth(SCHOOL, PASSWORD).getForEntity("/engine-rest/user/" + SCHOOL + "/profile", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    for (String other : List.of(OTHER_SCHOOL, "hillcrest.attendance", "cme.officer", "admin")) {
      assertThat(http.withBasicAuth(SCHOOL, PASSWORD).getForEntity("/engine-rest/user/" + other + "/profile", String.class)
          .getStatusCode()).as(other).isEqualTo(HttpStatus.FORBIDDEN);
    }
    WebappSession tasklist = WebappSession.loggedIn(http, "tasklist", SCHOOL, PASSWORD);
    assertThat(tasklist.get(WebappSession.ENGINE_API + "/user/" + SCHOOL + "/profile").getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(tasklist.get(WebappSession.ENGINE_API + "/user/" + OTHER_SCHOOL + "/profile").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  // --- helpers

  /** Three tries; each is refused by the surface, and the job is as it was. */
  void tryToExecuteThreeTimes(String user, Job job) {
    for (int attempt = 1; attempt <= 3; attempt++) {
      ResponseEntity<String> answer = http.withBasicAuth(user, PASSWORD)
          .postForEntity("/engine-rest/job/" + job.getId() + "/execute", null, String.class);
      assertThat(answer.getStatusCode()).as(user + ", try " + attempt).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(answer.getBody()).contains(FOR_ADMINISTRATORS);
    }
    Job now = engine.getManagementService().createJobQuery().jobId(job.getId()).singleResult();
    assertThat(now).as("the job has not run").isNotNull();
    assertThat(now.getRetries()).isEqualTo(job.getRetries());
    assertThat(now.getDuedate()).isEqualTo(job.getDuedate());
    assertThat(now.getExceptionMessage()).isNull();
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(job.getProcessInstanceId()).count())
        .isZero();
  }

  String referAs(String user, String forename, String dateOfBirth) throws Exception {
    return ApiRequests.refer(http, user, ApiRequests.referral(forename, "Surfacetest", dateOfBirth));
  }

  String instanceOf(String caseReference) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("cme-referral")
        .processInstanceBusinessKey(caseReference).singleResult().getId();
  }

  void acknowledge(String caseInstance) {
    String taskId = engine.getTaskService().createTaskQuery().processInstanceId(caseInstance)
        .taskDefinitionKey("Task_AcknowledgeReferral").singleResult().getId();
    ResponseEntity<String> completed = http.withBasicAuth("cme.officer", PASSWORD).postForEntity(
        "/engine-rest/task/" + taskId + "/complete", Map.of("variables", Map.of()), String.class);
    assertThat(completed.getStatusCode()).as(completed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  static HttpEntity<MultiValueMap<String, Object>> aDeployment() {
    String bpmn = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" targetNamespace=\"t\">"
        + "<process id=\"surface-test\" isExecutable=\"false\"/></definitions>";
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("deployment-name", "surface-test");
    form.add("data", new ByteArrayResource(bpmn.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      @Override
      public String getFilename() {
        return "surface-test.bpmn";
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return new HttpEntity<>(form, headers);
  }
}
