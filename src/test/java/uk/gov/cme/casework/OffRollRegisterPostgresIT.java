package uk.gov.cme.casework;

import static org.assertj.core.api.Assertions.assertThat;
import uk.gov.cme.TestPostgres;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.cme.casework.CaseworkTestData.NOW;
import static uk.gov.cme.casework.CaseworkTestData.OFFICER;
import static uk.gov.cme.casework.OffRollRegisterTestData.aNotification;

import java.sql.SQLException;
import java.time.LocalDate;
import javax.sql.DataSource;
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

/**
 * The off-roll register (migration V2, {@link OffRollRegister}) on the real PostgreSQL server, in a
 * database created for this run and dropped afterwards, as {@code CaseworkPostgresIT} does. Server:
 * CME_TEST_PG_HOST / CME_TEST_PG_PORT (default 127.0.0.1:5432), CME_TEST_PG_ADMIN (default postgres),
 * CME_TEST_PG_PASSWORD.
 */
@DataJdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({OffRollRegister.class, CaseRegisterConfiguration.class, CaseworkTestData.FixedClock.class})
@DirtiesContext
class OffRollRegisterPostgresIT {

  private static final String DATABASE = TestPostgres.newDatabaseName("cme_off_roll_it_");

  private static DataSource pool;

  @Autowired
  OffRollRegister register;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  DataSource dataSource;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) throws SQLException {
    TestPostgres.useNewDatabase(registry, DATABASE);
  }

  @BeforeEach
  void rememberThePool() {
    pool = dataSource;
  }

  @AfterAll
  static void dropDatabase() throws SQLException {
    TestPostgres.dropDatabase(pool, DATABASE);
  }

  @Test
  void a_notification_is_recorded_routed_referred_and_listed_for_its_school() {
    long id = register.record(aNotification("G"), "riverside.dsl", NOW);
    register.linkProcessInstance(id, "pi-1", "riverside.dsl", NOW);
    register.recordRoute(id, "lost-pupil-and-referral", "riverside.dsl", NOW);
    register.recordLostPupilDatabase(id, "riverside.dsl", NOW);
    register.recordOutcome(id, OffRollOutcome.CME_REFERRAL, null, "CME-2026-00042", OFFICER, NOW);

    OffRollEntry entry = register.find(id).orElseThrow();
    assertThat(entry.details().ground()).isEqualTo("g");
    assertThat(entry.details().dateOfBirth()).isEqualTo(LocalDate.of(2015, 5, 14));
    assertThat(entry.details().parent1().phone()).isEqualTo("07700 900123");
    assertThat(entry.submittedAt()).isEqualTo(NOW);
    assertThat(entry.ctfDestination()).isEqualTo("XXXXXXX");
    assertThat(entry.caseReference()).isEqualTo("CME-2026-00042");
    assertThat(register.offRollList("999001")).extracting(OffRollEntry::id).containsExactly(id);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pg_indexes WHERE indexname = 'cme_off_roll_notification_school_ix'",
        Integer.class)).isEqualTo(1);
  }

  @Test
  void the_database_refuses_a_ground_that_is_not_a_letter_from_a_to_o() {
    long id = register.record(aNotification("k"), "riverside.dsl", NOW);

    assertThatThrownBy(() -> jdbc.update("UPDATE cme_off_roll_notification SET ground = 'z' WHERE id = ?", id))
        .isInstanceOf(DataIntegrityViolationException.class)
        .hasMessageContaining("cme_off_roll_notification_ground_ck");
  }


}
