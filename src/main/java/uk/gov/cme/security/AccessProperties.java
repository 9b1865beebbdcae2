package uk.gov.cme.security;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

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
    school = school == null ? new SchoolAccess(List.of(), List.of()) : school;
    teams = teams == null ? Map.of() : Map.copyOf(teams);
    supportGroup = supportGroup == null || supportGroup.isBlank() ? null : supportGroup.trim();
  }

  /** The support group, if one is set. */
  public Optional<String> support() {
    return Optional.ofNullable(supportGroup);
  }

  /**
   * @param applications   Camunda webapps the school may open (tasklist)
   * @param startProcesses process keys a school may start (the school-facing processes)
   */
  public record SchoolAccess(@DefaultValue List<String> applications,
                             @DefaultValue List<String> startProcesses) {
  }

  /**
   * @param name           the group's display name
   * @param applications   Camunda webapps the team may open
   * @param startProcesses process keys the team may start
   * @param readProcesses  process keys whose instances (variables, history) the team may read
   * @param readAll        read-only access to everything, for monitoring in Cockpit
   */
  public record TeamAccess(String name,
                           @DefaultValue List<String> applications,
                           @DefaultValue List<String> startProcesses,
                           @DefaultValue List<String> readProcesses,
                           boolean readAll) {
  }
}
