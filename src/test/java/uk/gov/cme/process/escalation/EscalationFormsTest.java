package uk.gov.cme.process.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.cme.validation.FormContract;
import uk.gov.cme.validation.FormSchema;
import uk.gov.cme.validation.InputRefusedException.Fault;

/**
 * The escalation's forms against the submission contract every form submission is held to
 * ({@link FormContract}): what Tasklist sends for a review (the read-only fields as shown, the fields kept
 * up to date while the task is open left out because they are disabled, up to four actions) is accepted; a
 * team or a level of concern the form does not offer is not. The action slots' teams are the intake's.
 */
class EscalationFormsTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void a_review_as_tasklist_sends_it_is_accepted() throws IOException {
    FormSchema form = form("review-escalation");
    Map<String, Object> current = Map.of("caseReference", "CME-2027-00012", "childName", "Sam Example",
        "dateOfBirth", "2015-03-04", "reviewWhen", "Stage 1 of 3 — CMOOE Action Group (monthly): the child is on the"
            + " agenda of its meeting on Tuesday 9 February 2027");
    ObjectNode variables = JSON.createObjectNode();
    current.forEach((key, value) -> text(variables, key, value.toString()));
    text(variables, "concernLevel", "highest");
    text(variables, "escalationDecision", "stay");
    text(variables, "minutesNotes", "Discussed.\nThe family has moved.");
    text(variables, "action1What", "Visit the family at home");
    text(variables, "action1OwnerGroup", "cme-officer");
    text(variables, "action1OwnerUser", "cme.officer");
    text(variables, "action1Due", "2027-02-19");
    text(variables, "action1Measure", "The child is seen");

    assertThat(FormContract.faults(variables, form, current::get)).isEmpty();

    text(variables, "action1OwnerGroup", "the-moon");
    text(variables, "concernLevel", "mild");
    text(variables, "action1Due", "19/02/2027");
    assertThat(FormContract.faults(variables, form, current::get)).extracting(Fault::field)
        .containsExactlyInAnyOrder("action1OwnerGroup", "concernLevel", "action1Due");
  }

  @Test
  void the_fields_kept_up_to_date_are_disabled_so_tasklist_does_not_send_them_back() throws IOException {
    JsonNode review = JSON.readTree(Files.readString(Path.of("forms/escalation/review-escalation.form")));
    for (JsonNode component : review.path("components")) {
      String key = component.path("key").asText();
      boolean live = List.of("meetingAgenda", "actionsForReview", "educationConcern").contains(key);
      assertThat(component.path("disabled").asBoolean(false)).as(key).isEqualTo(live);
      if (live) {
        assertThat(component.path("readonly").asBoolean()).as(key).isTrue();
      }
    }
  }

  @Test
  void every_slot_offers_exactly_the_teams_the_intake_accepts() throws IOException {
    FormSchema form = form("review-escalation");
    for (int slot = 1; slot <= EscalationProcess.ACTION_SLOTS; slot++) {
      assertThat(form.field("action" + slot + "OwnerGroup").orElseThrow().values())
          .containsExactlyElementsOf(EscalationProcess.ACTION_TEAMS);
    }
    assertThat(form.field("action" + (EscalationProcess.ACTION_SLOTS + 1) + "What")).isEmpty();
  }

  @Test
  void the_start_form_takes_the_case_and_the_concern_only() throws IOException {
    FormSchema form = form("start-escalation");
    assertThat(form.fields()).extracting(FormSchema.Field::key)
        .containsExactly("caseReference", "escalationTriggerDetails");
    ObjectNode variables = JSON.createObjectNode();
    text(variables, "caseReference", "CME-2027-00012");
    text(variables, "escalationTriggerDetails", "Not seen since September.");
    text(variables, "escalationTrigger", "STUCK_CASE");
    assertThat(FormContract.faults(variables, form, key -> null)).extracting(Fault::field)
        .containsExactly("escalationTrigger");
  }

  static FormSchema form(String id) throws IOException {
    InputStream in = Files.newInputStream(Path.of("forms/escalation/" + id + ".form"));
    return FormSchema.parse(in);
  }

  static void text(ObjectNode variables, String name, String value) {
    Map<String, Object> v = new HashMap<>();
    v.put("value", value);
    v.put("type", "String");
    variables.set(name, JSON.valueToTree(v));
  }
}
