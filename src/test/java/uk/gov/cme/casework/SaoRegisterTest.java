package uk.gov.cme.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.cme.casework.CaseworkTestData.NOW;
import static uk.gov.cme.casework.CaseworkTestData.OFFICER;
import static uk.gov.cme.casework.CaseworkTestData.OTHER_VALID_UPN;
import static uk.gov.cme.casework.CaseworkTestData.TODAY;
import static uk.gov.cme.casework.CaseworkTestData.VALID_UPN;
import static uk.gov.cme.casework.CaseworkTestData.aChild;
import static uk.gov.cme.casework.CaseworkTestData.aChildWithUpn;
import static uk.gov.cme.casework.CaseworkTestData.aSchoolReferralDetails;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.data.jdbc.DataJdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.gov.cme.casework.InvalidInputException.FieldError;
import uk.gov.cme.rules.calendar.CalendarConfiguration;
import uk.gov.cme.rules.calendar.ServiceMethod;

/**
 * The School Attendance Order register on H2 with the Flyway migrations (V8): every notice and order a
 * row of the case record with its deemed service and deadline, orders amended, revoked and ended, a new
 * cycle linked to the first order, every change in the audit trail, and the question "does an order in
 * force name this school for this child?". Today is Monday 2 March 2026 (the fixed clock); shipped
 * calendar. Each test runs in a transaction that is rolled back.
 */
@DataJdbcTest
@Import({SaoRegister.class, Casework.class, CaseReferenceGenerator.class, ChildLocks.class, MatchCandidates.class,
    CaseRegisterConfiguration.class, CaseworkTestData.FixedClock.class, RecordedEvents.class,
    CalendarConfiguration.class})
class SaoRegisterTest {

  static final String SCHOOL = "999002";
  static final String OTHER_SCHOOL = "999003";
  static final LocalDate FRIDAY = LocalDate.of(2026, 2, 27);
  static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

  @Autowired
  SaoRegister register;
  @Autowired
  Casework casework;
  @Autowired
  JdbcTemplate jdbc;

  CaseReference reference;

  @BeforeEach
  void aCase() {
    reference = casework.openCase(aChildWithUpn(VALID_UPN), aSchoolReferralDetails(), OFFICER, NOW);
  }

  @Test
  void a_posted_s437_notice_is_recorded_with_its_deemed_service_and_15_day_deadline() {
    long id = register.record(reference, notice(SaoNoticeType.S437_NOTICE, FRIDAY, ServiceMethod.FIRST_CLASS_POST,
        null), OFFICER, NOW);

    SaoNoticeEntry entry = register.forCase(reference).get(0);
    assertThat(entry.id()).isEqualTo(id);
    assertThat(entry.cycle()).isEqualTo(1);
    assertThat(entry.servedOn()).isEqualTo(FRIDAY);
    assertThat(entry.deemedService()).as("Friday 27 Feb posted: Monday, Tuesday").isEqualTo(LocalDate.of(2026, 3, 3));
    assertThat(entry.deadline()).as("15 days beginning with Tuesday 3 March").isEqualTo(LocalDate.of(2026, 3, 17));
    assertThat(entry.status()).isNull();
    assertThat(entry.parentServed()).isEqualTo("Sara Khan");
    assertThat(entry.createdBy()).isEqualTo(OFFICER);
    assertThat(entry.toString()).doesNotContain("Khan");
    assertThat(casework.history(reference)).extracting(CaseHistoryEntry::type, CaseHistoryEntry::detail)
        .contains(org.assertj.core.groups.Tuple.tuple(CaseEventType.SAO_NOTICE_RECORDED, "S437_NOTICE #" + id + " cycle 1"));
  }

  /**
   * An order ends when the child is past compulsory school age (rules.md R4), even where the case has
   * closed and no process is left to end its row: then it names no school, for the case or the child.
   */
  @Test
  void an_order_names_no_school_once_the_child_is_past_compulsory_school_age() {
    LocalDate sixteenIn2025 = LocalDate.of(2009, 5, 14);
    CaseReference older = casework.openCase(aChild().upn(OTHER_VALID_UPN).dateOfBirth(sixteenIn2025).build(TODAY),
        aSchoolReferralDetails(), OFFICER, NOW);
    register.record(older, intention(), OFFICER, NOW);
    register.record(older, notice(SaoNoticeType.SCHOOL_ATTENDANCE_ORDER, MONDAY, ServiceMethod.BY_HAND, SCHOOL),
        OFFICER, NOW);

    assertThat(register.orderInForce(older)).as("the row is still in force").isPresent();
    assertThat(register.orderInForceNames(older, SCHOOL)).as("ended on the last Friday of June 2025").isFalse();
    assertThat(register.orderInForceNames(OTHER_VALID_UPN, sixteenIn2025, SCHOOL)).isFalse();
  }

