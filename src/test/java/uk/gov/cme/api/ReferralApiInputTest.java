package uk.gov.cme.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import uk.gov.cme.RefusalLog;

/**
 * Bad input to the application's API ({@code POST /api/referrals}, {@code POST /api/off-roll-notifications})
 * over real HTTP as a school's system sends it: 400 naming every field at fault with the reason,
 * nothing saved (no case, referral, notification or process instance, not even in history), the
 * refusal logged once without a stack trace or the child's details. Same configuration as
 * {@link ReferralApiTest}: one shared context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@ExtendWith(OutputCaptureExtension.class)
class ReferralApiInputTest {

  static final String PASSWORD = "Demo-Pass-2026";
  static final String SCHOOL_USER = "hillcrest.dsl";

  @Autowired
  TestRestTemplate http;
  @Autowired
  ProcessEngine engine;
  @Autowired
  JdbcTemplate jdbc;

  final ObjectMapper json = new ObjectMapper();

  @Test
  void a_referral_without_the_circumstances_the_form_requires_is_400(CapturedOutput output) throws Exception {
    Map<String, Object> body = aReferral("Ysolde");
    body.remove("circumstances");
    Saved before = saved();
    int mark = RefusalLog.mark(output);

    ResponseEntity<String> response = post("/api/referrals", body);

    assertThat(errors(response)).containsOnlyKeys("circumstances");
    assertThat(saved()).isEqualTo(before);
    RefusalLog.assertRefusalLoggedOnce(output, mark, "Ysolde", "Not seen since");
  }

  @ParameterizedTest(name = "U+{0}")
  @ValueSource(strings = {"0000", "0007", "202E"})
  void a_control_or_direction_character_in_a_name_is_400_naming_each_name(String codePoint, CapturedOutput output)
      throws Exception {
    String character = Character.toString(Integer.parseInt(codePoint, 16));
    Map<String, Object> body = aReferral("Ysolde" + character);
    body.put("legalSurname", character + "Inputtest");
    body.put("preferredName", "Yz" + character + "y");
    body.put("referrerName", "A." + character + " Teacher");
    Saved before = saved();
    int mark = RefusalLog.mark(output);

    ResponseEntity<String> response = post("/api/referrals", body);

    Map<String, String> errors = errors(response);
    assertThat(errors).containsOnlyKeys("legalForename", "legalSurname", "preferredName", "referrerName");
    assertThat(errors.values()).allMatch(reason -> reason.contains("character that is not allowed"));
    assertThat(saved()).isEqualTo(before);
    RefusalLog.assertRefusalLoggedOnce(output, mark, "Ysolde", "Inputtest");
  }

  @Test
  void line_breaks_are_refused_in_a_name_but_kept_in_the_circumstances() throws Exception {
    Map<String, Object> body = aReferral("Ysolde\nSecond line");
    body.put("circumstances", "Not seen since the October half term.\nNeighbours say the family moved.");
    Saved before = saved();

    ResponseEntity<String> response = post("/api/referrals", body);

    assertThat(errors(response)).containsOnlyKeys("legalForename");
    assertThat(saved()).isEqualTo(before);
  }

  @Test
  void an_attempt_to_locate_dated_in_the_future_is_400_naming_the_attempt() throws Exception {
    Map<String, Object> body = aReferral("Ysolde");
    String tomorrow = LocalDate.now(ZoneId.of("Europe/London")).plusDays(1).toString();
    body.put("attemptsToLocate", List.of(
        Map.of("step", "PARENTS_PHONE_OR_TEXT", "on", "2026-10-20", "result", "No answer"),
        Map.of("step", "OTHER_SCHOOLS", "on", tomorrow, "result", "Not on roll there")));
    Saved before = saved();

    ResponseEntity<String> response = post("/api/referrals", body);

    assertThat(errors(response)).containsOnlyKeys("attemptsToLocate[1].on")
        .hasEntrySatisfying("attemptsToLocate[1].on", reason -> assertThat(reason).contains("future"));
    assertThat(saved()).isEqualTo(before);
  }

  /**
   * Issue 8, defect 13: intake asymmetry. The API took a school's referral with no attempt to locate the
   * child; now it holds the same rule as the forms: at least one attempt, each with its date and result.
   */
  @Test
  void intake_asymmetry_a_referral_without_an_attempt_or_with_half_an_attempt_is_400() throws Exception {
    Map<String, Object> body = aReferral("Ysolde");
    body.remove("attemptsToLocate");
    Saved before = saved();

    assertThat(errors(post("/api/referrals", body))).containsOnlyKeys("attemptsToLocate")
        .hasEntrySatisfying("attemptsToLocate", reason -> assertThat(reason).contains("at least one attempt"));
    body.put("attemptsToLocate", List.of());
    assertThat(errors(post("/api/referrals", body))).containsOnlyKeys("attemptsToLocate");

    Map<String, Object> noResult = new HashMap<>();
    noResult.put("step", "PARENTS_PHONE_OR_TEXT");
    noResult.put("on", "2026-10-20");
    Map<String, Object> noDate = new HashMap<>();
    noDate.put("step", "OTHER_SCHOOLS");
    noDate.put("result", "Not on roll at the sibling's school");
    Map<String, Object> empty = new HashMap<>();
    empty.put("step", "PEER_GROUP");
    body.put("attemptsToLocate", List.of(noResult, noDate, empty));
    Map<String, String> errors = errors(post("/api/referrals", body));
    assertThat(errors).containsOnlyKeys("attemptsToLocate[0].result", "attemptsToLocate[1].on", "attemptsToLocate[2].on");
    assertThat(errors.get("attemptsToLocate[0].result")).contains("what came of this attempt");
    assertThat(errors.get("attemptsToLocate[1].on")).contains("the day the school made this attempt");
    assertThat(saved()).isEqualTo(before);
  }

  /**
   * Issue 8, defect 11: the CMOE and CMOOE inputs (rules.md R3) over the API: the hours a week as a
   * number and the last day of provision as a date; a referral with fewer than 18 hours is kept open and
   * flagged for the CMOOE Action Group, and values that cannot be are 400, each named.
   */
  @Test
  void cmoe_and_cmooe_inputs_over_the_api_keep_the_case_flagged_and_values_that_cannot_be_are_400() throws Exception {
    // A CMOOE referral starts the escalation (issue 11): the stand-in until the real one is deployed.
    uk.gov.cme.process.shared.referral.EscalationStandIn.deployIfMissing(engine);
    Map<String, Object> body = ApiRequests.referral("Tamsin", "Partday", "2013-02-14");
    body.put("educationElsewhere", "alternative-provision");
    body.put("formalHoursPerWeek", "twelve");
    body.put("lastProvisionDate", "2099-01-05");
    Saved before = saved();

    Map<String, String> errors = errors(post("/api/referrals", body));
    assertThat(errors).containsOnlyKeys("formalHoursPerWeek", "lastProvisionDate");
    assertThat(errors.get("formalHoursPerWeek")).isEqualTo("must be a number");
    assertThat(errors.get("lastProvisionDate")).contains("in the future");
    body.put("formalHoursPerWeek", 61);
    body.remove("lastProvisionDate");
    assertThat(errors(post("/api/referrals", body))).containsOnlyKeys("formalHoursPerWeek");
    assertThat(saved()).isEqualTo(before);

    body.put("formalHoursPerWeek", 12.5);
    ResponseEntity<String> response = post("/api/referrals", body);

    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
    String caseReference = json.readTree(response.getBody()).path("caseReference").asText();
    assertThat(jdbc.queryForObject("SELECT cmooe_action_group FROM cme_case WHERE case_reference = ?", Boolean.class,
        caseReference)).isTrue();
    assertThat(jdbc.queryForObject("SELECT status FROM cme_case WHERE case_reference = ?", String.class,
        caseReference)).isEqualTo("OPEN");
    // The escalation is started in a job of its own, after the referral is saved (no job executor here).
    var managementService = engine.getManagementService();
    managementService.createJobQuery().processInstanceId(engine.getRuntimeService().createProcessInstanceQuery()
            .processDefinitionKey("cme-referral").processInstanceBusinessKey(caseReference).singleResult().getId())
        .activityId("Task_EscalateCmooe").list().forEach(job -> managementService.executeJob(job.getId()));
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("escalation")
        .processInstanceBusinessKey(caseReference).count()).as("the CMOOE flag escalates the case").isEqualTo(1);
    uk.gov.cme.process.shared.referral.EscalationStandIn.remove(engine);
  }

  @Test
  void fifty_thousand_attempts_are_refused_quickly_by_a_limit_on_the_list(CapturedOutput output) throws Exception {
    Map<String, Object> body = aReferral("Ysolde");
    List<Map<String, Object>> attempts = new ArrayList<>();
    for (int i = 0; i < 50_000; i++) {
      attempts.add(Map.of("step", "PEER_GROUP", "on", "2026-10-20", "result", "Nothing known " + i));
    }
    body.put("attemptsToLocate", attempts);
    Saved before = saved();
    int mark = RefusalLog.mark(output);
    long started = System.nanoTime();

    ResponseEntity<String> response = post("/api/referrals", body);

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    assertThat(errors(response)).containsOnly(Map.entry("attemptsToLocate", "at most 5 in the list"));
    assertThat(saved()).isEqualTo(before);
    RefusalLog.assertRefusalLoggedOnce(output, mark, "Ysolde", "Nothing known");
  }

  @Test
  void the_same_step_twice_or_an_attempt_without_its_step_is_400() throws Exception {
    Map<String, Object> body = aReferral("Ysolde");
    Map<String, Object> noStep = new HashMap<>();
    noStep.put("on", "2026-10-21");
    noStep.put("result", "Letter sent");
    body.put("attemptsToLocate", List.of(
        Map.of("step", "PARENTS_PHONE_OR_TEXT", "on", "2026-10-20", "result", "No answer"),
        Map.of("step", "PARENTS_PHONE_OR_TEXT", "on", "2026-10-22", "result", "Still no answer"),
        noStep));
    Saved before = saved();

    ResponseEntity<String> response = post("/api/referrals", body);

    assertThat(errors(response)).containsOnlyKeys("attemptsToLocate[1].step", "attemptsToLocate[2].step");
    assertThat(saved()).isEqualTo(before);
  }

  @Test
  void numbers_for_names_and_zero_or_one_for_tick_boxes_are_400_each_named(CapturedOutput output) throws Exception {
    Map<String, Object> body = aReferral("Ysolde");
    body.put("legalForename", 987654321);
    body.put("legalSurname", 6.5);
    body.put("hasEhcp", 1);
    body.put("onSchoolRoll", 0);
    body.put("addressUnknown", "yes");
    body.put("dateOfBirth", 20140915);
    Saved before = saved();
    int mark = RefusalLog.mark(output);

    ResponseEntity<String> response = post("/api/referrals", body);

    assertThat(errors(response))
        .containsEntry("legalForename", "must be text")
        .containsEntry("legalSurname", "must be text")
        .containsEntry("hasEhcp", "must be true or false")
        .containsEntry("onSchoolRoll", "must be true or false")
        .containsEntry("addressUnknown", "must be true or false")
        .containsEntry("dateOfBirth", "must be a date (yyyy-mm-dd)")
        .hasSize(6);
    assertThat(saved()).isEqualTo(before);
    RefusalLog.assertRefusalLoggedOnce(output, mark, "987654321", "20140915");
  }

  @Test
  void a_date_of_birth_that_does_not_exist_is_400() throws Exception {
    Map<String, Object> body = aReferral("Ysolde");
    body.put("dateOfBirth", "2099-99-99");
    Saved before = saved();

    ResponseEntity<String> response = post("/api/referrals", body);

    assertThat(errors(response)).containsOnly(Map.entry("dateOfBirth", "is not a date (yyyy-mm-dd)"));
    assertThat(saved()).isEqualTo(before);
  }

  @Test
  void a_name_the_request_does_not_have_is_400_and_not_logged(CapturedOutput output) throws Exception {
    Map<String, Object> body = aReferral("Ysolde");
    body.put("circumstance", "A typo for circumstances");
    body.put("YsoldeSecret", "x");
    Saved before = saved();
    int mark = RefusalLog.mark(output);

    ResponseEntity<String> response = post("/api/referrals", body);

    assertThat(errors(response)).containsOnlyKeys("circumstance", "YsoldeSecret");
    assertThat(saved()).isEqualTo(before);
    RefusalLog.assertRefusalLoggedOnce(output, mark, "Ysolde");
  }

  @Test
  void a_json_array_body_is_400_saying_the_body_must_be_an_object() throws Exception {
    Saved before = saved();

    ResponseEntity<String> response = postRaw("/api/referrals", "[" + json.writeValueAsString(aReferral("Ysolde")) + "]");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    String reason = json.readTree(response.getBody()).path("errors").get(0).path("reason").asText();
    assertThat(reason).contains("must be a JSON object").doesNotContain("not valid JSON");
    assertThat(saved()).isEqualTo(before);
  }

  @Test
  void a_body_that_is_not_json_is_400_saying_so(CapturedOutput output) throws Exception {
    int mark = RefusalLog.mark(output);

    ResponseEntity<String> response = postRaw("/api/referrals", "{\"legalForename\": \"Ysolde\",");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(response.getBody()).path("errors").get(0).path("reason").asText())
        .isEqualTo("the body is not valid JSON");
    RefusalLog.assertRefusalLoggedOnce(output, mark, "Ysolde");
  }

  @Test
  void an_off_roll_notification_with_a_deletion_date_before_the_date_of_birth_is_400(CapturedOutput output)
      throws Exception {
    Map<String, Object> body = aNotification("Ysolde");
    body.put("dateOfBirth", "2014-09-15");
    body.put("proposedDeletionDate", "2014-09-14");
    body.put("lastAttendanceDate", "2014-09-01");
    long notifications = count("cme_off_roll_notification");
    Saved before = saved();
    int mark = RefusalLog.mark(output);

    ResponseEntity<String> response = post("/api/off-roll-notifications", body);

    assertThat(errors(response))
        .containsOnly(Map.entry("proposedDeletionDate", "is before the pupil's date of birth"),
            Map.entry("lastAttendanceDate", "is before the pupil's date of birth"));
    assertThat(count("cme_off_roll_notification")).isEqualTo(notifications);
    assertThat(saved()).isEqualTo(before);
    RefusalLog.assertRefusalLoggedOnce(output, mark, "Ysolde", "2014-09-15");
  }

  @Test
  void an_off_roll_notification_with_one_for_a_tick_box_is_400() throws Exception {
    Map<String, Object> body = aNotification("Ysolde");
    body.put("standardTransition", 1);
    long notifications = count("cme_off_roll_notification");

    ResponseEntity<String> response = post("/api/off-roll-notifications", body);

    assertThat(errors(response)).containsOnly(Map.entry("standardTransition", "must be true or false"));
    assertThat(count("cme_off_roll_notification")).isEqualTo(notifications);
  }

  @Test
  void the_same_referral_without_its_faults_is_accepted() throws Exception {
    ResponseEntity<String> response = post("/api/referrals", aReferral("Ysolde"));

    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
  }

  // --- helpers

  /** What a refused request must leave as it was. */
  record Saved(long instances, long historicInstances, long cases, long referrals, long notifications) {
  }

  Saved saved() {
    return new Saved(engine.getRuntimeService().createProcessInstanceQuery().count(),
        engine.getHistoryService().createHistoricProcessInstanceQuery().count(),
        count("cme_case"), count("cme_referral"), count("cme_off_roll_notification"));
  }

  long count(String table) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
  }

  ResponseEntity<String> post(String path, Object body) {
    return http.withBasicAuth(SCHOOL_USER, PASSWORD).postForEntity(path, body, String.class);
  }

  ResponseEntity<String> postRaw(String path, String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(SCHOOL_USER, PASSWORD).postForEntity(path, new HttpEntity<>(body, headers), String.class);
  }

  /** The 400's errors, reason by field. */
  Map<String, String> errors(ResponseEntity<String> response) throws Exception {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    Map<String, String> byField = new LinkedHashMap<>();
    for (JsonNode error : json.readTree(response.getBody()).path("errors")) {
      byField.put(error.path("field").asText(), error.path("reason").asText());
    }
    return byField;
  }

  static Map<String, Object> aReferral(String forename) {
    Map<String, Object> body = ApiRequests.referral(forename, "Inputtest", "2012-11-30");
    body.put("referrerEmail", "dsl@hillcrest.example");
    return body;
  }

  static Map<String, Object> aNotification(String forename) {
    Map<String, Object> body = ApiRequests.offRollNotification("k", forename, "Inputtest");
    body.remove("schoolUrn");
    body.remove("address");
    body.put("referrerEmail", "attendance@hillcrest.example");
    body.put("parent1Phone", "07700 900457");
    return body;
  }
}
