package uk.gov.cme.rules.meetings;

import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import uk.gov.cme.rules.calendar.CalendarDataException;
import uk.gov.cme.rules.calendar.WorkingDayCalendar;

/**
 * Loads the escalation groups' meeting dates named by {@link MeetingProperties} at start-up and exposes
 * them as the bean {@code meetingDates} for the models:
 * {@code ${meetingDates.nextMeetingAfter(escalationGroup, raisedOn)}}. A malformed file stops the
 * application with a message naming the file and the line, as the calendars do.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MeetingProperties.class)
public class MeetingConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(MeetingConfiguration.class);

  @Bean(name = "meetingDates")
  EscalationMeetings meetingDates(MeetingProperties properties, WorkingDayCalendar workingDays) {
    Resource resource = properties.file();
    EscalationMeetings meetings;
    try (InputStream in = resource.getInputStream()) {
      meetings = EscalationMeetings.parse(in, resource.getDescription(), properties.rules(), workingDays);
    } catch (IOException e) {
      throw new CalendarDataException(resource.getDescription(), "cannot be read", e);
    }
    LOG.info("Loaded {} from {}", meetings, resource.getDescription());
    return meetings;
  }
}