  @Test
  void an_order_in_force_names_its_school_for_the_case_and_for_the_child() {
    register.record(reference, intention(), OFFICER, NOW);
    long order = register.record(reference, notice(SaoNoticeType.SCHOOL_ATTENDANCE_ORDER, MONDAY,
        ServiceMethod.BY_HAND, SCHOOL), OFFICER, NOW);

    SaoNoticeEntry entry = register.orderInForce(reference).orElseThrow();
    assertThat(entry.id()).isEqualTo(order);
    assertThat(entry.status()).isEqualTo(SaoOrderStatus.IN_FORCE);
    assertThat(entry.deemedService()).isEqualTo(MONDAY);
    assertThat(entry.deadline()).as("home visit: 15 days beginning with the day of issue").isEqualTo(LocalDate.of(2026, 3, 16));
    assertThat(register.orderInForceNames(reference, SCHOOL)).isTrue();
    assertThat(register.orderInForceNames(reference, OTHER_SCHOOL)).as("an alternative is not named by the order").isFalse();
    assertThat(register.orderInForceNames(VALID_UPN, LocalDate.of(2015, 5, 14), SCHOOL)).isTrue();
    assertThat(register.orderInForceNames(VALID_UPN, LocalDate.of(2015, 5, 15), SCHOOL)).as("another birthday").isFalse();
    assertThat(register.orderInForceNames(OTHER_VALID_UPN, LocalDate.of(2015, 5, 14), SCHOOL)).as("another child").isFalse();
    assertThat(register.orderInForceNames(new CaseReference(2026, 99999), SCHOOL)).as("no such case").isFalse();
  }

  @Test
  void a_notice_of_intention_keeps_its_alternatives_and_its_15_day_choice() {
    register.record(reference, intention(), OFFICER, NOW);

    SaoNoticeEntry entry = register.forCase(reference).get(0);
    assertThat(entry.schoolUrn()).isEqualTo(SCHOOL);
    assertThat(entry.alternativeUrns()).containsExactly(OTHER_SCHOOL, "999004");
    assertThat(entry.deemedService()).as("emailed Monday: the next working day").isEqualTo(LocalDate.of(2026, 3, 3));
    assertThat(entry.deadline()).isEqualTo(LocalDate.of(2026, 3, 17));
    assertThat(register.orderInForceNames(reference, SCHOOL)).as("a notice is not an order").isFalse();
  }

  @Test
  void an_amendment_replaces_the_order_and_names_the_new_school() {
    long order = register.record(reference, notice(SaoNoticeType.SCHOOL_ATTENDANCE_ORDER, MONDAY,
        ServiceMethod.BY_HAND, SCHOOL), OFFICER, NOW);

    long amendment = register.record(reference, about(SaoNoticeType.AMENDMENT, order, OTHER_SCHOOL), OFFICER, NOW);

    assertThat(register.orderInForce(reference).orElseThrow().id()).isEqualTo(amendment);
    assertThat(register.forCase(reference).get(0).status()).isEqualTo(SaoOrderStatus.AMENDED);
    assertThat(register.orderInForceNames(reference, SCHOOL)).isFalse();
    assertThat(register.orderInForceNames(reference, OTHER_SCHOOL)).isTrue();
    assertThat(casework.history(reference)).extracting(CaseHistoryEntry::type).contains(CaseEventType.SAO_ORDER_AMENDED);
  }

  @Test
  void a_revocation_revokes_the_order() {
    long order = register.record(reference, notice(SaoNoticeType.SCHOOL_ATTENDANCE_ORDER, MONDAY,
        ServiceMethod.BY_HAND, SCHOOL), OFFICER, NOW);

    register.record(reference, about(SaoNoticeType.REVOCATION, order, null), OFFICER, NOW);

    assertThat(register.orderInForce(reference)).isEmpty();
    assertThat(register.forCase(reference).get(0).status()).isEqualTo(SaoOrderStatus.REVOKED);
    assertThat(register.orderInForceNames(reference, SCHOOL)).isFalse();
    assertThat(casework.history(reference)).extracting(CaseHistoryEntry::type).contains(CaseEventType.SAO_ORDER_REVOKED);
  }

