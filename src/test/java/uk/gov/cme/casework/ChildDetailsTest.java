package uk.gov.cme.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.cme.casework.CaseworkTestData.TODAY;
import static uk.gov.cme.casework.CaseworkTestData.aChild;

import java.time.LocalDate;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.gov.cme.casework.InvalidInputException.FieldError;
import uk.gov.cme.rules.upn.Upn;

class ChildDetailsTest {

  @Test
  void a_complete_child_is_tidied() {
    ChildDetails child = aChild()
        .upn(" b801200005001 ")
        .legalForename("  Amira ")
        .preferredName("   ")
        .postcode("so238uj")
        .build(TODAY);

    assertThat(child.upn()).isEqualTo("B801200005001");
    assertThat(child.legalForename()).isEqualTo("Amira");
    assertThat(child.preferredName()).isNull();
    assertThat(child.postcode()).isEqualTo("SO23 8UJ");
    assertThat(child.sex()).isEqualTo(Sex.FEMALE);
    assertThat(child.flags()).isEqualTo(ChildFlags.NONE);
  }

  @Test
  void only_names_and_date_of_birth_are_required() {
    ChildDetails child = ChildDetails.builder()
        .legalForename("Amira").legalSurname("Khan").dateOfBirth(LocalDate.of(2015, 5, 14))
        .addressUnknown(true)
        .build(TODAY);

    assertThat(child.upn()).isNull();
    assertThat(child.postcode()).isNull();
    assertThat(child.sex()).isEqualTo(Sex.NOT_KNOWN);
    assertThat(child.addressUnknown()).isTrue();
  }

  @Test
  void every_missing_field_is_reported_at_once() {
    assertThatThrownBy(() -> ChildDetails.builder().legalForename(" ").build(TODAY))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
            .extracting(FieldError::field)
            .containsExactly("legalForename", "legalSurname", "dateOfBirth"));
  }

  @Test
  void an_invalid_upn_is_reported_with_the_upn_checks_message() {
    String upn = "A801200005001";

    assertFaults(aChild().upn(upn), e -> assertThat(e.errors())
        .containsExactly(new FieldError("upn", Upn.validate(upn).message())));
    assertThat(Upn.validate(upn).message()).isEqualTo("check letter should be B, not A");
  }

  @Test
  void an_invalid_former_upn_is_reported_too() {
    assertFaults(aChild().formerUpn("B80120000500"), e -> assertThat(e.errors())
        .extracting(FieldError::field).containsExactly("formerUpn"));
  }

  @Test
  void a_date_of_birth_in_the_future_is_an_input_error() {
    assertFaults(aChild().dateOfBirth(TODAY.plusDays(1)), e -> assertThat(e.errors())
        .containsExactly(new FieldError("dateOfBirth", "the date of birth is in the future")));
  }

  @Test
  void a_date_of_birth_making_the_child_over_25_is_an_input_error() {
    assertFaults(aChild().dateOfBirth(TODAY.minusYears(26)), e -> assertThat(e.errors())
        .singleElement().satisfies(error -> {
          assertThat(error.field()).isEqualTo("dateOfBirth");
          assertThat(error.reason()).contains("26 years old");
        }));
  }

  @Test
  void a_child_not_of_compulsory_school_age_is_not_an_input_error() {
    assertThat(aChild().dateOfBirth(TODAY.minusYears(2)).build(TODAY).dateOfBirth())
        .isEqualTo(TODAY.minusYears(2));
    assertThat(aChild().dateOfBirth(TODAY.minusYears(25)).build(TODAY).dateOfBirth())
        .isEqualTo(TODAY.minusYears(25));
  }

  @ParameterizedTest(name = "[{0}] -> [{1}]")
  @CsvSource(delimiter = '|', textBlock = """
      SO23 8UJ  | SO23 8UJ
      so238uj   | SO23 8UJ
      M1 1AE    | M1 1AE
      B33 8TH   | B33 8TH
      CR2 6XH   | CR2 6XH
      DN55 1PT  | DN55 1PT
      W1A 1HQ   | W1A 1HQ
      EC1A 1BB  | EC1A 1BB
      gir 0aa   | GIR 0AA
      BF1 3AA   | BF1 3AA
      """)
  void a_plausible_postcode_is_written_the_usual_way(String postcode, String written) {
    assertThat(aChild().postcode(postcode).build(TODAY).postcode()).isEqualTo(written);
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"SO23", "12345", "SO23 8U", "SO23 8UJJ", "S023 8UJ X", "ABC 1AA", "1O23 8UJ", "SO23-8UJ"})
  void an_implausible_postcode_is_refused(String postcode) {
    assertFaults(aChild().postcode(postcode), e -> assertThat(e.errors())
        .extracting(FieldError::field).containsExactly("postcode"));
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"99900", "9990011", "99900A", "URN999"})
  void a_last_school_urn_is_six_digits(String urn) {
    assertFaults(aChild().lastSchoolUrn(urn), e -> assertThat(e.errors())
        .containsExactly(new FieldError("lastSchoolUrn", "a school URN is six digits")));
  }

  @Test
  void text_longer_than_the_register_holds_is_refused() {
    assertFaults(aChild().legalSurname("K".repeat(101)).address("a".repeat(501)), e -> assertThat(e.errors())
        .extracting(FieldError::field).containsExactly("legalSurname", "address"));
  }

  @Test
  void faults_never_repeat_the_value_entered() {
    assertFaults(aChild().legalSurname("Khan".repeat(30)).postcode("ZZ99 ZZZ").lastSchoolUrn("12"),
        e -> assertThat(e.getMessage()).doesNotContain("Khan", "ZZ99", "12,"));
  }

  @Test
  void checked_applies_the_rules_to_details_built_without_the_builder() {
    ChildDetails unchecked = new ChildDetails(null, null, "Amira", " ", null, TODAY, null, null, "nowhere", false,
        null, null, null);

    assertThatThrownBy(() -> ChildDetails.checked(unchecked, TODAY))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
            .extracting(FieldError::field).containsExactly("legalSurname", "postcode"));
  }

  @Test
  void its_text_form_shows_no_personal_data() {
    assertThat(aChild().upn("B801200005001").build(TODAY).toString())
        .doesNotContain("Amira", "Khan", "B801200005001", "SO23", "2015");
  }

  private static void assertFaults(ChildDetails.Builder builder, Consumer<InvalidInputException> check) {
    assertThatThrownBy(() -> builder.build(TODAY)).isInstanceOfSatisfying(InvalidInputException.class, check);
  }
}
