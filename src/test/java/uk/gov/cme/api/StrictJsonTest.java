package uk.gov.cme.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import uk.gov.cme.casework.InvalidInputException.FieldError;
import uk.gov.cme.casework.LocateAttempt;

/** The shape an API request body is held to ({@link StrictJson}), on the referral request. */
class StrictJsonTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void a_body_of_the_right_shape_has_no_faults_and_is_given_back_whole() throws Exception {
    String body = """
        {"legalForename": "Jo", "dateOfBirth": "2016-02-29", "hasEhcp": false, "onSchoolRoll": null,
         "attemptsToLocate": [{"step": "PEER_GROUP", "on": "2026-10-20", "result": "Nothing known"}]}""";

    StrictJson.Checked checked = StrictJson.check(JSON.readTree(body), ReferralApi.ReferralRequest.class);

    assertThat(checked.faults()).isEmpty();
    assertThat(checked.usable()).isEqualTo(JSON.readTree(body));
  }

  @Test
  void every_value_of_the_wrong_kind_is_named_by_its_path_and_left_out() throws Exception {
    StrictJson.Checked checked = StrictJson.check(JSON.readTree("""
        {"legalForename": 7, "legalSurname": "Example", "hasEhcp": "true", "dateOfBirth": "2015-02-29",
         "attemptsToLocate": [{"step": "PHONE", "on": [2026, 10, 20]}, null, "x"], "extra": 1}"""),
        ReferralApi.ReferralRequest.class);

    assertThat(checked.faults()).containsExactlyInAnyOrder(
        new FieldError("legalForename", "must be text"),
        new FieldError("hasEhcp", "must be true or false"),
        new FieldError("dateOfBirth", "is not a date (yyyy-mm-dd)"),
        new FieldError("attemptsToLocate[0].step",
            "must be one of PARENTS_PHONE_OR_TEXT, PARENTS_EMAIL_LETTER_OR_VISIT, OTHER_SCHOOLS, PEER_GROUP, RELEVANT_AGENCY"),
        new FieldError("attemptsToLocate[0].on", "must be a date (yyyy-mm-dd)"),
        new FieldError("attemptsToLocate[1]", "must not be empty"),
        new FieldError("attemptsToLocate[2]", "must be an object"),
        new FieldError("extra", "is not a field of this request"));
    assertThat(checked.usable().fieldNames()).toIterable().containsExactlyInAnyOrder("legalSurname", "attemptsToLocate");
  }

  @Test
  void a_list_longer_than_its_limit_is_refused_whole() throws Exception {
    StringBuilder attempts = new StringBuilder();
    for (int i = 0; i < 6; i++) {
      attempts.append(i == 0 ? "" : ",").append("{\"step\": \"PEER_GROUP\"}");
    }
    StrictJson.Checked checked = StrictJson.check(JSON.readTree("{\"attemptsToLocate\": [" + attempts + "]}"),
        ReferralApi.ReferralRequest.class);

    assertThat(checked.faults()).containsExactly(new FieldError("attemptsToLocate", "at most 5 in the list"));
    assertThat(checked.usable().has("attemptsToLocate")).isFalse();
    assertThat(ReferralApi.ATTEMPT_STEPS).as("one attempt per step").isEqualTo(LocateAttempt.Step.values().length);
  }

  @Test
  void a_body_that_is_not_an_object_is_refused_as_such() throws Exception {
    for (String body : new String[] {"[{}]", "\"text\"", "42", "null"}) {
      StrictJson.Checked checked = StrictJson.check(JSON.readTree(body), ReferralApi.ReferralRequest.class);
      assertThat(checked.usable()).isNull();
      assertThat(checked.faults()).singleElement()
          .isEqualTo(new FieldError("", "the body must be a JSON object of field names and values"));
    }
  }

  @Test
  void after_ten_unknown_names_the_rest_are_counted() throws Exception {
    StringBuilder body = new StringBuilder("{");
    for (int i = 0; i < 25; i++) {
      body.append(i == 0 ? "" : ",").append("\"extra").append(i).append("\": 1");
    }
    StrictJson.Checked checked = StrictJson.check(JSON.readTree(body.append("}").toString()),
        ReferralApi.ReferralRequest.class);

    assertThat(checked.faults()).hasSize(11);
    assertThat(checked.faults().get(10)).isEqualTo(new FieldError("", "15 more names: not a field of this request"));
  }
}