  @Test
  void a_new_cycle_after_a_conviction_is_linked_to_the_first_order() {
    long first = register.record(reference, notice(SaoNoticeType.SCHOOL_ATTENDANCE_ORDER, MONDAY,
        ServiceMethod.BY_HAND, SCHOOL), OFFICER, NOW);
    long nip = register.record(reference, about(SaoNoticeType.NOTICE_OF_INTENTION_TO_PROSECUTE, first, null), OFFICER, NOW);
    assertThatThrownBy(() -> register.record(reference, notice(SaoNoticeType.SCHOOL_ATTENDANCE_ORDER, MONDAY,
        ServiceMethod.BY_HAND, SCHOOL), OFFICER, NOW)).isInstanceOf(CaseStateException.class);
    register.endOrder(reference, first, SaoOrderEndReason.NEW_CYCLE, OFFICER, NOW);

    long notice = register.record(reference, new SaoNoticeDetails(SaoNoticeType.S437_NOTICE, "Sara Khan", MONDAY,
        ServiceMethod.BY_HAND, null, List.of(), null, first, null), OFFICER, NOW);
    long second = register.record(reference, notice(SaoNoticeType.SCHOOL_ATTENDANCE_ORDER, MONDAY,
        ServiceMethod.BY_HAND, SCHOOL), OFFICER, NOW);

    List<SaoNoticeEntry> rows = register.forCase(reference);
    assertThat(rows).extracting(SaoNoticeEntry::id, SaoNoticeEntry::cycle, SaoNoticeEntry::status,
            SaoNoticeEntry::orderId, SaoNoticeEntry::linkedOrderId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(first, 1, SaoOrderStatus.ENDED, null, null),
            org.assertj.core.groups.Tuple.tuple(nip, 1, null, first, null),
            org.assertj.core.groups.Tuple.tuple(notice, 2, null, null, first),
            org.assertj.core.groups.Tuple.tuple(second, 2, SaoOrderStatus.IN_FORCE, null, null));
    assertThat(rows.get(0).endedReason()).isEqualTo(SaoOrderEndReason.NEW_CYCLE);
    assertThat(casework.history(reference)).extracting(CaseHistoryEntry::type).contains(CaseEventType.SAO_ORDER_ENDED);
  }

