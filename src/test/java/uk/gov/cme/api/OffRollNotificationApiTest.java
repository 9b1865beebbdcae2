package uk.gov.cme.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.OffRollEntry;
import uk.gov.cme.casework.SaoNoticeDetails;
import uk.gov.cme.casework.SaoNoticeType;
import uk.gov.cme.casework.SaoRegister;
import uk.gov.cme.rules.calendar.ServiceMethod;
import uk.gov.cme.casework.OffRollOutcome;
import uk.gov.cme.casework.OffRollRegister;

/**
 * {@code POST /api/off-roll-notifications} over real HTTP with the real engine and register, and the
 * walk-through of one child: referred by the school, then off-rolled on ground (i), the joint decision
 * agreed by a CME officer on {@code /engine-rest}, and the resulting CME referral joining the child's
 * open case.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class OffRollNotificationApiTest {

  static final String PASSWORD = "Demo-Pass-2026";

  @Autowired
  TestRestTemplate http;
  @Autowired
  ProcessEngine engine;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  OffRollRegister register;
  @Autowired
  SaoRegister orders;

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
      .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

  final ObjectMapper json = new ObjectMapper();

  @Test
  void an_unauthenticated_notification_is_refused_with_401() {
    assertThat(http.postForEntity("/api/off-roll-notifications", aNotification("k", "Ada"), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void only_school_users_may_notify_and_only_for_their_own_school() {
    long before = count("cme_off_roll_notification");

    assertThat(post("cme.officer", aNotification("k", "Ada")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    Map<String, Object> otherSchool = aNotification("k", "Ada");
    otherSchool.put("schoolUrn", "999002");
    ResponseEntity<String> response = post("riverside.dsl", otherSchool);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(response.getBody()).contains("own pupils");
    assertThat(count("cme_off_roll_notification")).isEqualTo(before);
  }

  @Test
  void a_missing_or_unknown_ground_gets_400_naming_ground_and_nothing_is_stored() throws Exception {
    long before = count("cme_off_roll_notification");
    long instances = engine.getRuntimeService().createProcessInstanceQuery().count();
    Map<String, Object> missing = aNotification(null, "Ada");
    Map<String, Object> unknown = aNotification("q", "Ada");
    unknown.put("proposedDeletionDate", "20/11/2026");

    ResponseEntity<String> noGround = post("riverside.dsl", missing);
    ResponseEntity<String> badGround = post("riverside.dsl", aNotification("q", "Ada"));
    ResponseEntity<String> badDate = post("riverside.dsl", unknown);

    assertThat(noGround.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(noGround.getBody()).path("errors").findValuesAsText("field")).containsExactly("ground");
    assertThat(badGround.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(badGround.getBody()).path("errors").toString()).contains("ground")
        .contains("a letter from a to o");
    assertThat(badDate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(badDate.getBody()).path("errors").findValuesAsText("field")).contains("proposedDeletionDate");
    assertThat(count("cme_off_roll_notification")).isEqualTo(before);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(instances);
  }

  @Test
  void a_valid_notification_is_recorded_and_answered_with_its_id_and_route() throws Exception {
    ResponseEntity<String> response = post("riverside.attendance", aNotification("k", "Ada"));

    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
    JsonNode body = json.readTree(response.getBody());
    assertThat(body.path("route").asText()).isEqualTo("log-only");
    assertThat(body.path("caseReference").isNull()).isTrue();
    OffRollEntry entry = register.find(body.path("notificationId").asLong()).orElseThrow();
    assertThat(entry.details().schoolUrn()).isEqualTo("999001");
    assertThat(entry.outcome()).isEqualTo(OffRollOutcome.LOGGED);
    assertThat(entry.submittedBy()).isEqualTo("riverside.attendance");
    assertThat(register.offRollList("999001")).extracting(OffRollEntry::id).contains(entry.id());
    String instance = engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processDefinitionKey("off-roll-notification").variableName("offRollNotificationId").list().stream()
        .filter(v -> ((Number) v.getValue()).longValue() == entry.id()).findFirst().orElseThrow().getProcessInstanceId();
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance).list())
        .as("no variable for a field the request left out (docs/performance.md)")
        .noneMatch(v -> v.getValue() == null && v.getName().matches("parent2\\w*|preferredName|newSchool\\w*|leavingDate"));
  }

  /**
   * P3 step 2 (issue 13): every notification asks for the off-rolling check of its school, an LA instance
   * of the register inspection that waits for its own job (no job executor in tests), holds the school's
   * URN and the notification's id only (and who sent it), and is never granted to the school.
   */
  @Test
  void a_notification_asks_for_the_off_rolling_check_of_its_school_in_an_instance_no_school_reads() throws Exception {
    ResponseEntity<String> response = post("riverside.dsl", aNotification("k", "Olu"));
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
    long id = json.readTree(response.getBody()).path("notificationId").asLong();

    var check = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("register-inspection")
        .variableValueEquals("offRollNotificationId", id).singleResult();
    assertThat(check).isNotNull();
    // (startedBy: the start event's initiator, the user whose notification asked for the check)
    assertThat(engine.getRuntimeService().getVariables(check.getId())).containsOnlyKeys("schoolUrn",
        "inspectionTrigger", "offRollNotificationId", "startedBy").containsEntry("schoolUrn", "999001")
        .containsEntry("inspectionTrigger", "OFF_ROLL_NOTIFICATION");
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(check.getId()).singleResult()
        .getFailedActivityId()).isNull();
    assertThat(engine.getRuntimeService().createExecutionQuery().processInstanceId(check.getId())
        .activityId("Task_CountDeletions").count()).as("waiting for its own job").isEqualTo(1);
    assertThat(engine.getAuthorizationService().createAuthorizationQuery().resourceId(check.getId()).list())
        .as("never granted to a school").isEmpty();
    assertThat(http.withBasicAuth("riverside.dsl", ApiRequests.PASSWORD).getForEntity(
        "/engine-rest/process-instance/" + check.getId() + "/variables", String.class).getStatusCode()
        .is2xxSuccessful()).isFalse();
  }

  @Test
  void moving_away_with_no_school_known_answers_with_the_case_of_the_cme_referral() throws Exception {
    Map<String, Object> body = aNotification("g", "Bea");
    body.put("upn", "A950000178301");

    ResponseEntity<String> response = post("riverside.dsl", body);

    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
    JsonNode answer = json.readTree(response.getBody());
    assertThat(answer.path("route").asText()).isEqualTo("lost-pupil-and-referral");
    assertThat(answer.path("caseReference").asText()).matches("CME-\\d{4}-\\d{5}");
    OffRollEntry entry = register.find(answer.path("notificationId").asLong()).orElseThrow();
    assertThat(entry.ctfDestination()).as("the CTF is sent after the deletion, on the school's own task").isNull();
    assertThat(entry.caseReference()).isEqualTo(answer.path("caseReference").asText());
    // The school sends the CTF and says so on its task (issue 8, defect 6), over the REST API as Tasklist does.
    String task = engine.getTaskService().createTaskQuery().taskDefinitionKey("Task_SendLostPupilCtf")
        .processVariableValueEquals("offRollNotificationId", entry.id()).singleResult().getId();
    ResponseEntity<String> sent = http.withBasicAuth("riverside.dsl", PASSWORD).postForEntity(
        "/engine-rest/task/" + task + "/submit-form", Map.of("variables", Map.of(
            "ctfSentOn", Map.of("value", "2026-01-05"), "ctfReference", Map.of("value", "850-CTF-7"))), String.class);
    assertThat(sent.getStatusCode()).as(sent.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(register.find(entry.id()).orElseThrow().ctfDestination()).isEqualTo("XXXXXXX");
    // Started while the school user is logged in, the referral still records where it came from.
    assertThat(jdbc.queryForObject("SELECT r.source FROM cme_referral r JOIN cme_case c ON r.case_id = c.id"
        + " WHERE c.case_reference = ?", String.class, entry.caseReference())).isEqualTo("OFF_ROLL");
  }

  /**
   * Ground (g), the family emigrating, the address abroad not known to the school: accepted, and the
   * emigration checks it starts refer the child as missing education (before, the emigration checks'
   * "destination address is missing" refused the school's whole return: the county-year simulation's defect).
   */
  @Test
  void emigrating_with_no_address_abroad_known_is_accepted_and_the_child_referred() throws Exception {
    Map<String, Object> body = aNotification("g", "Ines");
    body.put("movingAbroad", true);
    body.put("destinationCountry", "Portugal");
    body.put("leavingDate", "2026-12-18");
    body.remove("newAddress");

    ResponseEntity<String> response = post("riverside.dsl", body);

    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
    JsonNode answer = json.readTree(response.getBody());
    assertThat(answer.path("route").asText()).isEqualTo("emigration");
    OffRollEntry entry = register.find(answer.path("notificationId").asLong()).orElseThrow();
    assertThat(entry.outcome()).isEqualTo(OffRollOutcome.EMIGRATION);
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
        .activityId("Event_ReferredDestinationUnknown").list())
        .anySatisfy(end -> assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
            .processInstanceId(end.getProcessInstanceId()).variableName("legalForename").singleResult().getValue())
            .isEqualTo("Ines"));
  }

  /** One child: referred by the school, off-rolled on ground (i), joint decision agreed: one case. */
  @Test
  void off_roll_on_ground_i_agreed_by_the_la_joins_the_childs_open_case() throws Exception {
    Map<String, Object> referral = ReferralApiTest.aReferral("B243278544177");
    referral.put("legalForename", "Cleo");
    referral.put("legalSurname", "Walker");
    referral.put("dateOfBirth", "2013-01-10");
    ResponseEntity<String> referred = http.withBasicAuth("riverside.dsl", PASSWORD)
        .postForEntity("/api/referrals", referral, String.class);
    assertThat(referred.getStatusCode()).as(referred.getBody()).isEqualTo(HttpStatus.CREATED);
    String caseReference = json.readTree(referred.getBody()).path("caseReference").asText();

    Map<String, Object> offRoll = aNotification("i", "Cleo");
    offRoll.put("legalSurname", "Walker");
    offRoll.put("dateOfBirth", "2013-01-10");
    offRoll.put("upn", "B243278544177");
    ResponseEntity<String> notified = post("riverside.dsl", offRoll);
    assertThat(notified.getStatusCode()).as(notified.getBody()).isEqualTo(HttpStatus.CREATED);
    JsonNode accepted = json.readTree(notified.getBody());
    assertThat(accepted.path("route").asText()).isEqualTo("joint-decision");
    assertThat(accepted.path("caseReference").asText()).as("the notification joined the child's open case")
        .isEqualTo(caseReference);
    long id = accepted.path("notificationId").asLong();

    JsonNode tasks = json.readTree(http.withBasicAuth("cme.officer", PASSWORD).getForObject(
        "/engine-rest/task?processInstanceBusinessKey=" + caseReference + "&taskDefinitionKey=Task_JointDecision",
        String.class));
    assertThat(tasks).hasSize(1);
    assertThat(tasks.get(0).path("taskDefinitionKey").asText()).isEqualTo("Task_JointDecision");
    String taskId = tasks.get(0).path("id").asText();
    JsonNode form = json.readTree(http.withBasicAuth("cme.officer", PASSWORD)
        .getForObject("/engine-rest/task/" + taskId + "/deployed-form", String.class));
    assertThat(form.path("id").asText()).isEqualTo("agree-joint-decision");
    assertThat(http.withBasicAuth("hillcrest.dsl", PASSWORD).getForObject(
        "/engine-rest/task?processInstanceBusinessKey=" + caseReference, String.class)).isEqualTo("[]");

    ResponseEntity<String> completed = http.withBasicAuth("cme.officer", PASSWORD).postForEntity(
        "/engine-rest/task/" + taskId + "/complete", Map.of("variables", Map.of(
            "jointDecision", Map.of("value", "agreed"),
            "jointDecisionReason", Map.of("value", "Joint enquiries made; whereabouts unknown"))), String.class);
    assertThat(completed.getStatusCode()).as(completed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

    OffRollEntry entry = register.find(id).orElseThrow();
    assertThat(entry.outcome()).isEqualTo(OffRollOutcome.CME_REFERRAL);
    assertThat(entry.caseReference()).isEqualTo(caseReference);
    assertThat(entry.updatedBy()).isEqualTo("cme.officer");
    assertThat(jdbc.queryForList("SELECT r.source FROM cme_referral r JOIN cme_case c ON r.case_id = c.id"
        + " WHERE c.case_reference = ? ORDER BY r.id", String.class, caseReference))
        .containsExactly("SCHOOL", "OFF_ROLL");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cme_case WHERE upn = 'B243278544177'", Long.class)).isEqualTo(1);
  }

  /**
   * Issue 8, defect 12, "Statutory references are only in comments": a school's notification on ground
   * (h), refused by a CME officer on {@code /engine-rest}; the email the school receives (GreenMail)
   * names the ground and quotes regulation 9(1)(h) of the Regulations in full, and not the pupil's name.
   */
  @Test
  void statutory_references_the_refusal_email_names_the_ground_and_quotes_regulation_9_1_h() throws Exception {
    ResponseEntity<String> notified = post("riverside.dsl", ApiRequests.offRollNotification("h", "Ines", "Varga"));
    assertThat(notified.getStatusCode()).as(notified.getBody()).isEqualTo(HttpStatus.CREATED);
    long id = json.readTree(notified.getBody()).path("notificationId").asLong();
    String instanceId = register.find(id).orElseThrow().processInstanceId();

    JsonNode tasks = json.readTree(http.withBasicAuth("cme.officer", PASSWORD).getForObject(
        "/engine-rest/task?processInstanceId=" + instanceId, String.class));
    assertThat(tasks).hasSize(1);
    ResponseEntity<String> completed = http.withBasicAuth("cme.officer", PASSWORD).postForEntity(
        "/engine-rest/task/" + tasks.get(0).path("id").asText() + "/complete", Map.of("variables", Map.of(
            "jointDecision", Map.of("value", "refused"),
            "jointDecisionReason", Map.of("value", "Leave ended only 4 school days ago"))), String.class);
    assertThat(completed.getStatusCode()).as(completed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

    String businessKey = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instanceId)
        .singleResult().getBusinessKey();
    String sending = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("send-notification")
        .processInstanceBusinessKey(businessKey).singleResult().getId();
    engine.getManagementService().executeJob(
        engine.getManagementService().createJobQuery().processInstanceId(sending).singleResult().getId());

    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(1);
    assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("attendance@riverside.example");
    assertThat(received[0].getSubject()).endsWith(": keep the pupil on roll");
    String body = GreenMailUtil.getBody(received[0]).replaceAll("=\\r?\\n", "").replaceAll("\\s+", " ");
    assertThat(body)
        .contains("You gave ground (h): not back within 10 school days after leave of absence, after joint"
            + " reasonable enquiries.")
        .contains("deleted from the admission register under regulation 9(1)(h) of the School Attendance (Pupil"
            + " Registration) (England) Regulations 2024 only when the school and the local authority have both"
            + " made reasonable enquiries and agree")
        .contains("Why: Leave ended only 4 school days ago")
        .doesNotContain("Ines").doesNotContain("Varga");
  }

  /**
   * Issue 10: a ground (a) return for a pupil whose School Attendance Order in force names the school is
   * answered 201 with the route {@code sao-keeps-pupil} (recorded, not a fault in the form), and the
   * school's contact is emailed why; the same return from another school takes the usual route (a).
   */
  @Test
  void ground_a_for_a_pupil_whose_school_attendance_order_names_the_school_is_refused_with_the_reason()
      throws Exception {
    Map<String, Object> referral = ReferralApiTest.aReferral("E801200005088");
    referral.put("legalForename", "Nell");
    referral.put("legalSurname", "Orton");
    referral.put("dateOfBirth", "2014-02-11");
    ResponseEntity<String> referred = http.withBasicAuth("riverside.dsl", PASSWORD)
        .postForEntity("/api/referrals", referral, String.class);
    assertThat(referred.getStatusCode()).as(referred.getBody()).isEqualTo(HttpStatus.CREATED);
    CaseReference reference = CaseReference.of(json.readTree(referred.getBody()).path("caseReference").asText());
    orders.record(reference, new SaoNoticeDetails(SaoNoticeType.SCHOOL_ATTENDANCE_ORDER, "Pat Orton",
        LocalDate.now(ZoneId.of("Europe/London")).minusDays(7), ServiceMethod.BY_HAND, "999001", List.of(), null, null,
        null), "cme.officer", Instant.now());
    Map<String, Object> offRoll = aNotification("a", "Nell");
    offRoll.put("legalSurname", "Orton");
    offRoll.put("dateOfBirth", "2014-02-11");
    offRoll.put("upn", "E801200005088");
    offRoll.put("newSchoolName", "Hillside Academy");
    int before = smtp.getReceivedMessages().length;

    ResponseEntity<String> notified = post("riverside.dsl", offRoll);

    assertThat(notified.getStatusCode()).as(notified.getBody()).isEqualTo(HttpStatus.CREATED);
    JsonNode accepted = json.readTree(notified.getBody());
    assertThat(accepted.path("route").asText()).isEqualTo("sao-keeps-pupil");
    OffRollEntry entry = register.find(accepted.path("notificationId").asLong()).orElseThrow();
    assertThat(entry.outcome()).isEqualTo(OffRollOutcome.SAO_KEEPS_PUPIL);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(entry.processInstanceId()).count()).isZero();
    String sending = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("send-notification")
        .processInstanceBusinessKey(reference.value()).singleResult().getId();
    engine.getManagementService().executeJob(
        engine.getManagementService().createJobQuery().processInstanceId(sending).singleResult().getId());
    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(before + 1);
    MimeMessage email = received[received.length - 1];
    assertThat(email.getAllRecipients()[0].toString()).isEqualTo("attendance@riverside.example");
    assertThat(email.getSubject()).endsWith(": keep the pupil on roll under the School Attendance Order");
    assertThat(GreenMailUtil.getBody(email).replaceAll("=\\r?\\n", "").replaceAll("\\s+", " "))
        .contains("You gave ground (a): registered at another school (regulation 9(1)(a) of the School Attendance"
            + " (Pupil Registration) (England) Regulations 2024).")
        .contains("A School Attendance Order that is in force names your school for this pupil")
        .doesNotContain("Nell").doesNotContain("Orton");

    ResponseEntity<String> fromHillcrest = post("hillcrest.dsl", withSchool(offRoll, "999002"));
    assertThat(fromHillcrest.getStatusCode()).as(fromHillcrest.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(json.readTree(fromHillcrest.getBody()).path("route").asText())
        .as("the order names Riverside, not Hillcrest").isEqualTo("confirm-on-roll");
  }

  static Map<String, Object> withSchool(Map<String, Object> notification, String school) {
    Map<String, Object> copy = new HashMap<>(notification);
    copy.put("schoolUrn", school);
    copy.put("referrerEmail", "office@hillcrest.example");
    return copy;
  }

  ResponseEntity<String> post(String user, Object body) {
    return http.withBasicAuth(user, PASSWORD).postForEntity("/api/off-roll-notifications", body, String.class);
  }

  long count(String table) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
  }

  static Map<String, Object> aNotification(String ground, String forename) {
    Map<String, Object> body = ApiRequests.offRollNotification(ground, forename, "Example");
    body.put("parent1Name", "Pat Example");
    return body;
  }
}
