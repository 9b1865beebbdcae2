package uk.gov.cme.process.registerinspection;

import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.gov.cme.casework.InspectionRecord;
import uk.gov.cme.casework.OffRollRegister;
import uk.gov.cme.casework.RegisterInspections;
import uk.gov.cme.process.shared.EngineActors;

/**
 * "Count the school's deletions" (P3 step 2): the figures the off-rolling-concern table reads
 * ({@link OffRollingFigures}), from the school's notifications in the off-roll register over the rolling
 * window up to today, leaving out those the school's last inspection already compared with its admission
 * register (so a school just inspected is not inspected again for the same notifications). Writes the four
 * figures; they hold no personal data.
 */
@Component("countOffRollDeletionsDelegate")
public class CountOffRollDeletionsDelegate implements JavaDelegate {

  private final OffRollRegister register;
  private final RegisterInspections inspections;
  private final InspectionSettings settings;

  public CountOffRollDeletionsDelegate(OffRollRegister register, RegisterInspections inspections,
                                       InspectionSettings settings) {
    this.register = register;
    this.inspections = inspections;
    this.settings = settings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String urn = String.valueOf(execution.getVariable(RegisterInspectionProcess.Variables.SCHOOL_URN));
    // the notifications the school's last inspection compared with its register already are not counted again
    Instant reviewedUntil = inspections.forSchool(urn).stream().map(InspectionRecord::endedAt)
        .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    OffRollingFigures figures = OffRollingFigures.of(register.offRollList(urn), EngineActors.today(),
        settings.offRollingWindowDays(), settings.beforeCensusDays(), EngineActors.LONDON, reviewedUntil);
    execution.setVariables(figures.asVariables());
  }
}
