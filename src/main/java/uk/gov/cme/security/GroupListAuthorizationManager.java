package uk.gov.cme.security;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

/**
 * The engine's authorization checks without a read of the whole grant table in every command.
 *
 * <p>Before it checks a user's rights, the engine narrows the user's groups to those that hold a grant:
 * once per command it reads every group id of {@code ACT_RU_AUTHORIZATION}
 * ({@code SELECT distinct(GROUP_ID_)}, a full scan that grows with every open school task and
 * school-scoped instance, each of which has its own grant row) and keeps the user's groups found there.
 * That keeps the {@code GROUP_ID_ IN (…)} lists short for a user in hundreds of directory groups; it
 * changes no answer, since a group without a grant matches no grant row. Our users are in one to a few
 * groups, so the scan costs every command (on PostgreSQL about 7 ms at 45,000 grant rows) and saves
 * nothing. Here a user with at most {@value #GROUP_LIST_LIMIT} groups is checked with their groups as
 * they are; a user with more (a directory's) gets the engine's narrowing as before. CIB seven, a fork of
 * Camunda 7, made the same choice a setting ({@code authGroupFilterThreshold}); Camunda's own issue is
 * camunda-bpm-platform#5485 (docs/performance.md, "The grant table read in every command").
 */
public class GroupListAuthorizationManager extends AuthorizationManager {

  /** A user in more groups than this gets the engine's narrowing of their groups. */
  public static final int GROUP_LIST_LIMIT = 32;

  @Override
  public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
    if (authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()
        || authenticatedGroupIds.size() > GROUP_LIST_LIMIT) {
      return super.filterAuthenticatedGroupIds(authenticatedGroupIds);
    }
    return new ArrayList<>(new LinkedHashSet<>(authenticatedGroupIds));
  }

  /** Makes the engine open this manager wherever it asks for its {@link AuthorizationManager}. */
  public static SessionFactory sessionFactory() {
    return new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return AuthorizationManager.class;
      }

      @Override
      public Session openSession() {
        return new GroupListAuthorizationManager();
      }
    };
  }
}
