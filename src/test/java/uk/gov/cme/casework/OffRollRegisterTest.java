package uk.gov.cme.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.cme.casework.CaseworkTestData.NOW;
import static uk.gov.cme.casework.CaseworkTestData.OFFICER;
import static uk.gov.cme.casework.OffRollRegisterTestData.aNotification;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.data.jdbc.DataJdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.gov.cme.casework.InvalidInputException.FieldError;

/**
 * The off-roll register on H2, with the Flyway migrations (V2): recording, checking, outcomes and a
 * school's "Off Roll" list. Each test runs in a transaction that is rolled back.
 */
@DataJdbcTest
@Import({OffRollRegister.class, CaseRegisterConfiguration.class, CaseworkTestData.FixedClock.class})
class OffRollRegisterTest {

  static final String SCHOOL_USER = "riverside.dsl";

  @Autowired
  OffRollRegister register;
  @Autowired
  JdbcTemplate jdbc;

  @Test
  void a_notification_is_recorded_tidied_with_its_ground_and_received() {
    long id = register.record(aNotification(" I "), SCHOOL_USER, NOW);

    OffRollEntry entry = register.find(id).orElseThrow();
    assertThat(entry.details().ground()).isEqualTo("i");
    assertThat(entry.groundMeaning()).contains("continuously absent 20 school days");
    assertThat(entry.details().legalForename()).isEqualTo("Amira");
    assertThat(entry.details().upn()).isEqualTo("B801200005001");
    assertThat(entry.details().postcode()).isEqualTo("SO23 8UJ");
    assertThat(entry.details().parent1()).isEqualTo(new OffRollNotificationDetails.Parent("Sara Khan", null, "07700 900123"));
    assertThat(entry.details().parent2()).isNull();
    assertThat(entry.outcome()).isEqualTo(OffRollOutcome.RECEIVED);
    assertThat(entry.submittedBy()).isEqualTo(SCHOOL_USER);
    assertThat(entry.submittedAt()).isEqualTo(NOW);
    assertThat(entry.toString()).doesNotContain("Amira").doesNotContain("Khan");
  }

  @Test
  void route_outcome_case_and_lost_pupil_destination_are_recorded_with_who_and_when() {
    long id = register.record(aNotification("g"), SCHOOL_USER, NOW);

    register.linkProcessInstance(id, "pi-1", SCHOOL_USER, NOW);
    register.recordRoute(id, "lost-pupil-and-referral", SCHOOL_USER, NOW);
    register.recordLostPupilDatabase(id, SCHOOL_USER, NOW);
    register.recordOutcome(id, OffRollOutcome.CME_REFERRAL, null, "CME-2026-00042", OFFICER, NOW.plusSeconds(60));

    OffRollEntry entry = register.find(id).orElseThrow();
    assertThat(entry.route()).isEqualTo("lost-pupil-and-referral");
    assertThat(entry.ctfDestination()).isEqualTo("XXXXXXX");
    assertThat(entry.outcome()).isEqualTo(OffRollOutcome.CME_REFERRAL);
    assertThat(entry.caseReference()).isEqualTo("CME-2026-00042");
    assertThat(entry.processInstanceId()).isEqualTo("pi-1");
    assertThat(entry.updatedBy()).isEqualTo(OFFICER);
    assertThat(entry.updatedAt()).isEqualTo(NOW.plusSeconds(60));
  }

