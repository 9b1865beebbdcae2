package uk.gov.cme.casework;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The escalation records (processes.md P8; seeds 000 and 004; issue 11; migration V9): a stuck case's
 * escalation, each stage's review (a group's meeting or a person), the meetings and their agendas, and
 * the SMART actions the minutes agree. Each change is a line of the case's audit trail
 * ({@code ESCALATION_*}, codes and ids only). Knows nothing of the process engine.
 *
 * <p>Transactions as {@link Casework}: each method joins the caller's transaction; one that throws
 * {@link InvalidInputException}, {@link CaseNotFoundException} or {@link CaseStateException} has changed
 * nothing. Confidential (seed 004 §6): nothing here is shown to a school. Log lines name the case
 * reference and row ids only.
 */
@Service
@Transactional(noRollbackFor = {InvalidInputException.class, CaseNotFoundException.class, CaseStateException.class})
public class EscalationRegister {

  public static final int DETAILS_LENGTH = 2000;
  public static final int ACTION_TEXT_LENGTH = 1000;
  public static final int MINUTES_LENGTH = 4000;
  static final int TRIGGERS_LENGTH = 400;

  private static final Logger LOG = LoggerFactory.getLogger(EscalationRegister.class);

  /** Where an escalation stands. */
  public enum Status { OPEN, RESOLVED, REPORTED_TO_SENIOR_MANAGEMENT }

  /** The decision a stage's minutes record. */
  public enum Decision { RESOLVED, STAY, ESCALATE }

  /** How worried the meeting is about the child; {@link #HIGHEST} flags the child. */
  public enum ConcernLevel { HIGHEST, HIGH, MODERATE, LOW }

  /** An escalation of a case. */
  public record EscalationEntry(long id, String caseReference, Status status, List<String> triggers,
                                String triggerDetails, int stage, String route, String group, LocalDate meetingDate,
                                LocalDate reviewDue, boolean highestConcern, Instant openedAt, Instant closedAt,
                                String seniorResponse, String processInstanceId) {

    /** Still under way: open, or reported to senior management and not yet answered. */
    public boolean active() {
      return status == Status.OPEN || (status == Status.REPORTED_TO_SENIOR_MANAGEMENT && seniorResponse == null);
    }
  }

  /** A stage's review, with its minutes once recorded. */
  public record StageEntry(long id, long escalationId, int stage, String route, String group, LocalDate meetingDate,
                           LocalDate reviewDue, ConcernLevel concernLevel, Decision decision, String minutes,
                           String decidedBy) {
  }

  /**
   * A SMART action agreed at a review.
   *
   * @param ownerGroup the team that owns it (the candidate group of its task)
   * @param ownerUser  a named user who owns it, or null
   */
  public record ActionDetails(String what, String ownerGroup, String ownerUser, LocalDate dueOn, String successMeasure) {
  }

  /** A stored action. */
  public record ActionEntry(long id, long escalationId, long stageId, String caseReference, ActionDetails details,
                            String chairGroup, Boolean done, String doneNote, String reviewOutcome) {
  }

  /** The minutes of one child's review. */
  public record Minutes(ConcernLevel concernLevel, Decision decision, String minutes, List<ActionDetails> actions,
                        String reviewOfActions) {
    public Minutes {
      actions = actions == null ? List.of() : List.copyOf(actions);
    }
  }

  /** A child on a meeting's agenda. */
  public record AgendaItem(String caseReference, String childName, LocalDate dateOfBirth, int stage,
                           List<String> triggers, String triggerDetails, boolean highestConcern, boolean childInCare,
                           boolean send, int openActions) {
  }

  private final JdbcTemplate jdbc;
  private final CaseRepository cases;
  private final CaseEventRepository events;

  EscalationRegister(JdbcTemplate jdbc, CaseRepository cases, CaseEventRepository events) {
    this.jdbc = jdbc;
    this.cases = cases;
    this.events = events;
  }

