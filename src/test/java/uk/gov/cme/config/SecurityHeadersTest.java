package uk.gov.cme.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/** Security headers over real HTTP outside production: the REST APIs' own, and the webapps'. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class SecurityHeadersTest {

  @Autowired
  TestRestTemplate http;

  @Test
  void every_answer_of_the_rest_apis_carries_the_security_headers_refusals_included() {
    ResponseEntity<String> tasks = http.withBasicAuth("riverside.dsl", "Demo-Pass-2026")
        .getForEntity("/engine-rest/task", String.class);
    assertThat(tasks.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertApiHeaders(tasks);
    ResponseEntity<String> refused = http.getForEntity("/engine-rest/process-instance", String.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertApiHeaders(refused);
    ResponseEntity<String> referral = http.postForEntity("/api/referrals", "{}", String.class);
    assertThat(referral.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertApiHeaders(referral);
    assertThat(tasks.getHeaders().containsKey("Strict-Transport-Security")).as("prod only").isFalse();
    assertThat(tasks.getHeaders().containsKey("X-Frame-Options")).as("prod only").isFalse();
  }

  @Test
  void the_webapps_send_a_nonce_based_content_security_policy_and_nosniff() {
    ResponseEntity<String> tasklist = http.getForEntity("/camunda/app/tasklist/default/", String.class);
    assertThat(tasklist.getStatusCode()).isEqualTo(HttpStatus.OK);
    String policy = tasklist.getHeaders().getFirst("Content-Security-Policy");
    assertThat(policy).contains("script-src 'nonce-", "'strict-dynamic'", "frame-ancestors 'none'",
        "object-src 'none'", "default-src 'self'").doesNotContain("https:", "$NONCE");
    assertThat(policy.substring(policy.indexOf("script-src"), policy.indexOf(';', policy.indexOf("script-src"))))
        .doesNotContain("'unsafe-inline'");
    String nonce = policy.replaceAll("(?s).*'nonce-([^']+)'.*", "$1");
    assertThat(tasklist.getBody()).as("the page's scripts carry the policy's nonce").contains(nonce);
    assertThat(tasklist.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(tasklist.getHeaders().containsKey("Strict-Transport-Security")).as("prod only").isFalse();
  }

  static void assertApiHeaders(ResponseEntity<?> response) {
    HttpHeaders headers = response.getHeaders();
    assertThat(headers.get(HttpHeaders.CACHE_CONTROL)).containsExactly("no-store");
    assertThat(headers.get("X-Content-Type-Options")).containsExactly("nosniff");
    assertThat(headers.get("Referrer-Policy")).containsExactly("no-referrer");
  }
}
