package uk.gov.cme.process.registerinspection;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.gov.cme.casework.OffRollRegister;
import uk.gov.cme.process.shared.EngineActors;

/**
 * "Count the school's deletions" (P3 step 2): the figures the off-rolling-concern table reads
 * ({@link OffRollingFigures}), from the school's notifications in the off-roll register over the rolling
 * window up to today. Writes the four figures; they hold no personal data.
 */
@Component("countOffRollDeletionsDelegate")
public class CountOffRollDeletionsDelegate implements JavaDelegate {

  private final OffRollRegister register;
  private final InspectionSettings settings;

  public CountOffRollDeletionsDelegate(OffRollRegister register, InspectionSettings settings) {
    this.register = register;
    this.settings = settings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String urn = String.valueOf(execution.getVariable(RegisterInspectionProcess.Variables.SCHOOL_URN));
    OffRollingFigures figures = OffRollingFigures.of(register.offRollList(urn), EngineActors.today(),
        settings.offRollingWindowDays(), settings.beforeCensusDays(), EngineActors.LONDON);
    execution.setVariables(figures.asVariables());
  }
}
