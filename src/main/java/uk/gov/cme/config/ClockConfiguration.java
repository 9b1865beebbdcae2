package uk.gov.cme.config;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's clock: the local time of English local authorities. Inject it instead of calling
 * {@code now()} so that tests can fix the time.
 */
@Configuration(proxyBeanMethods = false)
public class ClockConfiguration {

  /** Local authorities in England work on UK time. */
  static final ZoneId ZONE = ZoneId.of("Europe/London");

  @Bean
  Clock clock() {
    return Clock.system(ZONE);
  }
}
