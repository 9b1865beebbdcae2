package uk.gov.cme.process.calendardata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import uk.gov.cme.rules.calendar.CalendarDataStatus;

/**
 * Issue 8, defect 2: the calendar warning in the health details is for administrators only. Over real
 * HTTP: anonymous callers (the probes) and other users get the status alone; a member of
 * {@code camunda-admin} with HTTP Basic credentials gets the components, among them {@code calendar};
 * wrong credentials are refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class CalendarHealthDetailsTest {

  static final String PASSWORD = "Demo-Pass-2026";

  @Autowired
  TestRestTemplate http;
  @Autowired
  CalendarDataWatch watch;

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void an_administrator_sees_how_far_the_calendar_data_reach() {
    ResponseEntity<Map<String, Object>> health = (ResponseEntity) http.withBasicAuth("admin", PASSWORD)
        .getForEntity("/actuator/health", Map.class);

    assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
    Map<String, Object> components = (Map<String, Object>) health.getBody().get("components");
    Map<String, Object> calendar = (Map<String, Object>) components.get("calendar");
    assertThat(calendar.get("status")).isEqualTo("UP");
    Map<String, Object> details = (Map<String, Object>) calendar.get("details");
    assertThat(details.get("warnBefore")).isEqualTo("P6M");
    assertThat((Map<String, Object>) details.get("term-dates")).containsEntry("lastDay",
        watch.status(CalendarDataStatus.Data.TERM_DATES).lastDay().toString());
    assertThat((Map<String, Object>) details.get("bank-holidays")).containsEntry("lastDay",
        watch.status(CalendarDataStatus.Data.BANK_HOLIDAYS).lastDay().toString());
    assertThat(details).containsKeys("warning", "today");
  }

  @Test
  void anyone_else_gets_the_status_only() {
    for (TestRestTemplate caller : new TestRestTemplate[] {http, http.withBasicAuth("cme.manager", PASSWORD),
        http.withBasicAuth("riverside.dsl", PASSWORD)}) {
      ResponseEntity<Map> health = caller.getForEntity("/actuator/health", Map.class);
      assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(health.getBody()).containsKey("status").doesNotContainKeys("components", "details");
    }
    assertThat(http.getForEntity("/actuator/health/readiness", Map.class).getBody()).isEqualTo(Map.of("status", "UP"));
  }

  @Test
  void wrong_credentials_are_refused() {
    ResponseEntity<String> health = http.withBasicAuth("admin", "not-the-password")
        .getForEntity("/actuator/health", String.class);

    assertThat(health.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(health.getBody()).doesNotContain("calendar");
  }
}
