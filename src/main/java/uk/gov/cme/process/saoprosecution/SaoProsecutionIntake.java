package uk.gov.cme.process.saoprosecution;

import static uk.gov.cme.process.saoprosecution.SaoProsecutionProcess.Variables.*;
import static uk.gov.cme.process.shared.FormValues.date;
import static uk.gov.cme.process.shared.FormValues.number;
import static uk.gov.cme.process.shared.FormValues.text;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.InvalidInputException;
import uk.gov.cme.casework.InvalidInputException.FieldError;
import uk.gov.cme.process.saoprosecution.SaoProsecutionProcess.Choices;
import uk.gov.cme.process.saoprosecution.SaoProsecutionProcess.Elements;
import uk.gov.cme.process.saoprosecution.SaoProsecutionProcess.Outcome;
import uk.gov.cme.rules.calendar.SaoDeadlines;
import uk.gov.cme.rules.calendar.ServiceMethod;

/**
 * Reads and checks what the enforcement of a School Attendance Order is given (the School Attendance
 * Order's variables) and what each task records, and works out what follows from it: the outcome for
 * the School Attendance Order, the dates the timers and due dates read, and the step for the case's
 * audit trail (codes only). Plain Java: every fault is named by its field, all at once, and nothing is
 * stored when there is one (the task stays open).
 */
@Component
public class SaoProsecutionIntake {

  static final ZoneId LONDON = ZoneId.of("Europe/London");
  /** Dates the timers and due dates read are the day at close of business, as {@link SaoDeadlines} gives them. */
  static final LocalTime CLOSE_OF_BUSINESS = LocalTime.of(17, 0);
  /** Education Act 1996 s443: a fine up to level 3 on the standard scale (£1,000). */
  static final double MOST_FINE = 1000;
  /** A hearing may be listed at most this far ahead. */
  static final int HEARING_YEARS_AHEAD = 2;

  private final SaoDeadlines saoDeadlines;

  public SaoProsecutionIntake(SaoDeadlines saoDeadlines) {
    this.saoDeadlines = saoDeadlines;
  }

  /**
   * What a task's form recorded, checked.
   *
   * @param values variables to set on the instance (dates as yyyy-mm-dd text; timer dates as Date)
   * @param step   the audit trail's line, codes only
   */
  public record Step(Map<String, Object> values, String step) {
  }

  /**
   * The School Attendance Order's variables when it calls the enforcement.
   *
   * @return the case reference
   * @throws InvalidInputException listing every variable at fault
   */
  public CaseReference nonCompliance(Map<String, Object> variables) {
    List<FieldError> faults = new ArrayList<>();
    String reference = text(variables, CASE_REFERENCE);
    if (reference == null || !CaseReference.isValid(reference)) {
      faults.add(new FieldError(CASE_REFERENCE, "a case reference looks like CME-2026-00042"));
    }
    if (!(variables.get(ORDER_ID) instanceof Number)) {
      faults.add(new FieldError(ORDER_ID, "the register row of the order in force is missing"));
    }
    for (String required : List.of(CHILD_FORENAME, CHILD_SURNAME, PARENT1_NAME, PARENT1_ADDRESS, NAMED_SCHOOL_NAME)) {
      if (text(variables, required) == null) {
        faults.add(new FieldError(required, "is missing: the Notice of Intention to Prosecute needs it"));
      }
    }
    String reason = text(variables, NON_COMPLIANCE_REASON);
    if (reason == null || !SaoProsecutionProcess.NON_COMPLIANCE_REASONS.contains(reason)) {
      faults.add(new FieldError(NON_COMPLIANCE_REASON,
          "must be one of " + String.join(", ", SaoProsecutionProcess.NON_COMPLIANCE_REASONS)));
    }
    throwIfAny(faults);
    return CaseReference.of(reference);
  }

