package uk.gov.cme.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.BATCH;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.GROUP;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;
import static org.camunda.bpm.engine.authorization.Resources.USER;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_TASK;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.TASK_WORK;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Applies {@link AccessProperties} to the engine: creates the teams' groups when missing and grants
 * the administrators every permission, each team and each school group its permissions, and the
 * support group the right to retry incidents. Idempotent; runs at every start-up.
 */
@Component
public class AccessPolicy {

  private static final Logger LOG = LoggerFactory.getLogger(AccessPolicy.class);

  private final AccessProperties access;
  private final IdentityService identity;
  private final Grants grants;
  private final RepositoryService repository;

  AccessPolicy(AccessProperties access, IdentityService identity, Grants grants, RepositoryService repository) {
    this.access = access;
    this.identity = identity;
    this.grants = grants;
    this.repository = repository;
  }

  /** Creates the administrators' group, every team's group and the support group when missing. */
  public void ensureGroups() {
    ensureGroup(Groups.ADMIN, "Administrators", "SYSTEM");
    access.teams().forEach((groupId, team) ->
        ensureGroup(groupId, team.name() == null ? groupId : team.name(), Groups.TYPE_TEAM));
    access.support().ifPresent(groupId -> ensureGroup(groupId, groupId, Groups.TYPE_TEAM));
  }

  /** Grants the administrators, every team, every school group and the support group their permissions. */
  public void grantAll() {
    grantAdministrators();
    grantEveryoneCreateInstances();
    access.teams().forEach(this::applyTeam);
    Map<String, Set<String>> work = candidateGroupProcesses(repository);
    access.teams().forEach((team, settings) -> work.getOrDefault(team, Set.of()).stream()
        .filter(key -> settings.readAll() || settings.readProcesses().contains(key))
        .forEach(key -> grantTaskWork(team, key)));
    List<Group> schools = schoolGroups(identity);
    schools.forEach(school -> applySchool(school.getId()));
    access.support().ifPresent(this::grantSupport);
    LOG.info("Access policy applied: administrators, {} teams, {} schools, support group {}",
        access.teams().size(), schools.size(), access.support().orElse("none"));
  }

  /**
   * Camunda's administrators group has no rights of its own: it gets ALL on every resource type, as
   * Camunda's own first-user set-up does. That includes ACCESS to every webapp (Admin, Cockpit,
   * Tasklist, Welcome), users, groups and authorizations.
   */
  private void grantAdministrators() {
    for (Resources resource : Resources.values()) {
      grants.grant(Groups.ADMIN, resource, ANY, Permissions.ALL);
    }
  }

  /**
   * The support group may retry failed jobs (incidents) of any process instance and nothing else:
   * RETRY_JOB on every process instance is what the engine checks when retries are set on a job
   * ({@code PUT /job/{id}/retries}, Cockpit's incident retry) or on a job definition. It does not
   * allow batches (POST /job/retries), changing variables, cancelling or modifying an instance.
   */
  private void grantSupport(String groupId) {
    grants.grant(groupId, PROCESS_INSTANCE, ANY, ProcessInstancePermissions.RETRY_JOB);
  }

  /** The school groups known to the engine: id {@code school-<URN>}. */
  static List<Group> schoolGroups(IdentityService identity) {
    return identity.createGroupQuery().list().stream()
        .filter(g -> Groups.isSchoolGroup(g.getId()))
        .toList();
  }

  private void applyTeam(String groupId, AccessProperties.TeamAccess team) {
    team.applications().forEach(app -> grants.grant(groupId, APPLICATION, app, ACCESS));
    team.startProcesses().forEach(key -> grantStart(groupId, key));
    team.readProcesses().forEach(key ->
        grants.grant(groupId, PROCESS_DEFINITION, key, READ, READ_INSTANCE, READ_HISTORY, READ_TASK));
    if (team.readAll()) {
      grants.grant(groupId, PROCESS_DEFINITION, ANY, READ, READ_INSTANCE, READ_HISTORY, READ_TASK);
      grants.grant(groupId, PROCESS_INSTANCE, ANY, READ);
      grants.grant(groupId, TASK, ANY, READ);
      grants.grant(groupId, DECISION_DEFINITION, ANY, READ);
      grants.grant(groupId, DECISION_REQUIREMENTS_DEFINITION, ANY, READ);
      grants.grant(groupId, DEPLOYMENT, ANY, READ);
      grants.grant(groupId, BATCH, ANY, READ);
      grants.grant(groupId, USER, ANY, READ);
      grants.grant(groupId, GROUP, ANY, READ);
    }
  }

