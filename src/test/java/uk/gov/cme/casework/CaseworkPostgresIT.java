package uk.gov.cme.casework;

import static org.assertj.core.api.Assertions.assertThat;
import uk.gov.cme.TestPostgres;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static uk.gov.cme.casework.CaseworkTestData.NOW;
import static uk.gov.cme.casework.CaseworkTestData.OFFICER;
import static uk.gov.cme.casework.CaseworkTestData.TODAY;
import static uk.gov.cme.casework.CaseworkTestData.VALID_UPN;
import static uk.gov.cme.casework.CaseworkTestData.aChild;
import static uk.gov.cme.casework.CaseworkTestData.aChildWithUpn;
import static uk.gov.cme.casework.CaseworkTestData.aSchoolReferralDetails;
import static uk.gov.cme.casework.CaseworkTestData.anAnonymousReferral;

import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.data.jdbc.DataJdbcTest;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case register's migrations and a few {@link Casework} calls on the real PostgreSQL server, in a
 * database created for this run and dropped afterwards (as {@code PostgresIT} does for the engine).
 * The database already holds a table when Flyway first runs, as when the engine created its tables
 * first: the baseline settings in {@code application.yaml} must still apply V1.
 * Server: CME_TEST_PG_HOST / CME_TEST_PG_PORT (default 127.0.0.1:5432), administrative user
 * CME_TEST_PG_ADMIN (default postgres) with trust or CME_TEST_PG_PASSWORD.
 */
@DataJdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({Casework.class, CaseLetters.class, CaseSearch.class, CaseProgress.class, CaseReferenceGenerator.class, ChildLocks.class, MatchCandidates.class, CaseRegisterConfiguration.class,
    CaseworkTestData.FixedClock.class})
@DirtiesContext
class CaseworkPostgresIT {

  private static final String DATABASE = TestPostgres.newDatabaseName("cme_case_it_");

  private static DataSource pool;

