package uk.gov.cme.casewide;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import uk.gov.cme.api.ApiRequests;

/**
 * Issue 8, defect 5, "one case per child only in P1": over real HTTP with the real engine and register.
 * Every process's instance for a child carries the child's case reference as business key: an off-roll
 * notification, an EHE check started by TLP and an emigration notice from a school, each for the child
 * of an open case, join that case; an EHE check or an emigration notice for a child with no case opens
 * one, which the LA then tracks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class OneCasePerChildInEveryProcessTest {

  @Autowired
  TestRestTemplate http;
  @Autowired
  ProcessEngine engine;
  @Autowired
  JdbcTemplate jdbc;

  final ObjectMapper json = new ObjectMapper();

  @Test
  void an_off_roll_notification_for_the_child_of_an_open_case_carries_the_case_reference_not_offroll_id()
      throws Exception {
    String caseReference = world().refer("riverside.dsl", "Morgan", "Onecase", "2014-09-15", null,
        "dsl@riverside.example");

    Map<String, Object> notification = ApiRequests.offRollNotification("k", "Morgan", "Onecase");
    ResponseEntity<String> sent = http.withBasicAuth("riverside.dsl", ApiRequests.PASSWORD)
        .postForEntity("/api/off-roll-notifications", notification, String.class);

    assertThat(sent.getStatusCode()).as(sent.getBody()).isEqualTo(HttpStatus.CREATED);
    JsonNode answer = json.readTree(sent.getBody());
    assertThat(businessKeyOf("off-roll-notification", "offRollNotificationId", answer.path("notificationId").asLong()))
        .isEqualTo(caseReference);
    assertThat(answer.path("caseReference").asText()).isEqualTo(caseReference);
    assertThat(jdbc.queryForObject("SELECT case_reference FROM cme_off_roll_notification WHERE id = ?", String.class,
        answer.path("notificationId").asLong())).isEqualTo(caseReference);
  }

  @Test
  void an_ehe_check_started_by_tlp_for_the_child_of_an_open_case_joins_that_case() throws Exception {
    String caseReference = world().refer("riverside.dsl", "Quinn", "Onecase", "2013-03-03", null,
        "dsl@riverside.example");

    String eheCheck = world().start("tlp", "ehe-check", eheNotification("Quinn", "Onecase", "2013-03-03"));

    assertThat(businessKey(eheCheck)).isEqualTo(caseReference);
    assertThat(openCases("Quinn", "Onecase")).as("one open case for the child").isEqualTo(1);
  }

  @Test
  void an_emigration_notice_from_a_school_for_the_child_of_an_open_case_joins_that_case() throws Exception {
    String caseReference = world().refer("riverside.dsl", "Sasha", "Onecase", "2012-08-08", null,
        "dsl@riverside.example");

    String emigration = world().start("riverside.dsl", "emigration", emigrationNotice("Sasha", "Onecase", "2012-08-08"));

    assertThat(businessKey(emigration)).isEqualTo(caseReference);
    assertThat(openCases("Sasha", "Onecase")).isEqualTo(1);
  }

  @Test
  void an_ehe_check_or_an_emigration_notice_for_a_child_with_no_case_opens_one() throws Exception {
    String eheCheck = world().start("isend.admin", "ehe-check", eheNotification("Tobin", "Nocase", "2013-01-01"));
    String emigration = world().start("hillcrest.dsl", "emigration", emigrationNotice("Uma", "Nocase", "2012-01-01"));

    for (String instance : new String[] {eheCheck, emigration}) {
      String businessKey = businessKey(instance);
      assertThat(businessKey).as("the instance's business key is its case").matches("CME-\\d{4}-\\d{5}");
      assertThat(jdbc.queryForObject("SELECT status FROM cme_case WHERE case_reference = ?", String.class, businessKey))
          .isEqualTo("OPEN");
    }
  }

  // --- helpers ----------------------------------------------------------------------------------

  CaseWorld world() {
    return new CaseWorld(http, engine, null);
  }

  String businessKey(String instanceId) {
    HistoricProcessInstance instance = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(instanceId).singleResult();
    return instance.getBusinessKey();
  }

  String businessKeyOf(String process, String variable, long value) {
    String instanceId = engine.getHistoryService().createHistoricVariableInstanceQuery().variableName(variable)
        .list().stream().filter(v -> v.getValue() instanceof Number n && n.longValue() == value)
        .map(v -> v.getProcessInstanceId()).findFirst().orElseThrow();
    HistoricProcessInstance instance = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(instanceId).processDefinitionKey(process).singleResult();
    return instance.getBusinessKey();
  }

  long openCases(String forename, String surname) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM cme_case WHERE legal_forename = ? AND legal_surname = ?"
        + " AND status = 'OPEN'", Long.class, forename, surname);
  }

  /** TLP keys a parent's written notification of home education, for the child the school referred. */
  static Map<String, Object> eheNotification(String forename, String surname, String dateOfBirth) {
    Map<String, Object> v = new HashMap<>();
    v.put("legalForename", forename);
    v.put("legalSurname", surname);
    v.put("dateOfBirth", dateOfBirth);
    v.put("postcode", "SO23 8UJ");
    v.put("eheNotificationDate", CaseWorld.today());
    v.put("socialCareInvolvement", "none");
    v.put("esbasInvolvement", "none");
    return v;
  }

  /** A school reports that the family is emigrating. */
  static Map<String, Object> emigrationNotice(String forename, String surname, String dateOfBirth) {
    Map<String, Object> v = new HashMap<>();
    v.put("legalForename", forename);
    v.put("legalSurname", surname);
    v.put("dateOfBirth", dateOfBirth);
    v.put("postcode", "SO23 8UJ");
    v.put("leavingDate", CaseWorld.daysFromToday(30));
    v.put("destinationCountry", "Portugal");
    v.put("destinationAddress", "Rua Exemplo 1, Lisboa");
    v.put("emigrationNotice", "The mother told the class teacher");
    return v;
  }
}