  /**
   * Locks the case's row until the transaction ends, so that two escalations started for one case are
   * handled one after the other: the second finds the first's escalation.
   *
   * @throws CaseNotFoundException if there is no such case
   */
  public void lockCase(CaseReference reference) {
    Objects.requireNonNull(reference, "reference");
    List<Long> ids = jdbc.queryForList("SELECT id FROM cme_case WHERE case_reference = ? FOR UPDATE", Long.class,
        reference.value());
    if (ids.isEmpty()) {
      throw CaseNotFoundException.noCase(reference);
    }
  }

  /**
   * Opens an escalation of an open case at stage 1.
   *
   * @param trigger the {@code EscalationTrigger} name
   * @return its id
   * @throws InvalidInputException if the trigger, details or user are at fault
   * @throws CaseNotFoundException if there is no such case
   * @throws CaseStateException    if the case is closed or already has an open escalation
   */
  public long open(CaseReference reference, String trigger, String details, String processInstanceId, String user,
                   Instant at) {
    Objects.requireNonNull(at, "at");
    Faults faults = new Faults();
    String t = faults.required("escalationTrigger", trigger, 40, "why the escalation started is missing");
    String d = faults.optional("escalationTriggerDetails", details, DETAILS_LENGTH);
    String u = user(faults, user);
    faults.throwIfAny();
    CmeCase c = existingCase(reference);
    if (!c.isOpen()) {
      throw new CaseStateException("case " + reference + " is closed");
    }
    if (current(c.id()).isPresent()) {
      throw new CaseStateException("case " + reference + " already has an open escalation");
    }
    long id = insert("INSERT INTO cme_escalation (case_id, status, triggers, "
          + "trigger_details, stage, highest_concern, process_instance_id, opened_by, opened_at) "
          + "VALUES (?, 'OPEN', ?, ?, 1, FALSE, ?, ?, ?)",
        c.id(), t, d, processInstanceId, u, Timestamp.from(at));
    record(c, u, at, CaseEventType.ESCALATION_OPENED, "escalation #" + id + " " + t);
    LOG.info("Case {}: escalation #{} opened ({})", reference, id, t);
    return id;
  }

  /**
   * Records a further trigger on the case's escalation under way (a second start joined the running one).
   *
   * @throws CaseStateException if the case has no escalation under way
   */
  public void joinTrigger(CaseReference reference, String trigger, String details, String user, Instant at) {
    Objects.requireNonNull(at, "at");
    Faults faults = new Faults();
    String t = faults.required("escalationTrigger", trigger, 40, "why the escalation was asked for is missing");
    String d = faults.optional("escalationTriggerDetails", details, DETAILS_LENGTH);
    String u = user(faults, user);
    faults.throwIfAny();
    CmeCase c = existingCase(reference);
    EscalationEntry e = active(c.id()).orElseThrow(() ->
        new CaseStateException("case " + reference + " has no escalation under way to join"));
    String triggers = String.join(",", e.triggers()) + "," + t;
    if (triggers.length() > TRIGGERS_LENGTH) {
      triggers = String.join(",", e.triggers());
    }
    String allDetails = d == null ? e.triggerDetails()
        : e.triggerDetails() == null ? d : e.triggerDetails() + "\n" + d;
    if (allDetails != null && allDetails.length() > DETAILS_LENGTH) {
      allDetails = allDetails.substring(0, DETAILS_LENGTH);
    }
    jdbc.update("UPDATE cme_escalation SET triggers = ?, trigger_details = ? WHERE id = ?", triggers, allDetails, e.id());
    record(c, u, at, CaseEventType.ESCALATION_TRIGGER_JOINED, "escalation #" + e.id() + " " + t);
    LOG.info("Case {}: {} joined escalation #{}", reference, t, e.id());
  }

  /**
   * The case's open escalation is taken over by another process instance (its own instance is gone, for
   * example deleted in Cockpit): the trigger that found it is recorded and the escalation carries on from
   * its stage there.
   *
   * @return the escalation, as it was
   * @throws CaseStateException if the case has no open escalation
   */
  public EscalationEntry adopt(CaseReference reference, String processInstanceId, String trigger, String details,
                               String user, Instant at) {
    joinTrigger(reference, trigger, details, user, at);
    CmeCase c = existingCase(reference);
    EscalationEntry e = current(c.id()).orElseThrow(() ->
        new CaseStateException("case " + reference + " has no open escalation to take over"));
    jdbc.update("UPDATE cme_escalation SET process_instance_id = ? WHERE id = ?", processInstanceId, e.id());
    LOG.info("Case {}: escalation #{} taken over by {}", reference, e.id(), processInstanceId);
    return e;
  }

