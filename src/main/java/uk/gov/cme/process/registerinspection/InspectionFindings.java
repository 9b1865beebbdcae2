package uk.gov.cme.process.registerinspection;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import uk.gov.cme.casework.InvalidInputException;
import uk.gov.cme.casework.InvalidInputException.FieldError;
import uk.gov.cme.process.registerinspection.RegisterInspectionProcess.Kind;
import uk.gov.cme.process.registerinspection.RegisterInspectionProcess.Slot;
import uk.gov.cme.process.registerinspection.RegisterInspectionProcess.Variables;
import uk.gov.cme.process.shared.EngineActors;

/**
 * The findings of a register inspection, as the school (its return) or the officer (the visit) records them
 * in the forms' fixed slots (bean {@code inspectionFindings}).
 * <ul>
 *   <li>As a task listener on {@code complete} of both tasks: every slot with a kind is checked, and every
 *   fault named at once (the task stays open): a child allocated but never started is chosen from the
 *   Allocated list; any other finding names the child (legal forename, surname, date of birth).</li>
 *   <li>In the model's expressions: the slots of one kind (a multi-instance step's collection) and one
 *   field of a slot's child.</li>
 * </ul>
 */
@Component("inspectionFindings")
public class InspectionFindings implements TaskListener {

  static final int NAME_LENGTH = 100;
  static final int DETAILS_LENGTH = 1000;
  static final List<String> KINDS = List.of(Kind.OFF_ROLLED_NO_NOTIFICATION, Kind.ALLOCATED_NOT_STARTED, Kind.PART_TIME);
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public void notify(DelegateTask task) {
    List<FieldError> faults = check(task, EngineActors.today());
    if (!faults.isEmpty()) {
      throw new InvalidInputException(faults);
    }
  }

  /** Every fault of the filled slots. */
  static List<FieldError> check(VariableScope scope, LocalDate today) {
    List<FieldError> faults = new ArrayList<>();
    List<String> allocated = allocatedChoices(scope);
    for (int n = 1; n <= RegisterInspectionProcess.FINDING_SLOTS; n++) {
      String kind = text(scope, Variables.slot(n, Slot.KIND));
      if (kind == null) {
        continue;
      }
      if (!KINDS.contains(kind)) {
        faults.add(new FieldError(Variables.slot(n, Slot.KIND), "choose one of the findings offered"));
        continue;
      }
      if (Kind.ALLOCATED_NOT_STARTED.equals(kind)) {
        String chosen = text(scope, Variables.slot(n, Slot.CASE));
        if (chosen == null || !allocated.contains(chosen)) {
          faults.add(new FieldError(Variables.slot(n, Slot.CASE), "choose the child from the Allocated list"));
        }
      } else {
        name(scope, faults, Variables.slot(n, Slot.FORENAME), "the child's legal forename is missing");
        name(scope, faults, Variables.slot(n, Slot.SURNAME), "the child's legal surname is missing");
        String dob = text(scope, Variables.slot(n, Slot.DATE_OF_BIRTH));
        if (dob == null) {
          faults.add(new FieldError(Variables.slot(n, Slot.DATE_OF_BIRTH), "the child's date of birth is missing"));
        } else {
          try {
            if (LocalDate.parse(dob).isAfter(today)) {
              faults.add(new FieldError(Variables.slot(n, Slot.DATE_OF_BIRTH), "is in the future"));
            }
          } catch (DateTimeParseException e) {
            faults.add(new FieldError(Variables.slot(n, Slot.DATE_OF_BIRTH), "give the date as yyyy-mm-dd"));
          }
        }
      }
      if (Kind.PART_TIME.equals(kind) && text(scope, Variables.slot(n, Slot.DETAILS)) == null) {
        faults.add(new FieldError(Variables.slot(n, Slot.DETAILS), "describe the part-time timetable (days, hours, since when)"));
      }
      String details = text(scope, Variables.slot(n, Slot.DETAILS));
      if (details != null && details.length() > DETAILS_LENGTH) {
        faults.add(new FieldError(Variables.slot(n, Slot.DETAILS), "is longer than " + DETAILS_LENGTH + " characters"));
      }
    }
    return faults;
  }

  /** The slot numbers ("1" to "5") holding a finding of {@code kind}: a multi-instance step's collection. */
  public List<String> slotsOfKind(VariableScope scope, String kind) {
    List<String> slots = new ArrayList<>();
    for (int n = 1; n <= RegisterInspectionProcess.FINDING_SLOTS; n++) {
      if (kind.equals(text(scope, Variables.slot(n, Slot.KIND)))) {
        slots.add(String.valueOf(n));
      }
    }
    return slots;
  }

  /**
   * One value of a slot's child: {@code caseReference}, {@code legalForename}, {@code legalSurname},
   * {@code dateOfBirth} (yyyy-mm-dd) or {@code details}. A child allocated but never started is the
   * Allocated list's (by the case chosen); any other is as the slot names it.
   */
  public String child(VariableScope scope, String slot, String field) {
    int n = Integer.parseInt(slot);
    if (Kind.ALLOCATED_NOT_STARTED.equals(text(scope, Variables.slot(n, Slot.KIND))) && !"details".equals(field)) {
      String reference = text(scope, Variables.slot(n, Slot.CASE));
      Optional<Map<String, Object>> child = allocatedChildren(scope).stream()
          .filter(c -> String.valueOf(c.get("caseReference")).equals(reference)).findFirst();
      return child.map(c -> c.get(field)).map(String::valueOf).orElse(null);
    }
    return switch (field) {
      case "caseReference" -> null;
      case "legalForename" -> text(scope, Variables.slot(n, Slot.FORENAME));
      case "legalSurname" -> text(scope, Variables.slot(n, Slot.SURNAME));
      case "dateOfBirth" -> text(scope, Variables.slot(n, Slot.DATE_OF_BIRTH));
      case "details" -> text(scope, Variables.slot(n, Slot.DETAILS));
      default -> throw new IllegalArgumentException("no field " + field + " of a finding");
    };
  }

  /** The case references the findings' select offers (the Allocated list's children). */
  static List<String> allocatedChoices(VariableScope scope) {
    String json = text(scope, Variables.ALLOCATED_CHOICES);
    if (json == null) {
      return List.of();
    }
    try {
      return JSON.readValue(json, new TypeReference<List<Map<String, Object>>>() { }).stream()
          .map(c -> String.valueOf(c.get("value"))).toList();
    } catch (IOException e) {
      throw new IllegalStateException("the Allocated choices cannot be read", e);
    }
  }

  /** The Allocated children (case reference, names, date of birth) of the LA instance. */
  static List<Map<String, Object>> allocatedChildren(VariableScope scope) {
    String json = text(scope, Variables.ALLOCATED_CHILDREN);
    if (json == null) {
      return List.of();
    }
    try {
      return JSON.readValue(json, new TypeReference<List<Map<String, Object>>>() { });
    } catch (IOException e) {
      throw new IllegalStateException("the Allocated children cannot be read", e);
    }
  }

  private static void name(VariableScope scope, List<FieldError> faults, String field, String missing) {
    String value = text(scope, field);
    if (value == null) {
      faults.add(new FieldError(field, missing));
    } else if (value.length() > NAME_LENGTH) {
      faults.add(new FieldError(field, "is longer than " + NAME_LENGTH + " characters"));
    }
  }

  static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value == null) {
      return null;
    }
    String text = value.toString().strip();
    return text.isEmpty() ? null : text;
  }
}
