package uk.gov.cme.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * Which role may make which call at all ({@link RestSurface}), as plain rules: the engine still checks
 * its own authorizations for every call allowed here. Over HTTP: {@code RestSurfaceTest}.
 */
class RestSurfaceRulesTest {

  static final Map<String, Caller> CALLERS = Map.of(
      "school", new Caller("hillcrest.dsl", Set.of("school-999002")),
      "officer", new Caller("cme.officer", Set.of("cme-officer")),
      "manager", new Caller("cme.manager", Set.of("cme-manager")),
      "admin", new Caller("admin", Set.of("camunda-admin")),
      "school-and-admin", new Caller("both", Set.of("school-999001", "camunda-admin")));

  @ParameterizedTest(name = "{0} {1} {2}: {3}")
  @CsvSource({
      // Tasklist and a school's system
      "school,  GET,     /,                                               allowed",
      "school,  GET,     /filter,                                         allowed",
      "school,  POST,    /filter/f1/list,                                 allowed",
      "school,  GET,     /task,                                           allowed",
      "school,  GET,     /task/t1/form-variables,                         allowed",
      "school,  POST,    /task/t1/submit-form,                            allowed",
      "school,  POST,    /task/t1/complete,                               allowed",
      "school,  POST,    /task/t1/claim,                                  allowed",
      "school,  GET,     /process-definition,                             allowed",
      "school,  GET,     /process-definition/key/school-referral/startForm, allowed",
      "school,  POST,    /process-definition/key/school-referral/submit-form, allowed",
      "school,  POST,    /process-definition/d1/start,                    allowed",
      "school,  GET,     /process-instance/p1/variables,                  allowed",
      "school,  OPTIONS, /task,                                           allowed",
      "school,  GET,     /user/hillcrest.dsl/profile,                     allowed",
      // everything else
      "school,  GET,     /user/riverside.dsl/profile,                     refused",
      "school,  GET,     /user,                                           refused",
      "school,  POST,    /job/j1/execute,                                 refused",
      "school,  PUT,     /job/j1/retries,                                 refused",
      "school,  GET,     /job,                                            refused",
      "school,  GET,     /process-definition/statistics,                  refused",
      "school,  GET,     /metrics,                                        refused",
      "school,  GET,     /variable-instance,                              refused",
      "school,  GET,     /history/process-instance,                       refused",
      "school,  GET,     /history/variable-instance,                      refused",
      "school,  POST,    /deployment/create,                              refused",
      "school,  PUT,     /process-instance/p1/variables/schoolUrn,        refused",
      "school,  POST,    /process-instance/p1/variables,                  refused",
      "school,  DELETE,  /process-instance/p1,                            refused",
      "school,  POST,    /message,                                        refused",
      "school,  POST,    /signal,                                         refused",
      "school,  POST,    /task/t1/delegate,                               refused",
      "school,  PUT,     /task/t1/variables/x,                            refused",
      "school,  POST,    /task/create,                                    refused",
      "school,  GET,     /incident,                                       refused",
      "school,  GET,     /authorization,                                  refused",
      // LA teams: all but the administrators' calls, the support group's and the monitoring team's
      "officer, GET,     /process-definition/statistics,                  refused",
      "officer, POST,    /job/j1/execute,                                 refused",
      "officer, PUT,     /job/j1/retries,                                 refused",
      "officer, GET,     /metrics/activity-instance-start/sum,            refused",
      "officer, POST,    /deployment/create,                              refused",
      "officer, GET,     /user,                                           refused",
      "officer, POST,    /user/create,                                    refused",
      "officer, GET,     /task,                                           allowed",
      "officer, GET,     /variable-instance,                              allowed",
      "officer, GET,     /user/hillcrest.dsl/profile,                     allowed",
      "manager, GET,     /process-definition/statistics,                  allowed",
      "manager, GET,     /job-definition/jd1/statistics,                  allowed",
      "manager, PUT,     /job/j1/retries,                                 allowed",
      "manager, POST,    /job/retries,                                    allowed",
      "manager, POST,    /job/j1/execute,                                 refused",
      "manager, GET,     /metrics,                                        refused",
      "manager, PUT,     /process-instance/p1/suspended,                  refused",
      "manager, DELETE,  /history/process-instance/p1,                    refused",
      // administrators: everything
      "admin,   POST,    /job/j1/execute,                                 allowed",
      "admin,   GET,     /metrics,                                        allowed",
      "admin,   POST,    /deployment/create,                              allowed",
      "admin,   GET,     /user,                                           allowed",
      "admin,   GET,     /process-definition/statistics,                  allowed",
      "school-and-admin, POST, /job/j1/execute,                           allowed",
  })
  void each_role_reaches_its_own_calls(String role, String method, String path, String expected) {
    Caller caller = CALLERS.get(role);
    String refusal = RestSurface.refusal(caller, new EngineApiPath(method, path, "default"),
        role.equals("manager"), role.equals("manager"));
    assertThat(refusal == null ? "allowed" : "refused").isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "/engine-rest/job/j1/execute,                          /job/j1/execute",
      "/engine-rest/engine/default/job/j1/execute,           /job/j1/execute",
      "/engine-rest//job//j1/execute/,                       /job/j1/execute",
      "/camunda/api/engine/engine/default/job/j1/execute,    /job/j1/execute",
      "/engine-rest,                                         /"})
  void every_address_of_a_call_is_the_same_call(String address, String path) {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", address);
    request.setServletPath(address);
    EngineApiPath call = EngineApiPath.of(request);
    assertThat(call.path()).isEqualTo(path);
    assertThat(RestSurface.refusal(CALLERS.get("school"), call, false, false)).isNotNull();
  }

  @Test
  void other_addresses_are_not_calls_to_the_engine() {
    HttpServletRequest request = new MockHttpServletRequest("POST", "/api/referrals");
    ((MockHttpServletRequest) request).setServletPath("/api/referrals");
    assertThat(EngineApiPath.of(request)).isNull();
  }
}
