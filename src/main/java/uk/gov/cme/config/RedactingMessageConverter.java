package uk.gov.cme.config;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * The log message ({@code %m}) with the database errors it quotes taken out: a message that repeats
 * its exception's message ("Exception while closing command context: ...") or prints a stack trace
 * into the text (Camunda's REST error log). See {@link LogRedaction}. Registered in
 * {@code logback-spring.xml}; public because Logback creates it.
 */
public class RedactingMessageConverter extends MessageConverter {

  @Override
  public String convert(ILoggingEvent event) {
    return LogRedaction.redactMessage(event.getFormattedMessage(), event.getThrowableProxy());
  }
}
