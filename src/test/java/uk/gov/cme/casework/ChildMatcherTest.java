package uk.gov.cme.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.cme.casework.CaseworkTestData.OTHER_VALID_UPN;
import static uk.gov.cme.casework.CaseworkTestData.VALID_UPN;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.gov.cme.casework.ChildMatcher.Candidate;
import uk.gov.cme.casework.ChildMatcher.Grade;

/** Each rule of {@link ChildMatcher}, in the order of its Javadoc. No Spring. */
class ChildMatcherTest {

  static final LocalDate BORN = LocalDate.of(2015, 5, 14);
  static final CaseReference CASE_1 = new CaseReference(2026, 1);
  static final CaseReference CASE_2 = new CaseReference(2026, 2);
  static final CaseReference CASE_3 = new CaseReference(2026, 3);
  static final String TEMPORARY_UPN = "G80120000101A";

  /** The child being matched: Amira Khan, 14 May 2015, SO23 8UJ, no UPN. */
  static ChildDetails child(String upn, String formerUpn, String forename, String surname, LocalDate born,
                            String postcode) {
    return new ChildDetails(upn, formerUpn, forename, surname, null, born, Sex.FEMALE, null, postcode, false,
        null, null, ChildFlags.NONE);
  }

  static ChildDetails amira() {
    return child(null, null, "Amira", "Khan", BORN, "SO23 8UJ");
  }

  static Candidate openCase(CaseReference reference, String upn, String formerUpn, String forename, String surname,
                            LocalDate born, String postcode) {
    return new Candidate(reference, upn, formerUpn, forename, surname, born, postcode);
  }

  static Candidate amirasCase() {
    return openCase(CASE_1, null, null, "Amira", "Khan", BORN, "SO23 8UJ");
  }

