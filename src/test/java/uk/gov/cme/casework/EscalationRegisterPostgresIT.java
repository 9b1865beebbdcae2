package uk.gov.cme.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.cme.casework.CaseworkTestData.NOW;
import static uk.gov.cme.casework.CaseworkTestData.OFFICER;
import static uk.gov.cme.casework.CaseworkTestData.aChildWithoutUpn;
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
import uk.gov.cme.casework.EscalationRegister.ActionDetails;
import uk.gov.cme.casework.EscalationRegister.AgendaItem;
import uk.gov.cme.casework.EscalationRegister.ConcernLevel;
import uk.gov.cme.casework.EscalationRegister.Decision;
import uk.gov.cme.casework.EscalationRegister.Minutes;
import uk.gov.cme.casework.EscalationRegister.Status;

/**
 * The escalation records (migration V9, {@link EscalationRegister}) on the real PostgreSQL server, in a
 * database created for this run and dropped afterwards, as {@code SaoRegisterPostgresIT} does: the lock on
 * the case, the generated ids, the agenda (a join of four tables), the database's own checks.
 */
@DataJdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({EscalationRegister.class, Casework.class, CaseReferenceGenerator.class, ChildLocks.class,
    CaseRegisterConfiguration.class, CaseworkTestData.FixedClock.class, RecordedEvents.class})
@DirtiesContext
class EscalationRegisterPostgresIT {

  private static final String DATABASE = TestPostgres.newDatabaseName("cme_escalation_it_");
  private static final LocalDate MEETING = LocalDate.of(2026, 3, 10);

  private static DataSource pool;

  @Autowired
  EscalationRegister register;
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
  void an_escalation_is_opened_under_the_case_lock_put_on_an_agenda_minuted_and_resolved() {
    CaseReference reference = casework.openCase(aChildWithoutUpn(), aSchoolReferralDetails(), OFFICER, NOW);
    register.lockCase(reference);
    long id = register.open(reference, "STUCK_CASE", "No progress", "pi-1", OFFICER, NOW);
    long stage = register.startStage(reference, 1, "CMOOE_ACTION_GROUP", "cme-panel", MEETING, MEETING, OFFICER, NOW);

    assertThat(register.agenda("cme-panel", MEETING)).extracting(AgendaItem::caseReference)
        .containsExactly(reference.value());
    List<Long> actions = register.recordMinutes(reference, stage, new Minutes(ConcernLevel.HIGHEST, Decision.RESOLVED,
        null, List.of(new ActionDetails("Visit", "cme-officer", "cme.officer", MEETING.plusDays(7), "Seen")), null),
        "cme-panel", "panel.chair", NOW);
    register.recordActionOutcome(reference, actions.get(0), false, "Nobody at home", "cme.officer", NOW);
    register.resolve(reference, "panel.chair", NOW);

    assertThat(register.forCase(reference)).singleElement().satisfies(e -> {
      assertThat(e.id()).isEqualTo(id);
      assertThat(e.status()).isEqualTo(Status.RESOLVED);
      assertThat(e.highestConcern()).isTrue();
      assertThat(e.meetingDate()).isEqualTo(MEETING);
    });
    assertThat(register.action(actions.get(0)).orElseThrow().done()).isFalse();
  }

  @Test
  void the_database_refuses_an_unknown_status() {
    CaseReference reference = casework.openCase(aChildWithoutUpn(), aSchoolReferralDetails(), OFFICER, NOW);
    long id = register.open(reference, "STUCK_CASE", null, null, OFFICER, NOW);

    assertThatThrownBy(() -> jdbc.update("UPDATE cme_escalation SET status = 'LOST' WHERE id = ?", id))
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  void the_database_refuses_a_second_meeting_row_for_one_day() {
    jdbc.update("INSERT INTO cme_escalation_meeting (group_id, meeting_date) VALUES ('cme-panel', ?)", MEETING);
    assertThatThrownBy(() -> jdbc.update("INSERT INTO cme_escalation_meeting (group_id, meeting_date) VALUES "
        + "('cme-panel', ?)", MEETING)).isInstanceOf(DataIntegrityViolationException.class);
  }
}
