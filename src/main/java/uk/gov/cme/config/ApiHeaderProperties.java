package uk.gov.cme.config;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Security headers of the REST APIs ({@code /engine-rest}, {@code /api}): {@code cme.api-headers} in
 * {@code application.yaml}, HSTS and frame denial added in {@code application-prod.yaml}. A blank
 * value sends no header.
 */
@ConfigurationProperties(prefix = "cme.api-headers")
record ApiHeaderProperties(String cacheControl, String contentTypeOptions, String referrerPolicy,
                           String strictTransportSecurity, String frameOptions) {

  Map<String, String> asHeaders() {
    Map<String, String> headers = new LinkedHashMap<>();
    put(headers, "Cache-Control", cacheControl);
    put(headers, "X-Content-Type-Options", contentTypeOptions);
    put(headers, "Referrer-Policy", referrerPolicy);
    put(headers, "Strict-Transport-Security", strictTransportSecurity);
    put(headers, "X-Frame-Options", frameOptions);
    return headers;
  }

  private static void put(Map<String, String> headers, String name, String value) {
    if (value != null && !value.isBlank()) {
      headers.put(name, value.trim());
    }
  }
}