  /**
   * What the task {@code taskKey} recorded.
   *
   * @param variables the instance's variables with the form's values
   * @param today     the day it is recorded (London)
   * @throws InvalidInputException listing every field at fault
   */
  public Step step(String taskKey, Map<String, Object> variables, LocalDate today) {
    List<FieldError> faults = new ArrayList<>();
    Map<String, Object> values = new LinkedHashMap<>();
    String step = switch (taskKey) {
      case Elements.TASK_CONSIDER_ESO -> {
        String decision = choice(variables, ESO_DECISION, Choices.ESO_DECISIONS, faults);
        required(variables, ESO_DECISION_REASONS, "give the reasons for the decision (s447)", faults);
        yield "ESO_CONSIDERED " + decision;
      }
      case Elements.TASK_APPLY_FOR_ESO -> {
        String result = choice(variables, ESO_APPLICATION_RESULT, Choices.ESO_RESULTS, faults);
        LocalDate applied = past(variables, ESO_APPLIED_ON, today, faults);
        values.put(ESO_APPLIED_ON, iso(applied));
        if ("eso-instead".equals(text(variables, ESO_DECISION)) && "made".equals(result)) {
          values.put(ENFORCEMENT_OUTCOME, Outcome.ESO_INSTEAD);
        }
        yield "ESO_APPLICATION " + result;
      }
      case Elements.TASK_ISSUE_NOTICE -> {
        LocalDate issued = past(variables, NOTICE_ISSUED_ON, today, faults);
        String method = choice(variables, NOTICE_SERVICE_METHOD, methods(), faults);
        boolean second = Boolean.TRUE.equals(variables.get(SERVE_PARENT2)) || "true".equals(variables.get(SERVE_PARENT2));
        if (second && (text(variables, PARENT2_NAME) == null || text(variables, PARENT2_ADDRESS) == null)) {
          faults.add(new FieldError(SERVE_PARENT2, "no second parent's name and address are recorded on the order"));
        }
        if (ServiceMethod.EMAIL.name().equals(method) && text(variables, PARENT_EMAIL) == null) {
          faults.add(new FieldError(NOTICE_SERVICE_METHOD, "the parent has not agreed to email service: serve by hand or post"));
        } else if (ServiceMethod.EMAIL.name().equals(method) && second) {
          faults.add(new FieldError(NOTICE_SERVICE_METHOD, "only the first parent agreed to email service: serve both by hand or post"));
        }
        values.put(NOTICE_ISSUED_ON, iso(issued));
        values.put(SERVE_PARENT2, second);
        if (issued != null) {
          values.put(NOTICE_ISSUED_AT, at(issued));
          values.put(NOTICE_DEADLINE, iso(saoDeadlines.homeVisitDue(issued)));
        }
        yield "NOTICE_OF_INTENTION_TO_PROSECUTE " + method + (second ? " both parents" : " one parent");
      }
      case Elements.TASK_ADVISE_ON_PROSECUTION -> {
        values.put(FRONT_DOOR_ADVISED_ON, iso(past(variables, FRONT_DOOR_ADVISED_ON, today, faults)));
        required(variables, FRONT_DOOR_ADVICE, "record the front door's advice", faults);
        yield "FRONT_DOOR_ADVISED";
      }
      case Elements.TASK_HOME_VISIT -> {
        LocalDate visited = past(variables, HOME_VISIT_ON, today, faults);
        LocalDate issued = date(variables, NOTICE_ISSUED_ON, new ArrayList<>());
        if (visited != null && issued != null && visited.isBefore(issued)) {
          faults.add(new FieldError(HOME_VISIT_ON, "the visit is before the notice was issued"));
        }
        values.put(HOME_VISIT_ON, iso(visited));
        required(variables, HOME_VISIT_NOTES, "record what you found", faults);
        yield "HOME_VISIT_AFTER_NOTICE";
      }
      case Elements.TASK_PREPARE_FILE -> {
        String decision = choice(variables, PROSECUTION_DECISION, Choices.PROSECUTION_DECISIONS, faults);
        if ("lay-information".equals(decision)) {
          values.put(FILE_READY_ON, iso(past(variables, FILE_READY_ON, today, faults)));
        }
        required(variables, PROSECUTION_DECISION_REASONS, "give the reasons for the decision", faults);
        if ("withdraw".equals(decision)) {
          values.put(ENFORCEMENT_OUTCOME, Outcome.WITHDRAWN);
        }
        yield "PROSECUTION_FILE " + decision;
      }
      case Elements.TASK_LAY_INFORMATION -> {
        LocalDate laid = past(variables, INFORMATION_LAID_ON, today, faults);
        values.put(INFORMATION_LAID_ON, iso(laid));
        required(variables, COURT_NAME, "name the magistrates' court", faults);
        hearing(variables, HEARING_ON, today, values, faults);
        values.put(ADJOURNMENTS, 0);
        yield "INFORMATION_LAID";
      }
      case Elements.TASK_RECORD_HEARING -> {
        String outcome = choice(variables, HEARING_OUTCOME, Choices.HEARING_OUTCOMES, faults);
        LocalDate hearing = date(variables, HEARING_ON, new ArrayList<>());
        if (hearing != null && today.isBefore(hearing)) {
          faults.add(new FieldError(HEARING_OUTCOME, "the hearing is on " + hearing + ": record its outcome on or after that day"));
        }
        hearingOutcome(outcome, variables, today, values, faults);
        yield "HEARING " + outcome;
      }
      case Elements.TASK_DECIDE_DIRECTED_ESO -> {
        String decision = choice(variables, DIRECTED_ESO_DECISION, Choices.DIRECTED_ESO_DECISIONS, faults);
        if ("decline".equals(decision)) {
          required(variables, DIRECTED_ESO_REASONS, "give the reasons the court will be told", faults);
        } else if ("apply".equals(decision)) {
          values.put(ENFORCEMENT_OUTCOME, Outcome.ESO_APPLIED);
        }
        yield "DIRECTED_ESO " + decision;
      }
      case Elements.TASK_TELL_COURT_REASONS -> {
        LocalDate told = past(variables, COURT_TOLD_ON, today, faults);
        LocalDate directed = date(variables, ESO_DIRECTED_ON, new ArrayList<>());
        if (told != null && directed != null && told.isBefore(directed)) {
          faults.add(new FieldError(COURT_TOLD_ON, "the court was told before it directed the order"));
        }
        values.put(COURT_TOLD_ON, iso(told));
        values.put(ENFORCEMENT_OUTCOME, Outcome.ESO_DECLINED);
        yield "ESO_REASONS_TO_COURT" + (told != null && directed != null
            && told.isAfter(saoDeadlines.esoReasonsDue(directed)) ? " late" : "");
      }
      case Elements.TASK_CHASE_REASONS -> {
        required(variables, MANAGER_ACTION, "record what you did", faults);
        yield "ESO_REASONS_CHASED";
      }
      case Elements.TASK_CHECK_ATTENDANCE -> {
        String attending = choice(variables, CHILD_NOW_ATTENDING, Choices.ATTENDING, faults);
        values.put(NEW_CYCLE_NEEDED, "no".equals(attending));
        yield "ATTENDING_AFTER_CONVICTION " + attending;
      }
      default -> throw new IllegalArgumentException("no form of sao-prosecution has the task " + taskKey);
    };
    throwIfAny(faults);
    return new Step(values, step);
  }

