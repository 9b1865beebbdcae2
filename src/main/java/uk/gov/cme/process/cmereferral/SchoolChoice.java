package uk.gov.cme.process.cmereferral;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import uk.gov.cme.casework.InvalidInputException;
import uk.gov.cme.casework.InvalidInputException.FieldError;
import uk.gov.cme.rules.schools.School;
import uk.gov.cme.rules.schools.SchoolDirectory;

/**
 * The allocated school is chosen from the schools file (issue 9): a task listener (bean
 * {@code schoolChoice}) on the tasks that allocate a place, on {@code create} and {@code complete}.
 *
 * <ul>
 *   <li>{@code create}: the schools of the file, as the task's own variable {@value #OPTIONS} (JSON,
 *   {@code [{"label": "Hillcrest Academy (URN 999002)", "value": "999002"}, ...]}), which the form's
 *   select shows ({@code valuesKey}). It goes with the task.</li>
 *   <li>{@code complete}: the chosen URN must be a school in the file, else the task stays open and the
 *   field is named ("is not a school in the schools file"); the school's name from the file is kept as
 *   {@value #NAME}.</li>
 * </ul>
 */
@Component("schoolChoice")
public class SchoolChoice implements TaskListener {

  static final String OPTIONS = "schoolOptions";
  static final String URN = "allocatedSchoolUrn";
  static final String NAME = "allocatedSchoolName";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final SchoolDirectory schools;

  public SchoolChoice(SchoolDirectory schools) {
    this.schools = schools;
  }

  @Override
  public void notify(DelegateTask task) {
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setVariableLocal(OPTIONS, SpinValues.jsonValue(options()).create());
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      Object urn = task.getVariable(URN);
      School school = schools.byUrn(urn == null ? null : urn.toString()).orElseThrow(() ->
          new InvalidInputException(List.of(new FieldError(URN, urn == null || urn.toString().isBlank()
              ? "choose the school from the list"
              : "is not a school in the schools file: choose one from the list (the CME team adds a school"
                  + " that is missing)"))));
      task.getExecution().setVariable(NAME, school.name());
    }
  }

  private String options() {
    List<Map<String, String>> options = schools.all().stream().map(s -> {
      Map<String, String> option = new LinkedHashMap<>();
      option.put("label", s.label());
      option.put("value", s.urn());
      return option;
    }).toList();
    try {
      return JSON.writeValueAsString(options);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the schools cannot be written as JSON", e);
    }
  }
}
