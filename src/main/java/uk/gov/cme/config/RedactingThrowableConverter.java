package uk.gov.cme.config;

import ch.qos.logback.classic.spi.IThrowableProxy;
import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

/**
 * Spring Boot's default stack-trace converter ({@code %wEx}) with the messages of database errors
 * replaced by {@value LogRedaction#MARKER} in the whole cause chain (see {@link LogRedaction}).
 * Registered in {@code logback-spring.xml}; public because Logback creates it.
 */
public class RedactingThrowableConverter extends ExtendedWhitespaceThrowableProxyConverter {

  @Override
  protected String throwableProxyToString(IThrowableProxy proxy) {
    return super.throwableProxyToString(LogRedaction.redact(proxy));
  }
}
