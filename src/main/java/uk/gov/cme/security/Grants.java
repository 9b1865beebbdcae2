package uk.gov.cme.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Arrays;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.springframework.stereotype.Component;

/**
 * Idempotent GRANT authorizations for groups (and GLOBAL ones for everyone): a grant that exists already
 * is left alone, a missing permission is added to the existing authorization, so running the set-up twice
 * changes nothing.
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

  /** Grants {@code permissions} on {@code resource}/{@code resourceId} to every user (a GLOBAL authorization). */
  public void grantEveryone(Resource resource, String resourceId, Permission... permissions) {
    Authorization existing = authorizations.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GLOBAL)
        .resourceType(resource)
        .resourceId(resourceId)
        .singleResult();
    Authorization global = existing != null ? existing : authorizations.createNewAuthorization(AUTH_TYPE_GLOBAL);
    if (existing == null) {
      global.setUserId(ANY);
      global.setResource(resource);
      global.setResourceId(resourceId);
    } else if (Arrays.stream(permissions).allMatch(existing::isPermissionGranted)) {
      return;
    }
    Arrays.stream(permissions).forEach(global::addPermission);
    authorizations.saveAuthorization(global);
  }

  /**
   * Deletes the groups' GRANT authorizations on {@code resource}/{@code resourceId} that grant
   * {@code permission} and nothing else of {@code all}: what a GLOBAL grant of it now gives everyone. A
   * grant with any other permission is left as it is.
   *
   * @return how many were deleted
   */
  public int dropGroupGrantsOnlyOf(Resource resource, String resourceId, Permission permission, Permission[] all) {
    int dropped = 0;
    for (Authorization grant : authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
        .resourceType(resource).resourceId(resourceId).list()) {
      boolean onlyThat = grant.getGroupId() != null && grant.isPermissionGranted(permission)
          && Arrays.stream(all).filter(p -> p.getValue() != 0 && p.getValue() != Integer.MAX_VALUE)
              .filter(p -> p.getValue() != permission.getValue())
              .noneMatch(grant::isPermissionGranted);
      if (onlyThat) {
        authorizations.deleteAuthorization(grant.getId());
        dropped++;
      }
    }
    return dropped;
  }
}
