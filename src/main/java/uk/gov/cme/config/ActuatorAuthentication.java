package uk.gov.cme.config;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;

/**
 * HTTP Basic on the Actuator endpoints, against the engine's users (as on {@code /engine-rest}), so that
 * {@code management.endpoint.health.show-details: when-authorized} can show the health details to the
 * administrators' group only ({@code roles: camunda-admin}). Without credentials a request goes on
 * anonymously (the probes: status only); with valid credentials it goes on as that user, whose groups
 * are its roles; with wrong credentials it is answered 401. The engine's own login throttling applies.
 * The Spring Boot application has no Spring Security: this is the whole of it.
 */
class ActuatorAuthentication extends HttpFilter {

  private final transient Supplier<IdentityService> identity;

  ActuatorAuthentication(Supplier<IdentityService> identity) {
    this.identity = identity;
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String header = request.getHeader("Authorization");
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      chain.doFilter(request, response);
      return;
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      refuse(response);
      return;
    }
    int colon = decoded.indexOf(':');
    String user = colon < 0 ? decoded : decoded.substring(0, colon);
    String password = colon < 0 ? "" : decoded.substring(colon + 1);
    IdentityService identities = identity.get();
    if (user.isEmpty() || !identities.checkPassword(user, password)) {
      refuse(response);
      return;
    }
    Set<String> groups = identities.createGroupQuery().groupMember(user).list().stream()
        .map(Group::getId).collect(Collectors.toUnmodifiableSet());
    chain.doFilter(new Authenticated(request, user, groups), response);
  }

  private static void refuse(HttpServletResponse response) throws IOException {
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setHeader("WWW-Authenticate", "Basic realm=\"actuator\"");
    response.setHeader("Cache-Control", "no-store");
    response.setContentType("text/plain;charset=UTF-8");
    response.getWriter().write("Wrong user name or password.\n");
  }

  /** The request as the authenticated user, whose roles are the user's groups. */
  private static final class Authenticated extends HttpServletRequestWrapper {

    private final String user;
    private final Set<String> groups;

    Authenticated(HttpServletRequest request, String user, Set<String> groups) {
      super(request);
      this.user = user;
      this.groups = groups;
    }

    @Override
    public Principal getUserPrincipal() {
      return () -> user;
    }

    @Override
    public String getRemoteUser() {
      return user;
    }

    @Override
    public String getAuthType() {
      return HttpServletRequest.BASIC_AUTH;
    }

    @Override
    public boolean isUserInRole(String role) {
      return groups.contains(role);
    }
  }
}
