package uk.gov.cme.process.stuckcases;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.gov.cme.casework.CaseProgress;
import uk.gov.cme.casework.CaseProgress.StalledCase;
import uk.gov.cme.process.escalation.EscalationProcess;
import uk.gov.cme.process.escalation.EscalationTrigger;
import uk.gov.cme.process.shared.EngineActors;
import uk.gov.cme.rules.calendar.DeadlineCalendar;
import uk.gov.cme.rules.calendar.Deadlines;
import uk.gov.cme.security.ProcessStarts;

/**
 * "Escalate the stuck cases": asks the case register for the open cases with no recorded progress
 * ({@link CaseProgress}) for {@code cme.deadlines.no-progress-school-days} school days by the calendar
 * (rules.md R7), and starts an escalation for each that has none running (trigger
 * {@link EscalationTrigger#STUCK_CASE}, "No recorded progress since 3 March 2027"), as the application's
 * own start. Writes how many it found and escalated; logs case references only.
 */
@Component("findStuckCasesDelegate")
public class FindStuckCasesDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(FindStuckCasesDelegate.class);
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

  private final CaseProgress progress;
  private final DeadlineCalendar calendar;
  private final Deadlines deadlines;
  private final RuntimeService runtime;

  public FindStuckCasesDelegate(CaseProgress progress, DeadlineCalendar calendar, Deadlines deadlines,
                                RuntimeService runtime) {
    this.progress = progress;
    this.calendar = calendar;
    this.deadlines = deadlines;
    this.runtime = runtime;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate since = NoProgress.since(calendar.schoolDays(), EngineActors.today(), deadlines.getNoProgressSchoolDays());
    List<StalledCase> stalled = progress.openCasesWithoutProgressSince(
        since.atStartOfDay(EngineActors.LONDON).toInstant());
    Set<String> escalating = runtime.createProcessInstanceQuery().processDefinitionKey(EscalationProcess.KEY)
        .list().stream().map(ProcessInstance::getBusinessKey).collect(Collectors.toSet());
    int escalated = 0;
    for (StalledCase stuck : stalled) {
      String reference = stuck.reference().value();
      if (escalating.contains(reference)) {
        continue;
      }
      Map<String, Object> variables = new HashMap<>();
      variables.put(EscalationProcess.Variables.CASE_REFERENCE, reference);
      variables.put(EscalationProcess.Variables.TRIGGER, EscalationTrigger.STUCK_CASE.name());
      variables.put(EscalationProcess.Variables.TRIGGER_DETAILS, "No recorded progress since "
          + DAY.format(stuck.lastProgress().atZone(EngineActors.LONDON).toLocalDate()));
      ProcessStarts.fromProcess(execution,
          () -> runtime.startProcessInstanceByKey(EscalationProcess.KEY, reference, variables));
      escalated++;
      LOG.info("Case {} stuck: escalated", reference);
    }
    execution.setVariable(FindStuckCasesProcess.Variables.NO_PROGRESS_SINCE, since.toString());
    execution.setVariable(FindStuckCasesProcess.Variables.FOUND, stalled.size());
    execution.setVariable(FindStuckCasesProcess.Variables.ESCALATED, escalated);
    LOG.info("Stuck cases: {} open cases with no progress since before {}, {} escalated", stalled.size(), since,
        escalated);
  }
}
