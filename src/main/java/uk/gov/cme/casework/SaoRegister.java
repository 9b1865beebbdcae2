package uk.gov.cme.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.cme.rules.age.SchoolAge;
import uk.gov.cme.rules.calendar.SaoDeadlines;

/**
 * The School Attendance Order register (processes.md P5; issue 10): every notice and order served for a
 * case, with its day of deemed service and its deadline worked out from the service method
 * ({@link SaoDeadlines}), the school it names and the letter. Each change is a line of the case's audit
 * trail. Knows nothing of the process engine.
 *
 * <p>Transactions as {@link Casework}: each method joins the caller's transaction; one that throws
 * {@link InvalidInputException}, {@link CaseNotFoundException} or {@link CaseStateException} has changed
 * nothing. Log lines name the case reference and row id only.
 */
@Service
@Transactional(noRollbackFor = {InvalidInputException.class, CaseNotFoundException.class, CaseStateException.class})
public class SaoRegister {

  static final int PARENT_LENGTH = 200;
  static final int MAX_ALTERNATIVES = 20;

  private static final Logger LOG = LoggerFactory.getLogger(SaoRegister.class);

  private final SaoNoticeRepository notices;
  private final CaseRepository cases;
  private final CaseEventRepository events;
  private final ObjectProvider<SaoDeadlines> deadlines;
  private final Clock clock;

  /**
   * The deadlines are looked up when a notice is recorded, so that a context with the case register but
   * without the calendar (the process tests that scan this package) still starts.
   */
  SaoRegister(SaoNoticeRepository notices, CaseRepository cases, CaseEventRepository events,
              ObjectProvider<SaoDeadlines> deadlines, Clock clock) {
    this.notices = notices;
    this.cases = cases;
    this.events = events;
    this.deadlines = deadlines;
    this.clock = clock;
  }

  /**
   * Checks a notice or order and records it on the open case: the day of deemed service from the
   * method, the deadline (s437(1) notice: {@code sao-notice-days} beginning with the day of deemed
   * service; s438: {@code sao-intention-days}; an order or NIP: the home visit, {@code sao-home-visit-days}
   * beginning with the day of issue). An order or amendment is {@link SaoOrderStatus#IN_FORCE}; an
   * amendment makes the order it amends {@link SaoOrderStatus#AMENDED}, a revocation makes it
   * {@link SaoOrderStatus#REVOKED}. A case has at most one order in force: end or revoke it first.
   *
   * @return the new row's id
   * @throws InvalidInputException listing every field at fault; nothing is stored
   * @throws CaseNotFoundException if there is no such case
   * @throws CaseStateException    if the case is closed, or an order is already in force for a new order
   */
  public long record(CaseReference reference, SaoNoticeDetails details, String user, Instant at) {
    Objects.requireNonNull(at, "at");
    CmeCase c = existingCase(reference);
    List<SaoNotice> existing = notices.findByCaseId(c.id());
    SaoNoticeDetails d = checked(details, user, existing, LocalDate.ofInstant(at, clock.getZone()));
    if (!c.isOpen()) {
      throw new CaseStateException("case " + reference + " is closed");
    }
    if (d.type() == SaoNoticeType.SCHOOL_ATTENDANCE_ORDER && existing.stream().anyMatch(SaoNotice::isOrderInForce)) {
      throw new CaseStateException("case " + reference + " has an order in force: end or revoke it first");
    }
    int cycle = cycle(d, existing);
    SaoDeadlines deadlines = this.deadlines.getObject();
    LocalDate deemed = deadlines.deemedService(d.servedOn(), d.serviceMethod());
    LocalDate deadline = switch (d.type()) {
      case S437_NOTICE -> deadlines.noticeResponseDue(deemed);
      case S438_NOTICE_OF_INTENTION -> deadlines.intentionChoiceDue(deemed);
      case SCHOOL_ATTENDANCE_ORDER, NOTICE_OF_INTENTION_TO_PROSECUTE -> deadlines.homeVisitDue(d.servedOn());
      case AMENDMENT, REVOCATION -> null;
    };
    String checkedUser = Faults.trim(user);
    SaoNotice saved = notices.save(SaoNotice.of(c.id(), d, cycle, deemed, deadline, checkedUser, at));
    record(c, checkedUser, at, CaseEventType.SAO_NOTICE_RECORDED, d.type() + " #" + saved.id() + " cycle " + cycle);
    if (d.type() == SaoNoticeType.AMENDMENT || d.type() == SaoNoticeType.REVOCATION) {
      SaoNotice order = byId(existing, d.orderId());
      boolean amended = d.type() == SaoNoticeType.AMENDMENT;
      order.changeStatus(amended ? SaoOrderStatus.AMENDED : SaoOrderStatus.REVOKED, null, checkedUser, at);
      notices.save(order);
      record(c, checkedUser, at, amended ? CaseEventType.SAO_ORDER_AMENDED : CaseEventType.SAO_ORDER_REVOKED,
          "order #" + order.id() + (amended ? " amended by #" + saved.id() : " revoked by #" + saved.id()));
    }
    LOG.info("Case {}: {} #{} recorded (cycle {})", reference, d.type(), saved.id(), cycle);
    return saved.id();
  }

