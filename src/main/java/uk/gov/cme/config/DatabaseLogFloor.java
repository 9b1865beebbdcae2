package uk.gov.cme.config;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.List;
import org.slf4j.Marker;

/**
 * Drops DEBUG and TRACE events of the loggers that print SQL with its parameters or rows (MyBatis
 * statement loggers under the engine's mapper names, the engine's persistence log, JDBC template,
 * the drivers, the pool), whatever level {@code logging.level.*} sets: those parameters are
 * children's personal data. Registered in {@code logback-spring.xml}; public because Logback creates
 * it.
 */
public class DatabaseLogFloor extends TurboFilter {

  static final List<String> LOGGERS = List.of(
      "org.apache.ibatis", "org.camunda.bpm.engine.impl", "org.camunda.bpm.engine.history",
      "org.camunda.bpm.engine.persistence", "org.springframework.jdbc", "org.springframework.data.jdbc",
      "org.h2", "h2database", "org.postgresql", "com.zaxxer.hikari");

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
                            Throwable t) {
    if (level != null && !level.isGreaterOrEqual(Level.INFO) && isDatabaseLogger(logger.getName())) {
      return FilterReply.DENY;
    }
    return FilterReply.NEUTRAL;
  }

  static boolean isDatabaseLogger(String name) {
    return LOGGERS.stream().anyMatch(prefix -> name.equals(prefix) || name.startsWith(prefix + "."));
  }
}
