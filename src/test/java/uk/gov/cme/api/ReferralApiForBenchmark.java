package uk.gov.cme.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.context.ApplicationContext;
import org.springframework.http.ResponseEntity;

/**
 * The benchmark's way into {@code POST /api/referrals} without HTTP: the same controller method, called
 * in the JVM while the school user is the engine's authenticated user (as {@code ApiAuthentication} makes
 * them for a request). Everything after the HTTP layer is the path the API takes: the strict body check,
 * the intake, the {@code school-referral} start and the CME referral it hands over to.
 */
public final class ReferralApiForBenchmark {

  private final ReferralApi api;

  public ReferralApiForBenchmark(ApplicationContext context) {
    this.api = context.getBean(ReferralApi.class);
  }

  /** Refers as the engine's current user; the answer as the API gives it (201 with the case reference). */
  public ResponseEntity<?> refer(JsonNode body) {
    return api.refer(body);
  }
}
