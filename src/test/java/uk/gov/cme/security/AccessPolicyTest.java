package uk.gov.cme.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;

/** The support group is a setting: whichever group it names may retry incidents, and only that. */
class AccessPolicyTest {

  final IdentityService identity = mock(IdentityService.class, RETURNS_DEEP_STUBS);
  final Grants grants = mock(Grants.class);
  final org.camunda.bpm.engine.RepositoryService repository = mock(org.camunda.bpm.engine.RepositoryService.class, RETURNS_DEEP_STUBS);

  @Test
  void the_support_group_named_in_the_settings_may_retry_failed_jobs_of_any_process_instance_and_nothing_more() {
    AccessPolicy policy = new AccessPolicy(settings("it-support"), identity, grants, repository);

    policy.ensureGroups();
    policy.grantAll();

    verify(identity).newGroup("it-support");
    List<List<Object>> supportGrants = mockingDetails(grants).getInvocations().stream()
        .filter(call -> "it-support".equals(call.getArgument(0)))
        .map(call -> List.of(call.getArguments()))
        .toList();
    assertThat(supportGrants).containsExactly(
        List.of("it-support", Resources.PROCESS_INSTANCE, "*", ProcessInstancePermissions.RETRY_JOB));
  }

  @Test
  void with_no_support_group_nobody_but_the_administrators_may_retry() {
    AccessPolicy policy = new AccessPolicy(settings("  "), identity, grants, repository);

    policy.grantAll();

    verify(grants, never()).grant(anyString(), eq(Resources.PROCESS_INSTANCE), anyString(),
        eq(ProcessInstancePermissions.RETRY_JOB));
    assertThat(settings("").support()).isEmpty();
  }

  static AccessProperties settings(String supportGroup) {
    var manager = new AccessProperties.TeamAccess("CME team managers", List.of("cockpit"), List.of(), List.of(), true, true);
    return new AccessProperties(null, Map.of("cme-manager", manager), supportGroup);
  }
}