  private void hearingOutcome(String outcome, Map<String, Object> variables, LocalDate today,
      Map<String, Object> values, List<FieldError> faults) {
    if (outcome == null) {
      return;
    }
    switch (outcome) {
      case "adjourned" -> {
        hearing(variables, ADJOURNED_TO, today, values, faults);
        Object adjournments = variables.get(ADJOURNMENTS);
        values.put(ADJOURNMENTS, (adjournments instanceof Number n ? n.intValue() : 0) + 1);
      }
      case "convicted" -> {
        Double fine = number(variables, FINE_AMOUNT, faults);
        if (fine == null && text(variables, FINE_AMOUNT) == null) {
          faults.add(new FieldError(FINE_AMOUNT, "give the fine (0 if none)"));
        } else if (fine != null && (fine < 0 || fine > MOST_FINE)) {
          faults.add(new FieldError(FINE_AMOUNT, "a fine under s443 is from £0 to £1,000 (level 3)"));
        }
        values.put(ENFORCEMENT_OUTCOME, Outcome.CONVICTED);
      }
      case "conditional-discharge" -> values.put(ENFORCEMENT_OUTCOME, Outcome.CONDITIONAL_DISCHARGE);
      case "acquitted" -> values.put(ENFORCEMENT_OUTCOME, Outcome.ACQUITTED);
      case "withdrawn" -> values.put(ENFORCEMENT_OUTCOME, Outcome.WITHDRAWN);
      case "eso-directed" -> {
        LocalDate directed = past(variables, ESO_DIRECTED_ON, today, faults);
        values.put(ESO_DIRECTED_ON, iso(directed));
        if (directed != null) {
          values.put(ESO_DIRECTED_AT, at(directed));
        }
      }
      default -> throw new IllegalStateException(outcome);
    }
  }

