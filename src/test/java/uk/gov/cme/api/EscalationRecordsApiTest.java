package uk.gov.cme.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import uk.gov.cme.casework.CaseLetters;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.StoredLetter;
import uk.gov.cme.letters.LetterKind;
import uk.gov.cme.process.escalation.EscalationProcess;
import uk.gov.cme.process.escalation.EscalationTrigger;

/**
 * Escalation records are for the groups' members and the CME team only (issue 11; seed 004 §6), over real
 * HTTP: a case with a running escalation and the minutes of a review kept with it. The CME team, the panel,
 * a line manager and the CME manager see the escalation's instance, its audit lines and its minutes in the
 * case view and the case's letters; another LA team that reads whole cases (School Admissions) sees the
 * rest of the case but nothing of the escalation, and the minutes' address gets the answer of a letter that
 * is not there; a school gets nothing of the case at all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EscalationRecordsApiTest {

  static final String PASSWORD = ApiRequests.PASSWORD;
  static final List<String> READERS = List.of("cme.officer", "cme.panel", "line.manager", "cme.manager");

  @Autowired
  TestRestTemplate http;
  @Autowired
  RuntimeService runtime;
  @Autowired
  IdentityService identity;
  @Autowired
  CaseLetters letters;

  final ObjectMapper json = new ObjectMapper();
  String reference;
  StoredLetter minutes;
  StoredLetter otherLetter;

  @BeforeAll
  void aCaseIsEscalatedAndItsMinutesKept() throws Exception {
    reference = ApiRequests.refer(http, "riverside.dsl", ApiRequests.referral("Orla", "Brightwater", "2014-03-09"));
    identity.setAuthentication("cme.officer", List.of("cme-officer"));
    try {
      runtime.startProcessInstanceByKey(EscalationProcess.KEY, reference, Map.of(
          EscalationProcess.Variables.CASE_REFERENCE, reference,
          EscalationProcess.Variables.TRIGGER, EscalationTrigger.PANEL_DECISION.name(),
          EscalationProcess.Variables.TRIGGER_DETAILS, "The monthly CME panel decided to escalate the case"));
    } finally {
      identity.clearAuthentication();
    }
    CaseReference ref = CaseReference.of(reference);
    minutes = letters.store(ref, LetterKind.ESCALATION_MINUTES.template(), "Escalation meeting minutes",
        "escalation-minutes", "1", new byte[] {'%', 'P', 'D', 'F'}, "system", Instant.now());
    otherLetter = letters.store(ref, LetterKind.S437_NOTICE.template(), "Notice", "s437-notice", "1",
        new byte[] {'%', 'P', 'D', 'F'}, "system", Instant.now());
  }

  @Test
  void the_cme_team_and_the_groups_see_the_escalation_in_the_case_view_and_its_letters() throws Exception {
    for (String user : READERS) {
      JsonNode view = caseView(user);
      assertThat(values(view.path("processes"), "processKey")).as(user).contains(EscalationProcess.KEY);
      assertThat(values(view.path("audit"), "type")).as(user).contains("ESCALATION_OPENED", "ESCALATION_STAGE_STARTED");
      assertThat(values(view.path("letters"), "kind")).as(user).contains("escalation-minutes", "s437-notice");
      assertThat(values(json.readTree(get(user, "/api/cases/" + reference + "/letters").getBody()), "kind")).as(user)
          .contains("escalation-minutes");
    }
  }

  @Test
  void another_la_team_sees_the_case_but_nothing_of_the_escalation() throws Exception {
    JsonNode view = caseView("admissions");
    assertThat(view.path("reference").asText()).isEqualTo(reference);
    assertThat(values(view.path("processes"), "processKey")).contains("cme-referral").doesNotContain(EscalationProcess.KEY);
    assertThat(values(view.path("audit"), "type")).contains("CASE_OPENED")
        .noneMatch(type -> type.startsWith("ESCALATION_"));
    assertThat(values(view.path("openTasks"), "processName")).noneMatch(name -> name.toLowerCase().contains("escalat"));
    assertThat(values(view.path("letters"), "kind")).containsExactly("s437-notice");
    assertThat(values(json.readTree(get("admissions", "/api/cases/" + reference + "/letters").getBody()), "kind"))
        .containsExactly("s437-notice");

    ResponseEntity<String> hidden = get("admissions", "/api/cases/" + reference + "/letters/" + minutes.id());
    ResponseEntity<String> missing = get("admissions", "/api/cases/" + reference + "/letters/999999");
    assertThat(hidden.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(json.readTree(hidden.getBody()).path("detail")).isEqualTo(json.readTree(missing.getBody()).path("detail"));
    assertThat(get("admissions", "/api/cases/" + reference + "/letters/" + otherLetter.id()).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(get("cme.officer", "/api/cases/" + reference + "/letters/" + minutes.id()).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void a_school_gets_nothing_of_the_escalation() {
    for (String user : List.of("riverside.dsl", "hillcrest.dsl")) {
      assertThat(get(user, "/api/cases/" + reference).getBody()).as(user).doesNotContain("ESCALATION")
          .doesNotContain("escalation");
      assertThat(get(user, "/api/cases/" + reference + "/letters/" + minutes.id()).getStatusCode()).as(user)
          .isEqualTo(HttpStatus.NOT_FOUND);
    }
  }

  JsonNode caseView(String user) throws Exception {
    ResponseEntity<String> answer = get(user, "/api/cases/" + reference);
    assertThat(answer.getStatusCode()).as(user + ": " + answer.getBody()).isEqualTo(HttpStatus.OK);
    return json.readTree(answer.getBody());
  }

  static List<String> values(JsonNode array, String field) {
    List<String> values = new ArrayList<>();
    array.forEach(node -> values.add(node.path(field).asText()));
    return values;
  }

  ResponseEntity<String> get(String user, String path) {
    return http.withBasicAuth(user, PASSWORD).getForEntity(path, String.class);
  }
}
