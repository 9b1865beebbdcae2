package uk.gov.cme.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.cme.casework.CaseworkTestData.aSchoolReferral;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.gov.cme.casework.InvalidInputException.FieldError;

class ReferralDetailsTest {

  @Test
  void a_school_referral_is_tidied() {
    ReferralDetails referral = aSchoolReferral().referrerName("  Sam Taylor ").category(" ").build();

    assertThat(referral.source()).isEqualTo(ReferralSource.SCHOOL);
    assertThat(referral.referrerName()).isEqualTo("Sam Taylor");
    assertThat(referral.category()).isNull();
    assertThat(referral.attemptsToLocate()).hasSize(2);
  }

  @Test
  void an_anonymous_referral_drops_any_referrer_contact_silently() {
    ReferralDetails referral = ReferralDetails.builder(ReferralSource.ANONYMOUS)
        .referrerOrganisation("Neighbourhood watch")
        .referrerName("A neighbour")
        .referrerEmail("not an email address")
        .referrerPhone("07700 900000")
        .circumstances("The child has not been seen at school for weeks.")
        .build();

    assertThat(referral.isAnonymous()).isTrue();
    assertThat(referral.referrerOrganisation()).isNull();
    assertThat(referral.referrerName()).isNull();
    assertThat(referral.referrerEmail()).isNull();
    assertThat(referral.referrerPhone()).isNull();
    assertThat(referral.circumstances()).isNotNull();
  }

  @Test
  void a_school_referral_needs_the_referring_schools_urn() {
    assertFaults(aSchoolReferral().referringSchoolUrn(null), e -> assertThat(e.errors())
        .containsExactly(new FieldError("referringSchoolUrn",
            "a school referral needs the referring school's URN")));
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"99900", "9990011", "99900A"})
  void a_referring_school_urn_is_six_digits(String urn) {
    assertFaults(aSchoolReferral().referringSchoolUrn(urn), e -> assertThat(e.errors())
        .containsExactly(new FieldError("referringSchoolUrn", "a school URN is six digits")));
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(value = ReferralSource.class, names = {"SCHOOL"}, mode = EnumSource.Mode.EXCLUDE)
  void other_sources_need_no_urn(ReferralSource source) {
    assertThat(ReferralDetails.builder(source).build().referringSchoolUrn()).isNull();
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"dsl", "dsl@", "@school.sch.uk", "dsl@school", "dsl@@school.sch.uk", "d sl@school.sch.uk",
      "dsl@school..uk"})
  void a_referrer_email_must_be_plausible(String email) {
    assertFaults(aSchoolReferral().referrerEmail(email), e -> assertThat(e.errors())
        .containsExactly(new FieldError("referrerEmail", "not a valid email address")));
  }

  @Test
  void a_plausible_email_is_kept() {
    assertThat(aSchoolReferral().referrerEmail(" attendance@hillcrest.example.sch.uk ").build().referrerEmail())
        .isEqualTo("attendance@hillcrest.example.sch.uk");
  }

  @Test
  void a_safeguarding_concern_needs_its_details() {
    assertFaults(aSchoolReferral().safeguardingConcern(true, " "), e -> assertThat(e.errors())
        .containsExactly(new FieldError("safeguardingDetails", "describe the safeguarding concern")));
    assertThat(aSchoolReferral().safeguardingConcern(true, "Bruising seen before the absence.").build()
        .safeguardingConcern()).isTrue();
  }

  @Test
  void every_fault_is_reported_at_once() {
    assertFaults(ReferralDetails.builder(ReferralSource.SCHOOL).referrerEmail("x").safeguardingConcern(true, null)
        .circumstances("c".repeat(4001)), e -> assertThat(e.errors()).extracting(FieldError::field)
        .containsExactly("referrerEmail", "referringSchoolUrn", "circumstances", "safeguardingDetails"));
  }

  @Test
  void the_source_is_required() {
    assertFaults(ReferralDetails.builder(null), e -> assertThat(e.errors()).extracting(FieldError::field)
        .containsExactly("source"));
  }

  @Test
  void attempts_to_locate_are_limited() {
    LocateAttempt attempt = new LocateAttempt(LocateAttempt.Step.PEER_GROUP, LocalDate.of(2026, 2, 1), "nothing");
    assertFaults(aSchoolReferral().attemptsToLocate(Collections.nCopies(13, attempt)),
        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("attemptsToLocate"));
    LocateAttempt wordy = new LocateAttempt(LocateAttempt.Step.PEER_GROUP, null, "x".repeat(1001));
    assertFaults(aSchoolReferral().attemptsToLocate(List.of(wordy)),
        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("attemptsToLocate[0].result"));
  }

  @Test
  void attempts_to_locate_survive_the_json_column() {
    List<LocateAttempt> attempts = aSchoolReferral().build().attemptsToLocate();

    String json = LocateAttemptsJson.write(attempts);

    assertThat(json).contains("\"step\":\"PARENTS_PHONE_OR_TEXT\"", "\"on\":\"2026-02-02\"");
    assertThat(LocateAttemptsJson.read(json)).isEqualTo(attempts);
    assertThat(LocateAttemptsJson.read("[]")).isEmpty();
  }

  @Test
  void its_text_form_shows_no_personal_data() {
    assertThat(aSchoolReferral().build().toString()).doesNotContain("Sam", "dsl@", "01962", "family");
  }

  @Test
  void an_enquiry_needs_its_agency() {
    assertThatThrownBy(() -> EnquiryDetails.of(null, "x".repeat(501), null))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
            .extracting(FieldError::field).containsExactly("agency", "contact"));
    assertThat(EnquiryDetails.of(Agency.HOUSING, "  Housing options team ", null).contact())
        .isEqualTo("Housing options team");
  }

  private static void assertFaults(ReferralDetails.Builder builder, Consumer<InvalidInputException> check) {
    assertThatThrownBy(builder::build).isInstanceOfSatisfying(InvalidInputException.class, check);
  }
}
