package uk.gov.cme.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.cme.casework.CaseworkTestData.NOW;
import static uk.gov.cme.casework.CaseworkTestData.OFFICER;
import static uk.gov.cme.casework.CaseworkTestData.OTHER_VALID_UPN;
import static uk.gov.cme.casework.CaseworkTestData.TODAY;
import static uk.gov.cme.casework.CaseworkTestData.VALID_UPN;
import static uk.gov.cme.casework.CaseworkTestData.aChild;
import static uk.gov.cme.casework.CaseworkTestData.aSchoolReferralDetails;
import static uk.gov.cme.casework.CaseworkTestData.anAnonymousReferral;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.data.jdbc.DataJdbcTest;
import org.springframework.context.annotation.Import;

/**
 * The case search on H2 with the migrations ({@link CaseSearch}): names forgiving of case, accents,
 * apostrophes, hyphens and partial names; the preferred name; the former UPN; closed cases too; the
 * newest first and at most {@value CaseSearch#LIMIT}; criteria that cannot be read named. Each test
 * runs in a transaction that is rolled back.
 */
@DataJdbcTest
@Import({Casework.class, CaseSearch.class, CaseReferenceGenerator.class, ChildLocks.class, MatchCandidates.class,
    CaseRegisterConfiguration.class, CaseworkTestData.FixedClock.class, RecordedEvents.class})
class CaseSearchTest {

  @Autowired
  Casework casework;
  @Autowired
  CaseSearch search;

  @Test
  void a_name_is_found_whatever_its_case_accents_apostrophes_hyphens_and_however_little_of_it_is_given() {
    CaseReference zoe = open(aChild().legalForename("Zoë").legalSurname("O'Brien-Smyth").preferredName("Zed"));
    CaseReference other = open(aChild().legalForename("Zofia").legalSurname("Brown"));

    for (String query : List.of("zoe", "ZOË", "o'brien", "obrien", "brien-smyth", "Smyth Zoe", "zed", "rien")) {
      assertThat(references(byQuery(query))).as(query).contains(zoe.value()).doesNotContain(other.value());
    }
    assertThat(references(byQuery("zo"))).contains(zoe.value(), other.value());
    assertThat(references(byQuery("zoe brown"))).isEmpty();
  }

  @Test
  void a_child_is_found_by_the_current_or_the_former_upn_the_postcode_the_date_of_birth_and_the_reference() {
    CaseReference child = open(aChild().upn(OTHER_VALID_UPN).formerUpn(VALID_UPN).postcode("SO22 5HX")
        .dateOfBirth(LocalDate.of(2014, 3, 14)));
    CaseReference other = open(aChild());

    for (String query : List.of(OTHER_VALID_UPN, VALID_UPN.toLowerCase(), "so22 5hx", "SO225HX", "14/3/2014",
        "2014-03-14", child.value().toLowerCase())) {
      assertThat(references(byQuery(query))).as(query).containsExactly(child.value());
    }
    assertThat(references(search.search(new CaseSearch.Criteria(null, null, "amira", null, null, "SO23 8UJ"))))
        .containsExactly(other.value());
  }

  @Test
  void closed_cases_are_found_too_the_newest_first_with_their_outcome() {
    CaseReference first = open(aChild().legalSurname("Farrowdene"));
    casework.close(first, OutcomeCode.ON_ROLL_HERE, null, OFFICER, NOW.plusSeconds(60));
    CaseReference second = casework.openCase(aChild().legalSurname("Farrowdene").build(TODAY), anAnonymousReferral(),
        OFFICER, NOW.plusSeconds(120));

    CaseSearch.Result result = byQuery("farrow");

    assertThat(references(result)).containsExactly(second.value(), first.value());
    assertThat(result.cases().get(1).status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(result.cases().get(1).outcomeCode()).isEqualTo(OutcomeCode.ON_ROLL_HERE);
    assertThat(result.cases().get(0).dateOfBirth()).isEqualTo(LocalDate.of(2015, 5, 14));
  }

  @Test
  void at_most_fifty_cases_are_listed_and_the_answer_says_there_were_more() {
    for (int i = 0; i <= CaseSearch.LIMIT; i++) {
      casework.openCase(aChild().legalSurname("Quillanthe").build(TODAY), aSchoolReferralDetails(), OFFICER,
          NOW.plusSeconds(i));
    }

    CaseSearch.Result result = byQuery("quillanthe");

    assertThat(result.cases()).hasSize(CaseSearch.LIMIT);
    assertThat(result.more()).isTrue();
    assertThat(byQuery("farrowdene").more()).isFalse();
  }

  @Test
  void criteria_that_cannot_be_read_are_each_named() {
    assertThatThrownBy(() -> search.search(new CaseSearch.Criteria(null, "CME-26-1", "k", "31/2/2014", null, null)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
            .extracting(InvalidInputException.FieldError::field)
            .containsExactlyInAnyOrder("reference", "name", "dateOfBirth"));
    assertThatThrownBy(() -> search.search(new CaseSearch.Criteria(" ", null, null, null, null, null)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
            .extracting(InvalidInputException.FieldError::field).containsExactly("query"));
  }

  @Test
  void the_parties_of_a_case_are_listed_and_a_case_that_does_not_exist_has_none() {
    CaseReference reference = open(aChild());

    assertThat(search.parties(reference)).extracting(CaseSearch.Party::groupId, CaseSearch.Party::basis)
        .contains(org.assertj.core.groups.Tuple.tuple("school-999001", PartyBasis.REFERRED));
    assertThat(search.parties(CaseReference.of("CME-2026-99999"))).isEmpty();
    assertThat(search.parents(reference)).isEmpty();
  }

  private CaseReference open(ChildDetails.Builder child) {
    return casework.openCase(child.build(TODAY), aSchoolReferralDetails(), OFFICER, NOW);
  }

  private CaseSearch.Result byQuery(String query) {
    return search.search(new CaseSearch.Criteria(query, null, null, null, null, null));
  }

  private static List<String> references(CaseSearch.Result result) {
    return result.cases().stream().map(CaseSearch.CaseSummary::reference).toList();
  }
}