  /**
   * Starts a stage's review: by the group's meeting on {@code meetingDate} (the child is on its agenda) or,
   * when {@code meetingDate} is null, by a person by {@code reviewDue}.
   *
   * @return the stage row's id
   * @throws CaseStateException if the case has no open escalation
   */
  public long startStage(CaseReference reference, int stage, String route, String group, LocalDate meetingDate,
                         LocalDate reviewDue, String user, Instant at) {
    Objects.requireNonNull(at, "at");
    Faults faults = new Faults();
    if (stage < 1 || stage > 3) {
      faults.add("escalationStage", "must be 1, 2 or 3");
    }
    String r = faults.required("escalationRoute", route, 40, "the route is missing");
    String g = faults.required("escalationGroup", group, 64, "the group is missing");
    if (reviewDue == null) {
      faults.add("reviewDue", "the review's date is missing");
    }
    String u = user(faults, user);
    faults.throwIfAny();
    CmeCase c = existingCase(reference);
    EscalationEntry e = current(c.id()).orElseThrow(() ->
        new CaseStateException("case " + reference + " has no open escalation"));
    Long meetingId = meetingDate == null ? null : meeting(g, meetingDate);
    long id = insert("INSERT INTO cme_escalation_stage (escalation_id, stage, route, "
          + "route_group, meeting_id, review_due, started_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        e.id(), stage, r, g, meetingId, reviewDue, Timestamp.from(at));
    jdbc.update("UPDATE cme_escalation SET stage = ?, route = ?, route_group = ?, meeting_date = ?, review_due = ? "
        + "WHERE id = ?", stage, r, g, meetingDate, reviewDue, e.id());
    record(c, u, at, CaseEventType.ESCALATION_STAGE_STARTED, "escalation #" + e.id() + " stage " + stage + " " + r
        + (meetingDate == null ? " due " + reviewDue : " meeting " + meetingDate));
    LOG.info("Case {}: escalation #{} stage {} ({}, {})", reference, e.id(), stage, r, meetingId == null ? "due "
        + reviewDue : "meeting #" + meetingId);
    return id;
  }

  /**
   * The children on a group's meeting: every open escalation whose current stage is reviewed there, in
   * the order they were raised, children of highest concern first.
   */
  @Transactional(readOnly = true)
  public List<AgendaItem> agenda(String group, LocalDate meetingDate) {
    return jdbc.query("SELECT c.case_reference, c.legal_forename, c.legal_surname, c.date_of_birth, s.stage, "
            + "e.triggers, e.trigger_details, e.highest_concern, c.child_in_care, c.ehcp, c.sen_support, "
            + "(SELECT COUNT(*) FROM cme_escalation_action a WHERE a.escalation_id = e.id AND a.done IS NULL) AS open_actions "
            + "FROM cme_escalation_stage s JOIN cme_escalation_meeting m ON m.id = s.meeting_id "
            + "JOIN cme_escalation e ON e.id = s.escalation_id JOIN cme_case c ON c.id = e.case_id "
            + "WHERE m.group_id = ? AND m.meeting_date = ? AND s.decision IS NULL AND e.status = 'OPEN' "
            + "AND s.id = (SELECT MAX(l.id) FROM cme_escalation_stage l WHERE l.escalation_id = e.id) "
            + "ORDER BY e.highest_concern DESC, s.id",
        (rs, n) -> new AgendaItem(rs.getString(1), rs.getString(2) + " " + rs.getString(3),
            rs.getObject(4, LocalDate.class), rs.getInt(5), split(rs.getString(6)), rs.getString(7), rs.getBoolean(8),
            rs.getBoolean(9), rs.getBoolean(10) || rs.getBoolean(11), rs.getInt(12)),
        group, meetingDate);
  }

  /**
   * Records the minutes of a stage's review: the concern level (highest flags the child), the decision,
   * the notes, the new SMART actions, and the review of the actions agreed before (every earlier action not
   * yet reviewed gets {@code reviewOfActions}).
   *
   * @param chairGroup the group that reviewed (it is reminded of an action overdue)
   * @return the new actions' ids, in order
   * @throws InvalidInputException listing every fault; nothing is stored
   * @throws CaseStateException    if the stage is not the open escalation's undecided stage
   */
  public List<Long> recordMinutes(CaseReference reference, long stageId, Minutes minutes, String chairGroup,
                                  String user, Instant at) {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(minutes, "minutes");
    Faults faults = new Faults();
    if (minutes.concernLevel() == null) {
      faults.add("concernLevel", "the level of concern is missing");
    }
    if (minutes.decision() == null) {
      faults.add("escalationDecision", "the decision is missing");
    }
    String notes = faults.optional("minutesNotes", minutes.minutes(), MINUTES_LENGTH);
    String review = faults.optional("actionsReview", minutes.reviewOfActions(), DETAILS_LENGTH);
    String chair = faults.required("chairGroup", chairGroup, 64, "the group that reviewed is missing");
    for (ActionDetails a : minutes.actions()) {
      faults.required("actionWhat", a.what(), ACTION_TEXT_LENGTH, "what is to be done is missing");
      faults.required("actionOwnerGroup", a.ownerGroup(), 64, "the owning team is missing");
      faults.optional("actionOwnerUser", a.ownerUser(), 64);
      faults.required("actionMeasure", a.successMeasure(), ACTION_TEXT_LENGTH, "how success is measured is missing");
      if (a.dueOn() == null) {
        faults.add("actionDue", "the due date is missing");
      }
    }
    String u = user(faults, user);
    faults.throwIfAny();
    CmeCase c = existingCase(reference);
    EscalationEntry e = current(c.id()).orElseThrow(() ->
        new CaseStateException("case " + reference + " has no open escalation"));
    StageEntry stage = stage(stageId).filter(s -> s.escalationId() == e.id() && s.decision() == null)
        .orElseThrow(() -> new CaseStateException("stage " + stageId + " is not the undecided stage of case " + reference));
    jdbc.update("UPDATE cme_escalation_stage SET concern_level = ?, decision = ?, minutes = ?, decided_by = ?, "
            + "decided_at = ? WHERE id = ?", minutes.concernLevel().name(), minutes.decision().name(), notes, u,
        Timestamp.from(at), stage.id());
    jdbc.update("UPDATE cme_escalation SET highest_concern = ? WHERE id = ?",
        minutes.concernLevel() == ConcernLevel.HIGHEST, e.id());
    int reviewed = jdbc.update("UPDATE cme_escalation_action SET review_outcome = ?, reviewed_stage_id = ? "
        + "WHERE escalation_id = ? AND reviewed_stage_id IS NULL", review, stage.id(), e.id());
    List<Long> ids = new ArrayList<>();
    for (ActionDetails a : minutes.actions()) {
      long id = insert("INSERT INTO cme_escalation_action (escalation_id, stage_id, what, "
            + "owner_group, owner_user, due_on, success_measure, chair_group, created_by, created_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          e.id(), stage.id(), a.what().strip(), a.ownerGroup().strip(), Faults.trim(a.ownerUser()), a.dueOn(),
          a.successMeasure().strip(), chair, u, Timestamp.from(at));
      ids.add(id);
      record(c, u, at, CaseEventType.ESCALATION_ACTION_AGREED, "action #" + id + " owner " + a.ownerGroup().strip()
          + " due " + a.dueOn());
    }
    record(c, u, at, CaseEventType.ESCALATION_MINUTES_RECORDED, "escalation #" + e.id() + " stage " + stage.stage()
        + " " + minutes.decision() + ", concern " + minutes.concernLevel() + ", " + ids.size() + " actions, "
        + reviewed + " reviewed");
    LOG.info("Case {}: escalation #{} stage {} minutes: {} ({} actions)", reference, e.id(), stage.stage(),
        minutes.decision(), ids.size());
    return ids;
  }

  /**
   * The owner's answer to an action: done or not, with a note.
   *
   * @throws CaseNotFoundException if the action is not the case's
   */
  public void recordActionOutcome(CaseReference reference, long actionId, boolean done, String note, String user,
                                  Instant at) {
    Objects.requireNonNull(at, "at");
    Faults faults = new Faults();
    String n = faults.optional("actionNote", note, DETAILS_LENGTH);
    String u = user(faults, user);
    faults.throwIfAny();
    CmeCase c = existingCase(reference);
    ActionEntry a = actionOf(c, reference, actionId);
    jdbc.update("UPDATE cme_escalation_action SET done = ?, done_note = ?, done_by = ?, done_at = ? WHERE id = ?",
        done, n, u, Timestamp.from(at), a.id());
    record(c, u, at, CaseEventType.ESCALATION_ACTION_ANSWERED, "action #" + a.id() + (done ? " done" : " not done"));
  }

  /** An action passed its due date unanswered: a line in the case's audit trail. */
  public void recordActionOverdue(CaseReference reference, long actionId, Instant at) {
    CmeCase c = existingCase(reference);
    ActionEntry a = actionOf(c, reference, actionId);
    record(c, Casework.SYSTEM_USER, at, CaseEventType.ESCALATION_ACTION_OVERDUE, "action #" + a.id() + " due "
        + a.details().dueOn());
  }

  /** The action, for its task. */
  @Transactional(readOnly = true)
  public Optional<ActionEntry> action(long actionId) {
    return jdbc.query(ACTION_SELECT + " WHERE a.id = ?", ACTION, actionId).stream().findFirst();
  }

  /** The actions of the case's open escalation not yet reviewed at a meeting, oldest first. */
  @Transactional(readOnly = true)
  public List<ActionEntry> actionsToReview(CaseReference reference) {
    return cases.findByCaseReference(reference.value()).flatMap(c -> current(c.id()))
        .map(e -> jdbc.query(ACTION_SELECT + " WHERE a.escalation_id = ? AND a.reviewed_stage_id IS NULL ORDER BY a.id",
            ACTION, e.id()))
        .orElse(List.of());
  }

  /** The actions agreed at a stage's review, in order. */
  @Transactional(readOnly = true)
  public List<ActionEntry> actionsAgreedAt(long stageId) {
    return jdbc.query(ACTION_SELECT + " WHERE a.stage_id = ? ORDER BY a.id", ACTION, stageId);
  }

  /** Every action of the case's escalations, oldest first. */
  @Transactional(readOnly = true)
  public List<ActionEntry> actions(CaseReference reference) {
    CmeCase c = existingCase(reference);
    return jdbc.query(ACTION_SELECT + " WHERE e.case_id = ? ORDER BY a.id", ACTION, c.id());
  }

  /** Ends the open escalation: resolved. The case stays open. */
  public void resolve(CaseReference reference, String user, Instant at) {
    close(reference, Status.RESOLVED, CaseEventType.ESCALATION_RESOLVED, user, at);
  }

  /** Ends the open escalation: unresolved after stage 3, reported to senior management. */
  public void reportToSeniorManagement(CaseReference reference, String user, Instant at) {
    close(reference, Status.REPORTED_TO_SENIOR_MANAGEMENT, CaseEventType.ESCALATION_REPORTED_TO_SENIOR_MANAGEMENT,
        user, at);
  }

  /**
   * What senior management decided for the case's escalation reported to it (the latest one).
   *
   * @throws CaseStateException if no escalation of the case was reported
   */
  public void recordSeniorManagementResponse(CaseReference reference, String response, String user, Instant at) {
    Objects.requireNonNull(at, "at");
    Faults faults = new Faults();
    String r = faults.required("seniorManagementResponse", response, DETAILS_LENGTH, "the response is missing");
    String u = user(faults, user);
    faults.throwIfAny();
    CmeCase c = existingCase(reference);
    EscalationEntry e = forCase(c.id()).stream().filter(x -> x.status() == Status.REPORTED_TO_SENIOR_MANAGEMENT)
        .reduce((a, b) -> b).orElseThrow(() -> new CaseStateException("case " + reference
            + " has no escalation reported to senior management"));
    jdbc.update("UPDATE cme_escalation SET senior_response = ? WHERE id = ?", r, e.id());
    record(c, u, at, CaseEventType.ESCALATION_SENIOR_MANAGEMENT_RESPONDED, "escalation #" + e.id());
  }

  /**
   * The case's escalation under way, if any: open, or reported to senior management and not yet answered.
   * A further trigger joins it; a new escalation opens only when there is none.
   */
  @Transactional(readOnly = true)
  public Optional<EscalationEntry> active(CaseReference reference) {
    return cases.findByCaseReference(reference.value()).flatMap(c -> active(c.id()));
  }

  /** The case's open escalation, if any. */
  @Transactional(readOnly = true)
  public Optional<EscalationEntry> current(CaseReference reference) {
    return cases.findByCaseReference(reference.value()).flatMap(c -> current(c.id()));
  }

  /** The case's escalations, oldest first. */
  @Transactional(readOnly = true)
  public List<EscalationEntry> forCase(CaseReference reference) {
    return forCase(existingCase(reference).id());
  }

  /** The escalation's stages, oldest first. */
  @Transactional(readOnly = true)
  public List<StageEntry> stages(long escalationId) {
    return jdbc.query(STAGE_SELECT + " WHERE s.escalation_id = ? ORDER BY s.id", STAGE, escalationId);
  }

  /** The escalations reported to senior management and not yet answered: the managers' stuck-cases list. */
  @Transactional(readOnly = true)
  public List<EscalationEntry> reportedToSeniorManagement() {
    return jdbc.query(ESCALATION_SELECT + " WHERE e.status = 'REPORTED_TO_SENIOR_MANAGEMENT' AND e.senior_response IS NULL"
        + " ORDER BY e.closed_at", ESCALATION);
  }

  // --- internals ---------------------------------------------------------------------------------------

  private static final String ESCALATION_SELECT = "SELECT e.id, c.case_reference, e.status, e.triggers, "
      + "e.trigger_details, e.stage, e.route, e.route_group, e.meeting_date, e.review_due, e.highest_concern, "
      + "e.opened_at, e.closed_at, e.senior_response, e.process_instance_id FROM cme_escalation e "
      + "JOIN cme_case c ON c.id = e.case_id";
  private static final RowMapper<EscalationEntry> ESCALATION = (rs, n) -> new EscalationEntry(rs.getLong(1),
      rs.getString(2), Status.valueOf(rs.getString(3)), split(rs.getString(4)), rs.getString(5), rs.getInt(6),
      rs.getString(7), rs.getString(8), rs.getObject(9, LocalDate.class), rs.getObject(10, LocalDate.class),
      rs.getBoolean(11), instant(rs, 12), instant(rs, 13), rs.getString(14), rs.getString(15));

  private static final String STAGE_SELECT = "SELECT s.id, s.escalation_id, s.stage, s.route, s.route_group, "
      + "m.meeting_date, s.review_due, s.concern_level, s.decision, s.minutes, s.decided_by "
      + "FROM cme_escalation_stage s LEFT JOIN cme_escalation_meeting m ON m.id = s.meeting_id";
  private static final RowMapper<StageEntry> STAGE = (rs, n) -> new StageEntry(rs.getLong(1), rs.getLong(2),
      rs.getInt(3), rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class),
      rs.getString(8) == null ? null : ConcernLevel.valueOf(rs.getString(8)),
      rs.getString(9) == null ? null : Decision.valueOf(rs.getString(9)), rs.getString(10), rs.getString(11));

