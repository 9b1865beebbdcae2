package uk.gov.cme.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.gov.cme.validation.InputRefusedException.Fault;

/** What a form submission may carry, field by field: {@link FormContract} on a form read by {@link FormSchema}. */
class FormContractTest {

  static final ObjectMapper JSON = new ObjectMapper();

  /** A form with one field of each kind the application's forms use. */
  static final FormSchema FORM = FormSchema.parse(new ByteArrayInputStream("""
      {"id": "test-form", "components": [
        {"type": "textfield", "key": "legalForename", "label": "Legal forename(s)", "validate": {"maxLength": 100}},
        {"type": "textfield", "key": "caseReference", "label": "Case reference", "readonly": true},
        {"type": "textfield", "key": "receivedAt", "label": "Received", "readonly": true},
        {"type": "textarea", "key": "circumstances", "label": "What has happened?"},
        {"type": "textfield", "key": "note", "label": "Note"},
        {"type": "checkbox", "key": "hasEhcp", "label": "EHCP"},
        {"type": "number", "key": "yearGroup", "label": "Year group"},
        {"type": "textfield", "key": "sentOn", "label": "Sent on (yyyy-mm-dd)", "properties": {"format": "date"}},
        {"type": "textfield", "key": "schoolUrn", "label": "School URN", "properties": {"format": "urn"}},
        {"type": "textfield", "key": "upn", "label": "UPN", "properties": {"format": "upn"}},
        {"type": "textfield", "key": "email", "label": "Email", "properties": {"format": "email"}},
        {"type": "textfield", "key": "otherCase", "label": "Other case", "properties": {"format": "case-reference"}},
        {"type": "select", "key": "sex", "label": "Sex", "values": [{"value": "F"}, {"value": "M"}]},
        {"type": "group", "components": [
          {"type": "radio", "key": "outcome", "label": "Outcome", "values": [{"value": "yes"}, {"value": "no"}]}]}
      ]}""".getBytes(StandardCharsets.UTF_8)));

  static final Date RECEIVED = Date.from(Instant.parse("2026-12-04T17:00:00Z"));
  static final Map<String, Object> CURRENT = Map.of("caseReference", "CME-2026-00001", "receivedAt", RECEIVED);

  @Test
  void a_submission_of_the_forms_own_fields_as_the_form_gives_them_has_no_faults() throws Exception {
    assertThat(faults("""
        {"legalForename": {"value": "Zoë-Jane O'Neill", "type": "String"},
         "caseReference": {"value": "CME-2026-00001"},
         "receivedAt": {"value": "2026-12-04T17:00:00.000+0000"},
         "circumstances": {"value": "Line one.\\nLine two,\\ttabbed."},
         "hasEhcp": {"value": true, "type": "Boolean"},
         "yearGroup": {"value": 7, "type": "Integer"},
         "sex": {"value": "F"}, "outcome": {"value": "no"}, "note": {"value": null}}""")).isEmpty();
  }

