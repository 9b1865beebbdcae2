package uk.gov.cme.process.registerinspection;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.gov.cme.casework.RegisterInspections;
import uk.gov.cme.process.shared.EngineActors;
import uk.gov.cme.rules.calendar.DeadlineCalendar;
import uk.gov.cme.rules.schools.School;
import uk.gov.cme.rules.schools.SchoolDirectory;
import uk.gov.cme.security.ProcessStarts;

/**
 * "Start the inspections due today" (the schedule, P7 trigger 1): every school of the schools file that is
 * due ({@link InspectionSchedule#isDue}: its next due date from its last inspection, or its first scheduled
 * day this academic year) and has no inspection running gets one (trigger SCHEDULE), as the application's
 * own start. Writes how many it started; logs URNs only.
 */
@Component("startDueInspectionsDelegate")
public class StartDueInspectionsDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(StartDueInspectionsDelegate.class);
  static final String STARTED = "inspectionsStarted";

  private final SchoolDirectory schools;
  private final RegisterInspections register;
  private final DeadlineCalendar calendar;
  private final InspectionSettings settings;
  private final RuntimeService runtime;

  public StartDueInspectionsDelegate(SchoolDirectory schools, RegisterInspections register, DeadlineCalendar calendar,
                                     InspectionSettings settings, RuntimeService runtime) {
    this.schools = schools;
    this.register = register;
    this.calendar = calendar;
    this.settings = settings;
    this.runtime = runtime;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate today = EngineActors.today();
    List<String> urns = schools.all().stream().map(School::urn).sorted().toList();
    InspectionSchedule schedule = new InspectionSchedule(calendar.schoolDays(), settings.perYear());
    Map<String, LocalDate> nextDue = register.nextDueDates();
    Set<String> running = Set.copyOf(register.runningSchools());
    int started = 0;
    for (String urn : urns) {
      if (running.contains(urn) || !schedule.isDue(urns, urn, nextDue.get(urn), today)) {
        continue;
      }
      Map<String, Object> variables = new HashMap<>();
      variables.put(RegisterInspectionProcess.Variables.SCHOOL_URN, urn);
      variables.put(RegisterInspectionProcess.Variables.TRIGGER, RegisterInspectionProcess.Trigger.SCHEDULE.name());
      ProcessStarts.fromProcess(execution,
          () -> runtime.startProcessInstanceByKey(RegisterInspectionProcess.KEY, variables));
      started++;
      LOG.info("School {} due for its register inspection: started", urn);
    }
    execution.setVariable(STARTED, started);
  }
}
