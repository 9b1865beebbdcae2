package uk.gov.cme.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Request bodies for the school API, as a school's system sends them, and the one call most tests
 * make with them. Each builder gives a valid request; a test changes the fields it is about.
 */
public final class ApiRequests {

  public static final String PASSWORD = "Demo-Pass-2026";
  private static final ObjectMapper JSON = new ObjectMapper();

  private ApiRequests() {
  }

  /** A school's referral of a child missing education, with one attempt to locate the child. */
  public static Map<String, Object> referral(String forename, String surname, String dateOfBirth) {
    Map<String, Object> body = new HashMap<>();
    body.put("referrerName", "A. Teacher");
    body.put("referrerEmail", "dsl@riverside.example");
    body.put("legalForename", forename);
    body.put("legalSurname", surname);
    body.put("dateOfBirth", dateOfBirth);
    body.put("postcode", "SO23 8UJ");
    body.put("onSchoolRoll", false);
    body.put("educationElsewhere", "none");
    body.put("circumstances", "Not seen since the October half term.");
    body.put("attemptsToLocate", List.of(
        Map.of("step", "PARENTS_PHONE_OR_TEXT", "on", "2026-10-20", "result", "No answer")));
    return body;
  }

  /** A school's off-roll notification (reg 13(4)) on {@code ground}, for Riverside (URN 999001). */
  public static Map<String, Object> offRollNotification(String ground, String forename, String surname) {
    Map<String, Object> body = new HashMap<>();
    body.put("schoolUrn", "999001");
    body.put("referrerName", "R. Attendance");
    body.put("referrerEmail", "attendance@riverside.example");
    body.put("legalForename", forename);
    body.put("legalSurname", surname);
    body.put("dateOfBirth", "2014-09-15");
    body.put("address", "1 High Street, Winchester");
    body.put("postcode", "SO23 8UJ");
    body.put("parent1Name", "Pat " + surname);
    body.put("parent1Phone", "07700 900456");
    if (ground != null) {
      body.put("ground", ground);
    }
    body.put("proposedDeletionDate", "2026-11-20");
    body.put("lastAttendanceDate", "2026-10-02");
    body.put("circumstances", "Not seen since 2 October.");
    return body;
  }

  /** Refers over HTTP as a school user; the case reference the school is answered with. */
  public static String refer(TestRestTemplate http, String user, Map<String, Object> referral) throws Exception {
    ResponseEntity<String> response = http.withBasicAuth(user, PASSWORD).postForEntity("/api/referrals", referral,
        String.class);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
    return JSON.readTree(response.getBody()).path("caseReference").asText();
  }
}
