package uk.gov.cme.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static uk.gov.cme.casework.CaseworkTestData.NOW;
import static uk.gov.cme.casework.CaseworkTestData.OFFICER;
import static uk.gov.cme.casework.CaseworkTestData.OTHER_VALID_UPN;
import static uk.gov.cme.casework.CaseworkTestData.TODAY;
import static uk.gov.cme.casework.CaseworkTestData.VALID_UPN;
import static uk.gov.cme.casework.CaseworkTestData.aChild;
import static uk.gov.cme.casework.CaseworkTestData.aChildWithUpn;
import static uk.gov.cme.casework.CaseworkTestData.aChildWithoutUpn;
import static uk.gov.cme.casework.CaseworkTestData.aSchoolReferral;
import static uk.gov.cme.casework.CaseworkTestData.aSchoolReferralDetails;
import static uk.gov.cme.casework.CaseworkTestData.anAnonymousReferral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.data.jdbc.DataJdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.gov.cme.casework.InvalidInputException.FieldError;

/**
 * The case register on H2, with the Flyway migrations: a Spring Data JDBC slice (no engine) holding
 * {@link Casework} and what it needs. Each test runs in a transaction that is rolled back.
 */
@DataJdbcTest
@Import({Casework.class, CaseReferenceGenerator.class, ChildLocks.class, MatchCandidates.class, CaseRegisterConfiguration.class,
    CaseworkTestData.FixedClock.class, RecordedEvents.class})
class CaseworkTest {

  static final Instant LATER = NOW.plusSeconds(3600);

  @Autowired
  Casework casework;
  @Autowired
  CaseRepository repository;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  RecordedEvents events;

