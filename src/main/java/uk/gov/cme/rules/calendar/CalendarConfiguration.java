package uk.gov.cme.rules.calendar;

import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

/**
 * Loads the calendar data named by {@link CalendarProperties} at start-up and exposes the working-day
 * and school-day calendars, and the {@link DeadlineCalendar} as the bean {@code calendar} for BPMN
 * expressions. A malformed data file stops the application with a message naming the file and line.
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

  @Bean(name = "calendar")
  DeadlineCalendar calendar(WorkingDayCalendar workingDayCalendar, SchoolDayCalendar schoolDayCalendar,
                            CalendarProperties properties) {
    return new DeadlineCalendar(workingDayCalendar, schoolDayCalendar, properties.zone(),
        properties.closeOfBusiness());
  }
}