  @Test
  void a_name_the_form_does_not_have_is_refused_by_name_and_after_ten_names_they_are_counted() throws Exception {
    StringBuilder body = new StringBuilder("{");
    for (int i = 0; i < 1000; i++) {
      body.append(i == 0 ? "" : ",").append("\"extra").append(i).append("\": {\"value\": \"x\"}");
    }
    List<Fault> faults = faults(body.append("}").toString());

    assertThat(faults).hasSize(FormContract.UNKNOWN_NAMED + 1);
    assertThat(faults.get(0)).isEqualTo(new Fault("extra0", "extra0", FormContract.NOT_A_FIELD));
    assertThat(faults.get(FormContract.UNKNOWN_NAMED).reason()).isEqualTo("990 more names: " + FormContract.NOT_A_FIELD);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"value\": \"yes\"}", "{\"value\": \"true\"}", "{\"value\": 1}", "{\"value\": 0}",
      "{\"value\": true, \"type\": \"String\"}", "\"true\"", "true"})
  void a_tick_box_takes_true_or_false_only(String variable) throws Exception {
    assertThat(faults("{\"hasEhcp\": " + variable + "}")).singleElement().satisfies(f -> {
      assertThat(f.label()).isEqualTo("EHCP");
      assertThat(f.reason()).isIn("must be ticked or not (true or false)", "must be given as {\"value\": ...}");
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"value\": 42}", "{\"value\": 4.2}", "{\"value\": false}", "{\"value\": [\"Jo\"]}",
      "{\"value\": {\"a\": 1}}", "{\"value\": \"Jo\", \"type\": \"Bytes\"}", "{\"value\": \"Jo\", \"type\": \"Json\"}",
      "{\"value\": \"rO0ABXQAAkpv\", \"type\": \"Object\", \"valueInfo\": {\"serializationDataFormat\": \"application/x-java-serialized-object\"}}"})
  void a_text_field_takes_text_only(String variable) throws Exception {
    assertThat(faults("{\"legalForename\": " + variable + "}"))
        .containsExactly(new Fault("legalForename", "Legal forename(s)", "must be text"));
  }

  @Test
  void a_number_field_takes_a_number_only() throws Exception {
    assertThat(faults("{\"yearGroup\": {\"value\": \"7\"}}"))
        .containsExactly(new Fault("yearGroup", "Year group", "must be a number"));
  }

  @Test
  void text_is_no_longer_than_the_form_allows_or_the_default_limits() throws Exception {
    assertThat(faults("{\"legalForename\": {\"value\": \"" + "a".repeat(101) + "\"}}"))
        .containsExactly(new Fault("legalForename", "Legal forename(s)", "at most 100 characters"));
    assertThat(faults("{\"note\": {\"value\": \"" + "a".repeat(FormContract.TEXTFIELD_LENGTH + 1) + "\"}}"))
        .extracting(Fault::reason).containsExactly("at most 1000 characters");
    assertThat(faults("{\"circumstances\": {\"value\": \"" + "a".repeat(FormContract.TEXTAREA_LENGTH + 1) + "\"}}"))
        .extracting(Fault::reason).containsExactly("at most 4000 characters");
    assertThat(faults("{\"circumstances\": {\"value\": \"" + "a".repeat(FormContract.TEXTAREA_LENGTH) + "\"}}")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"\\u0000", "\\u0007", "\\u001b", "\\u202e", "\\u200b", "\\n"})
  void a_one_line_field_refuses_control_formatting_and_line_break_characters(String character) throws Exception {
    assertThat(faults("{\"legalForename\": {\"value\": \"Jo" + character + "\"}}")).singleElement()
        .satisfies(f -> assertThat(f.reason()).startsWith("contains a character that is not allowed"));
  }

  @Test
  void a_multi_line_field_takes_line_breaks_but_no_control_characters() throws Exception {
    assertThat(faults("{\"circumstances\": {\"value\": \"One\\r\\nTwo\"}}")).isEmpty();
    assertThat(faults("{\"circumstances\": {\"value\": \"One\\u0000\"}}")).hasSize(1);
  }

  @Test
  void a_choice_is_one_of_the_values_offered_or_nothing() throws Exception {
    assertThat(faults("{\"sex\": {\"value\": \"X\"}, \"outcome\": {\"value\": \"maybe\"}}")).containsExactly(
        new Fault("sex", "Sex", "is not one of the choices offered"),
        new Fault("outcome", "Outcome", "is not one of the choices offered"));
    assertThat(faults("{\"sex\": {\"value\": \"\"}}")).isEmpty();
  }

  @Test
  void a_read_only_field_is_sent_back_as_it_was_shown_or_not_at_all() throws Exception {
    assertThat(faults("{\"caseReference\": {\"value\": \"CME-2026-00002\"}}"))
        .containsExactly(new Fault("caseReference", "Case reference", "cannot be changed here"));
    assertThat(faults("{\"caseReference\": {\"value\": null}}")).hasSize(1);
    assertThat(faults("{\"receivedAt\": {\"value\": \"2026-12-04\"}}")).as("the same day").isEmpty();
    assertThat(faults("{\"receivedAt\": {\"value\": \"2026-12-04T17:00:00Z\"}}")).isEmpty();
    assertThat(faults("{\"receivedAt\": {\"value\": \"2026-12-05\"}}"))
        .containsExactly(new Fault("receivedAt", "Received", "cannot be changed here"));
    assertThat(faults("{\"receivedAt\": {\"value\": \"whenever\"}}")).hasSize(1);
    assertThat(faults("{}")).isEmpty();
  }

  /**
   * Issue 9: Tasklist's form-js answered a format fault with "Field must match pattern ^[0-9]{4}-…$". The
   * forms name a format instead ({@code properties.format}); the fault is said in plain English, by label.
   */
  @Test
  void a_field_with_a_format_is_refused_in_plain_english_naming_its_label() throws Exception {
    assertThat(faults("""
        {"sentOn": {"value": "03/12/2026"}, "schoolUrn": {"value": "99900"}, "upn": {"value": "B80120000500"},
         "email": {"value": "dsl.riverside.example"}, "otherCase": {"value": "CME-26-42"}}""")).containsExactly(
        new Fault("sentOn", "Sent on (yyyy-mm-dd)",
            "is not a date: write it year-month-day, for example 2026-12-03 for 3 December 2026"),
        new Fault("schoolUrn", "School URN", "is not a school URN: give the school's six digits, for example 999001"),
        new Fault("upn", "UPN", "is not a Unique Pupil Number: 13 characters, a letter then 12 digits or 11 digits "
            + "and a letter, for example B801200005001"),
        new Fault("email", "Email", "is not an email address: it looks like name@school.example"),
        new Fault("otherCase", "Other case", "is not a case reference: it looks like CME-2026-00042"));
    assertThat(faults("{\"sentOn\": {\"value\": \"2026-02-30\"}}")).extracting(Fault::reason)
        .containsExactly("is not a date: there is no such day; write it year-month-day, for example 2026-12-03");
    assertThat(faults("""
        {"sentOn": {"value": "2026-12-03"}, "schoolUrn": {"value": "999001"}, "upn": {"value": " B801200005001 "},
         "email": {"value": "dsl@riverside.example"}, "otherCase": {"value": "CME-2026-00042"}}""")).isEmpty();
    assertThat(faults("{\"sentOn\": {\"value\": \"\"}, \"upn\": {\"value\": null}}")).as("not given").isEmpty();
  }

  @Test
  void variables_that_are_not_an_object_are_refused() throws Exception {
    assertThat(FormContract.faults(JSON.readTree("[1, 2]"), FORM, CURRENT::get)).extracting(Fault::field)
        .containsExactly("variables");
    assertThat(FormContract.faults(null, FORM, CURRENT::get)).isEmpty();
  }

  static List<Fault> faults(String variables) throws Exception {
    JsonNode node = JSON.readTree(variables);
    return FormContract.faults(node, FORM, CURRENT::get);
  }
}
