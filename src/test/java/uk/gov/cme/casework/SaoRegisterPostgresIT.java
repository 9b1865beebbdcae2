package uk.gov.cme.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.cme.casework.CaseworkTestData.NOW;
import static uk.gov.cme.casework.CaseworkTestData.OFFICER;
import static uk.gov.cme.casework.CaseworkTestData.VALID_UPN;
import static uk.gov.cme.casework.CaseworkTestData.aChildWithUpn;
import static uk.gov.cme.casework.CaseworkTestData.aSchoolReferralDetails;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
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
import uk.gov.cme.TestPostgres;
import uk.gov.cme.rules.calendar.CalendarConfiguration;
import uk.gov.cme.rules.calendar.ServiceMethod;

/**
 * The School Attendance Order register (migration V8, {@link SaoRegister}) on the real PostgreSQL server,
 * in a database created for this run and dropped afterwards, as {@code OffRollRegisterPostgresIT} does:
 * the rows, the question by UPN and date of birth (a join with the case), the database's own checks.
 */
@DataJdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({SaoRegister.class, Casework.class, CaseReferenceGenerator.class, ChildLocks.class, MatchCandidates.class,
    CaseRegisterConfiguration.class, CaseworkTestData.FixedClock.class, RecordedEvents.class,
    CalendarConfiguration.class})
@DirtiesContext
class SaoRegisterPostgresIT {

  private static final String DATABASE = TestPostgres.newDatabaseName("cme_sao_it_");

  private static DataSource pool;

  @Autowired
  SaoRegister register;
  @Autowired
  Casework casework;
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
  void an_order_is_recorded_and_found_by_the_childs_upn_and_date_of_birth() {
    CaseReference reference = casework.openCase(aChildWithUpn(VALID_UPN), aSchoolReferralDetails(), OFFICER, NOW);
    register.record(reference, new SaoNoticeDetails(SaoNoticeType.S438_NOTICE_OF_INTENTION, "Sara Khan",
        LocalDate.of(2026, 2, 27), ServiceMethod.FIRST_CLASS_POST, "999002", List.of("999003"), null, null, null),
        OFFICER, NOW);
    long order = register.record(reference, new SaoNoticeDetails(SaoNoticeType.SCHOOL_ATTENDANCE_ORDER, "Sara Khan",
        LocalDate.of(2026, 3, 2), ServiceMethod.BY_HAND, "999002", List.of(), null, null, null), OFFICER, NOW);

    List<SaoNoticeEntry> rows = register.forCase(reference);
    assertThat(rows.get(0).deemedService()).isEqualTo(LocalDate.of(2026, 3, 3));
    assertThat(rows.get(0).deadline()).isEqualTo(LocalDate.of(2026, 3, 17));
    assertThat(rows.get(0).alternativeUrns()).containsExactly("999003");
    assertThat(rows.get(1).createdAt()).isEqualTo(NOW);
    assertThat(register.orderInForceNames(VALID_UPN, LocalDate.of(2015, 5, 14), "999002")).isTrue();
    assertThat(register.orderInForceNames(VALID_UPN, LocalDate.of(2015, 5, 14), "999003")).isFalse();

    register.endOrder(reference, order, SaoOrderEndReason.COMPLIED, OFFICER, NOW);
    assertThat(register.orderInForceNames(reference, "999002")).isFalse();
  }

  @Test
  void the_database_refuses_an_order_without_a_status() {
    CaseReference reference = casework.openCase(aChildWithUpn(VALID_UPN), aSchoolReferralDetails(), OFFICER, NOW);
    long order = register.record(reference, new SaoNoticeDetails(SaoNoticeType.SCHOOL_ATTENDANCE_ORDER, "Sara Khan",
        LocalDate.of(2026, 3, 2), ServiceMethod.BY_HAND, "999002", List.of(), null, null, null), OFFICER, NOW);

    assertThatThrownBy(() -> jdbc.update("UPDATE cme_sao_notice SET status = NULL WHERE id = ?", order))
        .isInstanceOf(DataIntegrityViolationException.class)
        .hasMessageContaining("cme_sao_notice_status_ck");
  }

  @Test
  void the_database_refuses_an_unknown_type() {
    CaseReference reference = casework.openCase(aChildWithUpn(VALID_UPN), aSchoolReferralDetails(), OFFICER, NOW);
    long id = register.record(reference, new SaoNoticeDetails(SaoNoticeType.S437_NOTICE, "Sara Khan",
        LocalDate.of(2026, 3, 2), ServiceMethod.BY_HAND, null, List.of(), null, null, null), OFFICER, NOW);

    assertThatThrownBy(() -> jdbc.update("UPDATE cme_sao_notice SET notice_type = 'SUMMONS' WHERE id = ?", id))
        .isInstanceOf(DataIntegrityViolationException.class)
        .hasMessageContaining("cme_sao_notice_type_ck");
  }
}
