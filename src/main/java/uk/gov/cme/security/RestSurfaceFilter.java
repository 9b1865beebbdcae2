package uk.gov.cme.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies {@link RestSurface} to {@code /engine-rest} and to the webapps' API ({@code /camunda/api}):
 * a call a role may not make at all is answered 403 before the engine is reached, so it changes
 * nothing. A school account may use the webapps' API for Tasklist only (not Cockpit's or Admin's).
 */
class RestSurfaceFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(RestSurfaceFilter.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final IdentityService identity;
  private final Set<String> monitoringTeams;
  private final String supportGroup;

  RestSurfaceFilter(IdentityService identity, Set<String> monitoringTeams, String supportGroup) {
    this.identity = identity;
    this.monitoringTeams = Set.copyOf(monitoringTeams);
    this.supportGroup = supportGroup;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    EngineApiPath call = EngineApiPath.of(request);
    String webappPath = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    Caller caller = Caller.of(request, identity, call == null ? "default" : call.engine());
    String refusal = null;
    if (caller != null && call != null) {
      refusal = RestSurface.refusal(caller, call, caller.groups().stream().anyMatch(monitoringTeams::contains),
          caller.isIn(supportGroup));
    } else if (caller != null && caller.isSchool() && webappPath.startsWith("/camunda/api/")
        && !webappPath.startsWith("/camunda/api/admin/auth/") && !webappPath.startsWith("/camunda/api/tasklist/")
        && !webappPath.startsWith("/camunda/api/engine/")) {
      refusal = RestSurface.SCHOOLS;
    }
    if (refusal == null) {
      chain.doFilter(request, response);
      return;
    }
    LOG.info("Refused {} {} for {}: not for this role", request.getMethod(),
        call == null ? webappPath : call.path().replaceAll("/[0-9a-f]{8}-[0-9a-f-]{27,}", "/{id}"), caller.userId());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "AuthorizationException");
    body.put("message", refusal);
    response.setStatus(HttpServletResponse.SC_FORBIDDEN);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    JSON.writeValue(response.getOutputStream(), body);
  }
}