  /**
   * Ends an order in force (complied, compulsory school age ended, left the area, a new cycle).
   *
   * @throws InvalidInputException if the reason or user is missing
   * @throws CaseNotFoundException if there is no such case, or no such order on it
   * @throws CaseStateException    if the order is not in force
   */
  public void endOrder(CaseReference reference, long orderId, SaoOrderEndReason reason, String user, Instant at) {
    Objects.requireNonNull(at, "at");
    Faults faults = new Faults();
    if (reason == null) {
      faults.add("endedReason", "why the order ended is missing");
    }
    String checkedUser = user(faults, user);
    faults.throwIfAny();
    CmeCase c = existingCase(reference);
    SaoNotice order = rowOf(c, reference, orderId);
    if (!order.isOrderInForce()) {
      throw new CaseStateException("row " + orderId + " of case " + reference + " is not an order in force");
    }
    order.changeStatus(SaoOrderStatus.ENDED, reason, checkedUser, at);
    notices.save(order);
    record(c, checkedUser, at, CaseEventType.SAO_ORDER_ENDED, "order #" + orderId + " " + reason);
    LOG.info("Case {}: order #{} ended ({})", reference, orderId, reason);
  }

  /**
   * Records the letter generated for a notice or order (the letters block keeps the letter itself).
   *
   * @throws CaseNotFoundException if there is no such case, or no such row on it
   */
  public void attachLetter(CaseReference reference, long noticeId, long letterId, String user, Instant at) {
    Objects.requireNonNull(at, "at");
    Faults faults = new Faults();
    String checkedUser = user(faults, user);
    faults.throwIfAny();
    CmeCase c = existingCase(reference);
    SaoNotice n = rowOf(c, reference, noticeId);
    n.attachLetter(letterId, checkedUser, at);
    notices.save(n);
    record(c, checkedUser, at, CaseEventType.SAO_LETTER_ATTACHED, "#" + noticeId + " letter " + letterId);
  }

  /** The case's notices and orders, oldest first. */
  @Transactional(readOnly = true)
  public List<SaoNoticeEntry> forCase(CaseReference reference) {
    CmeCase c = existingCase(reference);
    return notices.findByCaseId(c.id()).stream().map(n -> n.entry(reference.value())).toList();
  }

  /** The case's order in force (an order or amended order), if there is one. */
  @Transactional(readOnly = true)
  public Optional<SaoNoticeEntry> orderInForce(CaseReference reference) {
    return forCase(reference).stream()
        .filter(e -> e.type().isOrder() && e.status() == SaoOrderStatus.IN_FORCE).findFirst();
  }

  /**
   * Does an order in force on the case name this school? False when there is no such case, so a caller
   * cannot tell "no case" from "no order"; false too once the child is past compulsory school age, when
   * an order ends (s437, rules.md R4) even where no process is left to end its row.
   */
  @Transactional(readOnly = true)
  public boolean orderInForceNames(CaseReference reference, String schoolUrn) {
    if (reference == null || Faults.trim(schoolUrn) == null) {
      return false;
    }
    return cases.findByCaseReference(reference.value())
        .filter(c -> ofCompulsorySchoolAge(c.child().dateOfBirth()))
        .map(c -> notices.countInForce(c.id(), schoolUrn.strip()) > 0).orElse(false);
  }

  /** Whether a child born on {@code dateOfBirth} is of compulsory school age today (unknown: yes). */
  private boolean ofCompulsorySchoolAge(LocalDate dateOfBirth) {
    return dateOfBirth == null || !LocalDate.now(clock).isAfter(SchoolAge.compulsorySchoolAgeEnds(dateOfBirth));
  }

