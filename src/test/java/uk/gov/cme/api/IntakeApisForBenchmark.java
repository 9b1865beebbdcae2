package uk.gov.cme.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.context.ApplicationContext;
import org.springframework.http.ResponseEntity;

/**
 * The benchmark's way into {@code POST /api/referrals} and {@code POST /api/off-roll-notifications} without
 * HTTP: the same controller methods, called in the JVM while the school user is the engine's authenticated
 * user (as {@code ApiAuthentication} makes them for a request). Everything after the HTTP layer is the path
 * the API takes: the strict body check, the intake, the process start.
 */
public final class IntakeApisForBenchmark {

  private final ReferralApi referrals;
  private final OffRollNotificationApi offRoll;

  public IntakeApisForBenchmark(ApplicationContext context) {
    this.referrals = context.getBean(ReferralApi.class);
    this.offRoll = context.getBean(OffRollNotificationApi.class);
  }

  /** Refers as the engine's current user; the answer as the API gives it (201 with the case reference). */
  public ResponseEntity<?> refer(JsonNode body) {
    return referrals.refer(body);
  }

  /** Notifies an off-roll return as the engine's current user; the answer as the API gives it (201). */
  public ResponseEntity<?> notifyOffRoll(JsonNode body) {
    return offRoll.notify(body);
  }
}
