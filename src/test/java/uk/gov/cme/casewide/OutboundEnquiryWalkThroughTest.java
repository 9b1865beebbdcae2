package uk.gov.cme.casewide;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.gov.cme.api.ApiRequests;
import uk.gov.cme.casewide.CaseWorld.Email;

/**
 * Issue 13, "Must show": the walk-through of the outbound enquiry over the application's public ways in
 * only (the referral API, {@code /engine-rest} tasks, the case API), with the real engine, register and an
 * SMTP server. A school refers a child; the CME officer finds the child is in another LA; the outbound
 * enquiry asks Camden's CME team (the email checked); Camden answers "on roll there"; the case is closed
 * with the LA named and the referrer is told.
 */
class OutboundEnquiryWalkThroughTest extends CaseWorldTest {

  @Test
  void in_another_la_then_on_roll_there_closes_the_case_with_the_la_named_and_tells_the_referrer() throws Exception {
    String caseReference = world.refer("riverside.dsl", "Wren", "Outbound", "2014-06-07", null,
        "dsl@riverside.example");
    world.acknowledgeAndInvestigate(caseReference, Map.of("investigationOutcome", "another-la",
        "outcomeDetails", "Housing says the family moved to Camden"));
    String referral = world.instance("cme-referral", caseReference);
    String enquiry = world.instance("cme-outbound", caseReference);

    world.complete("cme.officer", enquiry, "Task_PrepareEnquiry", Map.of("otherLaCode", "202",
        "whatIsKnown", "Housing says the family moved to Camden", "shareAddress", true));
    String text = (String) engine.getRuntimeService().getVariable(enquiry, "enquiryText");
    assertThat(text).contains("Name: Wren Outbound", "What we know: Housing says the family moved to Camden");
    world.complete("cme.officer", enquiry, "Task_CheckEnquiry", Map.of("enquiryDecision", "send"));

    List<Email> sent = world.sendEmails(caseReference);
    assertThat(sent).filteredOn(e -> e.to().equals("cme@camden.example.gov.uk")).singleElement().satisfies(e -> {
      assertThat(e.subject()).isEqualTo("Children missing education enquiry " + caseReference
          + ": is this child known to you?");
      assertThat(e.body()).contains(text.replace("\r\n", "\n"));
    });

    world.complete("cme.officer", enquiry, "Task_RecordReply", Map.of("outboundReply", "on-roll-there",
        "outboundReplyDetails", "On roll at Primrose Hill Primary since 2 November"));

    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(referral).count())
        .as("the CME referral ended with the enquiry").isZero();
    JsonNode file = caseFile(caseReference);
    assertThat(file.toString()).contains("ON_ROLL_ELSEWHERE")
        .contains("Camden (LA 202): On roll at Primrose Hill Primary since 2 November");
    assertThat(file.toString()).contains("on roll at a school there. On roll at Primrose Hill Primary since 2 November")
        .contains("CME team, Camden (202), cme@camden.example.gov.uk");
    assertThat(world.sendEmails(caseReference))
        .filteredOn(e -> e.subject().equals("Referral " + caseReference + " is closed"))
        .singleElement().satisfies(e -> {
          assertThat(e.to()).isEqualTo("dsl@riverside.example");
          assertThat(e.body()).contains("Outcome: located and on roll elsewhere").contains("W.O.")
              .doesNotContain("Wren");
        });
  }

  private JsonNode caseFile(String caseReference) throws Exception {
    ResponseEntity<String> answer = http.withBasicAuth("cme.officer", ApiRequests.PASSWORD)
        .getForEntity("/api/cases/" + caseReference, String.class);
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
    return new ObjectMapper().readTree(answer.getBody());
  }
}
