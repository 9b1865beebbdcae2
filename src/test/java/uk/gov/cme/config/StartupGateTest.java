package uk.gov.cme.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.catalina.Context;
import org.apache.tomcat.util.descriptor.web.FilterMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * The start-up gate over real HTTP: while the application refuses traffic (starting up or shutting
 * down) every request but the health checks gets 503 with Retry-After, ahead of Camunda's REST
 * authentication and the webapps' own filters; the health checks tell the state without details.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class StartupGateTest {

  static final String PASSWORD = "Demo-Pass-2026";

  @Autowired
  TestRestTemplate http;
  @Autowired
  ServletWebServerApplicationContext context;

  @Test
  void the_health_checks_answer_with_the_status_only_and_nothing_else_is_exposed() {
    assertThat(http.getForEntity("/actuator/health/readiness", Map.class).getBody())
        .isEqualTo(Map.of("status", "UP"));
    assertThat(http.getForEntity("/actuator/health/liveness", Map.class).getBody())
        .isEqualTo(Map.of("status", "UP"));
    ResponseEntity<Map> health = http.getForEntity("/actuator/health", Map.class);
    assertThat(health.getBody()).containsKey("status").doesNotContainKeys("components", "details");
    for (String other : List.of("/actuator", "/actuator/env", "/actuator/info", "/actuator/beans",
        "/actuator/health/db", "/actuator/health/processEngine")) {
      assertThat(http.getForEntity(other, String.class).getStatusCode()).as(other).isEqualTo(HttpStatus.NOT_FOUND);
    }
  }

  @Test
  void while_refusing_traffic_every_request_but_the_health_checks_gets_503_with_retry_after() {
    AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
    try {
      assertRefused(http.withBasicAuth("riverside.dsl", PASSWORD).getForEntity("/engine-rest/task", String.class));
      assertRefused(http.getForEntity("/engine-rest/task", String.class));
      assertRefused(http.withBasicAuth("riverside.dsl", PASSWORD).exchange("/api/referrals", HttpMethod.POST,
          json("{}"), String.class));
      ResponseEntity<String> tasklist = http.getForEntity("/camunda/app/tasklist/", String.class);
      assertRefused(tasklist);
      assertThat(tasklist.getHeaders().containsKey("Content-Security-Policy"))
          .as("the webapp's own header filter never ran").isFalse();
      assertRefused(http.getForEntity("/camunda/app/tasklist", String.class));
      assertRefused(http.getForEntity("/camunda/api/engine/engine/default/user", String.class));
      assertRefused(http.exchange("/camunda/api/admin/auth/user/default/login/tasklist", HttpMethod.POST,
          new HttpEntity<>("username=admin&password=" + PASSWORD, formHeaders()), String.class));

      ResponseEntity<Map> readiness = http.getForEntity("/actuator/health/readiness", Map.class);
      assertThat(readiness.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
      assertThat(readiness.getBody()).isEqualTo(Map.of("status", "OUT_OF_SERVICE"));
      assertThat(http.getForEntity("/actuator/health/liveness", Map.class).getBody())
          .isEqualTo(Map.of("status", "UP"));
    } finally {
      AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
    }
    assertThat(http.withBasicAuth("riverside.dsl", PASSWORD).getForEntity("/engine-rest/task", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(http.getForEntity("/camunda/app/tasklist/", String.class).getStatusCode())
        .isNotEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
  }

  @Test
  void the_gate_is_the_first_filter_on_every_path() {
    Context webapp = (Context) ((TomcatWebServer) context.getWebServer()).getTomcat().getHost().findChildren()[0];
    List<FilterMap> maps = Arrays.asList(webapp.findFilterMaps());
    List<String> names = maps.stream().map(FilterMap::getFilterName).toList();

    assertThat(names.get(0)).isEqualTo(HttpFilterConfiguration.STARTUP_GATE);
    assertThat(maps.get(0).getURLPatterns()).containsExactly("/*");
    assertThat(maps.get(0).getDispatcherMapping() & FilterMap.REQUEST).isNotZero();
    assertThat(names).as("REST authentication and every filter of the Camunda webapps come later")
        .contains("camunda-engine-rest-auth", "Authentication Filter", "Security Filter", "CsrfPreventionFilter",
            "AppendTrailingSlashFilter", "HttpHeaderSecurity", "Engines Filter", "CacheControlFilter")
        .containsOnlyOnce(HttpFilterConfiguration.STARTUP_GATE);
  }

  private static void assertRefused(ResponseEntity<?> response) {
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo(StartupGate.RETRY_AFTER_SECONDS);
  }

  private static HttpEntity<String> json(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }

  private static HttpHeaders formHeaders() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    return headers;
  }
}
