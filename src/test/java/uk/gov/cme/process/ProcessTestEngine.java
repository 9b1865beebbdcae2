package uk.gov.cme.process;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageInMemProcessEngineConfiguration;
import uk.gov.cme.rules.calendar.BankHolidays;
import uk.gov.cme.rules.calendar.DeadlineCalendar;
import uk.gov.cme.rules.calendar.Deadlines;
import uk.gov.cme.rules.calendar.ProvisionalDeadlines;
import uk.gov.cme.rules.calendar.SchoolDayCalendar;
import uk.gov.cme.rules.calendar.TermDates;
import uk.gov.cme.rules.calendar.WorkingDayCalendar;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ClassPathResource;
import uk.gov.cme.security.AccessProperties;
import uk.gov.cme.security.CaseAccessRules;
import uk.gov.cme.security.EngineSecurityPlugin;

/**
 * A private in-memory engine for one process test class, recording process-test coverage: no Spring, no job executor (tests drive
 * time with the engine clock), the beans the model calls passed in by name, and the same
 * security plugin as the application (instance access, refusals as 400, retries), with the school
 * scopes of application.yaml. The case rules are the bean {@value #CASE_ACCESS} when a test puts one
 * in the beans (over its case register), else every named case is refused. Built in code, so there is no camunda.cfg.xml on the
 * classpath to start a second engine inside the Spring Boot tests.
 */
public final class ProcessTestEngine {

  public static final ZoneId LONDON = ZoneId.of("Europe/London");
  /** Bean name of the deadline settings the models read; given from application.yaml unless a test gives its own. */
  public static final String DEADLINES = "deadlines";
  /** Bean name of the {@link CaseAccessRules} a test may give the engine. */
  public static final String CASE_ACCESS = "caseAccess";

  private ProcessTestEngine() {
  }

  public static ProcessEngineConfigurationImpl configuration(Map<String, Object> beans) {
    String name = "process-test-" + UUID.randomUUID();
    ProcessCoverageInMemProcessEngineConfiguration configuration = new ProcessCoverageInMemProcessEngineConfiguration();
    configuration.setProcessEngineName(name);
    configuration.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.setJobExecutorActivate(false);
    Map<Object, Object> given = new HashMap<>(beans);
    given.putIfAbsent(DEADLINES, deadlines());
    configuration.setBeans(given);
    configuration.getProcessEnginePlugins().add(new org.camunda.spin.plugin.impl.SpinProcessEnginePlugin());
    configuration.getProcessEnginePlugins().add(new EngineSecurityPlugin(() -> caseAccess(configuration),
        access().schoolScopes()));
    return configuration;
  }

  /** The access policy of application.yaml ({@code cme.access}), as the application binds it. */
  public static AccessProperties access() {
    try {
      var sources = new YamlPropertySourceLoader().load("application.yaml", new ClassPathResource("application.yaml"));
      return new Binder(ConfigurationPropertySources.from(sources)).bind("cme.access", AccessProperties.class)
          .orElseThrow(() -> new IllegalStateException("application.yaml has no cme.access"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The deadline settings of application.yaml ({@code cme.deadlines}), as the application binds them. */
  public static Deadlines deadlines() {
    return deadlines(Map.of());
  }

  /**
   * The deadline settings of application.yaml with {@code changed} settings (for example
   * {@code "acknowledge-working-days" -> "3"}), as an authority's own configuration changes them.
   */
  public static Deadlines deadlines(Map<String, String> changed) {
    try {
      var sources = new ArrayList<ConfigurationPropertySource>();
      Map<String, String> overrides = new HashMap<>();
      changed.forEach((name, value) -> overrides.put("cme.deadlines." + name, value));
      sources.add(new MapConfigurationPropertySource(overrides));
      ConfigurationPropertySources.from(new YamlPropertySourceLoader()
          .load("application.yaml", new ClassPathResource("application.yaml"))).forEach(sources::add);
      return new Binder(sources).bind("cme.deadlines", Deadlines.class)
          .orElseThrow(() -> new IllegalStateException("application.yaml has no cme.deadlines"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static CaseAccessRules caseAccess(ProcessEngineConfigurationImpl configuration) {
    Object rules = configuration.getBeans().get(CASE_ACCESS);
    return rules instanceof CaseAccessRules given ? given : CaseAccessRules.NONE;
  }

  /** The deadline calendar over the shipped bank-holiday and term-date files. */
  public static DeadlineCalendar calendar() {
    return calendar(ProvisionalDeadlines.NONE);
  }

  /** The deadline calendar over the shipped files, telling {@code provisional} of provisional deadlines. */
  public static DeadlineCalendar calendar(ProvisionalDeadlines provisional) {
    BankHolidays holidays = BankHolidays.parse(resource("calendar/bank-holidays-england-and-wales.csv"),
        "bank-holidays-england-and-wales.csv");
    TermDates terms = TermDates.parse(resource("calendar/term-dates.csv"), "term-dates.csv");
    WorkingDayCalendar workingDays = new WorkingDayCalendar(holidays);
    return new DeadlineCalendar(workingDays, new SchoolDayCalendar(workingDays, terms), LONDON, LocalTime.of(17, 0),
        provisional);
  }

  /**
   * The deadline calendar over the frozen test copies of the data (bank holidays listed 2025-2028, term
   * dates 2025/26 to 2027/28, ending on Friday 21 July 2028), with {@code moreTerms} (lines of
   * term-dates.csv) added: what an authority loads when it adds the next academic year.
   */
  public static DeadlineCalendar frozenCalendar(ProvisionalDeadlines provisional, String... moreTerms) {
    BankHolidays holidays = BankHolidays.parse(resource(FROZEN + "test-bank-holidays.csv"), "test-bank-holidays.csv");
    String terms;
    try (InputStream in = resource(FROZEN + "test-term-dates.csv")) {
      terms = new String(in.readAllBytes(), StandardCharsets.UTF_8) + "\n" + String.join("\n", moreTerms) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    TermDates termDates = TermDates.parse(new ByteArrayInputStream(terms.getBytes(StandardCharsets.UTF_8)),
        "term-dates.csv");
    WorkingDayCalendar workingDays = new WorkingDayCalendar(holidays);
    return new DeadlineCalendar(workingDays, new SchoolDayCalendar(workingDays, termDates), LONDON,
        LocalTime.of(17, 0), provisional);
  }

  private static final String FROZEN = "uk/gov/cme/rules/calendar/";

  private static InputStream resource(String name) {
    InputStream in = ProcessTestEngine.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new UncheckedIOException(new IOException(name + " is not on the classpath"));
    }
    return in;
  }
}
