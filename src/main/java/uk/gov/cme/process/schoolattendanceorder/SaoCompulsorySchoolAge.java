package uk.gov.cme.process.schoolattendanceorder;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.Casework;
import uk.gov.cme.process.shared.EngineActors;
import uk.gov.cme.process.shared.FormValues;
import uk.gov.cme.rules.age.SchoolAge;

/**
 * When the order's timer for the end of compulsory school age fires (rules.md R4): 17:00 London on the
 * last day of compulsory school age (the last Friday in June of the school year in which the child
 * turns 16). The timer of the event subprocess is set when the instance starts, before its first step
 * has read the case: the date of birth is the start variable's, else the case's. A start without
 * either is refused by that first step, so the far-off day returned then is never waited for.
 */
@Component("saoCompulsorySchoolAge")
public class SaoCompulsorySchoolAge {

  /** Closing time on the last day. */
  static final LocalTime AT = LocalTime.of(17, 0);

  private final Casework casework;

  SaoCompulsorySchoolAge(Casework casework) {
    this.casework = casework;
  }

  /** For the model's timer: {@code ${saoCompulsorySchoolAge.endsAt(execution)}}. */
  public Date endsAt(VariableScope execution) {
    return dateOfBirth(execution).map(SaoCompulsorySchoolAge::endsAt)
        .orElseGet(() -> endsAt(EngineActors.today().plusYears(SchoolAge.MAXIMUM_AGE)));
  }

  static Date endsAt(LocalDate dateOfBirth) {
    LocalDate last = SchoolAge.compulsorySchoolAgeEnds(dateOfBirth);
    return Date.from(last.atTime(AT).atZone(EngineActors.LONDON).toInstant());
  }

  private Optional<LocalDate> dateOfBirth(VariableScope execution) {
    LocalDate given = FormValues.date(execution.getVariables(), "dateOfBirth", new ArrayList<>());
    if (given != null) {
      return Optional.of(given);
    }
    Object reference = execution.getVariable("caseReference");
    if (reference == null || !CaseReference.isValid(reference.toString().strip())) {
      return Optional.empty();
    }
    return casework.find(CaseReference.of(reference.toString().strip())).map(view -> view.child().dateOfBirth());
  }
}
