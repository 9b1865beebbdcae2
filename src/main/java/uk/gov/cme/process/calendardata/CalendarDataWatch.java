package uk.gov.cme.process.calendardata;

import static uk.gov.cme.process.calendardata.CalendarDataCheckProcess.Variables.DATA;
import static uk.gov.cme.process.calendardata.CalendarDataCheckProcess.Variables.LAST_DAY;
import static uk.gov.cme.process.calendardata.CalendarDataCheckProcess.Variables.WARN_FROM;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.gov.cme.rules.calendar.CalendarDataStatus;
import uk.gov.cme.rules.calendar.CalendarProperties;
import uk.gov.cme.rules.calendar.DeadlineCalendar;

/**
 * Warns before the calendar data run out, on the engine's clock: from {@code cme.calendar.warn-before}
 * (six months) before the last day of the term dates, or of the bank-holiday file, and after it.
 * <ul>
 *   <li>at start-up, one log line per file: WARN when it needs loading, INFO otherwise;</li>
 *   <li>the health contributor {@code calendar} ({@link CalendarHealthIndicator}), shown to
 *   administrators only;</li>
 *   <li>in Cockpit: an instance of {@value CalendarDataCheckProcess#KEY} per file, whose step "Check the
 *   calendar data" is an incident saying what to load. Started at start-up and by the daily check
 *   ({@code cme.calendar.check-cron}, 07:00); once the data are loaded (and the application restarted)
 *   the next check retries the step, which passes and ends the instance. An administrator or the support
 *   group may retry it in Cockpit as well.</li>
 * </ul>
 */
@Component
public class CalendarDataWatch {

  private static final Logger LOG = LoggerFactory.getLogger(CalendarDataWatch.class);

  private final DeadlineCalendar calendar;
  private final Period warnBefore;
  private final RuntimeService runtime;
  private final ManagementService management;

  @Autowired
  CalendarDataWatch(DeadlineCalendar calendar, CalendarProperties properties, ProcessEngine engine) {
    this(calendar, properties.warnBefore(), engine);
  }

  /** For a process test: the calendar as loaded, the warning period and the engine. */
  public CalendarDataWatch(DeadlineCalendar calendar, Period warnBefore, ProcessEngine engine) {
    this.calendar = calendar;
    this.warnBefore = warnBefore;
    this.runtime = engine.getRuntimeService();
    this.management = engine.getManagementService();
  }

  /** Today on the engine's clock, in the calendar's zone. */
  public LocalDate today() {
    return ClockUtil.getCurrentTime().toInstant().atZone(calendar.zone()).toLocalDate();
  }

  /** The status of the term dates and of the bank-holiday file today. */
  public List<CalendarDataStatus> status() {
    return CalendarDataStatus.of(calendar.schoolDays().termDates(), calendar.workingDays().bankHolidays(),
        warnBefore, today());
  }

  /** The status of one file today. */
  public CalendarDataStatus status(CalendarDataStatus.Data data) {
    return status().stream().filter(s -> s.data() == data).findFirst().orElseThrow();
  }

  /** The warning period, for example six months. */
  public Period warnBefore() {
    return warnBefore;
  }

  /** Logs each file's status once the application is ready, then checks. */
  @EventListener(ApplicationReadyEvent.class)
  public void atStartup() {
    for (CalendarDataStatus status : status()) {
      if (status.needsAction()) {
        LOG.warn("Calendar data: {} (warning from {}; shown in Cockpit as '{}')", status.message(), status.warnFrom(),
            "Calendar data running out");
      } else {
        LOG.info("Calendar data: {} A warning starts on {}.", status.message(), status.warnFrom());
      }
    }
    check();
  }

  /**
   * Starts the Cockpit signal for each file that needs loading and has none yet; for a file loaded
   * since, retries its signal's failed step so that it passes and ends.
   *
   * @return the ids of the instances started
   */
  @Scheduled(cron = "${cme.calendar.check-cron:0 0 7 * * *}", zone = "Europe/London")
  public List<String> check() {
    List<String> started = new ArrayList<>();
    for (CalendarDataStatus status : status()) {
      List<ProcessInstance> open = runtime.createProcessInstanceQuery()
          .processDefinitionKey(CalendarDataCheckProcess.KEY)
          .variableValueEquals(DATA, status.data().key()).list();
      if (status.needsAction() && open.isEmpty()) {
        String id = runtime.startProcessInstanceByKey(CalendarDataCheckProcess.KEY, Map.of(
            DATA, status.data().key(),
            LAST_DAY, status.lastDay().toString(),
            WARN_FROM, status.warnFrom().toString())).getId();
        LOG.warn("Calendar data: {} Shown in Cockpit ({}, process instance {}).", status.message(),
            CalendarDataCheckProcess.KEY, id);
        started.add(id);
      } else if (!status.needsAction()) {
        for (ProcessInstance instance : open) {
          for (Job failed : management.createJobQuery().processInstanceId(instance.getId()).noRetriesLeft().list()) {
            management.setJobRetries(failed.getId(), 1);
            LOG.info("Calendar data: {} loaded to {}; the warning in Cockpit (process instance {}) closes",
                status.data().file(), status.lastDay(), instance.getId());
          }
        }
      }
    }
    return started;
  }
}