  @Autowired
  Casework casework;
  @Autowired
  CaseLetters caseLetters;
  @Autowired
  CaseSearch search;
  @Autowired
  CaseProgress progress;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  CaseReferenceGenerator generator;
  @Autowired
  DataSource dataSource;
  @Autowired
  PlatformTransactionManager transactionManager;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) throws SQLException {
    TestPostgres.useNewDatabase(registry, DATABASE);
    // stands in for the engine's tables, created before Flyway runs
    TestPostgres.execute(DATABASE, "CREATE TABLE act_ge_property (name_ VARCHAR(64) PRIMARY KEY, value_ VARCHAR(300))");
  }

  @BeforeEach
  void rememberThePool() {
    pool = dataSource;
  }

  /** Runs before the context closes: close the pool first, so that dropping the database is clean. */
  @AfterAll
  static void dropDatabase() throws SQLException {
    TestPostgres.dropDatabase(pool, DATABASE);
  }

  @Test
  void flyway_baselined_at_0_and_applied_the_migrations_next_to_the_existing_tables() {
    List<Map<String, Object>> history = jdbc.queryForList(
        "SELECT version, type, success FROM flyway_schema_history ORDER BY installed_rank");

    assertThat(history).extracting(row -> row.get("version"), row -> row.get("type"), row -> row.get("success"))
        .containsExactly(
            tuple("0", "BASELINE", true),
            tuple("1", "SQL", true),
            tuple("2", "SQL", true),
            tuple("3", "SQL", true),
            tuple("4", "SQL", true),
            tuple("5", "SQL", true),
            tuple("6", "SQL", true),
            tuple("7", "SQL", true),
            tuple("8", "SQL", true),
            tuple("9", "SQL", true),
            tuple("10", "SQL", true),
            tuple("12", "SQL", true));
    assertThat(jdbc.queryForObject("SELECT current_setting('server_version_num')::int", Integer.class))
        .isGreaterThanOrEqualTo(150000);
  }

  /** V7: a letter's bytes (BYTEA) stored and read back with its hash on PostgreSQL. */
  @Test
  void a_letter_is_stored_and_downloaded_with_its_hash() {
    CaseReference reference = casework.openCase(aChild().build(TODAY), anAnonymousReferral(), OFFICER, NOW);
    byte[] pdf = {'%', 'P', 'D', 'F', 0, (byte) 0xff, 1};
    StoredLetter stored = caseLetters.store(reference, "s437-notice", "Notice", "s437-notice", "1", pdf, OFFICER, NOW);
    assertThat(caseLetters.download(reference, stored.id(), OFFICER, NOW).pdf()).isEqualTo(pdf);
    assertThat(caseLetters.list(reference)).containsExactly(stored);
  }

  /** The case search's SQL (LIKE on the name key, the postcode key, a date, FETCH FIRST) on PostgreSQL. */
  @Test
  void the_case_search_finds_a_child_by_part_of_the_name_postcode_date_of_birth_and_upn() {
    CaseReference reference = casework.openCase(aChild().legalSurname("Kowalski").upn(VALID_UPN).build(TODAY),
        aSchoolReferralDetails(), OFFICER, NOW);
    for (String query : List.of("kowal", "amira kow", "so238uj", "14/5/2015", VALID_UPN.toLowerCase(),
        reference.value())) {
      assertThat(search.search(new CaseSearch.Criteria(query, null, null, null, null, null)).cases())
          .as(query).extracting(CaseSearch.CaseSummary::reference).contains(reference.value());
    }
    assertThat(search.parties(reference)).extracting(CaseSearch.Party::groupId).contains("school-999001");
  }

  @Test
  void a_case_is_opened_worked_and_closed() {
    CaseReference reference = casework.openCase(aChildWithUpn(VALID_UPN), aSchoolReferralDetails(), OFFICER, NOW);
    ReferralId first = casework.find(reference).orElseThrow().referrals().get(0).id();
    ReferralId second = casework.addReferral(reference, anAnonymousReferral(), OFFICER, NOW);
    casework.recordClassification(reference, first, "CME", null, OFFICER, NOW);
    casework.acknowledge(reference, first, OFFICER, NOW);
    EnquiryId enquiry = casework.recordEnquiry(reference, EnquiryDetails.of(Agency.OTHER_LA, "Hampshire CME", null),
        OFFICER, NOW);
    casework.recordChase(reference, enquiry, OFFICER, NOW);
    casework.recordAnswer(reference, enquiry, "On roll in Hampshire", OFFICER, NOW);
    casework.linkProcessInstance(reference, "pi-1");
    casework.close(reference, OutcomeCode.ON_ROLL_ELSEWHERE, "Hampshire", OFFICER, NOW);

    CaseView view = casework.find(reference).orElseThrow();
    assertThat(view.child()).isEqualTo(aChildWithUpn(VALID_UPN));
    assertThat(view.referrals()).extracting(CaseView.ReferralView::id).containsExactly(first, second);
    assertThat(view.referrals().get(0).details()).isEqualTo(aSchoolReferralDetails());
    assertThat(view.referrals().get(0).acknowledgedAt()).isEqualTo(NOW);
    assertThat(view.enquiries()).singleElement().satisfies(e -> {
      assertThat(e.chaseCount()).isEqualTo(1);
      assertThat(e.answer()).isEqualTo("On roll in Hampshire");
    });
    assertThat(view.status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(view.processInstanceId()).isEqualTo("pi-1");
    assertThat(view.version()).isEqualTo(8);
    assertThat(casework.history(reference)).extracting(CaseHistoryEntry::type).containsExactly(
        CaseEventType.CASE_OPENED, CaseEventType.REFERRAL_ADDED, CaseEventType.REFERRAL_CLASSIFIED,
        CaseEventType.REFERRAL_ACKNOWLEDGED, CaseEventType.ENQUIRY_SENT, CaseEventType.ENQUIRY_CHASED,
        CaseEventType.ENQUIRY_ANSWERED, CaseEventType.PROCESS_INSTANCE_LINKED, CaseEventType.CASE_CLOSED);
  }

  /**
   * Issue 11 (V10, {@link CaseProgress}): the open cases whose last progress was before a moment, on
   * PostgreSQL: reading the case is not progress, a closed case is never listed, the index on the
   * status is there.
   */
  @Test
  void the_open_cases_without_progress_are_found_and_reading_is_not_progress() {
    java.time.Duration day = java.time.Duration.ofDays(1);
    CaseReference stalled = casework.openCase(aChild().legalSurname("Stalled").build(TODAY), aSchoolReferralDetails(),
        OFFICER, NOW);
    casework.view(stalled, OFFICER, NOW.plus(day.multipliedBy(39)));
    CaseReference moving = casework.openCase(aChild().legalSurname("Moving").build(TODAY), aSchoolReferralDetails(),
        OFFICER, NOW);
    casework.recordEnquiry(moving, EnquiryDetails.of(Agency.HOUSING, "Housing options", null), OFFICER,
        NOW.plus(day.multipliedBy(38)));
    CaseReference closed = casework.openCase(aChild().legalSurname("Closed").build(TODAY), aSchoolReferralDetails(),
        OFFICER, NOW);
    casework.close(closed, OutcomeCode.ON_ROLL_HERE, null, OFFICER, NOW.plus(day));

    assertThat(progress.openCasesWithoutProgressSince(NOW.plus(day.multipliedBy(30))))
        .extracting(c -> c.reference(), c -> c.lastProgress())
        .containsExactly(tuple(stalled, NOW));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pg_indexes WHERE indexname = 'cme_case_status_ix'",
        Integer.class)).isOne();
  }

  @Test
  void times_are_stored_as_the_same_instant() {
    CaseReference reference = casework.openCase(aChild().build(TODAY), aSchoolReferralDetails(), OFFICER, NOW);

    Instant stored = jdbc.queryForObject("SELECT opened_at FROM cme_case WHERE case_reference = ?",
        (rs, row) -> rs.getObject(1, java.time.OffsetDateTime.class).toInstant(), reference.value());
    assertThat(stored).isEqualTo(NOW);
  }

  @Test
  void matching_finds_the_open_case() {
    CaseReference reference = casework.openCase(aChild().build(TODAY), aSchoolReferralDetails(), OFFICER, NOW);

    assertThat(casework.findMatch(aChild().build(TODAY)).caseReference()).isEqualTo(reference);
    assertThat(casework.findMatch(aChild().legalForename("Amirah").postcode(null).build(TODAY)).kind())
        .isEqualTo(MatchKind.PROBABLE);
  }

  @Test
  void the_database_keeps_anonymous_referrals_anonymous() {
    casework.openCase(aChild().build(TODAY), anAnonymousReferral(), OFFICER, NOW);

    assertThatThrownBy(() -> jdbc.update("UPDATE cme_referral SET referrer_email = 'x@example.org'"))
        .isInstanceOf(DataIntegrityViolationException.class)
        .hasMessageContaining("cme_referral_anonymous_ck");
  }

  @Test
  @Transactional(propagation = Propagation.NOT_SUPPORTED)
  void references_are_unique_across_eight_threads() throws Exception {
    List<CaseReference> references = CaseReferenceGeneratorTest.takeConcurrently(generator, 8, 50);

    assertThat(new HashSet<>(references)).hasSize(400);
    assertThat(references).allSatisfy(r -> assertThat(r.value()).matches("CME-2026-\\d{5}"));
  }



  @Test
  @Transactional(propagation = Propagation.NOT_SUPPORTED)
  void referrals_for_one_child_at_the_same_moment_make_one_case() throws Exception {
    List<CaseReference> cases = ConcurrentIntake.referAtOnce(casework, transactionManager,
        aChild().legalForename("Concurrent").build(TODAY), aSchoolReferralDetails(), 8, NOW);

    assertThat(cases).hasSize(8).containsOnly(cases.get(0));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cme_case WHERE legal_forename = 'Concurrent'", Integer.class))
        .isEqualTo(1);
  }
}
