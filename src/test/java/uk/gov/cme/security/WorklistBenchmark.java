package uk.gov.cme.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import uk.gov.cme.TestPostgres;

/**
 * The Tasklist worklist at scale (issue 12, "Worklist first"; docs/performance.md, "Worklist"): a
 * measurement, not a test. Not part of the normal build (no surefire or failsafe name pattern matches
 * it); run it with {@code ./mvnw -o -Pbench verify -Dit.test=WorklistBenchmark} once the bench profile
 * is there, or now with
 * {@code ./mvnw -o -B test -Dtest=WorklistBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * ({@code -Dworklist.instances=5000} by default, {@code -Dworklist.databases=h2,postgres},
 * {@code -Dworklist.modes=before,after}, {@code -Dworklist.repetitions=30},
 * {@code -Dworklist.repetitions.before=5}, {@code -Dworklist.seed-threads=2}, {@code -Dworklist.schools=40}, {@code -Dworklist.write-every-ms=500}:
 * an officers' task opened every so often while the filters are read, 0 for none; figures also in
 * target/bench/worklist-&lt;databases&gt;.txt).
 *
 * <p>For each database and each mode it builds an engine as the application configures it (authorization
 * on, {@code TASK_WORK} as the candidates' task permission, history full), the access policy of
 * application.yaml ({@link AccessPolicy}) and the Tasklist filters ({@link TasklistFilters}), and opens N
 * instances: 75 % a CME officer's task, 5 % an admissions task (the same model, as in cme-referral; the
 * officers read every instance of it, admissions does not),
 * 20 % a school's task in a school-scoped instance (40 schools by default, with the instance's READ grant the
 * {@link InstanceAccessGuard} writes); one officer task in ten claimed (by officers 2 to 20), one task in
 * three overdue. Then, as a CME officer with no claimed task (officer1), one with claimed tasks (officer2)
 * and a school user, it loads the filter list with every filter's count (the filters the user may read,
 * each filter's count, the first filter's first page of 15: the "whole load"), and what Tasklist 7.24 asks
 * for when it opens (the filters without counts, their number, the first filter's page and count, twice),
 * and prints p50/p95 per call and for both loads, with the database's plan of the heaviest count.
 *
 * <p>"before" is the engine's own {@link DefaultAuthorizationProvider} (a TASK grant per candidate group
 * per task); "after" is {@link WorklistAuthorizationProvider} with the access policy's definition grants.
 * The engine's own indexes only: the plans call for no other (docs/performance.md, "Worklist").
 */
class WorklistBenchmark {

  static final int INSTANCES = Integer.getInteger("worklist.instances", 5_000);
  /** Measured loads per user; "before" takes seconds a call at 20,000 instances, so it gets fewer by default. */
  static final int REPETITIONS = Integer.getInteger("worklist.repetitions", 30);
  static final int REPETITIONS_BEFORE = Integer.getInteger("worklist.repetitions.before", 5);
  static final int WARM_UP = Integer.getInteger("worklist.warmup", 5);
  static final List<String> DATABASES = List.of(System.getProperty("worklist.databases", "h2,postgres").split(","));
  static final List<String> MODES = List.of(System.getProperty("worklist.modes", "before,after").split(","));
  /** Threads opening the instances (each its own transactions). */
  static final int SEED_THREADS = Integer.getInteger("worklist.seed-threads", 2);
  /** While the filters are read, one more officers' task opened every this many ms (0: none). */
  static final int WRITE_EVERY_MS = Integer.getInteger("worklist.write-every-ms", 500);
  /** Schools the school-scoped tasks are spread over (school1 is in the first). */
  static final int SCHOOLS = Integer.getInteger("worklist.schools", 40);
  /**
   * Of every 20 instances, 4 are schools' tasks and this many the CME team's; the rest another team's
   * (admissions). -Dworklist.officer-share=3: the same 100,000 open instances with a fifth of the team's tasks.
   */
  static final int OFFICER_SHARE = Integer.getInteger("worklist.officer-share", 15);
  /** true: "after" keeps the engine's narrowing of the user's groups (a read of the grant table per command). */
  static final boolean ENGINE_GROUP_FILTER = Boolean.getBoolean("worklist.engine-group-filter");
  /** -Dworklist.task-read-scope=false: the engine's join of tasks and grants for task lists (TaskReadScope off). */
  static final boolean TASK_READ_SCOPE = Boolean.parseBoolean(System.getProperty("worklist.task-read-scope", "true"));
  /** -Dworklist.compare-engine-join=true: the same users read again through an engine with the engine's join. */
  static final boolean COMPARE_ENGINE_JOIN = Boolean.getBoolean("worklist.compare-engine-join");
  /** -Dworklist.keep-database=true: the PostgreSQL database is left for EXPLAIN (its name is printed). */
  static final boolean KEEP_DATABASE = Boolean.getBoolean("worklist.keep-database");
  /** -Dworklist.due-date-index=false: "after" without the index db/engine/V1 adds to the engine's task table. */
  static final boolean DUE_DATE_INDEX = Boolean.parseBoolean(System.getProperty("worklist.due-date-index", "true"));
  /** -Dworklist.compare-without-due-date-index=true: the same users read again after the index is dropped. */
  static final boolean COMPARE_WITHOUT_DUE_DATE_INDEX = Boolean.getBoolean("worklist.compare-without-due-date-index");
  /**
   * -Dworklist.compare-generic-plans=true: the same users read again on PostgreSQL with the server's default
   * plan_cache_mode (auto: a generic plan after five runs of a prepared statement) instead of the
   * application's force_custom_plan (application-postgres.yaml).
   */
  static final boolean COMPARE_GENERIC_PLANS = Boolean.getBoolean("worklist.compare-generic-plans");
  static final int WORK = org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.TASK_WORK.getValue();

