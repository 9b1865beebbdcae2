package uk.gov.cme.process.calendardata;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;
import uk.gov.cme.rules.calendar.CalendarDataStatus;

/**
 * The health contributor {@code calendar}: how far the term dates and the bank-holiday file reach, and
 * the warning when either ends within the warning period. Always UP: running out of calendar data must
 * never take the service out of traffic (deadlines are then provisional, never refused). Its details
 * are shown only to administrators ({@code management.endpoint.health.show-details: when-authorized},
 * role {@code camunda-admin}).
 */
@Component
class CalendarHealthIndicator implements HealthIndicator {

  private final CalendarDataWatch watch;

  CalendarHealthIndicator(CalendarDataWatch watch) {
    this.watch = watch;
  }

  @Override
  public Health health() {
    Health.Builder health = Health.up().withDetail("today", watch.today().toString())
        .withDetail("warnBefore", watch.warnBefore().toString());
    boolean warning = false;
    for (CalendarDataStatus status : watch.status()) {
      Map<String, Object> detail = new LinkedHashMap<>();
      detail.put("lastDay", status.lastDay().toString());
      detail.put("warnFrom", status.warnFrom().toString());
      detail.put("state", status.state().name());
      detail.put("message", status.message());
      health.withDetail(status.data().key(), detail);
      warning |= status.needsAction();
    }
    return health.withDetail("warning", warning).build();
  }
}
