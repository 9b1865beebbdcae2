package uk.gov.cme.config;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxy;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.SQLIntegrityConstraintViolationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;

/** Which exception messages {@link LogRedaction} takes out, and what it keeps. */
class LogRedactionRulesTest {

  static final String CHILD = "Zebedee Quillfeather";

  @Test
  void a_wrapper_of_a_database_error_loses_its_message_and_keeps_its_class() {
    var sql = new SQLIntegrityConstraintViolationException("Unique index violation: VALUES ('" + CHILD + "')");
    var wrapper = new IllegalStateException("Could not save " + CHILD, sql);

    IThrowableProxy redacted = LogRedaction.redact(new ThrowableProxy(wrapper));

    assertThat(redacted.getClassName()).isEqualTo(IllegalStateException.class.getName());
    assertThat(redacted.getMessage()).isEqualTo(LogRedaction.MARKER);
    assertThat(redacted.getCause().getClassName()).isEqualTo(sql.getClass().getName());
    assertThat(redacted.getCause().getMessage()).isEqualTo(LogRedaction.MARKER);
    assertThat(redacted.getStackTraceElementProxyArray()).isNotEmpty();
  }

  @Test
  void an_engine_persistence_message_is_taken_out_even_without_a_database_cause() {
    var locking = new OptimisticLockingException("ENGINE-03005 Execution of 'UPDATE VariableInstanceEntity"
        + "[name=legalSurname, textValue=" + CHILD + "]' failed.");

    assertThat(LogRedaction.redact(new ThrowableProxy(locking)).getMessage()).isEqualTo(LogRedaction.MARKER);
  }

  @Test
  void other_errors_keep_their_messages() {
    var plain = new ProcessEngineException("ENGINE-09005 Could not parse BPMN process", new IllegalArgumentException("bad id"));

    IThrowableProxy kept = LogRedaction.redact(new ThrowableProxy(plain));

    assertThat(kept.getMessage()).isEqualTo(plain.getMessage());
    assertThat(kept.getCause().getMessage()).isEqualTo("bad id");
  }

  @Test
  void suppressed_and_circular_causes_are_handled() {
    var sql = new SQLIntegrityConstraintViolationException("duplicate " + CHILD);
    var outer = new RuntimeException("outer");
    var inner = new RuntimeException("inner", outer);
    outer.initCause(inner);
    outer.addSuppressed(sql);

    IThrowableProxy redacted = LogRedaction.redact(new ThrowableProxy(outer));

    assertThat(redacted.getSuppressed()[0].getMessage()).isEqualTo(LogRedaction.MARKER);
    assertThat(redacted.getMessage()).isEqualTo("outer");
  }

  @Test
  void a_stack_trace_printed_into_a_message_keeps_classes_and_frames_only() {
    var sql = new SQLIntegrityConstraintViolationException("Unique index violation:\n VALUES ('" + CHILD + "')");
    var wrapper = new ProcessEngineException("ENGINE-03004 Exception while executing Database Operation", sql);
    StringWriter text = new StringWriter();
    wrapper.printStackTrace(new PrintWriter(text));

    String redacted = LogRedaction.redactMessage("ENGINE-REST-HTTP500 " + text, null);

    assertThat(redacted).startsWith("ENGINE-REST-HTTP500 org.camunda.bpm.engine.ProcessEngineException: "
            + LogRedaction.MARKER)
        .contains("Caused by: java.sql.SQLIntegrityConstraintViolationException: " + LogRedaction.MARKER)
        .contains("\tat uk.gov.cme.config.LogRedactionRulesTest.")
        .doesNotContain("Quillfeather").doesNotContain("Unique index");
  }

  @Test
  void a_message_that_repeats_its_database_error_loses_that_part_only() {
    var sql = new SQLIntegrityConstraintViolationException("duplicate key " + CHILD);

    String message = LogRedaction.redactMessage("Case CME-000123: " + sql.getMessage(), new ThrowableProxy(sql));

    assertThat(message).isEqualTo("Case CME-000123: " + LogRedaction.MARKER);
    assertThat(LogRedaction.redactMessage("Started in 3 s", null)).isEqualTo("Started in 3 s");
  }
}
