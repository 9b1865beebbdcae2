package uk.gov.cme.security;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.gov.cme.casework.PartyBasis;

/**
 * Which process instances belong to a school ({@code cme.access.school} in application.yaml):
 *
 * @param scopedProcesses keys of the school-facing processes: an instance a school user starts (or that
 *                        a school-scoped instance hands on to) is the school's own
 * @param taskProcesses   keys of the small processes an LA process calls to give the school named in
 *                        their {@code schoolUrn} input one task, with the basis of that school's
 *                        entitlement to the case
 */
public record SchoolScopes(Set<String> scopedProcesses, Map<String, PartyBasis> taskProcesses) {

  public SchoolScopes {
    scopedProcesses = Set.copyOf(scopedProcesses);
    taskProcesses = Map.copyOf(taskProcesses);
  }

  boolean isScoped(String processKey) {
    return scopedProcesses.contains(processKey);
  }

  Optional<PartyBasis> taskBasis(String processKey) {
    return Optional.ofNullable(taskProcesses.get(processKey));
  }
}
