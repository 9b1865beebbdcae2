package uk.gov.cme.security;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import uk.gov.cme.casework.PartyBasis;

/**
 * Who may do what, as data ({@code cme.access} in application.yaml). A process owner or administrator
 * changes a team's rights here, not in code.
 *
 * @param school       the rights every school group ({@code school-<URN>}) gets
 * @param teams        the local-authority teams by group id (actors.md)
 * @param supportGroup the group that may retry incidents (failed jobs) of any process instance,
 *                     besides the administrators; blank for none
 */
@ConfigurationProperties(prefix = "cme.access")
public record AccessProperties(SchoolAccess school, Map<String, TeamAccess> teams, String supportGroup) {

  public AccessProperties {
    school = school == null ? new SchoolAccess(List.of(), List.of(), List.of(), Map.of()) : school;
    teams = teams == null ? Map.of() : Map.copyOf(teams);
    supportGroup = supportGroup == null || supportGroup.isBlank() ? null : supportGroup.trim();
  }

  /** The support group, if one is set. */
  public Optional<String> support() {
    return Optional.ofNullable(supportGroup);
  }

  /** The LA teams whose role covers every case ({@code all-cases: true}). */
  public Set<String> allCaseTeams() {
    return teams.entrySet().stream().filter(e -> e.getValue().allCases()).map(Map.Entry::getKey)
        .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * The teams that may read escalation records in the case view and the case's letters (issue 11, seed 004
   * §6): a read-all team, or one whose {@code read-processes} name the escalation.
   */
  public Set<String> escalationReaders() {
    return teams.entrySet().stream()
        .filter(e -> e.getValue().readAll() || e.getValue().readProcesses().contains(ESCALATION))
        .map(Map.Entry::getKey).collect(Collectors.toUnmodifiableSet());
  }

  /** The escalation's process key (uk.gov.cme.process.escalation.EscalationProcess.KEY). */
  static final String ESCALATION = "escalation";

  /** Which processes' instances belong to a school (docs/security.md). */
  public SchoolScopes schoolScopes() {
    return new SchoolScopes(Set.copyOf(school.scopedProcesses()), Map.copyOf(school.taskProcesses()));
  }

  /**
   * @param applications    Camunda webapps the school may open (tasklist)
   * @param startProcesses  process keys a school may start (the school-facing processes)
   * @param scopedProcesses process keys whose instances a school starts for itself and then reads: they
   *                        hold only what the school's forms show (its referral's receipt, its
   *                        notifications). An instance of any other process is never granted to a school
   * @param taskProcesses   small processes an LA process calls to give one school one task (confirm the
   *                        child is on roll), for the school named in their {@code schoolUrn} input, with
   *                        the basis on which that school is then entitled to the case
   */
  public record SchoolAccess(@DefaultValue List<String> applications,
                             @DefaultValue List<String> startProcesses,
                             @DefaultValue List<String> scopedProcesses,
                             Map<String, PartyBasis> taskProcesses) {

    public SchoolAccess {
      taskProcesses = taskProcesses == null ? Map.of() : Map.copyOf(taskProcesses);
    }
  }

  /**
   * @param name           the group's display name
   * @param applications   Camunda webapps the team may open
   * @param startProcesses process keys the team may start
   * @param readProcesses  process keys whose instances (variables, history) the team may read
   * @param readAll        read-only access to everything, for monitoring in Cockpit
   * @param allCases       the team's role covers every case: it may start, message or work any open
   *                       case by its reference (otherwise only the cases it is a party of)
   */
  public record TeamAccess(String name,
                           @DefaultValue List<String> applications,
                           @DefaultValue List<String> startProcesses,
                           @DefaultValue List<String> readProcesses,
                           boolean readAll,
                           boolean allCases) {
  }
}
