package uk.gov.cme.casewide;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 10, the P1 hand-over over real HTTP with the real engine and register: a school refers a child,
 * the CME officer finds the child here and not on roll, Admissions find a place at the school, and the
 * school says on its own task that the parents refuse the place. The CME referral no longer leaves an
 * officer a hand-over task: the School Attendance Order starts for the same case with the reason
 * {@code PLACE_REFUSED}, an LA instance the school cannot see.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class SchoolAttendanceOrderStartsForTheCaseTest {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
      .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

  @Autowired
  TestRestTemplate http;
  @Autowired
  ProcessEngine engine;

  CaseWorld world;

  @BeforeEach
  void setUp() {
    world = new CaseWorld(http, engine, smtp);
  }

  @Test
  void parents_refusing_the_place_start_the_school_attendance_order_for_the_case_which_the_school_cannot_see()
      throws Exception {
    String caseReference = world.refer("riverside.dsl", "Ottilie", "Placerefused", "2013-09-09", null,
        "dsl@riverside.example");
    String referral = world.instance("cme-referral", caseReference);
    world.acknowledgeAndInvestigate(caseReference, Map.of("investigationOutcome", "located-not-on-roll",
        "outcomeDetails", "Living at home, no school place"));
    world.complete("admissions", referral, "Task_AllocateSchoolPlace", Map.of("allocatedSchoolUrn", "999001",
        "placeStartDate", CaseWorld.daysFromToday(7)));
    String confirmOnRoll = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey("confirm-on-roll").superProcessInstanceId(referral).singleResult().getId();

    world.complete("riverside.dsl", confirmOnRoll, "Task_ConfirmOnRoll", Map.of("onRollOutcome", "parents-refuse",
        "refusalDetails", "The parents will not send the child"));

    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(referral)
        .activityId("Event_HandedToSao").count()).as("the referral ended: handed to the order").isEqualTo(1);
    String order = world.instance("school-attendance-order", caseReference);
    assertThat(engine.getRuntimeService().getVariable(order, "saoTrigger")).isEqualTo("PLACE_REFUSED");
    assertThat(engine.getRuntimeService().getVariable(order, "legalSurname")).isEqualTo("Placerefused");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(referral).count())
        .as("no hand-over task for an officer").isZero();
    assertThat(http.withBasicAuth("riverside.dsl", CaseWorld.PASSWORD).getForObject(
        "/engine-rest/process-instance?processDefinitionKey=school-attendance-order", String.class))
        .as("the order's process is the LA's: the referring school does not see it").isEqualTo("[]");
    assertThat(http.withBasicAuth("riverside.dsl", CaseWorld.PASSWORD).getForObject(
        "/engine-rest/task?processInstanceId=" + order, String.class)).isEqualTo("[]");
    assertThat(http.withBasicAuth("cme.officer", CaseWorld.PASSWORD).getForObject(
        "/engine-rest/task?processInstanceId=" + order, String.class)).as("the CME officer's first step")
        .contains("\"processInstanceId\":\"" + order + "\"");
  }
}