  @Nested
  class Normalisation {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', textBlock = """
        Amira                  | AMIRA
        '  amira   khan  '     | AMIRA KHAN
        Zoë                    | ZOE
        José-María             | JOSE MARIA
        Mary-Jane              | MARY JANE
        O'Brien                | OBRIEN
        O’Brien                | OBRIEN
        Nuñez                  | NUNEZ
        Øyvind Łukasz          | OYVIND LUKASZ
        Strauß                 | STRAUSS
        Ægir                   | AEGIR
        St. John-Smith         | ST JOHN SMITH
        Ana,  Maria            | ANA MARIA
        Şükrü Çelik            | SUKRU CELIK
        """)
    void names_lose_accents_case_punctuation_and_extra_spaces(String name, String normalised) {
      assertThat(ChildMatcher.normaliseName(name)).isEqualTo(normalised);
    }

    @Test
    void a_missing_name_is_empty() {
      assertThat(ChildMatcher.normaliseName(null)).isEmpty();
      assertThat(ChildMatcher.normaliseName(" - ")).isEmpty();
    }

    @Test
    void the_name_key_is_forenames_then_surname() {
      assertThat(ChildMatcher.nameKey("Zoë  Anne", "O'Brien")).isEqualTo("ZOE ANNE OBRIEN");
    }

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', textBlock = """
        SO23 8UJ      | SO238UJ
        so23 8uj      | SO238UJ
        ' SO23  8UJ ' | SO238UJ
        so238uj       | SO238UJ
        """)
    void postcodes_lose_spaces_and_case(String postcode, String key) {
      assertThat(ChildMatcher.postcodeKey(postcode)).isEqualTo(key);
    }

    @Test
    void a_missing_postcode_has_no_key() {
      assertThat(ChildMatcher.postcodeKey(null)).isNull();
      assertThat(ChildMatcher.postcodeKey("  ")).isNull();
    }
  }

  @Nested
  class Rule1ExactByUpn {

    @Test
    void the_childs_upn_equals_the_cases_upn_and_name_and_date_of_birth_agree() {
      ChildDetails child = child(VALID_UPN, null, "Amira", "Khan", BORN, null);
      Candidate candidate = openCase(CASE_1, VALID_UPN, null, "amira", "KHAN", BORN, "BH1 1AA");

      assertThat(ChildMatcher.grade(child, candidate)).isEqualTo(Grade.EXACT_BY_UPN);
    }

    @Test
    void a_upn_match_with_another_name_is_only_probable() {
      ChildDetails child = child(VALID_UPN, null, "Amira", "Khan", BORN, null);
      Candidate candidate = openCase(CASE_1, VALID_UPN, null, "Someone", "Else", BORN, null);

      assertThat(ChildMatcher.grade(child, candidate)).isEqualTo(Grade.PROBABLE);
    }

    @Test
    void a_upn_match_with_another_date_of_birth_is_only_probable() {
      ChildDetails child = child(VALID_UPN, null, "Amira", "Khan", BORN, null);
      Candidate candidate = openCase(CASE_1, VALID_UPN, null, "Amira", "Khan", BORN.plusYears(1), null);

      assertThat(ChildMatcher.grade(child, candidate)).isEqualTo(Grade.PROBABLE);
    }

    @Test
    void a_upn_match_without_a_date_of_birth_is_only_probable() {
      ChildDetails child = child(VALID_UPN, null, "Amira", "Khan", null, null);
      Candidate candidate = openCase(CASE_1, VALID_UPN, null, "Amira", "Khan", BORN, null);

      assertThat(ChildMatcher.grade(child, candidate)).isEqualTo(Grade.PROBABLE);
    }

    @Test
    void the_childs_upn_equals_the_cases_former_upn() {
      ChildDetails child = child(VALID_UPN, null, "Amira", "Khan", BORN, null);
      Candidate candidate = openCase(CASE_1, OTHER_VALID_UPN, VALID_UPN, "Amira", "Khan", BORN, null);

      assertThat(ChildMatcher.grade(child, candidate)).isEqualTo(Grade.EXACT_BY_UPN);
    }

    @Test
    void the_childs_former_upn_equals_the_cases_upn() {
      ChildDetails child = child(OTHER_VALID_UPN, TEMPORARY_UPN, "Amira", "Khan", BORN, null);
      Candidate candidate = openCase(CASE_1, TEMPORARY_UPN, null, "Amira", "Khan", BORN, null);

      assertThat(ChildMatcher.grade(child, candidate)).isEqualTo(Grade.EXACT_BY_UPN);
    }

    @Test
    void the_upn_is_compared_upper_case_and_trimmed() {
      ChildDetails child = child(" b801200005001 ", null, "Amira", "Khan", BORN, null);
      Candidate candidate = openCase(CASE_1, VALID_UPN, null, "Amira", "Khan", BORN, null);

      assertThat(ChildMatcher.grade(child, candidate)).isEqualTo(Grade.EXACT_BY_UPN);
    }

    @Test
    void an_invalid_upn_never_matches() {
      String invalid = "A801200005001"; // wrong check letter
      ChildDetails child = child(invalid, null, "Amira", "Khan", BORN, null);
      Candidate candidate = openCase(CASE_1, invalid, null, "Other", "Name", BORN, null);

      assertThat(ChildMatcher.grade(child, candidate)).isEqualTo(Grade.NONE);
    }
  }

  @Nested
  class Rule2ExactByDetails {

    @Test
    void forename_surname_date_of_birth_and_postcode_are_equal_after_normalisation() {
      ChildDetails child = child(null, null, " amira ", "KHAN", BORN, "so238uj");

      assertThat(ChildMatcher.grade(child, amirasCase())).isEqualTo(Grade.EXACT_BY_DETAILS);
    }

    @Test
    void accents_and_punctuation_do_not_matter() {
      ChildDetails child = child(null, null, "Zoë", "O'Brien", BORN, "SO23 8UJ");
      Candidate candidate = openCase(CASE_1, null, null, "ZOE", "OBrien", BORN, "SO23 8UJ");

      assertThat(ChildMatcher.grade(child, candidate)).isEqualTo(Grade.EXACT_BY_DETAILS);
    }

    @Test
    void one_side_having_a_upn_is_no_conflict() {
      ChildDetails child = child(VALID_UPN, null, "Amira", "Khan", BORN, "SO23 8UJ");

      assertThat(ChildMatcher.grade(child, amirasCase())).isEqualTo(Grade.EXACT_BY_DETAILS);
    }

    @Test
    void without_postcodes_it_is_only_probable() {
      ChildDetails child = child(null, null, "Amira", "Khan", BORN, null);
      Candidate candidate = openCase(CASE_1, null, null, "Amira", "Khan", BORN, null);

      assertThat(ChildMatcher.grade(child, candidate)).isEqualTo(Grade.PROBABLE);
    }

    @Test
    void conflicting_upns_make_it_only_probable() {
      ChildDetails child = child(VALID_UPN, null, "Amira", "Khan", BORN, "SO23 8UJ");
      Candidate candidate = openCase(CASE_1, OTHER_VALID_UPN, null, "Amira", "Khan", BORN, "SO23 8UJ");

      assertThat(ChildMatcher.grade(child, candidate)).isEqualTo(Grade.PROBABLE);
    }
  }

  @Nested
  class Rule3To5Probable {

    @Test
    void rule_3_same_forename_surname_and_date_of_birth_at_another_postcode() {
      ChildDetails child = child(null, null, "Amira", "Khan", BORN, "BH1 1AA");

      assertThat(ChildMatcher.grade(child, amirasCase())).isEqualTo(Grade.PROBABLE);
    }

    @ParameterizedTest(name = "{0} and {1}")
    @CsvSource(textBlock = """
        Alexander, Alex
        Mary Jane, Mary
        Mohammed,  Mohamed
        Jo Anne,   Joanna
        """)
    void rule_4_same_first_three_letters_of_the_forename(String forename, String otherForename) {
      ChildDetails child = child(null, null, forename, "Khan", BORN, "BH1 1AA");
      Candidate candidate = openCase(CASE_1, null, null, otherForename, "Khan", BORN, "SO23 8UJ");

      assertThat(ChildMatcher.grade(child, candidate)).isEqualTo(Grade.PROBABLE);
    }

    @Test
    void rule_4_needs_three_letters_on_both_sides() {
      ChildDetails child = child(null, null, "Jo", "Khan", BORN, "BH1 1AA");
      Candidate candidate = openCase(CASE_1, null, null, "Joanna", "Khan", BORN, "SO23 8UJ");

      assertThat(ChildMatcher.grade(child, candidate)).isEqualTo(Grade.NONE);
    }

    @Test
    void rule_5_same_surname_date_of_birth_and_postcode_with_another_forename() {
      ChildDetails child = child(null, null, "Sara", "Khan", BORN, "so23 8uj");

      assertThat(ChildMatcher.grade(child, amirasCase())).isEqualTo(Grade.PROBABLE);
    }
  }

  @Nested
  class Rule6None {

    @Test
    void another_date_of_birth() {
      ChildDetails child = child(null, null, "Amira", "Khan", BORN.plusDays(1), "SO23 8UJ");

      assertThat(ChildMatcher.grade(child, amirasCase())).isEqualTo(Grade.NONE);
    }

    @Test
    void another_surname() {
      ChildDetails child = child(null, null, "Amira", "Kahn", BORN, "SO23 8UJ");

      assertThat(ChildMatcher.grade(child, amirasCase())).isEqualTo(Grade.NONE);
    }

    @Test
    void same_surname_and_date_of_birth_but_another_forename_and_postcode() {
      ChildDetails child = child(null, null, "Sara", "Khan", BORN, "BH1 1AA");

      assertThat(ChildMatcher.grade(child, amirasCase())).isEqualTo(Grade.NONE);
    }

    @Test
    void no_date_of_birth_and_no_upn() {
      ChildDetails child = child(null, null, "Amira", "Khan", null, "SO23 8UJ");

      assertThat(ChildMatcher.grade(child, amirasCase())).isEqualTo(Grade.NONE);
    }

    @Test
    void no_open_case_at_all() {
      assertThat(ChildMatcher.match(amira(), List.of())).isEqualTo(MatchResult.NONE);
    }
  }

  @Nested
  class BestMatch {

    @Test
    void exact_by_upn_beats_exact_by_details_beats_probable() {
      ChildDetails child = child(VALID_UPN, null, "Amira", "Khan", BORN, "SO23 8UJ");
      Candidate probable = openCase(CASE_1, null, null, "Amira", "Khan", BORN, "BH1 1AA");
      Candidate byDetails = openCase(CASE_2, null, null, "Amira", "Khan", BORN, "SO23 8UJ");
      Candidate byUpn = openCase(CASE_3, VALID_UPN, null, "Amira", "Khan", BORN, null);

      MatchResult result = ChildMatcher.match(child, List.of(probable, byDetails, byUpn));

      assertThat(result.kind()).isEqualTo(MatchKind.EXACT);
      assertThat(result.caseReference()).isEqualTo(CASE_3);
      assertThat(result.otherMatches()).containsExactly(CASE_2, CASE_1);
    }

    @Test
    void among_equals_the_first_given_wins() {
      Candidate older = openCase(CASE_1, null, null, "Amira", "Khan", BORN, "BH1 1AA");
      Candidate newer = openCase(CASE_2, null, null, "Amira", "Khan", BORN, "BH2 2AA");

      MatchResult result = ChildMatcher.match(amira(), List.of(older, newer));

      assertThat(result.kind()).isEqualTo(MatchKind.PROBABLE);
      assertThat(result.matchedCase()).contains(CASE_1);
      assertThat(result.otherMatches()).containsExactly(CASE_2);
    }

    @Test
    void cases_that_do_not_match_are_not_listed() {
      Candidate unrelated = openCase(CASE_1, null, null, "Sara", "Jones", BORN, "BH1 1AA");
      Candidate same = openCase(CASE_2, null, null, "Amira", "Khan", BORN, "SO23 8UJ");

      MatchResult result = ChildMatcher.match(amira(), List.of(unrelated, same));

      assertThat(result.isExact()).isTrue();
      assertThat(result.caseReference()).isEqualTo(CASE_2);
      assertThat(result.otherMatches()).isEmpty();
    }
  }
}
