package uk.gov.cme.rules.calendar;

import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

/**
 * Loads the calendar data named by {@link CalendarProperties} at start-up and exposes the working-day
 * and school-day calendars, and the {@link DeadlineCalendar} as the bean {@code calendar} for BPMN
 * expressions. A malformed data file stops the application with a message naming the file and line.
 * Where the bank-holiday file differs from the regular rules (one-off holidays, or a mistake) each day
 * is logged at start-up.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CalendarProperties.class)
public class CalendarConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(CalendarConfiguration.class);

  @Bean
  WorkingDayCalendar workingDayCalendar(CalendarProperties properties) {
    Resource resource = properties.bankHolidays();
    BankHolidays bankHolidays;
    try (InputStream in = resource.getInputStream()) {
      bankHolidays = BankHolidays.parse(in, resource.getDescription());
    } catch (IOException e) {
      throw new CalendarDataException(resource.getDescription(), "cannot be read", e);
    }
    LOG.info("Loaded {} from {}", bankHolidays, resource.getDescription());
    for (String difference : bankHolidays.differencesFromRules()) {
      LOG.info("Bank holiday file differs from the regular rules (a one-off holiday, or check it): {}", difference);
    }
    return new WorkingDayCalendar(bankHolidays);
  }

  @Bean
  SchoolDayCalendar schoolDayCalendar(WorkingDayCalendar workingDayCalendar,
                                      CalendarProperties properties) {
    Resource resource = properties.termDates();
    TermDates termDates;
    try (InputStream in = resource.getInputStream()) {
      termDates = TermDates.parse(in, resource.getDescription());
    } catch (IOException e) {
      throw new CalendarDataException(resource.getDescription(), "cannot be read", e);
    }
    LOG.info("Loaded {} from {}", termDates, resource.getDescription());
    return new SchoolDayCalendar(workingDayCalendar, termDates);
  }

  /**
   * How long each deadline is ({@code cme.deadlines.*}, defaults in application.yaml), for the models
   * as the bean {@code deadlines}: {@code ${calendar.addWorkingDays(receivedAt, deadlines.acknowledgeWorkingDays)}}.
   */
  @Bean(name = "deadlines")
  @ConfigurationProperties(prefix = "cme.deadlines")
  Deadlines deadlines() {
    return new Deadlines();
  }

  /**
   * The calendar the models use; a school-day deadline it can only give provisionally is reported to
   * the {@link ProvisionalDeadlines} bean (the {@code set-due-date} building block), if there is one.
   */
  @Bean(name = "calendar")
  DeadlineCalendar calendar(WorkingDayCalendar workingDayCalendar, SchoolDayCalendar schoolDayCalendar,
                            CalendarProperties properties, ObjectProvider<ProvisionalDeadlines> provisional) {
    return new DeadlineCalendar(workingDayCalendar, schoolDayCalendar, properties.zone(),
        properties.closeOfBusiness(), provisional.getIfAvailable(() -> ProvisionalDeadlines.NONE));
  }

  /**
   * The School Attendance Order's deadlines (deemed service, the statutory periods, monitoring, the
   * hearing reminder) for the models as the bean {@code saoDeadlines}.
   */
  @Bean(name = "saoDeadlines")
  SaoDeadlines saoDeadlines(DeadlineCalendar calendar, Deadlines deadlines) {
    return new SaoDeadlines(calendar, deadlines);
  }
}
