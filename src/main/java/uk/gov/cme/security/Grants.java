package uk.gov.cme.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Arrays;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.AuthorizationQuery;
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
    save(authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT).groupIdIn(groupId),
        () -> {
          Authorization grant = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
          grant.setGroupId(groupId);
          return grant;
        }, resource, resourceId, permissions);
  }

  /** Grants {@code permissions} on {@code resource}/{@code resourceId} to every user (a GLOBAL authorization). */
  public void grantEveryone(Resource resource, String resourceId, Permission... permissions) {
    save(authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GLOBAL),
        () -> {
          Authorization global = authorizations.createNewAuthorization(AUTH_TYPE_GLOBAL);
          global.setUserId(ANY);
          return global;
        }, resource, resourceId, permissions);
  }

  /** Adds the missing permissions to the authorization {@code query} finds on the resource, else to a new one. */
  private void save(AuthorizationQuery query, Supplier<Authorization> fresh, Resource resource, String resourceId,
                    Permission... permissions) {
    Authorization existing = query.resourceType(resource).resourceId(resourceId).singleResult();
    if (existing != null) {
      boolean missing = Arrays.stream(permissions).anyMatch(p -> !existing.isPermissionGranted(p));
      if (missing) {
        Arrays.stream(permissions).forEach(existing::addPermission);
        authorizations.saveAuthorization(existing);
      }
      return;
    }
    Authorization created = fresh.get();
    created.setResource(resource);
    created.setResourceId(resourceId);
    Arrays.stream(permissions).forEach(created::addPermission);
    authorizations.saveAuthorization(created);
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
