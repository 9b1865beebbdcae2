package uk.gov.cme.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;

/**
 * Until the application accepts traffic, answers every request except the health checks with 503 and
 * {@code Retry-After}. Spring Boot publishes {@link ReadinessState#ACCEPTING_TRAFFIC} after the
 * {@code ApplicationStartedEvent} listeners (among them {@code PlatformSetup}: accounts, access
 * rights, Tasklist filters) have run, and {@link ReadinessState#REFUSING_TRAFFIC} when the application
 * shuts down. So a caller with valid credentials never gets a 401 because the accounts are not there
 * yet, and never sees a half-set-up service.
 */
class StartupGate extends HttpFilter {

  static final String RETRY_AFTER_SECONDS = "5";

  private final transient ApplicationAvailability availability;
  private final String healthPath;

  StartupGate(ApplicationAvailability availability, String healthPath) {
    this.availability = availability;
    this.healthPath = healthPath;
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC || isHealthCheck(request)) {
      chain.doFilter(request, response);
      return;
    }
    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
    response.setHeader("Cache-Control", "no-store");
    response.setContentType("text/plain;charset=UTF-8");
    response.getWriter().write("The service is starting up or shutting down. Try again in a few seconds.\n");
  }

  /** The decoded, normalised path inside the application, so that {@code /x/../} cannot slip past. */
  private boolean isHealthCheck(HttpServletRequest request) {
    String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    return path.equals(healthPath) || path.startsWith(healthPath + "/");
  }
}