  private static final String ACTION_SELECT = "SELECT a.id, a.escalation_id, a.stage_id, c.case_reference, a.what, "
      + "a.owner_group, a.owner_user, a.due_on, a.success_measure, a.chair_group, a.done, a.done_note, a.review_outcome "
      + "FROM cme_escalation_action a JOIN cme_escalation e ON e.id = a.escalation_id JOIN cme_case c ON c.id = e.case_id";
  private static final RowMapper<ActionEntry> ACTION = (rs, n) -> new ActionEntry(rs.getLong(1), rs.getLong(2),
      rs.getLong(3), rs.getString(4), new ActionDetails(rs.getString(5), rs.getString(6), rs.getString(7),
      rs.getObject(8, LocalDate.class), rs.getString(9)), rs.getString(10), (Boolean) rs.getObject(11, Boolean.class),
      rs.getString(12), rs.getString(13));

  private Optional<EscalationEntry> current(long caseId) {
    return jdbc.query(ESCALATION_SELECT + " WHERE e.case_id = ? AND e.status = 'OPEN'", ESCALATION, caseId)
        .stream().findFirst();
  }

  private Optional<EscalationEntry> active(long caseId) {
    return forCase(caseId).stream().filter(EscalationEntry::active).reduce((a, b) -> b);
  }