  /**
   * A team that reads every instance of a model ({@code read-processes}, or {@code read-all}) and is named
   * as a candidate group of its user tasks works those tasks through TASK_WORK on the process definition
   * instead of a grant per task ({@link WorklistAuthorizationProvider}; {@link TaskWorkGuard} keeps claiming
   * and completing to each task's own candidate groups). READ_TASK and READ_INSTANCE on the key are what
   * the team holds already; they are repeated on the key so that the provider finds all three in one row.
   */
  private void grantTaskWork(String team, String processKey) {
    grants.grant(team, PROCESS_DEFINITION, processKey, READ_TASK, READ_INSTANCE, TASK_WORK);
  }

  /**
   * For each group named as a fixed candidate group of a user task (not an expression such as
   * {@code school-${schoolUrn}}): the keys of the deployed process definitions with such a task.
   */
  static Map<String, Set<String>> candidateGroupProcesses(RepositoryService repository) {
    Map<String, Set<String>> byGroup = new TreeMap<>();
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
      for (UserTask task : repository.getBpmnModelInstance(definition.getId()).getModelElementsByType(UserTask.class)) {
        String groups = task.getCamundaCandidateGroups();
        if (groups == null) {
          continue;
        }
        Arrays.stream(groups.split(",")).map(String::strip)
            .filter(group -> !group.isEmpty() && !group.contains("{"))
            .forEach(group -> byGroup.computeIfAbsent(group, g -> new TreeSet<>()).add(definition.getKey()));
      }
    }
    return byGroup;
  }

  private void applySchool(String schoolGroupId) {
    access.school().applications().forEach(app -> grants.grant(schoolGroupId, APPLICATION, app, ACCESS));
    access.school().startProcesses().forEach(key -> grantStart(schoolGroupId, key));
  }

  /**
   * A group may start a process when it holds CREATE_INSTANCE on the definition. The engine also asks for
   * CREATE on process instances, which everyone holds through one GLOBAL grant ({@link #grantAll}): it
   * allows nothing without a definition's CREATE_INSTANCE.
   */
  private void grantStart(String groupId, String processKey) {
    grants.grant(groupId, PROCESS_DEFINITION, processKey, READ, CREATE_INSTANCE);
  }

  /**
   * CREATE on every process instance for everyone, in one row: the engine checks it beside the
   * definition's CREATE_INSTANCE at every start. Until 2026-12 each starting group held its own row, one
   * per school; on H2 each such row with the resource id {@code *} was read again for every open task of
   * every task list (the engine's join on {@code RESOURCE_ID_ IN (task, key, '*')}), so an officer's list
   * grew with the number of schools (docs/performance.md, "One grant to start processes"). Those rows go;
   * a group's row with other permissions besides is left alone.
   */
  private void grantEveryoneCreateInstances() {
    grants.grantEveryone(PROCESS_INSTANCE, ANY, CREATE);
    int dropped = grants.dropGroupGrantsOnlyOf(PROCESS_INSTANCE, ANY, CREATE, ProcessInstancePermissions.values());
    if (dropped > 0) {
      LOG.info("Access policy: {} groups' own grants to create process instances replaced by the grant to everyone", dropped);
    }
  }

  private void ensureGroup(String id, String name, String type) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      Group group = identity.newGroup(id);
      group.setName(name);
      group.setType(type);
      identity.saveGroup(group);
    }
  }

  /** Creates a school's group when missing (demo data, or an administrator's import). */
  public void ensureSchool(String urn, String name) {
    ensureGroup(Groups.schoolGroup(urn), name, Groups.TYPE_SCHOOL);
  }
}
