package uk.gov.cme.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.cme.casework.CaseworkTestData.NOW;
import static uk.gov.cme.casework.CaseworkTestData.OFFICER;
import static uk.gov.cme.casework.CaseworkTestData.aChild;
import static uk.gov.cme.casework.CaseworkTestData.aSchoolReferralDetails;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.data.jdbc.DataJdbcTest;
import org.springframework.context.annotation.Import;
import uk.gov.cme.casework.EscalationRegister.ActionDetails;
import uk.gov.cme.casework.EscalationRegister.ActionEntry;
import uk.gov.cme.casework.EscalationRegister.AgendaItem;
import uk.gov.cme.casework.EscalationRegister.ConcernLevel;
import uk.gov.cme.casework.EscalationRegister.Decision;
import uk.gov.cme.casework.EscalationRegister.EscalationEntry;
import uk.gov.cme.casework.EscalationRegister.Minutes;
import uk.gov.cme.casework.EscalationRegister.Status;
import uk.gov.cme.casework.InvalidInputException.FieldError;

/**
 * The escalation records (migration V9, {@link EscalationRegister}) on H2: one open escalation per case,
 * triggers joined, stages and the meetings' agendas, minutes with SMART actions and their review, resolved
 * and reported, every change in the case's audit trail. Each test runs in a transaction that is rolled back.
 */
@DataJdbcTest
@Import({EscalationRegister.class, Casework.class, CaseReferenceGenerator.class, ChildLocks.class,
    CaseRegisterConfiguration.class, CaseworkTestData.FixedClock.class, RecordedEvents.class})
class EscalationRegisterTest {

  static final LocalDate MEETING = LocalDate.of(2026, 3, 10);

  @Autowired
  EscalationRegister register;
  @Autowired
  Casework casework;

  CaseReference reference;

  @BeforeEach
  void aCase() {
    reference = aCaseFor("Sam", "Example");
  }

  @Test
  void a_case_has_one_open_escalation_and_a_further_trigger_joins_it() {
    long id = register.open(reference, "STUCK_CASE", "No progress since 1 February", "pi-1", OFFICER, NOW);

    assertThatThrownBy(() -> register.open(reference, "PANEL_DECISION", null, "pi-2", OFFICER, NOW))
        .isInstanceOf(CaseStateException.class);
    register.joinTrigger(reference, "PANEL_DECISION", "The panel decided to escalate", "panel.chair", NOW);

    EscalationEntry e = register.current(reference).orElseThrow();
    assertThat(e.id()).isEqualTo(id);
    assertThat(e.status()).isEqualTo(Status.OPEN);
    assertThat(e.stage()).isEqualTo(1);
    assertThat(e.triggers()).containsExactly("STUCK_CASE", "PANEL_DECISION");
    assertThat(e.triggerDetails()).isEqualTo("No progress since 1 February\nThe panel decided to escalate");
    assertThat(types()).contains(CaseEventType.ESCALATION_OPENED, CaseEventType.ESCALATION_TRIGGER_JOINED);
  }