  /**
   * Does an order in force name this school for the child with this UPN (current or former) and date of
   * birth, on any case? For a school's return, which knows the pupil but not the case. False once the
   * child is past compulsory school age.
   */
  @Transactional(readOnly = true)
  public boolean orderInForceNames(String upn, LocalDate dateOfBirth, String schoolUrn) {
    String u = Faults.trim(upn);
    String urn = Faults.trim(schoolUrn);
    if (u == null || dateOfBirth == null || urn == null || !ofCompulsorySchoolAge(dateOfBirth)) {
      return false;
    }
    return notices.countInForceForChild(u.toUpperCase(java.util.Locale.ROOT), dateOfBirth, urn) > 0;
  }

  /**
   * A school's deletion return on ground (d) (the order was amended to name another school, s440) or (e)
   * (the order was revoked, s442), recorded against the order on the child's case: the latest order
   * naming that school that is {@link SaoOrderStatus#AMENDED} (d) or {@link SaoOrderStatus#REVOKED} (e)
   * gets a line in the case's audit trail ({@link CaseEventType#SAO_SCHOOL_DELETION_RECORDED}). Nothing
   * is recorded when there is no such order (the order may be another authority's, or not on the register).
   *
   * @param amended true for ground (d), false for (e)
   * @return the order the deletion was recorded against; empty when there is none
   * @throws InvalidInputException if the school or user is missing
   * @throws CaseNotFoundException if there is no such case
   */
  public Optional<SaoNoticeEntry> recordSchoolDeletion(CaseReference reference, String schoolUrn, boolean amended,
                                                       String user, Instant at) {
    Objects.requireNonNull(at, "at");
    Faults faults = new Faults();
    String urn = faults.urn("schoolUrn", schoolUrn);
    if (urn == null && Faults.trim(schoolUrn) == null) {
      faults.add("schoolUrn", "the school is missing");
    }
    String checkedUser = user(faults, user);
    faults.throwIfAny();
    CmeCase c = existingCase(reference);
    SaoOrderStatus status = amended ? SaoOrderStatus.AMENDED : SaoOrderStatus.REVOKED;
    Optional<SaoNoticeEntry> order = notices.findByCaseId(c.id()).stream().map(n -> n.entry(reference.value()))
        .filter(e -> e.type().isOrder() && e.status() == status && urn.equals(e.schoolUrn()))
        .reduce((first, second) -> second);
    order.ifPresent(o -> {
      record(c, checkedUser, at, CaseEventType.SAO_SCHOOL_DELETION_RECORDED, "order #" + o.id() + " " + status
          + ": school " + urn + " deleted the pupil, reg 9(1)(" + (amended ? "d" : "e") + ")");
      LOG.info("Case {}: school's deletion recorded against order #{} ({})", reference, o.id(), status);
    });
    return order;
  }

  /**
   * A process asked for a School Attendance Order for a case whose order process is already running (a
   * second trigger: the EHE check failed again, the parents refused another place): not started twice;
   * the trigger is a line of the case's audit trail ({@link CaseEventType#SAO_TRIGGER_WHILE_RUNNING}).
   *
   * @param trigger            why it was asked for ({@code saoTrigger})
   * @param processInstanceId  the order's process already running
   * @throws InvalidInputException if the trigger or user is missing
   * @throws CaseNotFoundException if there is no such case
   */
  public void recordTriggerWhileRunning(CaseReference reference, String trigger, String processInstanceId,
                                        String user, Instant at) {
    Objects.requireNonNull(at, "at");
    Faults faults = new Faults();
    String checkedTrigger = faults.required("saoTrigger", trigger, 40, "why the order was asked for is missing");
    String checkedUser = user(faults, user);
    faults.throwIfAny();
    CmeCase c = existingCase(reference);
    record(c, checkedUser, at, CaseEventType.SAO_TRIGGER_WHILE_RUNNING, checkedTrigger
        + ": the School Attendance Order already running (" + processInstanceId + ") was not started again");
    LOG.info("Case {}: School Attendance Order asked for again ({}) while {} runs", reference, checkedTrigger,
        processInstanceId);
  }

