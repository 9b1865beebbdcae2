package uk.gov.cme.process.calendardata;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the daily calendar data check ({@link CalendarDataWatch#check()}). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CalendarDataScheduling {
}
