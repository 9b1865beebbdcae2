package uk.gov.cme.process.registerinspection;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.plugin.variable.SpinValues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.gov.cme.casework.InspectionTrigger;
import uk.gov.cme.casework.InvalidInputException;
import uk.gov.cme.casework.InvalidInputException.FieldError;
import uk.gov.cme.casework.RegisterInspections;
import uk.gov.cme.process.registerinspection.RegisterInspectionProcess.Trigger;
import uk.gov.cme.process.registerinspection.RegisterInspectionProcess.Variables;
import uk.gov.cme.process.shared.EngineActors;
import uk.gov.cme.rules.schools.School;
import uk.gov.cme.rules.schools.SchoolDirectory;

/**
 * "Open the inspection and build the two lists" (P7 step 1): the school must be in the schools file (an
 * off-rolling concern about a school missing from it goes ahead, the school named by its URN); one
 * running inspection per school: an officer who starts a second is refused (400 naming the school), a
 * schedule or off-rolling concern that finds one running ends here ({@value Variables#ALREADY}). Otherwise
 * the inspection is recorded in the register with why it was started, and the school's Allocated and Off
 * Roll lists are built for the forms. Logs the inspection's id and the URN only.
 */
@Component("openRegisterInspectionDelegate")
public class OpenInspectionDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(OpenInspectionDelegate.class);

  private final SchoolDirectory schools;
  private final RegisterInspections register;
  private final InspectionListSources lists;

  public OpenInspectionDelegate(SchoolDirectory schools, RegisterInspections register, InspectionListSources lists) {
    this.schools = schools;
    this.register = register;
    this.lists = lists;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object given = execution.getVariable(Variables.SCHOOL_URN);
    Object asked = execution.getVariable(Variables.TRIGGER);
    Trigger trigger = asked == null ? Trigger.OFFICER : Trigger.valueOf(asked.toString());
    Optional<School> known = schools.byUrn(given == null ? null : given.toString());
    if (known.isEmpty() && trigger != Trigger.OFF_ROLL_NOTIFICATION) {
      throw new InvalidInputException(List.of(new FieldError(Variables.SCHOOL_URN,
          "is not a school in the schools file")));
    }
    // An off-rolling concern about a school missing from the schools file is not lost: the school is
    // named by its URN (its group exists, or it could not have sent the notification).
    School school = known.orElseGet(() -> new School(given.toString().strip(), "School URN " + given.toString().strip(),
        "Not applicable", "unknown@example.invalid", "000"));
    execution.setVariable(Variables.SCHOOL_NAME, school.name());
    if (register.running(school.urn()).isPresent()) {
      if (trigger == Trigger.OFFICER) {
        throw new InvalidInputException(List.of(new FieldError(Variables.SCHOOL_URN,
            "an inspection of this school is already running: work that one")));
      }
      execution.setVariable(Variables.ALREADY, true);
      LOG.info("School {}: an inspection is already running; {} adds none", school.urn(), trigger);
      return;
    }
    String reason = reason(execution, trigger);
    long id = register.open(school.urn(), switch (trigger) {
      case SCHEDULE -> InspectionTrigger.SCHEDULE;
      case OFF_ROLL_NOTIFICATION -> InspectionTrigger.OFF_ROLLING_CONCERN;
      case OFFICER -> InspectionTrigger.OFFICER;
    }, reason, execution.getProcessInstanceId(), EngineActors.user(), EngineActors.now());
    InspectionLists built = lists.lists(school.urn(), EngineActors.today());
    execution.setVariable(Variables.ALREADY, false);
    execution.setVariable(Variables.REASON, reason);
    execution.setVariable(Variables.INSPECTION_ID, id);
    execution.setVariable(Variables.INSPECTION_REFERENCE, "INSPECTION-" + id);
    execution.setVariable(Variables.ALLOCATED_TEXT, built.allocatedText());
    execution.setVariable(Variables.OFF_ROLL_TEXT, built.offRollText());
    // JSON values (no length limit; Tasklist gives the select its options from a JSON array)
    execution.setVariable(Variables.ALLOCATED_CHOICES, SpinValues.jsonValue(built.allocatedChoices()).create());
    execution.setVariable(Variables.ALLOCATED_CHILDREN, SpinValues.jsonValue(built.allocatedChildren()).create());
    execution.setVariable(Variables.ALLOCATED_COUNT, built.allocated().size());
    execution.setVariable(Variables.OFF_ROLL_COUNT, built.offRoll().size());
    LOG.info("Register inspection {} of school {} opened ({})", id, school.urn(), trigger);
  }

  private static String reason(DelegateExecution execution, Trigger trigger) {
    return switch (trigger) {
      case SCHEDULE -> "the yearly schedule";
      case OFF_ROLL_NOTIFICATION -> {
        Object assessment = execution.getVariable(Variables.ASSESSMENT);
        Object why = assessment instanceof Map<?, ?> m ? m.get(OffRollingConcernDecision.Outputs.REASON) : null;
        yield "off-rolling concern: " + (why == null ? "the notifications look like off-rolling" : why);
      }
      case OFFICER -> {
        Object given = execution.getVariable(Variables.REASON);
        yield given == null || given.toString().isBlank() ? "started by a CME officer"
            : "started by a CME officer: " + given.toString().strip();
      }
    };
  }
}