  @Test
  void worklist_filters_as_tasklist_loads_them() throws Exception {
    if (OFFICER_SHARE < 1 || OFFICER_SHARE > 16) {
      throw new IllegalArgumentException("worklist.officer-share: 1 to 16 of every 20 instances");
    }
    StringBuilder report = new StringBuilder();
    for (String database : DATABASES) {
      for (String mode : MODES) {
        report.append(run(database.strip(), mode.strip()));
      }
    }
    System.out.println(report);
    Path out = Path.of("target", "bench", "worklist-" + String.join("-", DATABASES) + ".txt");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report);
  }

  private String run(String database, String mode) throws Exception {
    boolean after = mode.equals("after");
    String name = "worklist_bench_" + mode + "_" + System.currentTimeMillis();
    HikariDataSource pool = new HikariDataSource();
    if (database.equals("postgres")) {
      TestPostgres.execute("postgres", "CREATE DATABASE " + name);
      pool.setJdbcUrl(TestPostgres.url(name));
      pool.setUsername(TestPostgres.ADMIN);
      pool.setPassword(TestPostgres.PASSWORD);
      // the driver's settings of the application's postgres profile (plan_cache_mode)
      postgresDriverSettings().forEach(pool::addDataSourceProperty);
    } else {
      Path dir = Path.of("target", "bench", name);
      pool.setJdbcUrl("jdbc:h2:file:" + dir.toAbsolutePath() + "/cme;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=30000;COMPRESS=TRUE");
      pool.setUsername("sa");
      pool.setPassword("");
    }
    pool.setMaximumPoolSize(4);
    Capture capture = new Capture();
    StringBuilder out = new StringBuilder();
    ProcessEngine engine = null;
    try {
      // as application.yaml on both databases: no CMMN, no standalone tasks (-Dworklist.process-tasks-only=false:
      // CMMN on, the engine's outer-join form; docs/performance.md, "Task query shape")
      boolean processTasksOnly = Boolean.parseBoolean(System.getProperty("worklist.process-tasks-only", "true"));
      StandaloneProcessEngineConfiguration configuration =
          configuration(capture.wrap(pool), name, after, processTasksOnly, TASK_READ_SCOPE);
      engine = configuration.buildProcessEngine();
      boolean dueDateIndex = after && DUE_DATE_INDEX;
      if (dueDateIndex) {
        // the application's own migrations of the engine's tables, run as the application runs them
        uk.gov.cme.config.EngineTableIndexes.migrate(pool);
      }
      setUp(engine);
      long seedStart = System.nanoTime();
      seed(engine);
      double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
      analyze(pool);
      long authRows = count(pool, "select count(*) from ACT_RU_AUTHORIZATION");
      long taskGrants = count(pool, "select count(*) from ACT_RU_AUTHORIZATION where RESOURCE_TYPE_ = 7");
      long openTasks = count(pool, "select count(*) from ACT_RU_TASK");
      String planCacheMode = database.equals("postgres") ? ", plan_cache_mode " + text(pool, "SHOW plan_cache_mode") : "";
      if (after && count(pool, "select count(*) from ACT_RU_AUTHORIZATION where RESOURCE_TYPE_ = 6 and RESOURCE_ID_ = 'bench-referral'"
          + " and GROUP_ID_ = 'cme-officer' and " + (database.equals("postgres") ? "PERMS_ & " + WORK + " = " + WORK : "BITAND(PERMS_, " + WORK + ") = " + WORK)) == 0) {
        throw new IllegalStateException("the officers hold no TASK_WORK on bench-referral: 'after' would measure 'before'");
      }
      out.append(String.format(Locale.ROOT,
          "%n== Worklist, %s, %s%s%s: %d open instances (%d open tasks, %d of 20 the CME team's), seeded in %.0f s; %d authorization rows, "
              + "of which %d TASK grants%s ==%n", database, mode, after && ENGINE_GROUP_FILTER ? " (engine's group filter)" : after && !TASK_READ_SCOPE ? " (engine's task join)" : "",
          dueDateIndex ? ", due-date index" : after ? ", no due-date index" : "", INSTANCES, openTasks, OFFICER_SHARE, seedSeconds, authRows, taskGrants, planCacheMode));
      out.append(String.format(Locale.ROOT, "%-22s %-34s %8s %8s %8s %8s%n", "user", "call", "items", "p50 ms", "p95 ms", "max ms"));
      Writer writer = new Writer(engine);
      try {
        for (String[] user : List.of(new String[] {"officer1", Groups.CME_OFFICER}, new String[] {"officer2", Groups.CME_OFFICER},
            new String[] {"school1", "school-100001"})) {
          out.append(measure(engine, user[0], List.of(user[1]), capture, pool, database,
              after ? REPETITIONS : REPETITIONS_BEFORE, after ? WARM_UP : 1));
        }
        if (after && COMPARE_ENGINE_JOIN) {
          // the same database and moment, read by a second engine with the engine's own join of tasks and
          // grants, in the form PostgreSQL planned best before TaskReadScope (CMMN on: outer joins)
          // (its schema update adds CMMN's tables, which the first engine leaves out with CMMN off)
          ProcessEngine joined = configuration(capture.wrap(pool), name + "_join", true, false, false).buildProcessEngine();
          try {
            out.append("-- the same database, the engine's join (CMMN on, no TaskReadScope):\n");
            out.append(measureAgain(joined, capture, pool, database));
          } finally {
            joined.close();
          }
        }
        if (database.equals("postgres") && COMPARE_GENERIC_PLANS) {
          // the same database and moment, each connection back on the server's default (a generic plan
          // after five runs of a statement), which PostgreSQL checks at every run of a prepared statement
          capture.onCheckout = "SET plan_cache_mode = auto";
          try {
            out.append("-- the same database, plan_cache_mode = auto (PostgreSQL's default):\n");
            out.append(measureAgain(engine, capture, pool, database));
          } finally {
            // back to the setting the connections were opened with, for whatever is measured after
            capture.onCheckout = "RESET plan_cache_mode";
          }
        }
        if (dueDateIndex && COMPARE_WITHOUT_DUE_DATE_INDEX) {
          // the same database and moment without the due-date index
          execute(pool, "DROP INDEX cme_task_due_date_ix");
          analyze(pool);
          out.append("-- the same database without the due-date index:\n");
          out.append(measureAgain(engine, capture, pool, database));
        }
      } finally {
        writer.stop();
      }
      out.append(WRITE_EVERY_MS > 0
          ? String.format(Locale.ROOT, "(%d officers' tasks opened while the filters were read, one every %d ms)%n",
              writer.written.get(), WRITE_EVERY_MS)
          : "(nothing written while the filters were read)\n");
    } finally {
      if (engine != null) {
        engine.close();
      }
      pool.close();
      if (database.equals("postgres") && KEEP_DATABASE) {
        System.out.println("(database " + name + " kept: DROP DATABASE " + name + " when done)");
      } else if (database.equals("postgres")) {
        TestPostgres.execute("postgres", "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      }
    }
    System.out.print(out);
    return out.toString();
  }

  /**
   * An engine as the application configures it (authorization on, TASK_WORK for candidates, history full,
   * no standalone tasks); {@code processTasksOnly} switches CMMN off, so the engine's task lists take the
   * inner-join form (docs/performance.md, "Task query shape").
   */
  private static StandaloneProcessEngineConfiguration configuration(javax.sql.DataSource dataSource, String name,
      boolean after, boolean processTasksOnly, boolean taskReadScope) {
    StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
    configuration.setDataSource(dataSource);
    configuration.setDatabaseSchemaUpdate("true");
    configuration.setHistory("full");
    configuration.setAuthorizationEnabled(true);
    configuration.setDefaultUserPermissionForTask(Permissions.TASK_WORK);
    configuration.setGeneralResourceWhitelistPattern("[a-zA-Z0-9][a-zA-Z0-9._-]*");
    configuration.setJobExecutorActivate(false);
    configuration.setStandaloneTasksEnabled(false);
    configuration.setCmmnEnabled(!processTasksOnly);
    configuration.setProcessEngineName(name);
    configuration.setResourceAuthorizationProvider(
        after ? new WorklistAuthorizationProvider() : new DefaultAuthorizationProvider());
    // as EngineSecurityPlugin: a user's few groups checked as they are, without the engine's read of every
    // group id in the grant table per command (-Dworklist.engine-group-filter=true keeps the engine's), and
    // task lists checked by the list of what the user may read (-Dworklist.task-read-scope=false: not)
    if (after && !ENGINE_GROUP_FILTER) {
      configuration.setCustomSessionFactories(new java.util.ArrayList<>(List.of(GroupListAuthorizationManager.sessionFactory(taskReadScope))));
    }
    return configuration;
  }

  private void setUp(ProcessEngine engine) throws IOException {
    BpmnModelInstance referral = Bpmn.createExecutableProcess("bench-referral").camundaHistoryTimeToLive(180)
        .startEvent().exclusiveGateway("team")
        .condition("officer", "${team == 'cme-officer'}")
        .userTask("officerTask").camundaCandidateGroups(Groups.CME_OFFICER).camundaDueDate("${due}").endEvent("officerDone")
        .moveToLastGateway()
        .condition("admissions", "${team == 'admissions'}")
        .userTask("admissionsTask").camundaCandidateGroups("admissions").camundaDueDate("${due}").endEvent("admissionsDone")
        .done();
    BpmnModelInstance schoolTask = Bpmn.createExecutableProcess("bench-school-task").camundaHistoryTimeToLive(180)
        .startEvent().userTask("schoolTask").camundaCandidateGroups("school-${schoolUrn}").camundaDueDate("${due}")
        .endEvent().done();
    engine.getRepositoryService().createDeployment().name("worklist-bench")
        .addModelInstance("bench-referral.bpmn", referral)
        .addModelInstance("bench-school-task.bpmn", schoolTask).deploy();

    AccessProperties access = accessPolicySettings();
    var identity = engine.getIdentityService();
    for (int s = 0; s < SCHOOLS; s++) {
      Group school = identity.newGroup("school-" + (100_000 + s));
      school.setName("School " + s);
      school.setType(Groups.TYPE_SCHOOL);
      identity.saveGroup(school);
    }
    Grants grants = new Grants(engine.getAuthorizationService());
    AccessPolicy policy = new AccessPolicy(access, identity, grants, engine.getRepositoryService());
    policy.ensureGroups();
    policy.grantAll();
    new TasklistFilters(engine.getFilterService(), engine.getTaskService(), identity, access, grants).apply();
    for (int u = 1; u <= 20; u++) {
      user(engine, "officer" + u, Groups.CME_OFFICER);
    }
    user(engine, "school1", "school-100001");
  }

  private static void user(ProcessEngine engine, String id, String group) {
    User user = engine.getIdentityService().newUser(id);
    user.setPassword("Bench-Pass-2026");
    engine.getIdentityService().saveUser(user);
    engine.getIdentityService().createMembership(id, group);
  }

  /**
   * cme.access from application.yaml, bound as Spring Boot binds it; the officers read every instance of
   * the bench's referral model, as they read cme-referral ({@code read-processes}).
   */
  static AccessProperties accessPolicySettings() throws IOException {
    List<PropertySource<?>> sources = new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yaml"));
    AccessProperties access = new Binder(ConfigurationPropertySources.from(sources)).bind("cme.access", AccessProperties.class).get();
    Map<String, AccessProperties.TeamAccess> teams = new LinkedHashMap<>(access.teams());
    AccessProperties.TeamAccess officers = teams.get(Groups.CME_OFFICER);
    List<String> reads = new ArrayList<>(officers.readProcesses());
    reads.add("bench-referral");
    teams.put(Groups.CME_OFFICER, new AccessProperties.TeamAccess(officers.name(), officers.applications(),
        officers.startProcesses(), reads, officers.readAll(), officers.allCases()));
    return new AccessProperties(access.school(), teams, access.supportGroup());
  }

  private void seed(ProcessEngine engine) throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(SEED_THREADS);
    try {
      List<Future<?>> parts = new ArrayList<>();
      for (int t = 0; t < SEED_THREADS; t++) {
        int first = t;
        parts.add(threads.submit(() -> seed(engine, first, SEED_THREADS)));
      }
      for (Future<?> part : parts) {
        part.get();
      }
    } finally {
      threads.shutdown();
    }
  }

  /** Opens instances first, first + step, first + 2 × step, … of the mix. */
  private void seed(ProcessEngine engine, int first, int step) {
    var runtime = engine.getRuntimeService();
    var tasks = engine.getTaskService();
    var authorizations = engine.getAuthorizationService();
    Instant now = Instant.now();
    for (int i = first; i < INSTANCES; i += step) {
      Date due = due(now, i);
      int kind = i % 20;
      if (kind < 4) {
        String urn = String.valueOf(100_000 + (i / 20) % SCHOOLS);
        ProcessInstance instance = runtime.startProcessInstanceByKey("bench-school-task",
            Map.of("schoolUrn", urn, "due", due, InstanceAccessGuard.SCHOOL_GROUP, "school-" + urn));
        Authorization grant = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
        grant.setGroupId("school-" + urn);
        grant.setResource(PROCESS_INSTANCE);
        grant.setResourceId(instance.getId());
        grant.addPermission(READ);
        authorizations.saveAuthorization(grant);
      } else {
        int firstOfficers = 20 - OFFICER_SHARE;
        String team = kind < firstOfficers ? "admissions" : Groups.CME_OFFICER;
        ProcessInstance instance = runtime.startProcessInstanceByKey("bench-referral", Map.of("team", team, "due", due));
        if (kind >= firstOfficers && (kind - firstOfficers) % 10 == 0) {
          String task = tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
          tasks.claim(task, "officer" + (2 + (i / 20) % 19)); // officers 2 to 20 hold claimed tasks, officer1 none
        }
      }
      if (i >= 10_000 && i % 10_000 == first) {
        System.out.printf("  %d instances open%n", i);
      }
    }
  }

  /** officer1 and school1 once more, for a comparison on the same database at the same moment. */
  private String measureAgain(ProcessEngine engine, Capture capture, DataSource pool, String database) throws Exception {
    return measure(engine, "officer1", List.of(Groups.CME_OFFICER), capture, pool, database, REPETITIONS, WARM_UP)
        + measure(engine, "school1", List.of("school-100001"), capture, pool, database, REPETITIONS, WARM_UP);
  }

  private String measure(ProcessEngine engine, String userId, List<String> groups, Capture capture,
                         DataSource pool, String database, int repetitions, int warmUp) throws Exception {
    var identity = engine.getIdentityService();
    var filters = engine.getFilterService();
    Map<String, List<Long>> times = new LinkedHashMap<>();
    Map<String, Long> items = new LinkedHashMap<>();
    Map<String, Capture.Sql> sql = new TreeMap<>();
    for (int rep = -warmUp; rep < repetitions; rep++) {
      identity.setAuthentication(userId, groups);
      try {
        long loadStart = System.nanoTime();
        List<Filter> visible = filters.createTaskFilterQuery().orderByFilterId().asc().list();
        for (Filter filter : visible) {
          String key = "count " + filter.getName();
          long start = System.nanoTime();
          capture.on.set(true);
          long n = filters.count(filter.getId());
          capture.on.set(false);
          record(times, key, start, rep);
          items.put(key, n);
          if (capture.last != null) {
            sql.put(key, capture.last);
            capture.last = null;
          }
        }
        // the filter Tasklist shows first: the lowest priority
        Filter first = visible.stream().min(java.util.Comparator.comparingInt(WorklistBenchmark::priority)).orElse(null);
        if (first != null) {
          long start = System.nanoTime();
          int n = filters.listPage(first.getId(), 0, 15).size();
          record(times, "first page " + first.getName(), start, rep);
          items.put("first page " + first.getName(), (long) n);
        }
        record(times, "whole load (list, counts, page)", loadStart, rep);
        items.put("whole load (list, counts, page)", (long) visible.size());
        if (first != null) {
          // what Tasklist 7.24 asks for when it opens (its access log, docs/performance.md "What Tasklist asks
          // for"): the filters without counts, their number, then the first filter's page with its count, twice
          long opens = System.nanoTime();
          filters.createTaskFilterQuery().list();
          filters.createTaskFilterQuery().count();
          for (int twice = 0; twice < 2; twice++) {
            filters.listPage(first.getId(), 0, 15);
            filters.count(first.getId());
          }
          record(times, "Tasklist opens (7.24's calls)", opens, rep);
          items.put("Tasklist opens (7.24's calls)", (long) visible.size());
        }
      } finally {
        identity.clearAuthentication();
      }
    }
    StringBuilder out = new StringBuilder();
    String heaviest = null;
    double heaviestP95 = -1;
    for (var entry : times.entrySet()) {
      List<Long> sorted = new ArrayList<>(entry.getValue());
      Collections.sort(sorted);
      double p95 = ms(percentile(sorted, 0.95));
      out.append(String.format(Locale.ROOT, "%-22s %-34s %8d %8.1f %8.1f %8.1f%n", userId + " " + groups,
          entry.getKey(), items.getOrDefault(entry.getKey(), 0L), ms(percentile(sorted, 0.5)), p95,
          ms(sorted.get(sorted.size() - 1))));
      if (entry.getKey().startsWith("count ") && p95 > heaviestP95 && sql.containsKey(entry.getKey())) {
        heaviest = entry.getKey();
        heaviestP95 = p95;
      }
    }
    if (heaviest != null) {
      out.append("   plan of \"").append(heaviest).append("\" for ").append(userId).append(":\n");
      out.append(explain(pool, database, sql.get(heaviest).inline()).indent(6));
    }
    return out.toString();
  }

  /** Opens an officers' task every {@link #WRITE_EVERY_MS} ms on a thread of its own, as referrals arrive. */
  private static final class Writer {
    final AtomicInteger written = new AtomicInteger();
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor();

    Writer(ProcessEngine engine) {
      if (WRITE_EVERY_MS > 0) {
        Instant now = Instant.now();
        thread.scheduleWithFixedDelay(() -> {
          // due in one to 21 days, as most of the seeded tasks
          engine.getRuntimeService().startProcessInstanceByKey("bench-referral",
              Map.of("team", Groups.CME_OFFICER, "due", due(now, 1 + 3 * written.get())));
          written.incrementAndGet();
        }, WRITE_EVERY_MS, WRITE_EVERY_MS, TimeUnit.MILLISECONDS);
      }
    }

    void stop() throws InterruptedException {
      thread.shutdown();
      thread.awaitTermination(1, TimeUnit.MINUTES);
    }
  }

  private static int priority(Filter filter) {
    Object p = filter.getProperties() == null ? null : filter.getProperties().get("priority");
    return p instanceof Number n ? n.intValue() : 0;
  }

  private static void record(Map<String, List<Long>> times, String key, long start, int rep) {
    long elapsed = System.nanoTime() - start;
    if (rep >= 0) {
      times.computeIfAbsent(key, k -> new ArrayList<>()).add(elapsed);
    }
  }

  private static long percentile(List<Long> sorted, double p) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
  }

  private static double ms(long nanos) {
    return nanos / 1e6;
  }

  private static String text(DataSource pool, String sql) throws Exception {
    try (Connection c = pool.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getString(1);
    }
  }

  private static long count(DataSource pool, String sql) throws Exception {
    try (Connection c = pool.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  /**
   * A task's due date: a third of them overdue by one to three days, the others due in one to 21 days, each
   * its own minute, as an officer's tasks fall due over the weeks (not all on one day).
   */
  static Date due(Instant now, int i) {
    return i % 3 == 0
        ? Date.from(now.minus(1, ChronoUnit.DAYS).minus(i % 2_880, ChronoUnit.MINUTES))
        : Date.from(now.plus(1, ChronoUnit.DAYS).plus(i % 28_800, ChronoUnit.MINUTES));
  }

  /** spring.datasource.hikari.data-source-properties of application-postgres.yaml, as Spring Boot binds them. */
  static Map<String, String> postgresDriverSettings() throws IOException {
    List<PropertySource<?>> sources = new YamlPropertySourceLoader().load("postgres", new ClassPathResource("application-postgres.yaml"));
    return new Binder(ConfigurationPropertySources.from(sources))
        .bind("spring.datasource.hikari.data-source-properties", org.springframework.boot.context.properties.bind.Bindable.mapOf(String.class, String.class))
        .orElse(Map.of());
  }

  private static void execute(DataSource pool, String sql) throws Exception {
    try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
      if (!c.getAutoCommit()) {
        c.commit();
      }
    }
  }

  private static void analyze(DataSource pool) throws Exception {
    execute(pool, "ANALYZE");
  }

  private static String explain(DataSource pool, String database, String sql) throws Exception {
    String explain = database.equals("postgres") ? "EXPLAIN (ANALYZE, BUFFERS) " : "EXPLAIN ANALYZE ";
    StringBuilder plan = new StringBuilder();
    try (Connection c = pool.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(explain + sql)) {
      while (r.next()) {
        plan.append(r.getString(1)).append('\n');
      }
    }
    return "SQL: " + sql.replaceAll("\\s+", " ").strip() + "\n" + plan;
  }

  /** Records the engine's task count statement and its parameters, to show the database's plan of it. */
  static final class Capture {
    record Sql(String text, Map<Integer, Object> parameters) {
      String inline() {
        StringBuilder out = new StringBuilder();
        int index = 0;
        for (char ch : text.toCharArray()) {
          if (ch == '?') {
            Object value = parameters.get(++index);
            out.append(value == null ? "NULL" : value instanceof Number ? value.toString()
                : value instanceof java.util.Date d ? "TIMESTAMP '" + new java.sql.Timestamp(d.getTime()) + "'"
                : "'" + value.toString().replace("'", "''") + "'");
          } else {
            out.append(ch);
          }
        }
        return out.toString();
      }
    }

    final ThreadLocal<Boolean> on = ThreadLocal.withInitial(() -> false);
    volatile Sql last;
    /** Run on every connection as it is taken from the pool, if set. */
    volatile String onCheckout;

    DataSource wrap(DataSource target) {
      return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
          (proxy, method, args) -> {
            Object result = invoke(target, method, args);
            if (method.getName().equals("getConnection")) {
              String setting = onCheckout;
              if (setting != null) {
                try (Statement statement = ((Connection) result).createStatement()) {
                  statement.execute(setting);
                }
              }
              return connection((Connection) result);
            }
            return result;
          });
    }

    private Connection connection(Connection target) {
      return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
          (proxy, method, args) -> {
            Object result = invoke(target, method, args);
            if (method.getName().equals("prepareStatement") && on.get()
                && args[0].toString().toUpperCase(Locale.ROOT).contains("ACT_RU_TASK RES")) {
              return statement((PreparedStatement) result, args[0].toString());
            }
            return result;
          });
    }

    private PreparedStatement statement(PreparedStatement target, String text) {
      Map<Integer, Object> parameters = new TreeMap<>();
      return (PreparedStatement) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {PreparedStatement.class},
          (proxy, method, args) -> {
            if (method.getName().startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer i) {
              parameters.put(i, method.getName().equals("setNull") ? null : args[1]);
            }
            if (method.getName().startsWith("execute")) {
              last = new Sql(text, parameters);
            }
            return invoke(target, method, args);
          });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
      try {
        return method.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }
  }
}
