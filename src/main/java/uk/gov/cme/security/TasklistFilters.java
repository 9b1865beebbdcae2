package uk.gov.cme.security;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.FILTER;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;
import uk.gov.cme.process.escalation.EscalationProcess;

/**
 * The Tasklist filters each role sees, created or brought up to date at start-up. A filter is found
 * again by its {@value #KEY} property, so a restart updates it instead of adding a copy.
 */
@Component
public class TasklistFilters {

  /** Filter property that identifies a filter this class manages. */
  public static final String KEY = "cmeFilterKey";

  private static final List<Map<String, String>> COLUMNS = List.of(
      column("caseReference", "Case"),
      column("childName", "Child"),
      column("schoolUrn", "School URN"));

  private final FilterService filters;
  private final TaskService tasks;
  private final IdentityService identity;
  private final AccessProperties access;
  private final Grants grants;

  TasklistFilters(FilterService filters, TaskService tasks, IdentityService identity,
                  AccessProperties access, Grants grants) {
    this.filters = filters;
    this.tasks = tasks;
    this.identity = identity;
    this.access = access;
    this.grants = grants;
  }

  public void apply() {
    List<String> teams = List.copyOf(access.teams().keySet());
    List<Group> schools = AccessPolicy.schoolGroups(identity);
    List<String> schoolIds = schools.stream().map(Group::getId).toList();
    List<String> everyone = new ArrayList<>(teams);
    everyone.addAll(schoolIds);

    for (Group school : schools) {
      ensure(school.getId(), "My school's tasks",
          "Tasks for " + school.getName() + ", claimed or not", -10, "#1f6f8b",
          tasks.createTaskQuery().taskCandidateGroup(school.getId()).includeAssignedTasks()
              .orderByDueDate().asc(),
          List.of(school.getId()));
    }
    ensure("cme-unassigned", "CME team — unassigned",
        "CME officer tasks nobody has claimed yet", -5, "#b5442c",
        tasks.createTaskQuery().taskCandidateGroup(Groups.CME_OFFICER).taskUnassigned()
            .orderByDueDate().asc(),
        List.of(Groups.CME_OFFICER, Groups.CME_MANAGER));
    ensure("my-teams", "My team's tasks",
        "Tasks for the teams you belong to, claimed or not", 0, "#3b6e22",
        tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks().orderByDueDate().asc(),
        teams);
    ensure("assigned-to-me", "Assigned to me",
        "Tasks you have claimed", 5, "#555555",
        tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}").orderByDueDate().asc(),
        everyone);
    ensure("overdue-mine", "Overdue",
        "Tasks of your teams past their due date", 10, "#c0392b",
        tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks().dueBeforeExpression("${now()}").orderByDueDate().asc(),
        everyone);
    ensure("overdue-all", "Overdue — all teams",
        "Every task past its due date, for the CME manager", 11, "#8e1b10",
        tasks.createTaskQuery().dueBeforeExpression("${now()}").orderByDueDate().asc(),
        List.of(Groups.CME_MANAGER));
    ensure("stuck-cases", "Stuck cases reported to senior management",
        "Cases unresolved after the three stages of escalation (issue 11): decide what senior management does",
        12, "#6c3483",
        tasks.createTaskQuery().processDefinitionKey(EscalationProcess.KEY)
            .taskDefinitionKey(EscalationProcess.Elements.TASK_SENIOR_MANAGEMENT)
            .taskCandidateGroup(EscalationProcess.SENIOR_MANAGEMENT_GROUP).includeAssignedTasks()
            .orderByDueDate().asc(),
        List.of(Groups.CME_MANAGER));
  }

  private void ensure(String key, String name, String description, int priority, String colour,
                      TaskQuery query, List<String> readers) {
    Filter filter = find(key).orElseGet(() -> filters.newTaskFilter(name));
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put(KEY, key);
    properties.put("description", description);
    properties.put("priority", priority);
    properties.put("color", colour);
    properties.put("refresh", true);
    properties.put("variables", COLUMNS);
    filter.setName(name);
    filter.setQuery(query);
    filter.setProperties(properties);
    Filter saved = filters.saveFilter(filter);
    readers.forEach(group -> grants.grant(group, FILTER, saved.getId(), READ));
  }

  private Optional<Filter> find(String key) {
    return filters.createTaskFilterQuery().list().stream()
        .filter(f -> f.getProperties() != null && key.equals(f.getProperties().get(KEY)))
        .findFirst();
  }

  private static Map<String, String> column(String name, String label) {
    return Map.of("name", name, "label", label);
  }
}