  private static SaoNoticeDetails checked(SaoNoticeDetails d, String user, List<SaoNotice> existing, LocalDate today) {
    Faults faults = new Faults();
    if (d == null) {
      faults.add("notice", "the notice is missing");
      faults.throwIfAny();
    }
    SaoNoticeType type = d.type();
    if (type == null) {
      faults.add("type", "what is served is missing");
    }
    String parent = faults.requiredLine("parentServed", d.parentServed(), PARENT_LENGTH,
        "the parent served is missing");
    if (d.servedOn() == null) {
      faults.add("servedOn", "the day of service is missing");
    } else if (d.servedOn().isAfter(today)) {
      faults.add("servedOn", "cannot be in the future");
    }
    if (d.serviceMethod() == null) {
      faults.add("serviceMethod", "how it was served is missing");
    }
    String urn = faults.urn("schoolUrn", d.schoolUrn());
    if (type != null && type.namesSchool() && urn == null && Faults.trim(d.schoolUrn()) == null) {
      faults.add("schoolUrn", "the school named is missing");
    } else if (type != null && !type.namesSchool() && urn != null) {
      faults.add("schoolUrn", "only a notice of intention, an order or an amendment names a school");
    }
    List<String> alternatives = new ArrayList<>();
    if (!d.alternativeUrns().isEmpty()) {
      if (type != SaoNoticeType.S438_NOTICE_OF_INTENTION) {
        faults.add("alternativeUrns", "only a notice of intention names alternative schools");
      } else if (d.alternativeUrns().size() > MAX_ALTERNATIVES) {
        faults.add("alternativeUrns", "at most " + MAX_ALTERNATIVES + " schools");
      } else {
        for (String alternative : d.alternativeUrns()) {
          String a = faults.urn("alternativeUrns", alternative);
          if (a == null) {
            faults.add("alternativeUrns", "a school URN is missing");
          } else if (!alternatives.contains(a) && !a.equals(urn)) {
            alternatives.add(a);
          }
        }
      }
    }
    if (type != null && type.aboutAnOrder()) {
      if (d.orderId() == null) {
        faults.add("orderId", "the order it is about is missing");
      } else if (existing.stream().noneMatch(n -> n.id().equals(d.orderId()) && n.isOrderInForce())) {
        faults.add("orderId", "not an order in force on this case");
      }
    } else if (d.orderId() != null) {
      faults.add("orderId", "only an amendment, a revocation or a NIP is about an order");
    }
    if (d.linkedOrderId() != null) {
      if (type != SaoNoticeType.S437_NOTICE) {
        faults.add("linkedOrderId", "only the s437(1) notice of a new cycle is linked to an earlier order");
      } else if (existing.stream().noneMatch(n -> n.id().equals(d.linkedOrderId()) && n.type().isOrder())) {
        faults.add("linkedOrderId", "not an order on this case");
      }
    }
    user(faults, user);
    faults.throwIfAny();
    return new SaoNoticeDetails(type, parent, d.servedOn(), d.serviceMethod(), urn, alternatives, d.orderId(),
        d.linkedOrderId(), d.letterId());
  }

  /** An earlier cycle's order + 1 for a new cycle; the order's cycle for a row about it; else the latest. */
  private static int cycle(SaoNoticeDetails d, List<SaoNotice> existing) {
    if (d.linkedOrderId() != null) {
      return byId(existing, d.linkedOrderId()).cycle() + 1;
    }
    if (d.orderId() != null) {
      return byId(existing, d.orderId()).cycle();
    }
    return existing.stream().mapToInt(SaoNotice::cycle).max().orElse(1);
  }

  private static SaoNotice byId(List<SaoNotice> rows, Long id) {
    return rows.stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow();
  }

  private SaoNotice rowOf(CmeCase c, CaseReference reference, long id) {
    return notices.findById(id).filter(n -> n.caseId().equals(c.id())).orElseThrow(() ->
        new CaseNotFoundException("case " + reference + " has no School Attendance Order row " + id));
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

  /**
   * Records a step of enforcing the case's order (sao-prosecution: the decision on an education
   * supervision order, the front door's advice, a hearing's outcome ...) as a line of the case's audit
   * trail. {@code step} is codes only (for example {@code "HEARING convicted"}), never personal data.
   *
   * @throws InvalidInputException if the step or user is missing
   * @throws CaseNotFoundException if there is no such case
   */
  public void recordEnforcementStep(CaseReference reference, String step, String user, Instant at) {
    Objects.requireNonNull(at, "at");
    Faults faults = new Faults();
    String checkedStep = faults.required("step", step, 200, "the step is missing");
    String checkedUser = user(faults, user);
    faults.throwIfAny();
    CmeCase c = existingCase(reference);
    record(c, checkedUser, at, CaseEventType.SAO_ENFORCEMENT_STEP, checkedStep);
    LOG.info("Case {}: enforcement step {}", reference, checkedStep);
  }
}
