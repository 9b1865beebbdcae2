package uk.gov.cme.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.util.UriComponentsBuilder;
import uk.gov.cme.casework.Agency;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.Casework;
import uk.gov.cme.casework.EnquiryDetails;
import uk.gov.cme.rules.upn.Upn;
import uk.gov.cme.security.WebappSession;

/**
 * The case search, the case view and a school's receipts over real HTTP (issue 9): an officer finds a
 * child by part of the name, UPN, postcode, date of birth or reference and opens the whole case, which
 * is recorded in its audit trail with the officer's name; a school sees only the receipts of its own
 * referrals; another school gets the answer of a case that does not exist. Over HTTP Basic and over the
 * webapps' session, as the Tasklist and Cockpit plugins call it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseApiTest {

  static final String PASSWORD = ApiRequests.PASSWORD;
  static final String NO_SUCH_CASE = "CME-2026-99998";

  @Autowired
  TestRestTemplate http;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  Casework casework;

  final ObjectMapper json = new ObjectMapper();
  String upn;
  String reference;
  /** Riverside's second child, with another surname, postcode and date of birth: must not be found for the first. */
  String otherReference;

  @BeforeAll
  void riversideRefersTwoChildren() throws Exception {
    upn = upn(741);
    Map<String, Object> referral = ApiRequests.referral("Anja", "Kowalski", "2014-03-14");
    referral.put("upn", upn);
    referral.put("postcode", "SO22 5HX");
    referral.put("address", "4 Kestrel Way, Winchester");
    referral.put("circumstances", "School-only note: not seen since the half term.");
    reference = ApiRequests.refer(http, "riverside.dsl", referral);
    Map<String, Object> other = ApiRequests.referral("Bartholomew", "Kowalczyk", "2013-07-01");
    other.put("postcode", "SO21 1AA");
    otherReference = ApiRequests.refer(http, "riverside.dsl", other);
    casework.recordEnquiry(CaseReference.of(reference), EnquiryDetails.of(Agency.HOUSING, "Housing options team", null),
        "cme.officer", Instant.now());
  }

  @Test
  void an_officer_finds_the_child_by_part_of_the_name_in_any_case() throws Exception {
    for (String query : List.of("kowal", "KOWALSKI", "anja kowal", "Kowalski Anja", "owals", "anja")) {
      assertThat(found("cme.officer", "query", query)).as(query).contains(reference);
    }
    assertThat(found("cme.officer", "name", "kowalski")).contains(reference).doesNotContain(otherReference);
    assertThat(found("cme.officer", "query", "kowal")).contains(reference, otherReference);
    assertThat(found("cme.officer", "query", "kowalczyk")).doesNotContain(reference).contains(otherReference);
    assertThat(found("cme.officer", "query", "anja kowalczyk")).doesNotContain(reference, otherReference);
  }

  @Test
  void an_officer_finds_the_child_by_upn_postcode_date_of_birth_and_reference() throws Exception {
    assertThat(found("cme.officer", "query", upn)).containsExactly(reference);
    assertThat(found("cme.officer", "upn", upn.toLowerCase())).containsExactly(reference);
    for (String postcode : List.of("SO22 5HX", "so225hx", " so22  5hx ")) {
      assertThat(found("cme.officer", "query", postcode)).as(postcode).contains(reference).doesNotContain(otherReference);
      assertThat(found("cme.officer", "postcode", postcode)).as(postcode).contains(reference);
    }
    for (String dateOfBirth : List.of("14/3/2014", "14/03/2014", "2014-03-14")) {
      assertThat(found("cme.officer", "query", dateOfBirth)).as(dateOfBirth).contains(reference)
          .doesNotContain(otherReference);
    }
    assertThat(found("cme.officer", "query", reference.toLowerCase())).containsExactly(reference);
    assertThat(found("cme.officer", "reference", reference)).containsExactly(reference);
    assertThat(found("cme.officer", "query", NO_SUCH_CASE)).isEmpty();
    assertThat(search("cme.officer", Map.of("name", "kowal", "dateOfBirth", "2013-07-01")))
        .contains(otherReference).doesNotContain(reference);
  }

  @Test
  void a_search_that_cannot_be_read_gets_400_naming_the_field() throws Exception {
    ResponseEntity<String> answer = get("cme.officer", "/api/cases?dateOfBirth=31/2/2014&name=k");
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(answer.getBody()).path("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("dateOfBirth", "name");
    assertThat(get("cme.officer", "/api/cases").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void an_officer_opens_the_whole_case_and_the_view_is_in_its_audit_trail() throws Exception {
    int before = views(reference, "cme.officer");

    ResponseEntity<String> answer = get("cme.officer", "/api/cases/" + reference);

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode c = json.readTree(answer.getBody());
    assertThat(c.path("reference").asText()).isEqualTo(reference);
    assertThat(c.path("child").path("legalSurname").asText()).isEqualTo("Kowalski");
    assertThat(c.path("child").path("upn").asText()).isEqualTo(upn);
    assertThat(c.path("child").path("dateOfBirthText").asText()).isEqualTo("14 March 2014");
    assertThat(c.path("child").path("lastSchoolUrn").asText()).isEqualTo("999001");
    assertThat(c.path("child").path("lastSchoolName").asText()).as("named from the schools file")
        .isEqualTo("Riverside Primary School");
    JsonNode referral = c.path("referrals").get(0);
    assertThat(referral.path("sourceLabel").asText()).isEqualTo("A school");
    assertThat(referral.path("referringSchoolUrn").asText()).isEqualTo("999001");
    assertThat(referral.path("receivedAtText").asText()).matches("\\d{1,2} [A-Z][a-z]+ \\d{4} \\d{2}:\\d{2}");
    assertThat(referral.path("circumstances").asText()).contains("School-only note");
    assertThat(referral.path("categoryLabel").asText()).isEqualTo("No known education");
    assertThat(referral.path("attemptsToLocate").get(0).path("stepLabel").asText()).isEqualTo("Phoned or texted the parents");
    JsonNode enquiry = c.path("enquiries").get(0);
    assertThat(enquiry.path("agencyLabel").asText()).isEqualTo("Housing");
    assertThat(enquiry.path("contact").asText()).isEqualTo("Housing options team");
    assertThat(c.path("processes").findValuesAsText("processKey")).contains("cme-referral", "school-referral");
    JsonNode caseInstance = stream(c.path("processes")).stream()
        .filter(p -> p.path("processKey").asText().equals("cme-referral")).findFirst().orElseThrow();
    assertThat(caseInstance.path("stateLabel").asText()).isEqualTo("running");
    assertThat(caseInstance.path("currentSteps").toString()).contains("Acknowledge the referral");
    JsonNode task = stream(c.path("openTasks")).stream()
        .filter(t -> t.path("name").asText().equals("Acknowledge the referral")).findFirst().orElseThrow();
    assertThat(task.path("dueAtText").asText()).isNotBlank();
    assertThat(task.path("candidateGroups").toString()).contains("cme-officer");
    JsonNode lastLine = c.path("audit").get(c.path("audit").size() - 1);
    assertThat(lastLine.path("type").asText()).isEqualTo("CASE_VIEWED");
    assertThat(lastLine.path("user").asText()).isEqualTo("cme.officer");
    assertThat(c.path("audit").findValuesAsText("type")).contains("CASE_OPENED", "ENQUIRY_SENT");
    assertThat(views(reference, "cme.officer")).isEqualTo(before + 1);

    get("social.care", "/api/cases/" + reference);
    assertThat(views(reference, "social.care")).as("each view, by whoever opens the case").isEqualTo(1);
  }

  @Test
  void a_school_cannot_search_and_sees_only_its_own_receipt_of_a_case() throws Exception {
    assertThat(get("riverside.dsl", "/api/cases?query=kowal").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get("hillcrest.dsl", "/api/cases?query=" + reference).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    int viewsBefore = views(reference, null);

    ResponseEntity<String> own = get("riverside.dsl", "/api/cases/" + reference);

    assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode receipt = json.readTree(own.getBody());
    assertThat(receipt.path("reference").asText()).isEqualTo(reference);
    assertThat(receipt.path("receipts").get(0).path("status").asText()).isEqualTo("received");
    assertThat(own.getBody()).doesNotContain("Housing").doesNotContain("audit").doesNotContain("enquiries")
        .doesNotContain("School-only note").doesNotContain(upn);
    assertThat(views(reference, null)).as("a receipt is not the case").isEqualTo(viewsBefore);
  }

  @Test
  void another_school_gets_the_answer_of_a_case_that_does_not_exist() throws Exception {
    String others = "/api/cases/" + reference;
    ResponseEntity<String> template = get("hillcrest.dsl", others);
    Map<String, ResponseEntity<String>> answers = Map.of(
        "/api/cases/" + NO_SUCH_CASE, get("hillcrest.dsl", "/api/cases/" + NO_SUCH_CASE),
        "/api/cases/not-a-reference", get("hillcrest.dsl", "/api/cases/not-a-reference"),
        "/api/cases/" + otherReference, get("hillcrest.attendance", "/api/cases/" + otherReference),
        "/api/cases/" + NO_SUCH_CASE + "?", get("cme.officer", "/api/cases/" + NO_SUCH_CASE));

    assertThat(template.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(json.readTree(template.getBody()).path("instance").asText()).isEqualTo(others);
    answers.forEach((path, answer) -> {
      assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(answer.getBody()).as(path).isEqualTo(template.getBody().replace(others, path.replace("?", "")))
          .doesNotContain("Kowal");
    });
  }

  @Test
  void a_school_lists_its_own_referrals_newest_first_with_their_status() throws Exception {
    ResponseEntity<String> answer = get("riverside.attendance", "/api/my-school/referrals");

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<JsonNode> receipts = stream(json.readTree(answer.getBody()));
    List<String> references = receipts.stream().map(r -> r.path("caseReference").asText()).toList();
    assertThat(references).contains(reference, otherReference);
    assertThat(references.indexOf(otherReference)).as("the newest first").isLessThan(references.indexOf(reference));
    JsonNode receipt = receipts.get(references.indexOf(reference));
    assertThat(receipt.path("childName").asText()).isEqualTo("Anja Kowalski");
    assertThat(receipt.path("status").asText()).isEqualTo("received");
    assertThat(receipt.path("statusLabel").asText()).isEqualTo("Received");
    assertThat(receipt.path("receivedAtText").asText()).matches("\\d{1,2} [A-Z][a-z]+ \\d{4} \\d{2}:\\d{2}");
    assertThat(answer.getBody()).doesNotContain("School-only note").doesNotContain("Housing");

    String hillcrests = get("hillcrest.dsl", "/api/my-school/referrals").getBody();
    assertThat(hillcrests).doesNotContain(reference).doesNotContain("Kowalski");
    assertThat(get("cme.officer", "/api/my-school/referrals").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void the_webapps_session_reaches_the_api_with_its_csrf_token_only() throws Exception {
    WebappSession officer = WebappSession.loggedIn(http, "tasklist", "cme.officer", PASSWORD);
    int before = views(reference, "cme.officer");

    ResponseEntity<String> withToken = officer.send(HttpMethod.GET, "/api/cases/" + reference, null);
    ResponseEntity<String> withoutToken = officer.get("/api/cases/" + reference);

    assertThat(withToken.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(withToken.getBody()).path("child").path("legalSurname").asText()).isEqualTo("Kowalski");
    assertThat(withoutToken.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(withoutToken.getHeaders().getFirst("X-XSRF-TOKEN")).isEqualTo("Required");
    assertThat(views(reference, "cme.officer")).as("only the call with the token opened the case").isEqualTo(before + 1);
    assertThat(officer.send(HttpMethod.GET, "/api/cases?query=kowal", null).getBody()).contains(reference);

    WebappSession manager = WebappSession.loggedIn(http, "cockpit", "cme.manager", PASSWORD);
    assertThat(manager.send(HttpMethod.GET, "/api/cases/" + reference, null).getStatusCode()).isEqualTo(HttpStatus.OK);

    assertThat(json.readTree(officer.send(HttpMethod.GET, "/api/me", null).getBody()).path("caseReading").asText())
        .isEqualTo("WHOLE_CASES");

    WebappSession school = WebappSession.loggedIn(http, "tasklist", "riverside.dsl", PASSWORD);
    assertThat(json.readTree(school.send(HttpMethod.GET, "/api/me", null).getBody()).path("caseReading").asText())
        .isEqualTo("OWN_SCHOOL_RECEIPTS");
    assertThat(school.send(HttpMethod.GET, "/api/my-school/referrals", null).getBody()).contains(reference);
    assertThat(school.send(HttpMethod.GET, "/api/cases?query=kowal", null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    WebappSession otherSchool = WebappSession.loggedIn(http, "tasklist", "hillcrest.dsl", PASSWORD);
    assertThat(otherSchool.send(HttpMethod.GET, "/api/cases/" + reference, null).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);

    assertThat(http.getForEntity("/api/cases/" + reference, String.class).getStatusCode())
        .as("no session, no credentials").isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.withBasicAuth("no.such.user", "Wrong-Pass-2026").getForEntity("/api/cases/" + reference, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  // ---------------------------------------------------------------------------------------------

  /** The case references a search with one criterion finds, as {@code user}. */
  List<String> found(String user, String criterion, String value) throws Exception {
    return search(user, Map.of(criterion, value));
  }

  List<String> search(String user, Map<String, String> criteria) throws Exception {
    UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/api/cases");
    criteria.forEach(uri::queryParam);
    ResponseEntity<String> answer = http.withBasicAuth(user, PASSWORD).getForEntity(uri.encode().build().toUri(),
        String.class);
    assertThat(answer.getStatusCode()).as(criteria + ": " + answer.getBody()).isEqualTo(HttpStatus.OK);
    return stream(json.readTree(answer.getBody()).path("cases")).stream().map(c -> c.path("reference").asText()).toList();
  }

  ResponseEntity<String> get(String user, String path) {
    return http.withBasicAuth(user, PASSWORD).getForEntity(path, String.class);
  }

  /** How many times {@code user} (anyone, if null) opened the case, from the register's audit trail. */
  int views(String caseReference, String user) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM cme_case_event e JOIN cme_case c ON c.id = e.case_id"
        + " WHERE c.case_reference = ? AND e.event_type = 'CASE_VIEWED' AND (? IS NULL OR e.by_user = ?)",
        Integer.class, caseReference, user, user);
  }

  static List<JsonNode> stream(JsonNode array) {
    List<JsonNode> list = new ArrayList<>();
    array.forEach(list::add);
    return list;
  }

  static String upn(int serial) {
    String body = "8502000" + "14" + String.format("%03d", serial);
    for (char letter : "ABCDEFGHJKLMNPQRTUVWXYZ".toCharArray()) {
      if (Upn.validate(letter + body).isValid()) {
        return letter + body;
      }
    }
    throw new IllegalStateException("no check letter for " + body);
  }
}
