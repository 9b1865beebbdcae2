package uk.gov.cme.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.ProcessEngineLogger;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.rest.exception.ExceptionLogger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Real database errors whose messages quote a made-up child's details, logged the way the engine,
 * its REST API and the application's code log them: the output names the exception classes, never
 * the child. Runs on the application's own logging set-up ({@code logback-spring.xml}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@ExtendWith(OutputCaptureExtension.class)
class LogRedactionTest {

  static final String FORENAME = "Zebedee";
  static final String SURNAME = "Quillfeather";

  @Autowired
  ProcessEngine engine;
  @Autowired
  JdbcTemplate jdbc;

  @AfterEach
  void cleanUp() {
    jdbc.execute("DROP TABLE IF EXISTS log_probe");
    LoggingSystem.get(getClass().getClassLoader()).setLogLevel("org.springframework.jdbc", null);
    LoggingSystem.get(getClass().getClassLoader()).setLogLevel("org.camunda.bpm.engine.impl", null);
  }

  @Test
  void a_database_error_inside_an_engine_command_is_logged_with_its_classes_and_without_the_child(
      CapturedOutput output) {
    jdbc.execute("CREATE TABLE log_probe (forename VARCHAR(50), surname VARCHAR(50), PRIMARY KEY (forename, surname))");
    CommandExecutor commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired();
    Throwable failure = catchThrowable(() -> commands.execute(commandContext -> {
      jdbc.update("INSERT INTO log_probe (forename, surname) VALUES (?, ?)", FORENAME, SURNAME);
      return jdbc.update("INSERT INTO log_probe (forename, surname) VALUES (?, ?)", FORENAME, SURNAME);
    }));
    assertThat(failure).isInstanceOf(DuplicateKeyException.class)
        .as("what a database error carries").hasStackTraceContaining(SURNAME);
    assertThat(output).as("the engine does not log failed commands").doesNotContain("ENGINE-16004");

    ProcessEngineLogger.CONTEXT_LOGGER.errorException(failure);
    ExceptionLogger.REST_LOGGER.log(failure);

    assertThat(output).contains("ENGINE-16004 Exception while closing command context: " + LogRedaction.MARKER)
        .contains("org.springframework.dao.DuplicateKeyException: " + LogRedaction.MARKER)
        .contains("Caused by: org.h2.jdbc.JdbcSQLIntegrityConstraintViolationException: " + LogRedaction.MARKER)
        .contains("ENGINE-REST-HTTP500 org.springframework.dao.DuplicateKeyException: " + LogRedaction.MARKER)
        .contains("\tat org.camunda.bpm.engine.impl.interceptor.CommandContextInterceptor.execute")
        .doesNotContain(FORENAME).doesNotContain(SURNAME);
  }

  @Test
  void a_constraint_error_from_jdbc_is_logged_without_the_row_and_sql_parameters_are_never_logged(
      CapturedOutput output) {
    LoggingSystem.get(getClass().getClassLoader()).setLogLevel("org.springframework.jdbc", LogLevel.TRACE);
    LoggingSystem.get(getClass().getClassLoader()).setLogLevel("org.camunda.bpm.engine.impl", LogLevel.DEBUG);
    jdbc.execute("CREATE TABLE log_probe (surname VARCHAR(50) PRIMARY KEY)");
    jdbc.update("INSERT INTO log_probe (surname) VALUES (?)", SURNAME);
    assertThatThrownBy(() -> jdbc.update("INSERT INTO log_probe (surname) VALUES (?)", SURNAME))
        .isInstanceOf(DuplicateKeyException.class)
        .satisfies(e -> {
          assertThat(e).hasStackTraceContaining(SURNAME);
          LoggerFactory.getLogger(LogRedactionTest.class).error("Could not record the referral", e);
        });
    engine.getIdentityService().createUserQuery().userFirstName(FORENAME).list();

    assertThat(output).contains("Could not record the referral")
        .contains("org.springframework.dao.DuplicateKeyException: " + LogRedaction.MARKER)
        .contains("Caused by: org.h2.jdbc.JdbcSQLIntegrityConstraintViolationException: " + LogRedaction.MARKER)
        .doesNotContain(FORENAME).doesNotContain(SURNAME);
  }
}