  @Test
  void bad_input_names_every_field_and_stores_nothing() {
    SaoNoticeDetails bad = new SaoNoticeDetails(SaoNoticeType.AMENDMENT, " ", MONDAY.plusDays(1), null, "12",
        List.of("999004"), 12345L, 1L, null);

    assertThatThrownBy(() -> register.record(reference, bad, OFFICER, NOW))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
            .containsExactlyInAnyOrder("parentServed", "servedOn", "serviceMethod", "schoolUrn", "alternativeUrns",
                "orderId", "linkedOrderId"));
    assertThat(register.forCase(reference)).isEmpty();
    assertThat(casework.history(reference)).extracting(CaseHistoryEntry::type)
        .doesNotContain(CaseEventType.SAO_NOTICE_RECORDED);
  }

  @Test
  void a_notice_on_a_closed_case_or_no_case_is_refused() {
    assertThatThrownBy(() -> register.record(new CaseReference(2026, 99999),
        notice(SaoNoticeType.S437_NOTICE, MONDAY, ServiceMethod.BY_HAND, null), OFFICER, NOW))
        .isInstanceOf(CaseNotFoundException.class);
    casework.close(reference, OutcomeCode.ON_ROLL_HERE, "test", OFFICER, NOW);
    assertThatThrownBy(() -> register.record(reference,
        notice(SaoNoticeType.S437_NOTICE, MONDAY, ServiceMethod.BY_HAND, null), OFFICER, NOW))
        .isInstanceOf(CaseStateException.class);
  }

  @Test
  void a_letter_is_attached_to_its_row() {
    long id = register.record(reference, notice(SaoNoticeType.S437_NOTICE, MONDAY, ServiceMethod.BY_HAND, null),
        OFFICER, NOW);

    register.attachLetter(reference, id, 77L, OFFICER, NOW.plusSeconds(60));

    SaoNoticeEntry entry = register.forCase(reference).get(0);
    assertThat(entry.letterId()).isEqualTo(77L);
    assertThat(entry.updatedAt()).isEqualTo(NOW.plusSeconds(60));
    assertThatThrownBy(() -> register.attachLetter(reference, id + 1000, 78L, OFFICER, NOW))
        .isInstanceOf(CaseNotFoundException.class);
  }

  @Test
  void the_database_refuses_an_order_without_a_status_and_a_notice_with_one() {
    long order = register.record(reference, notice(SaoNoticeType.SCHOOL_ATTENDANCE_ORDER, MONDAY,
        ServiceMethod.BY_HAND, SCHOOL), OFFICER, NOW);
    long notice = register.record(reference, about(SaoNoticeType.NOTICE_OF_INTENTION_TO_PROSECUTE, order, null),
        OFFICER, NOW);

    assertThatThrownBy(() -> jdbc.update("UPDATE cme_sao_notice SET status = NULL WHERE id = ?", order))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThatThrownBy(() -> jdbc.update("UPDATE cme_sao_notice SET status = 'IN_FORCE' WHERE id = ?", notice))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThatThrownBy(() -> jdbc.update("UPDATE cme_sao_notice SET school_urn = NULL WHERE id = ?", order))
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  /** Issue 10: a school's return on ground (d) or (e) is recorded against the order it ends for that school. */
  @Test
  void a_schools_deletion_on_ground_d_or_e_is_recorded_against_the_amended_or_revoked_order_naming_it() {
    long order = register.record(reference, notice(SaoNoticeType.SCHOOL_ATTENDANCE_ORDER, MONDAY,
        ServiceMethod.BY_HAND, SCHOOL), OFFICER, NOW);
    assertThat(register.recordSchoolDeletion(reference, SCHOOL, true, OFFICER, NOW))
        .as("still in force: nothing to record against").isEmpty();
    long amendment = register.record(reference, about(SaoNoticeType.AMENDMENT, order, OTHER_SCHOOL), OFFICER, NOW);

    assertThat(register.recordSchoolDeletion(reference, SCHOOL, false, OFFICER, NOW)).as("(e): not revoked").isEmpty();
    assertThat(register.recordSchoolDeletion(reference, OTHER_SCHOOL, true, OFFICER, NOW))
        .as("the amendment naming the other school is in force").isEmpty();
    SaoNoticeEntry recorded = register.recordSchoolDeletion(reference, SCHOOL, true, OFFICER, NOW).orElseThrow();

    assertThat(recorded.id()).isEqualTo(order);
    assertThat(recorded.status()).isEqualTo(SaoOrderStatus.AMENDED);
    register.record(reference, about(SaoNoticeType.REVOCATION, amendment, null), OFFICER, NOW);
    assertThat(register.recordSchoolDeletion(reference, OTHER_SCHOOL, false, OFFICER, NOW).orElseThrow().id())
        .isEqualTo(amendment);
    assertThat(casework.history(reference)).extracting(CaseHistoryEntry::type, CaseHistoryEntry::detail)
        .contains(org.assertj.core.groups.Tuple.tuple(CaseEventType.SAO_SCHOOL_DELETION_RECORDED,
                "order #" + order + " AMENDED: school " + SCHOOL + " deleted the pupil, reg 9(1)(d)"),
            org.assertj.core.groups.Tuple.tuple(CaseEventType.SAO_SCHOOL_DELETION_RECORDED,
                "order #" + amendment + " REVOKED: school " + OTHER_SCHOOL + " deleted the pupil, reg 9(1)(e)"))
        .filteredOn(t -> t.toList().get(0) == CaseEventType.SAO_SCHOOL_DELETION_RECORDED).hasSize(2);
    assertThatThrownBy(() -> register.recordSchoolDeletion(reference, "12", true, OFFICER, NOW))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> register.recordSchoolDeletion(CaseReference.of("CME-2026-99999"), SCHOOL, true, OFFICER, NOW))
        .isInstanceOf(CaseNotFoundException.class);
  }

  private static SaoNoticeDetails notice(SaoNoticeType type, LocalDate on, ServiceMethod method, String school) {
    return new SaoNoticeDetails(type, "Sara Khan", on, method, school, List.of(), null, null, null);
  }

  private static SaoNoticeDetails intention() {
    return new SaoNoticeDetails(SaoNoticeType.S438_NOTICE_OF_INTENTION, "Sara Khan", MONDAY, ServiceMethod.EMAIL,
        SCHOOL, List.of(OTHER_SCHOOL, "999004", OTHER_SCHOOL), null, null, null);
  }

  private static SaoNoticeDetails about(SaoNoticeType type, long order, String school) {
    return new SaoNoticeDetails(type, "Sara Khan", MONDAY, ServiceMethod.BY_HAND, school, List.of(), order, null, null);
  }
}
