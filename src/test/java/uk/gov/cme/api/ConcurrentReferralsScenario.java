package uk.gov.cme.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.gov.cme.rules.upn.Upn;

/**
 * Many school systems referring at the same moment over real HTTP ({@code POST /api/referrals}), with
 * the same children referred again and again by both demo schools: 20 clients, released together,
 * each sending 10 referrals one after another as a school user. Five children are referred by every
 * client (two always by UPN, one by UPN from half the clients and without it from the others, two
 * without a UPN, matched by legal name, date of birth and postcode); every other referral is for a
 * child of its own.
 *
 * <p>What must hold: every request is answered 201 (no 5xx: a lost race is retried inside the
 * server), each child has exactly one case in the register and it is open, every answer names that
 * child's case, the register holds exactly one referral per 201, both schools are parties to the cases
 * of the children they both referred, and the application's log (its real console output, through
 * {@code logback-spring.xml}) names no child. Run on H2 ({@link ConcurrentReferralsTest}) and on
 * PostgreSQL ({@code ConcurrentReferralsPostgresIT}).
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class ConcurrentReferralsScenario {

  static final String PASSWORD = "Demo-Pass-2026";
  /** The demo school users: Riverside (999001) twice, Hillcrest (999002) twice. */
  static final List<String> SCHOOL_USERS =
      List.of("riverside.dsl", "riverside.attendance", "hillcrest.dsl", "hillcrest.attendance");
  static final Map<String, String> SCHOOL_GROUP_OF = Map.of("riverside.dsl", "school-999001",
      "riverside.attendance", "school-999001", "hillcrest.dsl", "school-999002",
      "hillcrest.attendance", "school-999002");

  static final int CLIENTS = 20;
  static final int REFERRALS_PER_CLIENT = 10;
  static final int REPEATED_CHILDREN = 5;
  static final int UNIQUE_CHILDREN = CLIENTS * (REFERRALS_PER_CLIENT - REPEATED_CHILDREN);

  /** How a child is identified in its referrals. */
  enum Identified {
    /** always with its UPN */
    BY_UPN,
    /** with its UPN from even-numbered clients, without it from odd-numbered ones */
    BY_UPN_OR_DETAILS,
    /** never with a UPN: legal name, date of birth and postcode */
    BY_DETAILS
  }

  /** A made-up child whose every detail is distinctive enough to search the log for. */
  record Child(int index, String forename, String surname, LocalDate dateOfBirth, String upn, String postcode,
               Identified identified) {

    boolean sendsUpn(int client) {
      return switch (identified) {
        case BY_UPN -> true;
        case BY_UPN_OR_DETAILS -> client % 2 == 0;
        case BY_DETAILS -> false;
      };
    }

    /** The ways the child's details could be written in a log line. */
    List<String> traces() {
      return List.of(forename, surname, upn, dateOfBirth.toString(),
          dateOfBirth.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")), postcode, postcode.replace(" ", ""));
    }

    /** Names the child by its index only: the rest must not reach a test report either. */
    @Override
    public String toString() {
      return "child #" + index + " (" + identified + ")";
    }
  }

  /** One answer to one referral: the HTTP status, the case reference and status answered, or the problem. */
  record Answer(Child child, int client, String user, int status, String caseReference, String referralStatus,
                String problem, long millis) {
  }

  @LocalServerPort
  int port;
  @Autowired
  JdbcTemplate jdbc;

  final ObjectMapper json = new ObjectMapper();

  /** The database's name, for the summary line. */
  abstract String database();

  @Test
  void twenty_clients_referring_the_same_children_at_once_get_201_one_open_case_per_child_and_no_child_in_the_log(
      CapturedOutput output) throws Exception {
    List<Child> repeated = new ArrayList<>();
    for (int i = 0; i < REPEATED_CHILDREN; i++) {
      repeated.add(child(i, i < 2 ? Identified.BY_UPN : i == 2 ? Identified.BY_UPN_OR_DETAILS : Identified.BY_DETAILS));
    }
    List<Child> unique = new ArrayList<>();
    for (int i = 0; i < UNIQUE_CHILDREN; i++) {
      unique.add(child(REPEATED_CHILDREN + i, i % 2 == 0 ? Identified.BY_UPN : Identified.BY_DETAILS));
    }

    long started = System.nanoTime();
    List<Answer> answers = referAllAtOnce(repeated, unique);
    long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

    List<Child> children = new ArrayList<>(repeated);
    children.addAll(unique);
    Map<Child, List<Map<String, Object>>> casesOf = new LinkedHashMap<>();
    for (Child child : children) {
      casesOf.put(child, jdbc.queryForList("SELECT id, case_reference, status FROM cme_case"
          + " WHERE legal_forename = ? AND legal_surname = ? AND date_of_birth = ?",
          child.forename(), child.surname(), child.dateOfBirth()));
    }
    long created = answers.stream().filter(a -> a.status() == 201).count();
    long openCases = casesOf.values().stream().flatMap(List::stream).filter(c -> "OPEN".equals(c.get("status"))).count();
    long retries = output.getAll().lines().filter(line -> line.contains("met a concurrent change")).count();
    long[] latencies = answers.stream().mapToLong(Answer::millis).sorted().toArray();
    System.out.printf("Concurrent referrals on %s: %d requests from %d clients, %d answered 201, %d answered >= 500,"
            + " %d open cases for %d children, %d retries in the server, %d ms elapsed"
            + " (per request: median %d ms, max %d ms)%n", database(), answers.size(), CLIENTS, created,
        answers.stream().filter(a -> a.status() >= 500).count(), openCases, children.size(), retries, elapsedMs,
        latencies[latencies.length / 2], latencies[latencies.length - 1]);

    assertAll(
        () -> assertTheAnswers(answers),
        () -> assertTheRegister(repeated, children, casesOf, answers),
        () -> assertNoChildInTheLog(children, output.getAll()));
  }

  /** Every referral answered 201 with the school's receipt: a case reference and RECEIVED. */
  void assertTheAnswers(List<Answer> answers) {
    assertThat(answers).hasSize(CLIENTS * REFERRALS_PER_CLIENT);
    assertThat(answers).as("answers other than 201 (a 4xx would have to be explained; none is expected)")
        .filteredOn(a -> a.status() != 201).isEmpty();
    assertThat(answers).as("the school's receipt: its referral is received, the case open")
        .extracting(Answer::referralStatus).containsOnly("RECEIVED");
  }

  /**
   * One case per child, open, named by every answer for the child, with one referral per 201, and the
   * schools that referred the child as its referring parties (a school's referral for a child another
   * school referred joins that case: the matcher found the same child exactly).
   */
  void assertTheRegister(List<Child> repeated, List<Child> children, Map<Child, List<Map<String, Object>>> casesOf,
                         List<Answer> answers) {
    for (Child child : children) {
      List<Map<String, Object>> cases = casesOf.get(child);
      assertThat(cases).as("the cases of %s: exactly one", child).hasSize(1);
      assertThat(cases.get(0).get("status")).as("the case of %s is open", child).isEqualTo("OPEN");
      String caseReference = (String) cases.get(0).get("case_reference");
      long caseId = ((Number) cases.get(0).get("id")).longValue();
      List<Answer> forChild = answers.stream().filter(a -> a.child().equals(child) && a.status() == 201).toList();
      assertThat(forChild).as("every answer for %s names its one case", child)
          .extracting(Answer::caseReference).containsOnly(caseReference);
      assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cme_referral WHERE case_id = ?", Long.class, caseId))
          .as("the referrals on the case of %s: one per 201", child).isEqualTo(forChild.size());
      Set<String> referringSchools = forChild.stream().map(a -> SCHOOL_GROUP_OF.get(a.user()))
          .collect(Collectors.toCollection(TreeSet::new));
      assertThat(jdbc.queryForList("SELECT group_id FROM cme_case_party WHERE case_id = ? AND basis = 'REFERRED'",
          String.class, caseId)).as("the schools that referred %s are the case's referring parties", child)
          .containsExactlyInAnyOrderElementsOf(referringSchools);
    }
    assertThat(repeated).as("each repeated child was referred by both schools").allSatisfy(child ->
        assertThat(answers.stream().filter(a -> a.child().equals(child)).map(a -> SCHOOL_GROUP_OF.get(a.user())))
            .contains("school-999001", "school-999002"));
    long referralsStored = 0;
    for (Map<String, Object> c : casesOf.values().stream().flatMap(List::stream).toList()) {
      referralsStored += jdbc.queryForObject("SELECT COUNT(*) FROM cme_referral WHERE case_id = ?", Long.class,
          c.get("id"));
    }
    assertThat(referralsStored).as("referrals stored for these children: one per 201")
        .isEqualTo(answers.stream().filter(a -> a.status() == 201).count());
    assertThat(answers.stream().filter(a -> a.status() == 201).map(Answer::caseReference).distinct())
        .as("every case reference answered is in the register")
        .allSatisfy(reference -> assertThat(jdbc.queryForObject(
            "SELECT COUNT(*) FROM cme_case WHERE case_reference = ?", Long.class, reference)).isEqualTo(1));
  }

  /**
   * The log of the run, as the application writes it, holds no child's forename, surname, UPN, date of
   * birth or postcode, in any letter case. The failure names the child by its number only.
   */
  void assertNoChildInTheLog(List<Child> children, String log) {
    assertThat(log).as("the application's log was captured")
        .contains("School referral sent to the CME team: case ");
    String searchable = log.toLowerCase(Locale.ROOT);
    for (Child child : children) {
      for (String trace : child.traces()) {
        assertThat(searchable.contains(trace.toLowerCase(Locale.ROOT)))
            .as("the log holds a detail of %s", child).isFalse();
      }
    }
  }

  /** Releases the clients together; each sends its referrals one after another. */
  List<Answer> referAllAtOnce(List<Child> repeated, List<Child> unique) throws Exception {
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10)).build();
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    CountDownLatch ready = new CountDownLatch(CLIENTS);
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<List<Answer>>> results = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        int clientNumber = c;
        String user = SCHOOL_USERS.get(c % SCHOOL_USERS.size());
        List<Child> plan = new ArrayList<>();
        for (int k = 0; k < REFERRALS_PER_CLIENT; k++) {
          // even steps: the repeated children, each once per client, every client in another order;
          // odd steps: a child of its own
          plan.add(k % 2 == 0 ? repeated.get((c + k / 2) % REPEATED_CHILDREN)
              : unique.get(c * (REFERRALS_PER_CLIENT - REPEATED_CHILDREN) + k / 2));
        }
        Callable<List<Answer>> referrals = () -> {
          ready.countDown();
          go.await();
          List<Answer> answers = new ArrayList<>();
          for (Child child : plan) {
            answers.add(refer(client, clientNumber, user, child));
          }
          return answers;
        };
        results.add(pool.submit(referrals));
      }
      assertThat(ready.await(1, TimeUnit.MINUTES)).as("every client is ready").isTrue();
      go.countDown();
      pool.shutdown();
      // a safety net against a hung server, not a timing assertion
      assertThat(pool.awaitTermination(5, TimeUnit.MINUTES)).as("every client has had its answers").isTrue();
      List<Answer> answers = new ArrayList<>();
      for (Future<List<Answer>> result : results) {
        answers.addAll(result.get());
      }
      return answers;
    } finally {
      pool.shutdownNow();
    }
  }

  Answer refer(HttpClient client, int clientNumber, String user, Child child) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/referrals"))
        .timeout(Duration.ofMinutes(2))
        .header("Content-Type", "application/json")
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
        .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body(child, clientNumber, user))))
        .build();
    long sent = System.nanoTime();
    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() == 201) {
      JsonNode accepted = json.readTree(response.body());
      return new Answer(child, clientNumber, user, 201, accepted.path("caseReference").asText(null),
          accepted.path("status").asText(null), null, millisSince(sent));
    }
    return new Answer(child, clientNumber, user, response.statusCode(), null, null, response.body(), millisSince(sent));
  }

  private static long millisSince(long nanoTime) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - nanoTime);
  }

  static Map<String, Object> body(Child child, int clientNumber, String user) {
    Map<String, Object> body = new HashMap<>();
    body.put("referrerName", "A. Teacher");
    body.put("referrerEmail", user.startsWith("riverside") ? "dsl@riverside.example" : "dsl@hillcrest.example");
    body.put("legalForename", child.forename());
    body.put("legalSurname", child.surname());
    body.put("dateOfBirth", child.dateOfBirth().toString());
    if (child.sendsUpn(clientNumber)) {
      body.put("upn", child.upn());
    }
    body.put("postcode", child.postcode());
    body.put("onSchoolRoll", false);
    body.put("educationElsewhere", "none");
    body.put("circumstances", "Not seen since the October half term.");
    body.put("attemptsToLocate", List.of(
        Map.of("step", "PARENTS_PHONE_OR_TEXT", "on", "2026-10-20", "result", "No answer"),
        Map.of("step", "PARENTS_EMAIL_LETTER_OR_VISIT", "on", "2026-10-21", "result", "Home visit: house empty")));
    return body;
  }

  /**
   * Child number {@code i}: names made of a rare stem and a two-letter code (so no child's name is a
   * part of another's), a date of birth of compulsory school age that no other child shares, a valid
   * UPN and a postcode of its own.
   */
  static Child child(int i, Identified identified) {
    String code = code(i);
    LocalDate dateOfBirth = LocalDate.of(2013, 9, 1).plusDays(7L * i);
    String upn = upn("852", "2001", "13", String.format("%03d", i));
    String postcode = "SO" + (10 + i / 10) + " " + (i % 10) + "QZ";
    return new Child(i, "Quenby" + code, "Thistlewick" + code, dateOfBirth, upn, postcode, identified);
  }

  private static String code(int i) {
    String letters = "bcdfghjklmnpqrstvwxz";
    return "" + letters.charAt(i / letters.length() % letters.length()) + letters.charAt(i % letters.length());
  }

  /** A valid UPN: the check letter computed as the DfE standard gives it (rules.md R5, {@link Upn}). */
  static String upn(String laCode, String establishment, String year, String serial) {
    String letters = "ABCDEFGHJKLMNPQRTUVWXYZ";
    String rest = laCode + establishment + year + serial;
    int sum = 0;
    for (int p = 2; p <= 13; p++) {
      char c = rest.charAt(p - 2);
      sum += (Character.isDigit(c) ? c - '0' : letters.indexOf(c)) * p;
    }
    String upn = letters.charAt(sum % letters.length()) + rest;
    assertThat(Upn.validate(upn).isValid()).as("a valid UPN").isTrue();
    return upn;
  }
}