  @Test
  void a_closed_or_missing_case_is_not_escalated_and_faults_are_named() {
    casework.close(reference, OutcomeCode.values()[0], "Done", OFFICER, NOW);
    assertThatThrownBy(() -> register.open(reference, "STUCK_CASE", null, null, OFFICER, NOW))
        .isInstanceOf(CaseStateException.class);
    assertThatThrownBy(() -> register.lockCase(CaseReference.of("CME-2026-99999")))
        .isInstanceOf(CaseNotFoundException.class);
    assertThatThrownBy(() -> register.open(reference, " ", null, null, null, NOW))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
            .containsExactlyInAnyOrder("escalationTrigger", "user"));
  }

  @Test
  void the_agenda_of_a_meeting_lists_every_child_on_it_highest_concern_first() {
    register.open(reference, "STUCK_CASE", null, null, OFFICER, NOW);
    long samStage = register.startStage(reference, 1, "CMOOE_ACTION_GROUP", "cme-panel", MEETING, MEETING, OFFICER, NOW);
    CaseReference kit = aCaseFor("Kit", "Other");
    register.open(kit, "CMOOE_FLAG", null, null, OFFICER, NOW);
    long kitStage = register.startStage(kit, 1, "CMOOE_ACTION_GROUP", "cme-panel", MEETING, MEETING, OFFICER, NOW);
    CaseReference lee = aCaseFor("Lee", "Elsewhere");
    register.open(lee, "STUCK_CASE", null, null, OFFICER, NOW);
    register.startStage(lee, 1, "LINE_MANAGER", "line-manager", null, MEETING, OFFICER, NOW);

    assertThat(register.agenda("cme-panel", MEETING)).extracting(AgendaItem::childName)
        .containsExactly("Sam Example", "Kit Other");
    register.recordMinutes(kit, kitStage, new Minutes(ConcernLevel.HIGHEST, Decision.STAY, null, List.of(), null),
        "cme-panel", "panel.chair", NOW);
    long kitNext = register.startStage(kit, 1, "CMOOE_ACTION_GROUP", "cme-panel", MEETING.plusWeeks(4),
        MEETING.plusWeeks(4), OFFICER, NOW);
    long samNext = register.startStage(reference, 1, "CMOOE_ACTION_GROUP", "cme-panel", MEETING.plusWeeks(4),
        MEETING.plusWeeks(4), OFFICER, NOW);

    assertThat(register.agenda("cme-panel", MEETING)).as("only an escalation's latest stage is on an agenda").isEmpty();
    assertThat(register.agenda("cme-panel", MEETING.plusWeeks(4))).extracting(AgendaItem::childName, AgendaItem::highestConcern)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Kit Other", true),
            org.assertj.core.groups.Tuple.tuple("Sam Example", false));
    assertThat(samStage).isLessThan(samNext);
    assertThat(kitNext).isGreaterThan(kitStage);
  }

  @Test
  void minutes_agree_actions_that_are_answered_and_reviewed_at_the_next_stage() {
    register.open(reference, "STUCK_CASE", null, null, OFFICER, NOW);
    long first = register.startStage(reference, 1, "CMOOE_ACTION_GROUP", "cme-panel", MEETING, MEETING, OFFICER, NOW);
    List<Long> ids = register.recordMinutes(reference, first, new Minutes(ConcernLevel.HIGH, Decision.ESCALATE,
        "Notes", List.of(new ActionDetails("Visit", "cme-officer", null, MEETING.plusDays(7), "Seen"),
            new ActionDetails("Offer a place", "admissions", "adm.lead", MEETING.plusDays(14), "Offered")), null),
        "cme-panel", "panel.chair", NOW);
    assertThatThrownBy(() -> register.recordMinutes(reference, first, new Minutes(ConcernLevel.LOW, Decision.STAY,
        null, List.of(), null), "cme-panel", "panel.chair", NOW)).isInstanceOf(CaseStateException.class);

    register.recordActionOutcome(reference, ids.get(0), true, "Seen at home", "cme.officer", NOW);
    register.recordActionOverdue(reference, ids.get(1), NOW);
    assertThat(register.actionsAgreedAt(first)).extracting(ActionEntry::id).containsExactlyElementsOf(ids);
    assertThat(register.actionsToReview(reference)).extracting(ActionEntry::done).containsExactly(true, null);
    assertThat(register.action(ids.get(1)).orElseThrow().details().ownerUser()).isEqualTo("adm.lead");
    assertThat(register.action(ids.get(1)).orElseThrow().chairGroup()).isEqualTo("cme-panel");

    long second = register.startStage(reference, 2, "LINE_OF_SIGHT", "line-of-sight", MEETING.plusDays(21),
        MEETING.plusDays(21), OFFICER, NOW);
    assertThatThrownBy(() -> register.recordMinutes(reference, second, new Minutes(ConcernLevel.LOW, Decision.RESOLVED,
        null, List.of(new ActionDetails(" ", null, null, null, null)), null), "line-of-sight", "chair", NOW))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
            .contains("actionWhat", "actionOwnerGroup", "actionMeasure", "actionDue"));
    register.recordMinutes(reference, second, new Minutes(ConcernLevel.LOW, Decision.RESOLVED, null, List.of(),
        "Both done"), "line-of-sight", "chair", NOW);
    register.resolve(reference, "chair", NOW);

    assertThat(register.actionsToReview(reference)).isEmpty();
    assertThat(register.actions(reference)).extracting(ActionEntry::reviewOutcome).containsOnly("Both done");
    EscalationEntry e = register.forCase(reference).get(0);
    assertThat(e.status()).isEqualTo(Status.RESOLVED);
    assertThat(e.closedAt()).isEqualTo(NOW);
    assertThat(register.stages(e.id())).extracting(s -> s.decision()).containsExactly(Decision.ESCALATE, Decision.RESOLVED);
    assertThat(casework.isOpen(reference)).isTrue();
    assertThat(types()).contains(CaseEventType.ESCALATION_STAGE_STARTED, CaseEventType.ESCALATION_MINUTES_RECORDED,
        CaseEventType.ESCALATION_ACTION_AGREED, CaseEventType.ESCALATION_ACTION_ANSWERED,
        CaseEventType.ESCALATION_ACTION_OVERDUE, CaseEventType.ESCALATION_RESOLVED);
  }

  @Test
  void unresolved_after_stage_3_is_reported_to_senior_management_until_it_responds() {
    register.open(reference, "STUCK_CASE", null, null, OFFICER, NOW);
    assertThatThrownBy(() -> register.recordSeniorManagementResponse(reference, "x", "m", NOW))
        .isInstanceOf(CaseStateException.class);
    register.reportToSeniorManagement(reference, "qaro.one", NOW);

    assertThat(register.current(reference)).isEmpty();
    assertThat(register.reportedToSeniorManagement()).extracting(EscalationEntry::caseReference)
        .containsExactly(reference.value());
    register.recordSeniorManagementResponse(reference, "Head of Service to meet the family", "cme.manager", NOW);
    assertThat(register.reportedToSeniorManagement()).isEmpty();
    assertThat(register.forCase(reference).get(0).seniorResponse()).isEqualTo("Head of Service to meet the family");
    assertThat(types()).contains(CaseEventType.ESCALATION_REPORTED_TO_SENIOR_MANAGEMENT,
        CaseEventType.ESCALATION_SENIOR_MANAGEMENT_RESPONDED);
    // a new escalation may open after the last one ended
    register.open(reference, "PRACTITIONER_CONCERN", null, null, OFFICER, NOW);
    assertThat(register.forCase(reference)).hasSize(2);
  }

  private CaseReference aCaseFor(String forename, String surname) {
    return casework.openCase(aChild().legalForename(forename).legalSurname(surname).build(CaseworkTestData.TODAY),
        aSchoolReferralDetails(), OFFICER, NOW);
  }

  private List<CaseEventType> types() {
    return casework.history(reference).stream().map(CaseHistoryEntry::type).toList();
  }
}
