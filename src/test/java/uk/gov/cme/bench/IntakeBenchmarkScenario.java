package uk.gov.cme.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import uk.gov.cme.api.IntakeApisForBenchmark;
import uk.gov.cme.security.Grants;
import uk.gov.cme.security.WebappSession;

/**
 * Issue 12's benchmark of the intake against the bare engine, in one JVM, with authorization on and
 * history full as the application runs: kinds of start alternate, repetition after repetition, each for
 * {@link BenchSettings#SECONDS} seconds on one thread; and the Tasklist filters as Tasklist loads them, for a
 * school and for the CME team, with {@link BenchSettings#OPEN_INSTANCES} open referrals while referrals are
 * being written. Prints tables; asserts only that the calls worked (a timing is never asserted).
 *
 * <p>The bare process is deployed by the benchmark only: start, one user task for a group, end.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class IntakeBenchmarkScenario {

  static final String PASSWORD = "Demo-Pass-2026";
  static final String BARE = "bench-bare";
  static final String PLAIN_USER = "bench.plain";
  static final String PLAIN_GROUP = "bench-plain";
  static final String SCHOOL_USER = "riverside.dsl";
  static final String OTHER_SCHOOL_USER = "hillcrest.dsl";
  static final String CME_USER = "cme.officer";
  static final ZoneId LONDON = ZoneId.of("Europe/London");

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;
  @Autowired
  ApplicationContext context;
  @Autowired
  Grants grants;
  @Autowired
  JdbcTemplate jdbc;

  final ObjectMapper json = new ObjectMapper();
  final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(10)).build();
  final BenchChildren children = new BenchChildren(BenchChildren.spelt((int) (System.currentTimeMillis() % 100_000)));

  abstract BenchDatabase database();

  // --- the Tasklist filters --------------------------------------------------------------------

  @Test
  @Order(1)
  void tasklist_filters_as_tasklist_loads_them_for_a_school_and_for_the_cme_team() throws Exception {
    BenchReport.header("Tasklist filters", database());
    IntakeApisForBenchmark api = new IntakeApisForBenchmark(context);
    long before = database().bytes();
    long started = System.nanoTime();
    for (int i = 0; i < BenchSettings.OPEN_INSTANCES; i++) {
      referInJava(api, i % 2 == 0 ? SCHOOL_USER : OTHER_SCHOOL_USER);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    long after = database().bytes();
    System.out.printf("%d open referrals written through the Java service in %.1f s (%.1f/s); the database grew"
            + " %s, %s a referral (%s)%n", BenchSettings.OPEN_INSTANCES, seconds,
        BenchSettings.OPEN_INSTANCES / seconds, Meter.mib(after - before),
        Meter.kib((after - before) / (double) Math.max(1, BenchSettings.OPEN_INSTANCES)), database().measure());
    if (database().liveBytes() >= 0) {
      System.out.printf("live data (%s): %s%n", database().liveMeasure(), Meter.mib(database().liveBytes()));
    }
    // the planner's statistics as PostgreSQL's autovacuum would have taken them by now, a minute or so after
    // a table grew by a tenth, in a database that grew at a council's pace; without them the filters are
    // read on plans made for empty tables (docs/performance.md, "Statistics"). H2 and PostgreSQL alike.
    jdbc.execute("ANALYZE");
    System.out.printf("open instances: %d, open tasks: %d, authorization rows: %d%n",
        engine.getRuntimeService().createProcessInstanceQuery().count(),
        engine.getTaskService().createTaskQuery().count(),
        jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_AUTHORIZATION", Long.class));

    // one referral every WRITE_EVERY_MS while the filters are read, as the issue measured it
    ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor();
    AtomicInteger written = new AtomicInteger();
    if (BenchSettings.WRITE_EVERY_MS > 0) {
      writer.scheduleAtFixedRate(() -> {
        referInJava(api, OTHER_SCHOOL_USER);
        written.incrementAndGet();
      }, 0, BenchSettings.WRITE_EVERY_MS, TimeUnit.MILLISECONDS);
    }
    List<String[]> rows = new ArrayList<>();
    try {
      for (String user : List.of(SCHOOL_USER, CME_USER)) {
        rows.addAll(filterFigures(user));
      }
    } finally {
      // shutdown, not shutdownNow: an interrupt in the middle of a referral closes H2's file channel and
      // leaves the database unusable for the next benchmark in this JVM. The periodic task is cancelled,
      // the referral being written finishes.
      writer.shutdown();
      writer.awaitTermination(1, TimeUnit.MINUTES);
    }
    System.out.printf("%d referrals written while the filters were read (one every %d ms)%n", written.get(),
        BenchSettings.WRITE_EVERY_MS);
    BenchReport.table(List.of("user", "how", "call (as Tasklist makes it)", "filter", "items", "p50 ms", "p95 ms", "max ms"),
        rows);
  }

  /**
   * The calls Tasklist 7.24 makes for {@code user}, as its access log shows them (docs/performance.md,
   * "What Tasklist asks for"): the filter list without counts and the number of filters when it opens, then
   * for the filter shown its first page of 15 as HAL, which the engine answers with the filter's count as well
   * (Tasklist sends it twice when it opens). Each filter's page is measured, as when the user opens it.
   */
  private List<String[]> filterFigures(String user) throws Exception {
    List<String[]> rows = filterFigures(user, new BasicCalls(user));
    rows.addAll(filterFigures(user, TasklistSession.loggedIn(port, user, PASSWORD)));
    return rows;
  }

  /** The calls one way: {@code /engine-rest} with HTTP Basic, or Tasklist's own engine API with its session. */
  interface Calls {
    /** How the calls are made, for the table. */
    String how();

    HttpResponse<String> send(String method, String enginePath, String body, String accept) throws Exception;
  }

  /** {@code /engine-rest} with HTTP Basic: the password checked on every call, as a school's system calls it. */
  final class BasicCalls implements Calls {
    private final String user;

    BasicCalls(String user) {
      this.user = user;
    }

    @Override
    public String how() {
      return "engine-rest, Basic";
    }

    @Override
    public HttpResponse<String> send(String method, String enginePath, String body, String accept) throws Exception {
      return IntakeBenchmarkScenario.this.send(user, method, "/engine-rest" + enginePath, body, accept);
    }
  }

  /**
   * What Tasklist itself does, as {@link WebappSession} does it but with the JDK's client the Basic calls use
   * too (so both ways are timed through the same client): open Tasklist's page,
   * log in with the form, then call {@code /camunda/api/engine/engine/default} with the session cookie and
   * the session's CSRF token; the password is checked once, at the login.
   */
  static final class TasklistSession implements Calls {
    private final HttpClient client;
    private final java.net.CookieManager cookies;
    private final String base;

    private TasklistSession(int port) {
      this.cookies = new java.net.CookieManager(null, java.net.CookiePolicy.ACCEPT_ALL);
      this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
          .connectTimeout(Duration.ofSeconds(10)).build();
      this.base = "http://localhost:" + port;
    }

    static TasklistSession loggedIn(int port, String user, String password) throws Exception {
      TasklistSession session = new TasklistSession(port);
      session.exchange("GET", "/camunda/app/tasklist/default/", null, "text/html", null);
      String form = "username=" + java.net.URLEncoder.encode(user, StandardCharsets.UTF_8)
          + "&password=" + java.net.URLEncoder.encode(password, StandardCharsets.UTF_8);
      HttpResponse<String> login = session.exchange("POST", WebappSession.LOGIN + "tasklist", form,
          "application/json", "application/x-www-form-urlencoded");
      assertThat(login.statusCode()).as("login of " + user + ": " + login.body()).isEqualTo(200);
      // the new session's token comes with its first GET
      session.exchange("GET", WebappSession.CURRENT_USER, null, "application/json", null);
      assertThat(session.token()).as("the session's " + WebappSession.CSRF_COOKIE + " cookie").isNotNull();
      return session;
    }

    @Override
    public String how() {
      return "Tasklist's session";
    }

    @Override
    public HttpResponse<String> send(String method, String enginePath, String body, String accept) throws Exception {
      return exchange(method, WebappSession.ENGINE_API + enginePath, body, accept,
          body == null ? null : "application/json");
    }

    private String token() {
      return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(WebappSession.CSRF_COOKIE))
          .map(java.net.HttpCookie::getValue).reduce((first, last) -> last).orElse(null);
    }

    private HttpResponse<String> exchange(String method, String path, String body, String accept, String contentType)
        throws Exception {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(2))
          .header("Accept", accept);
      String token = token();
      if (token != null && !method.equals("GET")) {
        request.header(WebappSession.CSRF_HEADER, token);
      }
      if (body == null) {
        request.method(method, HttpRequest.BodyPublishers.noBody());
      } else {
        request.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body));
      }
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
  }

  private List<String[]> filterFigures(String user, Calls calls) throws Exception {
    Map<String, List<Double>> latencies = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, Long> items = new LinkedHashMap<>();
    String listKey = "GET /filter?itemCount=false&resourceType=Task";
    String countKey = "GET /filter/count?itemCount=false&resourceType=Task";
    for (int call = 0; call < BenchSettings.FILTER_CALLS; call++) {
      long sent = System.nanoTime();
      HttpResponse<String> list = calls.send("GET",
          "/filter?firstResult=0&maxResults=2000&itemCount=false&resourceType=Task", null, "application/json");
      latencies.computeIfAbsent(listKey, k -> new ArrayList<>()).add(millisSince(sent));
      assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
      long filterCount = System.nanoTime();
      HttpResponse<String> counted = calls.send("GET", "/filter/count?itemCount=false&resourceType=Task",
          null, "application/json");
      latencies.computeIfAbsent(countKey, k -> new ArrayList<>()).add(millisSince(filterCount));
      assertThat(counted.statusCode()).as(counted.body()).isEqualTo(200);
      for (JsonNode filter : json.readTree(list.body())) {
        String id = filter.path("id").asText();
        names.put(id, filter.path("name").asText());
        long page = System.nanoTime();
        HttpResponse<String> tasks = calls.send("POST", "/filter/" + id + "/list?firstResult=0&maxResults=15",
            "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
                + "\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}", "application/hal+json");
        latencies.computeIfAbsent("list " + id, k -> new ArrayList<>()).add(millisSince(page));
        assertThat(tasks.statusCode()).as(tasks.body()).isEqualTo(200);
        items.put(id, json.readTree(tasks.body()).path("count").asLong());
      }
    }
    List<String[]> rows = new ArrayList<>();
    latencies.forEach((key, values) -> {
      String id = key.startsWith("list ") ? key.substring("list ".length()) : null;
      String call = id == null ? key : "POST /filter/{id}/list?maxResults=15 (HAL: page and count)";
      rows.add(new String[] {user, calls.how(), call, id == null ? "(all)" : names.get(id),
          id == null ? "" : String.valueOf(items.get(id)), fmt(Meter.percentile(values, 50)),
          fmt(Meter.percentile(values, 95)), fmt(Meter.max(values))});
    });
    return rows;
  }

  // --- the intake against the bare engine --------------------------------------------------------

  /** One kind of start, measured against {@code reference} (another kind's name, or null). */
  record Kind(String name, String reference, String user, Start start) {
  }

  interface Start {
    void once() throws Exception;
  }

  @Test
  @Order(2)
  void the_intake_against_the_bare_engine_alternating_in_one_jvm() throws Exception {
    BenchReport.header("Intake against the bare engine", database());
    deployTheBareProcess();
    IntakeApisForBenchmark api = new IntakeApisForBenchmark(context);
    List<Kind> every = List.of(
        new Kind("bare process, Java, no user (engine only)", null, null, this::startBare),
        new Kind("bare process, Java, as a plain user", "bare process, Java, no user (engine only)", PLAIN_USER,
            this::startBare),
        new Kind("bare process, Java, as a school user", "bare process, Java, no user (engine only)", SCHOOL_USER,
            this::startBare),
        new Kind("CME referral, Java service (as /api/referrals)", "bare process, Java, as a school user",
            SCHOOL_USER, () -> referInJava(api, null)),
        new Kind("bare process, HTTP engine-rest start (school user)", null, null,
            () -> startBareOverHttp(SCHOOL_USER)),
        new Kind("CME referral, HTTP POST /api/referrals (school user)",
            "bare process, HTTP engine-rest start (school user)", null, () -> referOverHttp(SCHOOL_USER)));
    List<Kind> kinds = BenchSettings.KINDS.isBlank() ? every : every.stream().filter(k -> java.util.Arrays.stream(
        BenchSettings.KINDS.split(",")).anyMatch(w -> k.name().toLowerCase().contains(w.strip().toLowerCase()))).toList();

    for (Kind kind : kinds) {
      run(kind, BenchSettings.WARMUP_SECONDS);
    }
    Map<String, List<double[]>> results = new LinkedHashMap<>();
    kinds.forEach(k -> results.put(k.name(), new ArrayList<>()));
    for (int repetition = 0; repetition < BenchSettings.REPETITIONS; repetition++) {
      // alternate: each repetition starts with the next kind
      for (int k = 0; k < kinds.size(); k++) {
        Kind kind = kinds.get((k + repetition) % kinds.size());
        results.get(kind.name()).add(run(kind, BenchSettings.SECONDS));
      }
    }

    List<String[]> rows = new ArrayList<>();
    Map<String, Double> medianRate = new LinkedHashMap<>();
    Map<String, Double> medianCpu = new LinkedHashMap<>();
    for (Kind kind : kinds) {
      List<double[]> runs = results.get(kind.name());
      List<Double> rates = runs.stream().map(r -> r[0]).toList();
      medianRate.put(kind.name(), Meter.median(rates));
      medianCpu.put(kind.name(), Meter.median(runs.stream().map(r -> r[1]).toList()));
    }
    for (Kind kind : kinds) {
      List<double[]> runs = results.get(kind.name());
      List<Double> rates = runs.stream().map(r -> r[0]).toList();
      double cpu = medianCpu.get(kind.name());
      double threadCpu = Meter.median(runs.stream().map(r -> r[2]).toList());
      String ratio = kind.reference() == null || !medianRate.containsKey(kind.reference()) ? "—"
          : String.format("%.2f of \"%s\"; CPU %.1f×", medianRate.get(kind.name()) / medianRate.get(kind.reference()),
              kind.reference(), cpu / medianCpu.get(kind.reference()));
      rows.add(new String[] {kind.name(), fmt(Meter.min(rates)), fmt(Meter.median(rates)), fmt(Meter.max(rates)),
          String.format("%.2f", cpu), kind.name().contains("HTTP") ? "—" : String.format("%.2f", threadCpu), ratio});
    }
    System.out.printf("%d repetitions of %d s per kind, after a %d s warm-up each; one thread; instances/s over the"
            + " repetitions; CPU per instance: the whole JVM's CPU time (server threads, the database's own threads,"
            + " GC), and the calling thread's, median over the repetitions%n", BenchSettings.REPETITIONS,
        BenchSettings.SECONDS, BenchSettings.WARMUP_SECONDS);
    BenchReport.table(List.of("what", "inst/s min", "median", "max", "CPU ms/inst (JVM)", "CPU ms/inst (caller)",
        "ratio to"), rows);
    if (kinds.size() == every.size()) {
      String goalJava = String.format("referral through the service / bare as a school user = %.2f (goal >= 0.5)",
          medianRate.get(kinds.get(3).name()) / medianRate.get(kinds.get(2).name()));
      String goalHttp = String.format("POST /api/referrals / engine-rest start of the bare process = %.2f"
          + " (goal >= 0.5)", medianRate.get(kinds.get(5).name()) / medianRate.get(kinds.get(4).name()));
      System.out.println("Goals (issue 12): " + goalJava + "; " + goalHttp);
    }
    System.out.printf("database after the run: %s (%s); peak heap %s of %s%n", Meter.mib(database().bytes()),
        database().measure(), Meter.mib(Meter.peakHeapBytes()), Meter.mib(Meter.maxHeapBytes()));
  }

  /** Runs one kind for {@code seconds}: instances/s, JVM CPU ms per instance, caller-thread CPU ms per instance. */
  private double[] run(Kind kind, int seconds) throws Exception {
    if (kind.user() != null) {
      engine.getIdentityService().setAuthentication(kind.user(), groupsOf(kind.user()));
    }
    try {
      long cpu = Meter.processCpuNanos();
      long threadCpu = Meter.threadCpuNanos();
      long started = System.nanoTime();
      long end = started + seconds * 1_000_000_000L;
      long count = 0;
      while (System.nanoTime() < end) {
        kind.start().once();
        count++;
      }
      double elapsed = (System.nanoTime() - started) / 1e9;
      double perInstanceCpu = (Meter.processCpuNanos() - cpu) / 1e6 / count;
      double perInstanceThread = (Meter.threadCpuNanos() - threadCpu) / 1e6 / count;
      return new double[] {count / elapsed, perInstanceCpu, perInstanceThread};
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  /** The bare process: start, one user task for the plain group, end; its start granted to the plain and school users. */
  void deployTheBareProcess() {
    BpmnModelInstance bare = Bpmn.createExecutableProcess(BARE).name("Bare process (benchmark)")
        .camundaHistoryTimeToLive(180)
        .startEvent("Event_Started")
        .userTask("Task_Bare").name("Bare task").camundaCandidateGroups(PLAIN_GROUP)
        .endEvent("Event_Ended")
        .done();
    engine.getRepositoryService().createDeployment().name("benchmark").addModelInstance(BARE + ".bpmn", bare)
        .deploy();
    if (engine.getIdentityService().createUserQuery().userId(PLAIN_USER).count() == 0) {
      User user = engine.getIdentityService().newUser(PLAIN_USER);
      user.setFirstName("Plain");
      user.setLastName("User");
      user.setPassword(PASSWORD);
      engine.getIdentityService().saveUser(user);
      Group group = engine.getIdentityService().newGroup(PLAIN_GROUP);
      group.setName("Benchmark plain users");
      group.setType("la-team");
      engine.getIdentityService().saveGroup(group);
      engine.getIdentityService().createMembership(PLAIN_USER, PLAIN_GROUP);
    }
    for (String group : List.of(PLAIN_GROUP, "school-999001")) {
      grants.grant(group, Resources.PROCESS_DEFINITION, BARE, READ, CREATE_INSTANCE);
      grants.grant(group, Resources.PROCESS_INSTANCE, "*", CREATE);
    }
  }

  private void startBare() {
    engine.getRuntimeService().startProcessInstanceByKey(BARE);
  }

  private void startBareOverHttp(String user) throws Exception {
    HttpResponse<String> started = send(user, "POST", "/engine-rest/process-definition/key/" + BARE + "/start", "{}",
        "application/json");
    if (started.statusCode() != 200) {
      throw new IllegalStateException("engine-rest start answered " + started.statusCode() + ": " + started.body());
    }
  }

  /** A referral through the API's Java path, as {@code user} (null: the user already authenticated). */
  void referInJava(IntakeApisForBenchmark api, String user) {
    if (user != null) {
      engine.getIdentityService().setAuthentication(user, groupsOf(user));
    }
    try {
      String email = (user == null ? SCHOOL_USER : user).startsWith("riverside") ? "dsl@riverside.example"
          : "dsl@hillcrest.example";
      JsonNode body = json.valueToTree(BenchChildren.referral(children.next(), email, today().minusDays(3)));
      ResponseEntity<?> answer = api.refer(body);
      if (answer.getStatusCode().value() != 201) {
        throw new IllegalStateException("the referral was answered " + answer.getStatusCode() + ": " + answer.getBody());
      }
    } finally {
      if (user != null) {
        engine.getIdentityService().clearAuthentication();
      }
    }
  }

  private void referOverHttp(String user) throws Exception {
    String body = json.writeValueAsString(BenchChildren.referral(children.next(),
        user.startsWith("riverside") ? "dsl@riverside.example" : "dsl@hillcrest.example", today().minusDays(3)));
    HttpResponse<String> answer = send(user, "POST", "/api/referrals", body, "application/json");
    if (answer.statusCode() != 201) {
      throw new IllegalStateException("POST /api/referrals answered " + answer.statusCode() + ": " + answer.body());
    }
  }

  HttpResponse<String> send(String user, String method, String path, String body, String accept) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .timeout(Duration.ofMinutes(2))
        .header("Accept", accept)
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  List<String> groupsOf(String user) {
    return engine.getIdentityService().createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
  }

  static LocalDate today() {
    return LocalDate.ofInstant(Instant.ofEpochMilli(ClockUtil.getCurrentTime().getTime()), LONDON);
  }

  private static double millisSince(long nanoTime) {
    return (System.nanoTime() - nanoTime) / 1e6;
  }

  static String fmt(double value) {
    return value >= 100 ? String.format("%.0f", value) : value >= 10 ? String.format("%.1f", value)
        : String.format("%.2f", value);
  }
}
