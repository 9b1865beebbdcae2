package uk.gov.cme.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The start-up report names every address the README lists, in one block. */
class StartupReportTest {

  @Test
  void the_report_lists_every_address_of_the_readme() {
    MockEnvironment environment = new MockEnvironment().withProperty("cme.service-name", "Children Missing Education");
    environment.setActiveProfiles("demo");

    String report = new StartupReport(environment, "/camunda", "/actuator").report("http://localhost:8080");

    assertThat(report).startsWith("Children Missing Education is ready (profiles: demo)")
        .contains("http://localhost:8080/camunda/app/tasklist/")
        .contains("http://localhost:8080/camunda/app/cockpit/")
        .contains("http://localhost:8080/camunda/app/admin/")
        .contains("http://localhost:8080/engine-rest ")
        .contains("POST http://localhost:8080/api/referrals ")
        .contains("POST http://localhost:8080/api/off-roll-notifications ")
        .contains("http://localhost:8080/actuator/health\n")
        .contains("http://localhost:8080/actuator/health/liveness")
        .endsWith("http://localhost:8080/actuator/health/readiness");
  }
}
