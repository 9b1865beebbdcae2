package uk.gov.cme.api;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The concurrent referrals scenario on the embedded H2 database. Same configuration as
 * {@code ReferralApiTest}, so the two share one cached Spring context (and one engine).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class ConcurrentReferralsTest extends ConcurrentReferralsScenario {

  @Override
  String database() {
    return "H2";
  }
}
