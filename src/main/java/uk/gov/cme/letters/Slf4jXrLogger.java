package uk.gov.cme.letters;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * openhtmltopdf's log lines into the application's log (logback, with its redaction) instead of its own
 * console handler: its progress notes at DEBUG, its warnings at WARN, without stack traces.
 */
final class Slf4jXrLogger implements XRLogger {

  private static final Logger LOG = LoggerFactory.getLogger("com.openhtmltopdf");

  @Override
  public void log(String where, Level level, String msg) {
    if (level.intValue() >= Level.SEVERE.intValue()) {
      LOG.error("{}: {}", where, msg);
    } else if (level.intValue() >= Level.WARNING.intValue()) {
      LOG.warn("{}: {}", where, msg);
    } else {
      LOG.debug("{}: {}", where, msg);
    }
  }

  @Override
  public void log(String where, Level level, String msg, Throwable th) {
    log(where, level, th == null ? msg : msg + " (" + th.getClass().getSimpleName() + ")");
  }

  @Override
  public void setLevel(String logger, Level level) {
    // levels are logback's (logback-spring.xml)
  }

  @Override
  public boolean isLogLevelEnabled(Diagnostic diagnostic) {
    Level level = diagnostic.getLevel();
    return level.intValue() >= Level.WARNING.intValue() ? LOG.isWarnEnabled() : LOG.isDebugEnabled();
  }
}
