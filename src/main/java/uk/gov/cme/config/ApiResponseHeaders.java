package uk.gov.cme.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sets the configured security headers ({@code cme.api-headers}) on every answer of the REST APIs,
 * before the request goes on, so that refusals (401, 403) carry them too. Later filters cannot change
 * them: Camunda's REST {@code CacheControlFilter} would otherwise turn {@code no-store} into
 * {@code no-cache} on every GET.
 */
class ApiResponseHeaders extends HttpFilter {

  private final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

  ApiResponseHeaders(Map<String, String> headers) {
    this.headers.putAll(headers);
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    headers.forEach(response::setHeader);
    chain.doFilter(request, new HttpServletResponseWrapper(response) {
      @Override
      public void setHeader(String name, String value) {
        if (!headers.containsKey(name)) {
          super.setHeader(name, value);
        }
      }

      @Override
      public void addHeader(String name, String value) {
        if (!headers.containsKey(name)) {
          super.addHeader(name, value);
        }
      }
    });
  }
}
