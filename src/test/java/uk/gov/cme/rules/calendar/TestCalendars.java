package uk.gov.cme.rules.calendar;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Calendars built from frozen test fixtures, so tests do not depend on the editable shipped files. */
final class TestCalendars {

  static final String BANK_HOLIDAYS = "test-bank-holidays.csv";
  static final String TERM_DATES = "test-term-dates.csv";

  private TestCalendars() {
  }

  static BankHolidays bankHolidays() {
    try (InputStream in = TestCalendars.class.getResourceAsStream(BANK_HOLIDAYS)) {
      return BankHolidays.parse(in, BANK_HOLIDAYS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static TermDates termDates() {
    try (InputStream in = TestCalendars.class.getResourceAsStream(TERM_DATES)) {
      return TermDates.parse(in, TERM_DATES);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static WorkingDayCalendar workingDays() {
    return new WorkingDayCalendar(bankHolidays());
  }

  static SchoolDayCalendar schoolDays() {
    return new SchoolDayCalendar(workingDays(), termDates());
  }

  static InputStream text(String content) {
    return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
  }
}
