package uk.gov.cme.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import uk.gov.cme.casework.CaseLetters;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.StoredLetter;
import uk.gov.cme.letters.LetterKind;
import uk.gov.cme.letters.LetterRenderer;
import uk.gov.cme.letters.LetterRequest;
import uk.gov.cme.letters.RenderedLetter;

/**
 * The letters of a case over real HTTP (issue 10): an officer lists them and downloads the PDF, each
 * download in the audit trail; the referring school and another school get the answer of a case that does
 * not exist; a letter whose bytes no longer match their SHA-256 is not served.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseLettersApiTest {

  static final String PASSWORD = ApiRequests.PASSWORD;

  @Autowired
  TestRestTemplate http;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  CaseLetters letters;
  @Autowired
  LetterRenderer renderer;

  final ObjectMapper json = new ObjectMapper();
  String reference;
  StoredLetter notice;

  @BeforeAll
  void aNoticeIsStoredForRiversidesReferral() throws Exception {
    reference = ApiRequests.refer(http, "riverside.dsl", ApiRequests.referral("Zofia", "Lindqvist", "2014-05-02"));
    RenderedLetter letter = renderer.render(LetterKind.S437_NOTICE, new LetterRequest("East Borough Council",
        List.of("Civic Centre", "EB1 1AA"), reference, "Zofia Lindqvist", LocalDate.of(2014, 5, 2), "Ms Lindqvist",
        List.of("1 Lane", "EB2 2BB"), null, LocalDate.of(2026, 12, 21), LocalDate.of(2027, 1, 8), "CME team", null,
        null).model());
    notice = letters.store(CaseReference.of(reference), letter.kind().template(), letter.title(),
        letter.templateName(), letter.templateVersion(), letter.pdf(), "system", Instant.now());
  }

  @Test
  void an_officer_lists_and_downloads_the_letter_and_the_download_is_audited() throws Exception {
    ResponseEntity<String> list = get("cme.officer", "/api/cases/" + reference + "/letters", String.class);
    assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode first = json.readTree(list.getBody()).get(0);
    assertThat(first.path("kind").asText()).isEqualTo("s437-notice");
    assertThat(first.path("sha256").asText()).isEqualTo(notice.sha256());
    String href = first.path("href").asText();

    JsonNode view = json.readTree(get("cme.officer", "/api/cases/" + reference, String.class).getBody());
    assertThat(view.path("letters").get(0).path("href").asText()).isEqualTo(href);

    int before = downloads("cme.officer");
    ResponseEntity<byte[]> pdf = get("cme.officer", href, byte[].class);
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    assertThat(pdf.getHeaders().getContentDisposition().getFilename()).isEqualTo(
        reference + "-s437-notice-" + notice.id() + ".pdf");
    try (PDDocument doc = Loader.loadPDF(pdf.getBody())) {
      assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " ")).contains("Zofia Lindqvist")
          .contains("Friday 8 January 2027");
    }
    assertThat(downloads("cme.officer")).isEqualTo(before + 1);
  }

  @Test
  void a_school_gets_the_answer_of_a_case_that_is_not_there() {
    for (String user : List.of("riverside.dsl", "hillcrest.dsl")) {
      assertThat(get(user, "/api/cases/" + reference + "/letters", String.class).getStatusCode()).as(user)
          .isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(get(user, "/api/cases/" + reference + "/letters/" + notice.id(), String.class).getStatusCode())
          .as(user).isEqualTo(HttpStatus.NOT_FOUND);
    }
    assertThat(get("cme.officer", "/api/cases/CME-2026-99998/letters/" + notice.id(), String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(get("cme.officer", "/api/cases/" + reference + "/letters/999999", String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void a_letter_whose_bytes_changed_is_not_served() {
    StoredLetter tampered = letters.store(CaseReference.of(reference), "s437-notice", "Notice", "s437-notice", "1",
        new byte[] {'%', 'P', 'D', 'F'}, "system", Instant.now());
    jdbc.update("UPDATE cme_case_letter SET content = ? WHERE id = ?", new byte[] {'%', 'P', 'D', 'X'}, tampered.id());

    ResponseEntity<String> answer = get("cme.officer", "/api/cases/" + reference + "/letters/" + tampered.id(),
        String.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
    assertThat(answer.getBody()).contains("could not be checked").doesNotContain("Exception").doesNotContain("Zofia");
  }

  <T> ResponseEntity<T> get(String user, String path, Class<T> type) {
    return http.withBasicAuth(user, PASSWORD).getForEntity(path, type);
  }

  int downloads(String user) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM cme_case_event e JOIN cme_case c ON c.id = e.case_id"
        + " WHERE c.case_reference = ? AND e.event_type = 'LETTER_DOWNLOADED' AND e.by_user = ?",
        Integer.class, reference, user);
  }
}
