package uk.gov.cme.rules.calendar;

import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Where the calendar data comes from ({@code cme.calendar} in application.yaml). An operator points to
 * an edited file with, for example, {@code cme.calendar.bank-holidays=file:/etc/cme/bank-holidays.csv}.
 *
 * @param bankHolidays    the bank-holiday CSV (columns {@code date,name})
 * @param termDates       the term-dates CSV (columns {@code academicYear,term,firstDay,lastDay})
 * @param zone            the zone in which deadlines are worked out
 * @param closeOfBusiness the time of day at which a deadline falls
 * @param warnBefore      how long before the end of the term dates or the bank-holiday file the
 *                        application warns (start-up log, health details, Cockpit)
 */
@ConfigurationProperties(prefix = "cme.calendar")
public record CalendarProperties(
    @DefaultValue("classpath:calendar/bank-holidays-england-and-wales.csv") Resource bankHolidays,
    @DefaultValue("classpath:calendar/term-dates.csv") Resource termDates,
    @DefaultValue("Europe/London") ZoneId zone,
    @DefaultValue("17:00") LocalTime closeOfBusiness,
    @DefaultValue("P6M") Period warnBefore) {
}
