package uk.gov.cme.casewide;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.gov.cme.api.ApiRequests;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.CaseStatus;
import uk.gov.cme.casework.Casework;

/**
 * The county-year simulation's second and fourth defects (docs/performance.md, "Defects the simulation
 * found"), over real HTTP with the real engine and register: a child referred with whereabouts unknown waits
 * at the Lost Pupil Database upload, and an officer has started a School Attendance Order for the case; the
 * school's off-roll notification on ground (f) joins the case and starts the EHE check; TLP judge the home
 * education suitable and the case closes. The CME referral and the order's process end with their case
 * (before, their tasks stayed open for ever: completing them was refused, the case not being open).
 */
class CaseClosedElsewhereTest extends CaseWorldTest {

  @Autowired
  Casework casework;

  @Test
  void the_referral_and_the_school_attendance_order_end_when_the_ehe_check_closes_the_case() throws Exception {
    String caseReference = world.refer("riverside.dsl", "Wren", "Closedelsewhere", "2014-09-15", "M801200005411",
        "dsl@riverside.example");
    world.acknowledgeAndInvestigate(caseReference, Map.of("investigationOutcome", "whereabouts-unknown",
        "outcomeDetails", "No trace at the address; health and housing have nothing"));
    String referral = world.instance("cme-referral", caseReference);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(referral)
        .taskDefinitionKey("Task_UploadLostPupil").count()).isOne();
    String order = world.start("cme.officer", "school-attendance-order", Map.of("caseReference", caseReference,
        "saoTriggerDetails", "Family known to be at the address; no school place taken up"));
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(order)
        .taskDefinitionKey("Task_ServeS437Notice").count()).isOne();

    Map<String, Object> offRoll = ApiRequests.offRollNotification("f", "Wren", "Closedelsewhere");
    offRoll.put("upn", "M801200005411");
    offRoll.put("eheNotifiedOn", CaseWorld.daysFromToday(-3));
    ResponseEntity<String> notified = http.withBasicAuth("riverside.attendance", ApiRequests.PASSWORD)
        .postForEntity("/api/off-roll-notifications", offRoll, String.class);
    assertThat(notified.getStatusCode()).as(notified.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(new ObjectMapper().readTree(notified.getBody()).path("caseReference").asText()).isEqualTo(caseReference);

    String eheCheck = world.instance("ehe-check", caseReference);
    world.complete("tlp", eheCheck, "Task_ContactFamily", Map.of("contactOutcome", "suitable",
        "contactMadeOn", CaseWorld.today(), "suitabilityNotes", "A structured curriculum with tutors",
        "reviewDate", CaseWorld.daysFromToday(300)));

    assertThat(casework.find(CaseReference.of(caseReference)).orElseThrow().status()).isEqualTo(CaseStatus.CLOSED);
    HistoricProcessInstance ended = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(referral).singleResult();
    assertThat(ended.getEndTime()).as("the CME referral ended with its case").isNotNull();
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(referral)
        .activityId("Event_ReferralEndedWithCase").finished().count()).isOne();
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(order)
        .activityId("Event_SaoEndedWithCase").finished().count()).as("the order's process ended with its case").isOne();
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseReference).count())
        .as("no task left open on the closed case").isZero();
  }
}