  private List<EscalationEntry> forCase(long caseId) {
    return jdbc.query(ESCALATION_SELECT + " WHERE e.case_id = ? ORDER BY e.id", ESCALATION, caseId);
  }

  private Optional<StageEntry> stage(long stageId) {
    return jdbc.query(STAGE_SELECT + " WHERE s.id = ?", STAGE, stageId).stream().findFirst();
  }

  private ActionEntry actionOf(CmeCase c, CaseReference reference, long actionId) {
    return action(actionId).filter(a -> a.caseReference().equals(c.reference().value())).orElseThrow(() ->
        new CaseNotFoundException("case " + reference + " has no escalation action " + actionId));
  }

  /** The meeting's row, made when its first child is put on the agenda. */
  private long meeting(String group, LocalDate date) {
    List<Long> found = jdbc.queryForList("SELECT id FROM cme_escalation_meeting WHERE group_id = ? AND meeting_date = ?",
        Long.class, group, date);
    if (!found.isEmpty()) {
      return found.get(0);
    }
    return insert("INSERT INTO cme_escalation_meeting (group_id, meeting_date) "
          + "VALUES (?, ?)",
        group, date);
  }

  /** Inserts one row and answers its generated id. */
  private long insert(String sql, Object... values) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.update(con -> {
      PreparedStatement ps = con.prepareStatement(sql, new String[] {"id"});
      for (int i = 0; i < values.length; i++) {
        ps.setObject(i + 1, values[i]);
      }
      return ps;
    }, key);
    return key.getKey().longValue();
  }

  private void close(CaseReference reference, Status status, CaseEventType type, String user, Instant at) {
    Objects.requireNonNull(at, "at");
    Faults faults = new Faults();
    String u = user(faults, user);
    faults.throwIfAny();
    CmeCase c = existingCase(reference);
    EscalationEntry e = current(c.id()).orElseThrow(() ->
        new CaseStateException("case " + reference + " has no open escalation"));
    jdbc.update("UPDATE cme_escalation SET status = ?, closed_by = ?, closed_at = ? WHERE id = ?", status.name(), u,
        Timestamp.from(at), e.id());
    record(c, u, at, type, "escalation #" + e.id() + " stage " + e.stage());
    LOG.info("Case {}: escalation #{} {}", reference, e.id(), status);
  }

  private CmeCase existingCase(CaseReference reference) {
    Objects.requireNonNull(reference, "reference");
    return cases.findByCaseReference(reference.value()).orElseThrow(() -> CaseNotFoundException.noCase(reference));
  }

  private void record(CmeCase c, String user, Instant at, CaseEventType type, String detail) {
    events.save(CaseEvent.of(c.id(), at, user, type, detail));
  }

  private static String user(Faults faults, String user) {
    return faults.required("user", user, Casework.USER_LENGTH, "who made the change is not known");
  }

  private static List<String> split(String triggers) {
    return triggers == null || triggers.isBlank() ? List.of() : Arrays.stream(triggers.split(",")).map(String::strip)
        .map(t -> t.toUpperCase(Locale.ROOT)).toList();
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }
}