  @Test
  void the_migration_created_the_register() {
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" = TRUE"
        + " AND \"version\" = '1'", Integer.class)).isEqualTo(1);
    for (String table : List.of("cme_case", "cme_referral", "cme_enquiry", "cme_case_event")) {
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class)).as(table).isZero();
    }
  }

  @Test
  void opening_a_case_records_the_child_the_referral_and_an_event() {
    CaseReference reference = casework.openCase(aChildWithUpn(" b801200005001 "), aSchoolReferralDetails(),
        OFFICER, NOW);

    assertThat(reference.year()).isEqualTo(2026);
    assertThat(CaseReference.isValid(reference.value())).isTrue();
    CaseView view = casework.find(reference).orElseThrow();
    assertThat(view.status()).isEqualTo(CaseStatus.OPEN);
    assertThat(view.openedAt()).isEqualTo(NOW);
    assertThat(view.child()).isEqualTo(aChildWithUpn(VALID_UPN));
    assertThat(view.child().postcode()).isEqualTo("SO23 8UJ");
    assertThat(view.yearGroup(TODAY)).as("Year 6 in 2025/26").isEqualTo(6);
    assertThat(view.createdBy()).isEqualTo(OFFICER);
    assertThat(view.referrals()).singleElement().satisfies(referral -> {
      assertThat(referral.id()).isNotNull();
      assertThat(referral.details()).isEqualTo(aSchoolReferralDetails());
      assertThat(referral.details().attemptsToLocate()).hasSize(2);
      assertThat(referral.createdBy()).isEqualTo(OFFICER);
      assertThat(referral.acknowledgedAt()).isNull();
    });
    assertThat(casework.history(reference)).containsExactly(new CaseHistoryEntry(NOW, OFFICER,
        CaseEventType.CASE_OPENED, "referral " + view.referrals().get(0).id() + " from SCHOOL"));
    assertThat(jdbc.queryForObject("SELECT name_key || '|' || postcode_key FROM cme_case", String.class))
        .isEqualTo("AMIRA KHAN|SO238UJ");
  }

  @Test
  void a_referral_received_earlier_keeps_its_time_and_one_without_a_time_gets_the_recording_time() {
    CaseReference reference = casework.openCase(aChildWithoutUpn(), aSchoolReferralDetails(), OFFICER, NOW);
    casework.addReferral(reference, aSchoolReferral().receivedAt(null).build(), OFFICER, LATER);

    assertThat(casework.find(reference).orElseThrow().referrals())
        .extracting(r -> r.details().receivedAt())
        .containsExactly(NOW.minusSeconds(3600), LATER);
  }

  @Test
  void opening_with_bad_input_reports_every_fault_and_stores_nothing() {
    ChildDetails child = new ChildDetails("A801200005001", null, "Amira", " ", null, TODAY.plusDays(1), null,
        null, "nowhere", false, null, null, null);
    ReferralDetails referral = new ReferralDetails(ReferralSource.SCHOOL, null, null, "not-an-email", null, null,
        null, null, null, false, null, LATER);

    assertThatThrownBy(() -> casework.openCase(child, referral, " ", NOW))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
            .extracting(FieldError::field)
            .containsExactly("upn", "legalSurname", "dateOfBirth", "postcode", "referrerEmail",
                "referringSchoolUrn", "user"));
    assertThatThrownBy(() -> casework.openCase(aChildWithoutUpn(), referral.toBuilder()
        .referrerEmail(null).referringSchoolUrn("999001").build(), OFFICER, NOW))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
            .containsExactly(new FieldError("receivedAt", "a referral cannot be received after it is recorded")));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cme_case", Integer.class)).isZero();
  }

  @Test
  void an_anonymous_referral_is_stored_without_referrer_contact() {
    ReferralDetails typedIn = new ReferralDetails(ReferralSource.ANONYMOUS, "Org", "A neighbour", "n@example.org",
        "07700 900000", null, null, "Seen at home in school hours.", null, false, null, null);

    CaseReference reference = casework.openCase(aChildWithoutUpn(), typedIn, OFFICER, NOW);

    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cme_referral WHERE referrer_organisation IS NULL"
        + " AND referrer_name IS NULL AND referrer_email IS NULL AND referrer_phone IS NULL", Integer.class))
        .isEqualTo(1);
    assertThat(casework.find(reference).orElseThrow().referrals().get(0).details())
        .isEqualTo(anAnonymousReferral().toBuilder().circumstances("Seen at home in school hours.").receivedAt(NOW)
            .build());
  }

  @Test
  void the_database_refuses_an_anonymous_referral_with_contact_even_past_the_service() {
    CaseReference reference = casework.openCase(aChildWithoutUpn(), anAnonymousReferral(), OFFICER, NOW);

    assertThat(reference).isNotNull();
    assertThatThrownBy(() -> jdbc.update("UPDATE cme_referral SET referrer_name = 'X'"))
        .isInstanceOf(DataIntegrityViolationException.class)
        .hasMessageContaining("CME_REFERRAL_ANONYMOUS_CK");
  }

  @Test
  void a_referral_joins_an_open_case_and_keeps_its_id_through_later_changes() {
    CaseReference reference = casework.openCase(aChildWithoutUpn(), aSchoolReferralDetails(), OFFICER, NOW);
    ReferralId first = casework.find(reference).orElseThrow().referrals().get(0).id();

    ReferralId second = casework.addReferral(reference, anAnonymousReferral(), "admissions", LATER);
    casework.recordClassification(reference, first, "CME", "not on any roll", OFFICER, LATER);
    casework.acknowledge(reference, second, OFFICER, LATER);

    CaseView view = casework.find(reference).orElseThrow();
    assertThat(second).isNotEqualTo(first);
    assertThat(view.referrals()).extracting(CaseView.ReferralView::id).containsExactly(first, second);
    assertThat(view.referrals().get(0).classification()).isEqualTo("CME");
    assertThat(view.referrals().get(0).classificationReason()).isEqualTo("not on any roll");
    assertThat(view.referrals().get(0).classifiedBy()).isEqualTo(OFFICER);
    assertThat(view.referrals().get(1).acknowledgedAt()).isEqualTo(LATER);
    assertThat(view.referrals().get(1).acknowledgedBy()).isEqualTo(OFFICER);
    assertThat(view.updatedBy()).isEqualTo(OFFICER);
    assertThat(view.updatedAt()).isEqualTo(LATER);
    assertThat(casework.history(reference)).extracting(CaseHistoryEntry::type, CaseHistoryEntry::user)
        .containsExactly(
            tuple(CaseEventType.CASE_OPENED, OFFICER),
            tuple(CaseEventType.REFERRAL_ADDED, "admissions"),
            tuple(CaseEventType.REFERRAL_CLASSIFIED, OFFICER),
            tuple(CaseEventType.REFERRAL_ACKNOWLEDGED, OFFICER));
  }

  @Test
  void a_referral_is_acknowledged_once() {
    CaseReference reference = casework.openCase(aChildWithoutUpn(), aSchoolReferralDetails(), OFFICER, NOW);
    ReferralId referral = casework.find(reference).orElseThrow().referrals().get(0).id();
    casework.acknowledge(reference, referral, OFFICER, NOW);

    assertThatThrownBy(() -> casework.acknowledge(reference, referral, OFFICER, LATER))
        .isInstanceOf(CaseStateException.class)
        .hasMessage("referral " + referral + " on case " + reference + " is already acknowledged");
  }

  @Test
  void enquiries_are_sent_chased_and_answered() {
    CaseReference reference = casework.openCase(aChildWithoutUpn(), aSchoolReferralDetails(), OFFICER, NOW);

    EnquiryId housing = casework.recordEnquiry(reference,
        EnquiryDetails.of(Agency.HOUSING, "Housing options team", NOW.minusSeconds(60)), OFFICER, NOW);
    EnquiryId health = casework.recordEnquiry(reference, EnquiryDetails.of(Agency.HEALTH, null, null), OFFICER, NOW);
    assertThat(casework.recordChase(reference, housing, OFFICER, LATER)).isEqualTo(1);
    assertThat(casework.recordChase(reference, housing, OFFICER, LATER)).isEqualTo(2);
    casework.recordAnswer(reference, health, "Registered with a GP in Southampton", "cme.officer2", LATER);

    CaseView view = casework.find(reference).orElseThrow();
    assertThat(view.enquiries()).extracting(CaseView.EnquiryView::id).containsExactly(housing, health);
    CaseView.EnquiryView housingView = view.enquiries().get(0);
    assertThat(housingView.details()).isEqualTo(new EnquiryDetails(Agency.HOUSING, "Housing options team",
        NOW.minusSeconds(60)));
    assertThat(housingView.chaseCount()).isEqualTo(2);
    assertThat(housingView.answeredAt()).isNull();
    CaseView.EnquiryView healthView = view.enquiries().get(1);
    assertThat(healthView.details().sentAt()).isEqualTo(NOW);
    assertThat(healthView.answer()).isEqualTo("Registered with a GP in Southampton");
    assertThat(healthView.answeredBy()).isEqualTo("cme.officer2");
    assertThat(healthView.answeredAt()).isEqualTo(LATER);
    assertThat(casework.history(reference)).extracting(CaseHistoryEntry::detail).containsExactly(
        "referral " + view.referrals().get(0).id() + " from SCHOOL",
        "enquiry " + housing + " to HOUSING", "enquiry " + health + " to HEALTH",
        "enquiry " + housing + ", chase 1", "enquiry " + housing + ", chase 2", "enquiry " + health);

    assertThatThrownBy(() -> casework.recordAnswer(reference, health, "again", OFFICER, LATER))
        .isInstanceOf(CaseStateException.class);
    assertThatThrownBy(() -> casework.recordChase(reference, health, OFFICER, LATER))
        .isInstanceOf(CaseStateException.class);
    assertThatThrownBy(() -> casework.recordEnquiry(reference,
        new EnquiryDetails(Agency.POLICE, null, LATER), OFFICER, NOW))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
            .extracting(FieldError::field).containsExactly("sentAt"));
  }

  @Test
  void linking_a_process_instance_is_recorded_once_by_the_system() {
    CaseReference reference = casework.openCase(aChildWithoutUpn(), aSchoolReferralDetails(), OFFICER, NOW);

    casework.linkProcessInstance(reference, "pi-1");
    casework.linkProcessInstance(reference, "pi-1");

    assertThat(casework.find(reference).orElseThrow().processInstanceId()).isEqualTo("pi-1");
    assertThat(casework.history(reference)).last().isEqualTo(new CaseHistoryEntry(NOW, Casework.SYSTEM_USER,
        CaseEventType.PROCESS_INSTANCE_LINKED, "process instance pi-1"));
    assertThat(casework.history(reference)).hasSize(2);
  }

  @Test
  void a_case_opened_for_its_process_instance_is_linked_in_the_same_save_with_the_same_audit_trail() {
    Casework.Opened opened = casework.openCase(aChildWithoutUpn(), aSchoolReferralDetails(), OFFICER, NOW, "pi-1");

    CaseView view = casework.find(opened.reference()).orElseThrow();
    assertThat(view.processInstanceId()).isEqualTo("pi-1");
    assertThat(view.version()).as("saved once").isZero();
    assertThat(view.referrals()).extracting(r -> r.id()).containsExactly(opened.referralId());
    assertThat(casework.history(opened.reference())).extracting(CaseHistoryEntry::type)
        .containsExactly(CaseEventType.CASE_OPENED, CaseEventType.PROCESS_INSTANCE_LINKED);
    assertThatThrownBy(() -> casework.openCase(aChildWithoutUpn(), aSchoolReferralDetails(), OFFICER, NOW, " "))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
            .extracting(FieldError::field).containsExactly("processInstanceId"));
  }

  @Test
  void closing_needs_a_reason_for_some_outcomes_and_ends_changes() {
    CaseReference reference = casework.openCase(aChildWithoutUpn(), aSchoolReferralDetails(), OFFICER, NOW);
    ReferralId referral = casework.find(reference).orElseThrow().referrals().get(0).id();
    EnquiryId enquiry = casework.recordEnquiry(reference, EnquiryDetails.of(Agency.OTHER_LA, "Hampshire CME", null),
        OFFICER, NOW);

    assertThatThrownBy(() -> casework.close(reference, OutcomeCode.NOT_CME, " ", OFFICER, LATER))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
            .containsExactly(new FieldError("outcomeReason", "give the reason for \"not CME\"")));
    casework.close(reference, OutcomeCode.NOT_CME, "On roll at an independent school", OFFICER, LATER);

    CaseView view = casework.find(reference).orElseThrow();
    assertThat(view.status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(view.outcomeCode()).isEqualTo(OutcomeCode.NOT_CME);
    assertThat(view.outcomeReason()).isEqualTo("On roll at an independent school");
    assertThat(view.closedAt()).isEqualTo(LATER);
    assertThat(casework.history(reference)).last().isEqualTo(new CaseHistoryEntry(LATER, OFFICER,
        CaseEventType.CASE_CLOSED, "outcome NOT_CME"));

    assertThatThrownBy(() -> casework.close(reference, OutcomeCode.DIED, null, OFFICER, LATER))
        .isInstanceOf(CaseStateException.class).hasMessage("case " + reference + " is closed");
    assertThatThrownBy(() -> casework.addReferral(reference, aSchoolReferralDetails(), OFFICER, LATER))
        .isInstanceOf(CaseStateException.class);
    assertThatThrownBy(() -> casework.recordClassification(reference, referral, "CME", null, OFFICER, LATER))
        .isInstanceOf(CaseStateException.class);
    assertThatThrownBy(() -> casework.recordEnquiry(reference, EnquiryDetails.of(Agency.DWP, null, null),
        OFFICER, LATER)).isInstanceOf(CaseStateException.class);
    assertThatThrownBy(() -> casework.linkProcessInstance(reference, "pi-2"))
        .isInstanceOf(CaseStateException.class);
    // facts about what happened before closing may still be recorded
    casework.acknowledge(reference, referral, OFFICER, LATER);
    casework.recordAnswer(reference, enquiry, "On roll in Hampshire", OFFICER, LATER);
  }

  @Test
  void closing_with_an_outcome_that_needs_no_reason() {
    CaseReference reference = casework.openCase(aChildWithoutUpn(), aSchoolReferralDetails(), OFFICER, NOW);

    casework.close(reference, OutcomeCode.ON_ROLL_HERE, null, OFFICER, LATER);

    assertThat(casework.find(reference).orElseThrow().outcomeReason()).isNull();
    assertThatThrownBy(() -> casework.close(reference, null, null, OFFICER, LATER))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
            .extracting(FieldError::field).containsExactly("outcomeCode"));
  }

  @Test
  void unknown_cases_referrals_and_enquiries_are_not_found() {
    CaseReference unknown = new CaseReference(2026, 99_999);
    CaseReference reference = casework.openCase(aChildWithoutUpn(), aSchoolReferralDetails(), OFFICER, NOW);

    assertThat(casework.find(unknown)).isEmpty();
    assertThatThrownBy(() -> casework.addReferral(unknown, aSchoolReferralDetails(), OFFICER, NOW))
        .isInstanceOf(CaseNotFoundException.class).hasMessage("no case CME-2026-99999");
    assertThatThrownBy(() -> casework.acknowledge(reference, new ReferralId(999_999), OFFICER, NOW))
        .isInstanceOf(CaseNotFoundException.class).hasMessage("case " + reference + " has no referral 999999");
    assertThatThrownBy(() -> casework.recordAnswer(reference, new EnquiryId(999_999), "x", OFFICER, NOW))
        .isInstanceOf(CaseNotFoundException.class);
    assertThatThrownBy(() -> casework.history(unknown)).isInstanceOf(CaseNotFoundException.class);
    assertThatThrownBy(() -> casework.view(unknown, OFFICER, NOW)).isInstanceOf(CaseNotFoundException.class);
  }

  @Test
  void a_person_viewing_a_case_is_recorded() {
    CaseReference reference = casework.openCase(aChildWithoutUpn(), aSchoolReferralDetails(), OFFICER, NOW);

    CaseView view = casework.view(reference, "social.care", LATER);

    assertThat(view.reference()).isEqualTo(reference);
    assertThat(casework.history(reference)).last()
        .isEqualTo(new CaseHistoryEntry(LATER, "social.care", CaseEventType.CASE_VIEWED, null));
  }

  @Test
  void the_audit_trail_holds_no_personal_data() {
    CaseReference reference = casework.openCase(aChildWithUpn(VALID_UPN), aSchoolReferralDetails(), OFFICER, NOW);
    ReferralId referral = casework.find(reference).orElseThrow().referrals().get(0).id();
    casework.recordClassification(reference, referral, "NOT_CME", "Amira is on roll at Hillcrest", OFFICER, NOW);
    EnquiryId enquiry = casework.recordEnquiry(reference, EnquiryDetails.of(Agency.POLICE, "PC Jones", null),
        OFFICER, NOW);
    casework.recordAnswer(reference, enquiry, "Amira Khan known at SO23 8UJ", OFFICER, NOW);
    casework.close(reference, OutcomeCode.NOT_CME, "Amira is on roll at Hillcrest", OFFICER, NOW);

    assertThat(jdbc.queryForList("SELECT detail FROM cme_case_event WHERE detail IS NOT NULL", String.class))
        .hasSize(5)
        .allSatisfy(detail -> assertThat(detail).doesNotContain("Amira", "Khan", VALID_UPN, "SO23", "Hillcrest",
            "Jones", "Sam", "2015"));
  }

  @Test
  void two_changes_from_the_same_version_cannot_both_win() {
    CaseReference reference = casework.openCase(aChildWithoutUpn(), aSchoolReferralDetails(), OFFICER, NOW);
    CmeCase first = repository.findByCaseReference(reference.value()).orElseThrow();
    CmeCase second = repository.findByCaseReference(reference.value()).orElseThrow();

    first.linkProcessInstance("pi-1", OFFICER, LATER);
    repository.save(first);
    second.close(OutcomeCode.DIED, null, OFFICER, LATER);

    assertThatThrownBy(() -> repository.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
    assertThat(casework.find(reference).orElseThrow().version()).isEqualTo(1);
  }

  @Test
  void find_match_exact_by_upn_probable_and_none() {
    CaseReference withUpn = casework.openCase(aChildWithUpn(VALID_UPN), aSchoolReferralDetails(), OFFICER, NOW);

    MatchResult byUpn = casework.findMatch(aChild().upn(VALID_UPN).postcode(null).build(TODAY));
    MatchResult upnAlone = casework.findMatch(aChild().upn(VALID_UPN).legalForename("Different").postcode(null)
        .dateOfBirth(LocalDate.of(2016, 1, 1)).build(TODAY));
    MatchResult probable = casework.findMatch(aChild().legalForename("Amirah").postcode("BH1 1AA").build(TODAY));
    MatchResult none = casework.findMatch(aChild().legalSurname("Jones").build(TODAY));

    assertThat(byUpn).isEqualTo(new MatchResult(MatchKind.EXACT, withUpn, List.of()));
    assertThat(upnAlone).as("another school's pupil's UPN with another name and date of birth")
        .isEqualTo(new MatchResult(MatchKind.PROBABLE, withUpn, List.of()));
    assertThat(probable).isEqualTo(new MatchResult(MatchKind.PROBABLE, withUpn, List.of()));
    assertThat(none).isEqualTo(MatchResult.NONE);
  }

  @Test
  void find_match_by_details_and_by_former_upn_lists_the_others() {
    CaseReference first = casework.openCase(aChildWithoutUpn(), aSchoolReferralDetails(), OFFICER, NOW);
    CaseReference second = casework.openCase(aChild().formerUpn(OTHER_VALID_UPN).postcode(null).build(TODAY),
        aSchoolReferralDetails(), OFFICER, NOW);

    MatchResult byDetails = casework.findMatch(aChildWithoutUpn());
    MatchResult byFormerUpn = casework.findMatch(aChildWithUpn(OTHER_VALID_UPN));

    assertThat(byDetails).isEqualTo(new MatchResult(MatchKind.EXACT, first, List.of(second)));
    assertThat(byFormerUpn).isEqualTo(new MatchResult(MatchKind.EXACT, second, List.of(first)));
  }

  @Test
  void find_match_ignores_closed_cases() {
    CaseReference reference = casework.openCase(aChildWithUpn(VALID_UPN), aSchoolReferralDetails(), OFFICER, NOW);
    casework.close(reference, OutcomeCode.ON_ROLL_HERE, null, OFFICER, NOW);

    assertThat(casework.findMatch(aChildWithUpn(VALID_UPN))).isEqualTo(MatchResult.NONE);
  }

  // --- who may act on a case -------------------------------------------------------------------

  @Test
  void the_referring_school_and_the_cme_team_may_act_on_a_new_case_and_nobody_else() {
    CaseReference reference = casework.openCase(aChildWithUpn(VALID_UPN), aSchoolReferralDetails(), OFFICER, NOW);

    assertThat(casework.mayActOn(reference, Set.of("school-999001"))).isTrue();
    assertThat(casework.mayActOn(reference, Set.of("cme-officer"))).isTrue();
    assertThat(casework.mayActOn(reference, Set.of("school-999002"))).isFalse();
    assertThat(casework.mayActOn(reference, Set.of())).isFalse();
    assertThat(jdbc.queryForList("SELECT group_id FROM cme_case_party ORDER BY group_id", String.class))
        .containsExactly("cme-officer", "school-999001");
  }

  @Test
  void not_there_and_closed_and_not_yours_give_the_same_answer() {
    CaseReference reference = casework.openCase(aChildWithUpn(VALID_UPN), aSchoolReferralDetails(), OFFICER, NOW);
    CaseReference closed = casework.openCase(aChildWithoutUpn(), aSchoolReferralDetails(), OFFICER, NOW);
    casework.close(closed, OutcomeCode.DIED, null, OFFICER, NOW);

    assertThat(casework.mayActOn(CaseReference.of("CME-2026-99999"), Set.of("school-999001"))).isFalse();
    assertThat(casework.mayActOn(closed, Set.of("school-999001"))).isFalse();
    assertThat(casework.mayActOn(reference, Set.of("school-999002"))).isFalse();
  }

  @Test
  void a_further_referral_from_another_school_and_an_allocation_add_those_schools_once() {
    CaseReference reference = casework.openCase(aChildWithUpn(VALID_UPN), aSchoolReferralDetails(), OFFICER, NOW);
    casework.addReferral(reference, aSchoolReferral().referringSchoolUrn("999002").build(), OFFICER, LATER);
    casework.addReferral(reference, aSchoolReferral().referringSchoolUrn("999002").build(), OFFICER, LATER);
    casework.addParty(reference, "school-999003", PartyBasis.ALLOCATED, OFFICER, LATER);
    casework.addParty(reference, "school-999003", PartyBasis.ALLOCATED, OFFICER, LATER);

    assertThat(casework.mayActOn(reference, Set.of("school-999002"))).isTrue();
    assertThat(casework.mayActOn(reference, Set.of("school-999003"))).isTrue();
    assertThat(jdbc.queryForList("SELECT group_id || ' ' || basis FROM cme_case_party ORDER BY group_id",
        String.class)).containsExactly("cme-officer WORKS", "school-999001 REFERRED", "school-999002 REFERRED",
        "school-999003 ALLOCATED");
    assertThat(casework.history(reference)).extracting(CaseHistoryEntry::type)
        .containsOnlyOnce(CaseEventType.PARTY_ADDED);
  }

  @Test
  void merging_moves_the_referral_and_its_school_to_the_open_case_and_tells_who_follows_it() {
    CaseReference open = casework.openCase(aChildWithUpn(VALID_UPN), aSchoolReferralDetails(), OFFICER, NOW);
    CaseReference provisional = casework.openCase(aChildWithoutUpn(),
        aSchoolReferral().referringSchoolUrn("999002").build(), OFFICER, NOW);
    events.clear();

    ReferralId moved = casework.merge(provisional, open, aSchoolReferral().referringSchoolUrn("999002").build(),
        OFFICER, LATER);

    assertThat(casework.find(provisional).orElseThrow().outcomeCode()).isEqualTo(OutcomeCode.MERGED);
    assertThat(casework.find(open).orElseThrow().referrals()).extracting(r -> r.id()).contains(moved);
    assertThat(casework.mayActOn(open, Set.of("school-999002"))).isTrue();
    assertThat(events.caseEvents()).containsExactly(new CaseEvents.CaseMerged(provisional, open, moved, LATER));
  }

  @Test
  void acknowledging_and_closing_publish_events_for_whoever_follows_the_case() {
    CaseReference reference = casework.openCase(aChildWithUpn(VALID_UPN), aSchoolReferralDetails(), OFFICER, NOW);
    ReferralId referral = casework.find(reference).orElseThrow().referrals().get(0).id();
    events.clear();

    casework.acknowledge(reference, referral, OFFICER, LATER);
    casework.close(reference, OutcomeCode.ON_ROLL_HERE, null, OFFICER, LATER);

    assertThat(events.caseEvents()).containsExactly(
        new CaseEvents.ReferralAcknowledged(reference, referral, LATER),
        new CaseEvents.CaseClosed(reference, OutcomeCode.ON_ROLL_HERE, LATER));
  }

  @Test
  void opening_a_case_publishes_it_with_where_it_came_from_and_the_child() {
    events.clear();

    CaseReference reference = casework.openCase(aChildWithUpn(VALID_UPN), aSchoolReferralDetails(), OFFICER, NOW);

    assertThat(events.caseEvents()).containsExactly(new CaseEvents.CaseOpened(reference, ReferralSource.SCHOOL, NOW,
        casework.find(reference).orElseThrow().child()));
  }

  // --- report back and the social worker (issue 8, defects 4 and 8) ----------------------------

  @Test
  void every_referrer_with_an_email_is_told_once_and_schools_get_the_half_termly_update() {
    CaseReference reference = casework.openCase(aChildWithUpn(VALID_UPN), aSchoolReferralDetails(), OFFICER, NOW);
    casework.addReferral(reference, aSchoolReferral().referrerEmail("DSL@Riverside.example.sch.uk").build(),
        OFFICER, LATER);
    casework.addReferral(reference, ReferralDetails.builder(ReferralSource.AGENCY).referrerOrganisation("Health")
        .referrerEmail("hv@nhs.example").circumstances("Moved").build(), OFFICER, LATER);
    casework.addReferral(reference, anAnonymousReferral(), OFFICER, LATER);
    casework.addReferral(reference, ReferralDetails.builder(ReferralSource.AGENCY).referrerName("No email")
        .circumstances("Phoned in").build(), OFFICER, LATER);
    casework.addReferral(reference, ReferralDetails.builder(ReferralSource.EMIGRATION_NOTICE)
        .referringSchoolUrn("999002").referrerEmail("office@hillcrest.example").build(), OFFICER, LATER);

    CaseView view = casework.find(reference).orElseThrow();
    assertThat(view.referrerEmails()).containsExactly("dsl@riverside.example.sch.uk", "hv@nhs.example",
        "office@hillcrest.example");
    assertThat(view.schoolReferrerEmails()).containsExactly("dsl@riverside.example.sch.uk",
        "office@hillcrest.example");
  }

  @Test
  void the_social_worker_is_recorded_and_told_only_while_the_child_has_a_plan() {
    CaseReference reference = casework.openCase(aChildWithUpn(VALID_UPN), aSchoolReferralDetails(), OFFICER, NOW);
    SocialWorker worker = SocialWorker.of(" Jo Worker ", "jo.worker@council.example", "Children's Services Team 3");
    events.clear();

    assertThat(casework.recordSocialCare(reference, null, null, worker, OFFICER, LATER)).isTrue();
    CaseView recorded = casework.find(reference).orElseThrow();
    assertThat(recorded.socialWorker()).isEqualTo(new SocialWorker("Jo Worker", "jo.worker@council.example",
        "Children's Services Team 3"));
    assertThat(recorded.socialWorkerToTell()).as("no plan: not told").isEmpty();
    assertThat(events.caseEvents()).isEmpty();

    assertThat(casework.recordSocialCare(reference, true, null, null, OFFICER, LATER)).isTrue();
    assertThat(casework.find(reference).orElseThrow().socialWorkerToTell()).contains("jo.worker@council.example");
    assertThat(events.caseEvents()).containsExactly(
        new CaseEvents.EducationStatusChanged(reference, EducationStatus.SOCIAL_WORKER_RECORDED, LATER));
    assertThat(casework.recordSocialCare(reference, true, null, worker, OFFICER, LATER))
        .as("nothing new").isFalse();
    assertThat(casework.recordSocialCare(reference, false, true, null, OFFICER, LATER)).isTrue();
    assertThat(events.caseEvents()).as("the same social worker is not told twice").hasSize(1);
    assertThat(casework.find(reference).orElseThrow().child().flags())
        .isEqualTo(new ChildFlags(false, false, false, false, true, false));
    assertThat(casework.history(reference)).extracting(CaseHistoryEntry::type)
        .contains(CaseEventType.SOCIAL_CARE_RECORDED, CaseEventType.EDUCATION_STATUS_CHANGED);
    assertThat(casework.history(reference).toString()).doesNotContain("Jo Worker").doesNotContain("jo.worker");
  }

  @Test
  void a_social_worker_with_faults_is_refused_with_each_field_named() {
    assertThatThrownBy(() -> SocialWorker.of("Jo\u202eWorker", "not an email", "x".repeat(201)))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting(FieldError::field)
            .containsExactlyInAnyOrder("socialWorkerName", "socialWorkerEmail", "socialWorkerTeam"));
    assertThat(SocialWorker.of(" ", null, "")).as("nothing given").isNull();
  }

  @Test
  void a_change_of_education_status_is_recorded_and_published_on_an_open_case_only() {
    CaseReference reference = casework.openCase(aChildWithUpn(VALID_UPN), aSchoolReferralDetails(), OFFICER, NOW);
    events.clear();

    casework.recordEducationStatus(reference, EducationStatus.HOME_EDUCATION_NOTIFIED, OFFICER, LATER);

    assertThat(events.caseEvents()).containsExactly(
        new CaseEvents.EducationStatusChanged(reference, EducationStatus.HOME_EDUCATION_NOTIFIED, LATER));
    assertThat(casework.history(reference)).extracting(CaseHistoryEntry::type)
        .endsWith(CaseEventType.EDUCATION_STATUS_CHANGED);
    casework.close(reference, OutcomeCode.ELECTIVE_HOME_EDUCATION_SUITABLE, null, OFFICER, LATER);
    assertThatThrownBy(() -> casework.recordEducationStatus(reference, EducationStatus.HOME_EDUCATION_UNSUITABLE,
        OFFICER, LATER)).isInstanceOf(CaseStateException.class);
  }

  // --- one case per child in every process (issue 8, defect 5) ---------------------------------

  @Test
  void merging_a_case_moves_all_its_notices_schools_and_social_worker_to_the_open_case() {
    CaseReference open = casework.openCase(aChildWithUpn(VALID_UPN), aSchoolReferralDetails(), OFFICER, NOW);
    CaseReference provisional = casework.openCase(aChildWithoutUpn(), ReferralDetails.builder(
        ReferralSource.EMIGRATION_NOTICE).referringSchoolUrn("999002").referrerEmail("office@hillcrest.example")
        .circumstances("Leaving for Portugal").build(), OFFICER, NOW);
    casework.addParty(provisional, "school-999003", PartyBasis.NOTIFIED, OFFICER, NOW);
    casework.recordSocialCare(provisional, true, null, SocialWorker.of("Jo Worker", "jo@council.example", null),
        OFFICER, NOW);
    events.clear();

    casework.mergeCase(provisional, open, OFFICER, LATER);

    CaseView merged = casework.find(open).orElseThrow();
    assertThat(merged.referrals()).extracting(r -> r.details().source())
        .containsExactly(ReferralSource.SCHOOL, ReferralSource.EMIGRATION_NOTICE);
    assertThat(merged.referrerEmails()).contains("office@hillcrest.example");
    assertThat(casework.mayActOn(open, Set.of("school-999002"))).isTrue();
    assertThat(casework.mayActOn(open, Set.of("school-999003"))).isTrue();
    assertThat(merged.socialWorkerToTell()).contains("jo@council.example");
    assertThat(casework.find(provisional).orElseThrow().outcomeCode()).isEqualTo(OutcomeCode.MERGED);
    assertThat(events.caseEvents()).last().isEqualTo(
        new CaseEvents.CaseMerged(provisional, open, merged.referrals().get(1).id(), LATER));
    assertThatThrownBy(() -> casework.mergeCase(open, open, OFFICER, LATER)).isInstanceOf(CaseStateException.class);
  }

  /** A case flagged for the CMOOE Action Group (rules.md R3) keeps its flag when it is merged away. */
  @Test
  void merging_a_case_flagged_for_the_cmooe_action_group_flags_the_open_case() {
    CaseReference open = casework.openCase(aChildWithUpn(VALID_UPN), aSchoolReferralDetails(), OFFICER, NOW);
    CaseReference provisional = casework.openCase(aChildWithoutUpn(), ReferralDetails.builder(
        ReferralSource.EHE_NOTIFICATION).referrerOrganisation("Teaching and Learning Provision").build(), OFFICER, NOW);
    casework.flagForCmooeActionGroup(provisional, OFFICER, NOW);
    assertThat(casework.find(open).orElseThrow().child().flags().cmooeActionGroup()).isFalse();

    casework.mergeCase(provisional, open, OFFICER, LATER);

    assertThat(casework.find(open).orElseThrow().child().flags().cmooeActionGroup()).isTrue();
    assertThat(casework.history(open)).extracting(CaseHistoryEntry::type)
        .contains(CaseEventType.FLAGGED_FOR_CMOOE_ACTION_GROUP);
    casework.mergeCase(casework.openCase(aChildWithoutUpn(), ReferralDetails.builder(ReferralSource.EHE_NOTIFICATION)
        .referrerOrganisation("Teaching and Learning Provision").build(), OFFICER, NOW), open, OFFICER, LATER);
    assertThat(casework.history(open)).extracting(CaseHistoryEntry::type)
        .filteredOn(CaseEventType.FLAGGED_FOR_CMOOE_ACTION_GROUP::equals).as("flagged once").hasSize(1);
  }

  @Test
  void the_register_takes_the_new_sources_and_party_basis() {
    CaseReference reference = casework.openCase(aChildWithUpn(VALID_UPN), ReferralDetails.builder(
        ReferralSource.EHE_NOTIFICATION).referrerOrganisation("Teaching and Learning Provision").build(), OFFICER, NOW);
    casework.addParty(reference, "school-999002", PartyBasis.NOTIFIED, OFFICER, NOW);

    assertThat(jdbc.queryForList("SELECT source FROM cme_referral", String.class)).containsExactly("EHE_NOTIFICATION");
    assertThat(casework.mayActOn(reference, Set.of("school-999002"))).isTrue();
  }

  @Test
  void the_child_lock_slots_cover_the_date_of_birth_and_each_valid_upn_in_order() {
    ChildDetails child = aChild().upn(VALID_UPN).formerUpn(OTHER_VALID_UPN).build(TODAY);

    assertThat(List.copyOf(ChildLocks.slots(child))).hasSizeBetween(1, 3).isSorted()
        .allSatisfy(slot -> assertThat(slot).isBetween(0, ChildLocks.SLOTS - 1));
    assertThat(ChildLocks.slots(new ChildDetails("A801200005001", null, "Amira", "Khan", null, aChildWithoutUpn().dateOfBirth(),
        Sex.NOT_KNOWN, null, null, false, null, null, ChildFlags.NONE)))
        .as("an invalid UPN takes no slot").containsExactly(ChildLocks.slots(aChildWithoutUpn()).first());
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cme_match_lock", Integer.class)).isEqualTo(ChildLocks.SLOTS);
  }
}