  /** A hearing date from {@code field}: after today, within two years; sets hearingOn and hearingAt. */
  private static void hearing(Map<String, Object> variables, String field, LocalDate today, Map<String, Object> values,
      List<FieldError> faults) {
    LocalDate on = date(variables, field, faults);
    if (on == null && text(variables, field) == null) {
      faults.add(new FieldError(field, "give the date of the hearing"));
    } else if (on != null && !on.isAfter(today)) {
      faults.add(new FieldError(field, "the hearing must be after today"));
    } else if (on != null && on.isAfter(today.plusYears(HEARING_YEARS_AHEAD))) {
      faults.add(new FieldError(field, "the hearing must be within " + HEARING_YEARS_AHEAD + " years"));
    } else if (on != null) {
      values.put(field, on.toString());
      values.put(HEARING_ON, on.toString());
      values.put(HEARING_AT, at(on));
    }
  }

  private static List<String> methods() {
    return java.util.Arrays.stream(ServiceMethod.values()).map(Enum::name).toList();
  }

  private static String choice(Map<String, Object> variables, String field, List<String> allowed, List<FieldError> faults) {
    String value = text(variables, field);
    if (value == null || !allowed.contains(value)) {
      faults.add(new FieldError(field, "must be one of " + String.join(", ", allowed)));
      return null;
    }
    return value;
  }

  private static void required(Map<String, Object> variables, String field, String reason, List<FieldError> faults) {
    if (text(variables, field) == null) {
      faults.add(new FieldError(field, reason));
    }
  }

  /** A required date, not in the future. */
  private static LocalDate past(Map<String, Object> variables, String field, LocalDate today, List<FieldError> faults) {
    int before = faults.size();
    LocalDate value = date(variables, field, faults);
    if (value == null && faults.size() == before) {
      faults.add(new FieldError(field, "give the date"));
    } else if (value != null && value.isAfter(today)) {
      faults.add(new FieldError(field, "the date is in the future"));
    }
    return value;
  }

  private static String iso(LocalDate date) {
    return date == null ? null : date.toString();
  }

  /** The day at close of business in London, as the timers and due dates read it. */
  static Date at(LocalDate day) {
    return Date.from(day.atTime(CLOSE_OF_BUSINESS).atZone(LONDON).toInstant());
  }

  /** One fault per field, the first found. */
  private static void throwIfAny(List<FieldError> faults) {
    if (!faults.isEmpty()) {
      Map<String, FieldError> byField = new LinkedHashMap<>();
      faults.forEach(f -> byField.putIfAbsent(f.field(), f));
      throw new InvalidInputException(List.copyOf(byField.values()));
    }
  }
}
