package uk.gov.cme.config;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.http.HttpHeaders;

/**
 * Who calls the application's API ({@code /api}): a system with HTTP Basic credentials (Camunda's
 * {@link ProcessEngineAuthenticationFilter}, as on {@code /engine-rest}), or, on the paths the
 * webapps' plugins call from the browser ({@link #SESSION_PATHS}: the case view and search, a school's
 * receipts, a register inspection's lists and findings), the user logged in to Tasklist or Cockpit in this browser session. A session caller must
 * send the session's CSRF token in the {@code X-XSRF-TOKEN} header, as the webapps do, on every request
 * (a GET too: opening a case is recorded in its audit trail, so no other site may make a browser open
 * one); without it the answer is 403 with {@code X-XSRF-TOKEN: Required}. Either way the call is then
 * made as that user ({@code IdentityService.getCurrentAuthentication()}), and without a caller the
 * answer is 401.
 */
class ApiAuthentication implements Filter {

  /** The paths a webapp session may call. */
  static final List<String> SESSION_PATHS = List.of("/api/cases", "/api/my-school/", "/api/me",
      "/api/register-inspections/");

  private final ProcessEngineAuthenticationFilter basic = new ProcessEngineAuthenticationFilter();
  private final Supplier<ProcessEngine> engine;

  ApiAuthentication(Supplier<ProcessEngine> engine) {
    this.engine = engine;
  }

  @Override
  public void init(FilterConfig config) throws ServletException {
    basic.init(config);
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) req;
    HttpServletResponse response = (HttpServletResponse) res;
    UserAuthentication user = request.getHeader(HttpHeaders.AUTHORIZATION) == null && isSessionPath(request)
        ? sessionUser(request) : null;
    if (user == null) {
      basic.doFilter(req, res, chain);
      return;
    }
    if (!hasCsrfToken(request)) {
      response.setHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME, CsrfConstants.CSRF_TOKEN_HEADER_REQUIRED);
      response.sendError(HttpServletResponse.SC_FORBIDDEN, "CSRFPreventionFilter: Token provided via HTTP Header is absent/empty.");
      return;
    }
    var identity = engine.get().getIdentityService();
    identity.setAuthentication(user.getIdentityId(), user.getGroupIds(), user.getTenantIds());
    try {
      chain.doFilter(req, res);
    } finally {
      identity.clearAuthentication();
    }
  }

  static boolean isSessionPath(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return SESSION_PATHS.stream().anyMatch(path::startsWith);
  }

  /** The user logged in to a webapp in this session, if any, and allowed into Tasklist or Cockpit. */
  private UserAuthentication sessionUser(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    var current = AuthenticationUtil.getAuthsFromSession(session).getAuthenticationForProcessEngine(engine.get().getName());
    if (current instanceof UserAuthentication user && user.getIdentityId() != null
        && (user.isAuthorizedForApp("tasklist") || user.isAuthorizedForApp("cockpit"))) {
      return user;
    }
    return null;
  }

  private static boolean hasCsrfToken(HttpServletRequest request) {
    Object expected = request.getSession(false).getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    String given = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
    return expected instanceof String token && given != null && !token.isEmpty()
        && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void destroy() {
    basic.destroy();
  }
}
