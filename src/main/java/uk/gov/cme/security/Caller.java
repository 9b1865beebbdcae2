package uk.gov.cme.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * Who is calling the engine's REST API: on {@code /engine-rest} the user Camunda's authentication
 * filter has just authenticated (HTTP Basic), on the webapps' API ({@code /camunda/api/engine}) the
 * user logged in to the webapp's session. Empty when nobody is authenticated: the engine's own checks
 * then answer 401.
 *
 * @param userId the user
 * @param groups the user's groups
 */
record Caller(String userId, Set<String> groups) {

  Caller {
    groups = Set.copyOf(groups);
  }

  boolean isAdministrator() {
    return groups.contains(Groups.ADMIN);
  }

  boolean isSchool() {
    return !isAdministrator() && !Groups.schoolsOf(groups).isEmpty();
  }

  boolean isIn(String group) {
    return group != null && groups.contains(group);
  }

  static Caller of(HttpServletRequest request, IdentityService identity, String engineName) {
    if (request.getServletPath().startsWith("/engine-rest") || request.getServletPath().startsWith("/api")) {
      Authentication current = identity.getCurrentAuthentication();
      return current == null || current.getUserId() == null ? null
          : new Caller(current.getUserId(), groups(current.getGroupIds()));
    }
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    var current = AuthenticationUtil.getAuthsFromSession(session).getAuthenticationForProcessEngine(engineName);
    if (!(current instanceof UserAuthentication user) || user.getIdentityId() == null) {
      return null;
    }
    return new Caller(user.getIdentityId(), groups(user.getGroupIds()));
  }

  private static Set<String> groups(List<String> groupIds) {
    return groupIds == null ? Set.of() : Set.copyOf(groupIds);
  }
}
