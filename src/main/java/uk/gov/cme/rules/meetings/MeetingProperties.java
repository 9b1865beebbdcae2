package uk.gov.cme.rules.meetings;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Where the escalation groups' meeting dates come from ({@code cme.escalation.meetings} in
 * application.yaml). An operator points to an edited file with, for example,
 * {@code cme.escalation.meetings.file=file:/etc/cme/escalation-meetings.csv}.
 *
 * @param file  the meetings CSV (columns {@code group,date})
 * @param rules per group that meets, its monthly rule for months the file lists no date for it, written
 *              like {@code SECOND TUESDAY}; a group without a rule does not meet
 */
@ConfigurationProperties(prefix = "cme.escalation.meetings")
public record MeetingProperties(
    @DefaultValue("classpath:calendar/escalation-meetings.csv") Resource file,
    Map<String, MonthlyMeetingRule> rules) {

  public MeetingProperties {
    rules = rules == null ? Map.of() : Map.copyOf(rules);
  }
}