  @Test
  void dates_before_the_pupils_date_of_birth_and_control_characters_are_each_named_and_nothing_is_stored() {
    OffRollNotificationDetails good = aNotification("k");
    OffRollNotificationDetails bad = new OffRollNotificationDetails("999001", "Amira", "Khan", null,
        LocalDate.of(2015, 5, 14), null, null, null,
        new OffRollNotificationDetails.Parent("Sara\u0007 Khan", null, "07700 900123"), null, null, null,
        LocalDate.of(2015, 5, 1), "k", LocalDate.of(2015, 5, 13), LocalDate.of(2015, 5, 12), false, false, false,
        null);

    assertThatThrownBy(() -> register.record(bad, SCHOOL_USER, NOW)).isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).errors()).containsExactlyInAnyOrder(
            new FieldError("proposedDeletionDate", "is before the pupil's date of birth"),
            new FieldError("lastAttendanceDate", "is before the pupil's date of birth"),
            new FieldError("newSchoolStartDate", "is before the pupil's date of birth"),
            new FieldError("parent1Name",
                "contains a character that is not allowed (a line break, control or formatting character)")));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cme_off_roll_notification", Integer.class)).isZero();
    assertThat(register.check(good, NOW).proposedDeletionDate()).isEqualTo(LocalDate.of(2026, 3, 20));
  }

  @Test
  void a_missing_or_unknown_ground_and_bad_dates_are_each_named_and_nothing_is_stored() {
    OffRollNotificationDetails good = aNotification(null);
    OffRollNotificationDetails bad = new OffRollNotificationDetails("99900", "", "Khan", null, LocalDate.of(2031, 1, 1),
        "A801200005001", null, null, null, null, null, null, null, null, null, LocalDate.of(2026, 2, 2), false,
        false, false, null);

    assertThatThrownBy(() -> register.record(good, SCHOOL_USER, NOW)).isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting(FieldError::field)
            .containsExactly("ground"));
    assertThatThrownBy(() -> register.record(aNotification("z"), SCHOOL_USER, NOW))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("ground: not a ground of deletion");
    assertThatThrownBy(() -> register.record(bad, SCHOOL_USER, NOW)).isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting(FieldError::field)
            .containsExactlyInAnyOrder("schoolUrn", "legalForename", "dateOfBirth", "upn", "ground",
                "proposedDeletionDate", "parent1Name"));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cme_off_roll_notification", Integer.class)).isZero();
  }

  @Test
  void the_last_attendance_cannot_be_after_the_deletion() {
    OffRollNotificationDetails d = aNotification("i");
    OffRollNotificationDetails late = new OffRollNotificationDetails(d.schoolUrn(), d.legalForename(), d.legalSurname(),
        null, d.dateOfBirth(), null, null, null, d.parent1(), null, null, null, null, "i", LocalDate.of(2026, 3, 20),
        LocalDate.of(2026, 3, 21), false, false, false, null);

    assertThatThrownBy(() -> register.record(late, SCHOOL_USER, NOW)).isInstanceOf(InvalidInputException.class)
        .hasMessage("lastAttendanceDate: is after the proposed deletion date");
  }

  @Test
  void a_standard_transition_needs_no_deletion_date_or_parent() {
    OffRollNotificationDetails d = aNotification("l");
    OffRollNotificationDetails transition = new OffRollNotificationDetails(d.schoolUrn(), d.legalForename(),
        d.legalSurname(), null, d.dateOfBirth(), null, null, null, null, null, null, null, null, "l", null, null,
        true, false, false, null);

    long id = register.record(transition, SCHOOL_USER, NOW);

    assertThat(register.find(id).orElseThrow().details().standardTransition()).isTrue();
  }

  @Test
  void the_off_roll_list_holds_the_schools_own_notifications_oldest_first() {
    long first = register.record(aNotification("i"), SCHOOL_USER, NOW);
    long second = register.record(aNotification("f"), SCHOOL_USER, NOW.plusSeconds(10));
    OffRollNotificationDetails d = aNotification("a");
    register.record(new OffRollNotificationDetails("999002", d.legalForename(), d.legalSurname(), null,
        d.dateOfBirth(), null, null, null, d.parent1(), null, null, "Hillside", null, "a", d.proposedDeletionDate(),
        null, false, false, false, null), "hillcrest.dsl", NOW);
    register.recordOutcome(first, OffRollOutcome.JOINT_DECISION_REFUSED, "Still making enquiries", null, OFFICER, NOW);

    List<OffRollEntry> list = register.offRollList("999001");

    assertThat(list).extracting(OffRollEntry::id).containsExactly(first, second);
    assertThat(list).extracting(e -> e.details().ground(), OffRollEntry::outcome).containsExactly(
        org.assertj.core.groups.Tuple.tuple("i", OffRollOutcome.JOINT_DECISION_REFUSED),
        org.assertj.core.groups.Tuple.tuple("f", OffRollOutcome.RECEIVED));
    assertThat(list.get(0).outcomeDetail()).isEqualTo("Still making enquiries");
    assertThat(register.offRollList("999003")).isEmpty();
  }

  @Test
  void an_unknown_notification_or_outcome_is_refused() {
    assertThatThrownBy(() -> register.recordOutcome(404L, OffRollOutcome.LOGGED, null, null, OFFICER, NOW))
        .isInstanceOf(CaseNotFoundException.class);
    long id = register.record(aNotification("k"), SCHOOL_USER, NOW);
    assertThatThrownBy(() -> register.recordOutcome(id, null, null, "CME-26", OFFICER, NOW))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("offRollOutcome")
        .hasMessageContaining("caseReference");
  }

  @Test
  void the_database_refuses_a_ground_that_is_not_a_letter_from_a_to_o() {
    long id = register.record(aNotification("k"), SCHOOL_USER, NOW);

    assertThatThrownBy(() -> jdbc.update("UPDATE cme_off_roll_notification SET ground = 'z' WHERE id = ?", id))
        .isInstanceOf(DataIntegrityViolationException.class);
  }
}
