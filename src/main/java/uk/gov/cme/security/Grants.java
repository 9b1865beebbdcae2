package uk.gov.cme.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Arrays;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.springframework.stereotype.Component;

/**
 * Idempotent GRANT authorizations for groups: a grant that exists already is left alone, a missing
 * permission is added to the existing authorization, so running the set-up twice changes nothing.
 */
@Component
public class Grants {

  private final AuthorizationService authorizations;

  Grants(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  /** Grants {@code permissions} on {@code resource}/{@code resourceId} to {@code groupId}. */
  public void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization existing = authorizations.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT)
        .groupIdIn(groupId)
        .resourceType(resource)
        .resourceId(resourceId)
        .singleResult();
    if (existing != null) {
      boolean missing = Arrays.stream(permissions).anyMatch(p -> !existing.isPermissionGranted(p));
      if (missing) {
        Arrays.stream(permissions).forEach(existing::addPermission);
        authorizations.saveAuthorization(existing);
      }
      return;
    }
    Authorization grant = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
    grant.setGroupId(groupId);
    grant.setResource(resource);
    grant.setResourceId(resourceId);
    Arrays.stream(permissions).forEach(grant::addPermission);
    authorizations.saveAuthorization(grant);
  }
}
