package uk.gov.cme.security;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Which calls to the engine's REST API each role may make at all, before the engine's own
 * authorization checks (docs/security.md). A refusal here happens before the engine is called, so a
 * refused call changes nothing (a job's retries, for one).
 * <ul>
 *   <li>Administrators ({@code camunda-admin}): everything.</li>
 *   <li>Schools: only what Tasklist and a school's system need: their filters and tasks, the forms
 *   they start and submit, their own instances' variables (their receipts), their own profile.</li>
 *   <li>Everyone else: everything except what is for administrators: executing jobs, job retries
 *   (also the support group's), metrics, statistics (also the read-all monitoring teams'),
 *   deployments, users, groups, tenants and authorizations changed, signals and conditions.</li>
 * </ul>
 */
final class RestSurface {

  private static final String ID = "[^/]+";

  /** What a school account may call (method, path below the engine). */
  private static final List<Rule> SCHOOL = List.of(
      rule("GET", "/"),
      rule("GET", "/engine"),
      rule("OPTIONS", ".*"),
      rule("GET", "/filter(/count)?"),
      rule("GET", "/filter/" + ID),
      rule("GET|POST", "/filter/" + ID + "/(list|count)"),
      rule("GET|POST", "/task(/count)?"),
      rule("GET", "/task/" + ID),
      rule("GET", "/task/" + ID + "/(form|deployed-form|rendered-form|form-variables|identity-links|comment)"),
      rule("GET", "/task/" + ID + "/comment/" + ID),
      rule("GET", "/task/" + ID + "/variables(/" + ID + ")?"),
      rule("POST", "/task/" + ID + "/(claim|unclaim|complete|submit-form|comment/create)"),
      rule("GET", "/process-definition(/count)?"),
      rule("GET", "/process-definition/(" + ID + "|key/" + ID + ")"),
      rule("GET", "/process-definition/(" + ID + "|key/" + ID + ")/(startForm|deployed-start-form|form-variables|rendered-form|xml)"),
      rule("POST", "/process-definition/(" + ID + "|key/" + ID + ")/(start|submit-form)"),
      rule("GET|POST", "/process-instance(/count)?"),
      rule("GET", "/process-instance/" + ID),
      rule("GET", "/process-instance/" + ID + "/variables(/" + ID + ")?"),
      rule("GET", "/history/user-operation(/count)?"));

  /** For administrators only, whoever else calls. */
  private static final List<Rule> ADMINISTRATORS = List.of(
      rule("POST", "/job/" + ID + "/execute"),
      rule(".*", "/metrics(/.*)?"),
      rule("POST|PUT|DELETE", "/deployment(/.*)?"),
      rule("POST", "/(user|group|tenant|authorization)/create"),
      rule("PUT|DELETE", "/(user|group|tenant|authorization)(/.*)?"),
      rule("POST", "/(group|tenant)/" + ID + "/(user-)?members(/.*)?"),
      rule("GET", "/(user|tenant|authorization)(/count)?"),
      rule("GET", "/(tenant|authorization)/" + ID + "(/.*)?"),
      rule("GET", "/user/" + ID),
      rule("POST", "/(signal|condition)"),
      rule("PUT|POST", "/process-instance(/" + ID + ")?/suspended(-async)?"),
      rule("POST", "/process-instance/" + ID + "/modification(-async)?"),
      rule(".*", "/(migration|modification)(/.*)?"),
      rule("PUT|DELETE", "/process-definition/.*"),
      rule("DELETE", "/process-instance(/.*)?"),
      rule("POST", "/process-instance/delete(-historic-query-based)?"),
      rule("POST|PUT|DELETE", "/batch(/.*)?"),
      rule("DELETE", "/history/.*"),
      rule("POST", "/history/(cleanup|.*/delete.*|.*/set-removal-time.*)"),
      rule("POST|PUT", "/(job|job-definition)/" + ID + "/(suspended|duedate|priority|jobPriority)"),
      // No model catches a BPMN error or escalation thrown at a task: thrown over REST, one would end
      // the case's path at that task.
      rule("POST", "/task/" + ID + "/(bpmnError|bpmnEscalation)"),
      // Restarting a finished instance at any step with its old variables.
      rule("POST", "/process-definition/(" + ID + "|key/" + ID + ")/restart(-async)?"),
      // The engine checks no permission on attachments; no form or model uses them.
      rule("POST|PUT|DELETE", "/task/" + ID + "/attachment(/.*)?"),
      rule("POST", "/task/" + ID + "/attachment/create"));

  /** For administrators and the support group: retrying failed jobs (what Cockpit's incident retry calls). */
  private static final List<Rule> RETRIES = List.of(
      rule("PUT|POST", "/(job|job-definition|external-task)/" + ID + "/retries"),
      rule("PUT|POST", "/(job|external-task)/retries"),
      rule("POST", "/process-instance/job-retries(-historic-query-based)?"));

  /** For administrators and the read-all monitoring teams (Cockpit's dashboard). */
  private static final List<Rule> STATISTICS = List.of(
      rule("GET", "/(process-definition|job-definition|job)(/" + ID + ")?/statistics(/.*)?"),
      rule("GET", "/process-definition/key/" + ID + "/statistics"),
      rule("GET", ".*/statistics(/.*)?"));

  private RestSurface() {
  }

  /**
   * Why the caller may not make this call at all, or null when the engine should decide.
   *
   * @param monitoring whether the caller is in a read-all (monitoring) team
   * @param support    whether the caller is in the support group
   */
  static String refusal(Caller caller, EngineApiPath call, boolean monitoring, boolean support) {
    if (caller.isAdministrator()) {
      return null;
    }
    if (RETRIES.stream().anyMatch(r -> r.matches(call))) {
      return support && !caller.isSchool() ? null : "Retrying failed jobs is for the support team and administrators";
    }
    if (STATISTICS.stream().anyMatch(r -> r.matches(call))) {
      return monitoring && !caller.isSchool() ? null : "Figures across the service are for managers and administrators";
    }
    if (ADMINISTRATORS.stream().anyMatch(r -> r.matches(call))) {
      return "This is for administrators";
    }
    if (caller.isSchool()) {
      if (call.is("GET", Pattern.compile("/user/" + ID + "/profile"))) {
        return call.path().equals("/user/" + caller.userId() + "/profile") ? null : SCHOOLS;
      }
      return SCHOOL.stream().anyMatch(r -> r.matches(call)) ? null : SCHOOLS;
    }
    return null;
  }

  static final String SCHOOLS = "This is not available to school accounts";

  private static Rule rule(String methods, String path) {
    return new Rule(Pattern.compile(methods), Pattern.compile(path));
  }

  private record Rule(Pattern methods, Pattern path) {
    boolean matches(EngineApiPath call) {
      return methods.matcher(call.method().toUpperCase()).matches() && path.matcher(call.path()).matches();
    }
  }
}
