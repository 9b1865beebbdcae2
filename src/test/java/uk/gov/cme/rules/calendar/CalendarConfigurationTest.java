package uk.gov.cme.rules.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;

/** The configuration's bean methods and property binding, without starting a Spring context. */
class CalendarConfigurationTest {

  private final CalendarConfiguration configuration = new CalendarConfiguration();

  @Test
  void propertiesDefaultToTheShippedFilesInLondonAt17() {
    CalendarProperties properties = bind(Map.of());

    assertThat(properties.bankHolidays().getDescription())
        .contains("calendar/bank-holidays-england-and-wales.csv");
    assertThat(properties.bankHolidays().exists()).isTrue();
    assertThat(properties.termDates().getDescription()).contains("calendar/term-dates.csv");
    assertThat(properties.termDates().exists()).isTrue();
    assertThat(properties.zone()).isEqualTo(ZoneId.of("Europe/London"));
    assertThat(properties.closeOfBusiness()).isEqualTo(LocalTime.of(17, 0));
    assertThat(properties.warnBefore()).isEqualTo(Period.ofMonths(6));
  }

  @Test
  void propertiesCanPointToAnEditedFile(@TempDir Path dir) throws IOException {
    Path edited = Files.writeString(dir.resolve("bank-holidays.csv"), "2026-06-01,Extra day\n",
        StandardCharsets.UTF_8);

    CalendarProperties properties = bind(Map.of(
        "cme.calendar.bank-holidays", "file:" + edited,
        "cme.calendar.close-of-business", "16:30",
        "cme.calendar.zone", "Europe/London"));

    assertThat(properties.closeOfBusiness()).isEqualTo(LocalTime.of(16, 30));
    WorkingDayCalendar workingDays = configuration.workingDayCalendar(properties);
    assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 6, 1))).isFalse();
    assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 12, 25))).isTrue();
  }

  @Test
  void buildsTheCalendarsFromTheShippedFiles() {
    CalendarProperties properties = bind(Map.of());
    WorkingDayCalendar workingDays = configuration.workingDayCalendar(properties);
    SchoolDayCalendar schoolDays = configuration.schoolDayCalendar(workingDays, properties);
    DeadlineCalendar calendar = configuration.calendar(workingDays, schoolDays, properties,
        new StaticListableBeanFactory().getBeanProvider(ProvisionalDeadlines.class));

    assertThat(calendar.addWorkingDays(Date.from(Instant.parse("2026-12-24T10:00:00Z")), 1))
        .isEqualTo(Date.from(Instant.parse("2026-12-29T17:00:00Z")));
  }

  @Test
  void aMissingFileIsNamed() {
    CalendarProperties properties = new CalendarProperties(
        new FileSystemResource("/no/such/bank-holidays.csv"),
        new ClassPathResource("calendar/term-dates.csv"), ZoneId.of("Europe/London"),
        LocalTime.of(17, 0), Period.ofMonths(6));

    assertThatThrownBy(() -> configuration.workingDayCalendar(properties))
        .isInstanceOf(CalendarDataException.class)
        .hasMessageContaining("/no/such/bank-holidays.csv")
        .hasMessageEndingWith("cannot be read");
  }

  @Test
  void aMalformedFileIsNamedWithTheLine(@TempDir Path dir) throws IOException {
    Path edited = Files.writeString(dir.resolve("terms.csv"),
        "academicYear,term,firstDay,lastDay\n2025/26,Autumn 1,2025-09-03\n", StandardCharsets.UTF_8);
    CalendarProperties properties = bind(Map.of("cme.calendar.term-dates", "file:" + edited));
    WorkingDayCalendar workingDays = configuration.workingDayCalendar(properties);

    assertThatThrownBy(() -> configuration.schoolDayCalendar(workingDays, properties))
        .isInstanceOf(CalendarDataException.class)
        .hasMessageContaining("terms.csv")
        .hasMessageContaining(" line 2: ");
  }

  private static CalendarProperties bind(Map<String, String> values) {
    return new Binder(new MapConfigurationPropertySource(values))
        .bindOrCreate("cme.calendar", CalendarProperties.class);
  }
}
