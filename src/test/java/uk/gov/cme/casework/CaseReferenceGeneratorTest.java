package uk.gov.cme.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.data.jdbc.DataJdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case references from the database sequence (H2 here, PostgreSQL in {@code CaseworkPostgresIT}): unique
 * under concurrency, well-formed, still unique after a restart. No test transaction: each thread takes
 * its own connection, as concurrent requests and jobs do.
 */
@DataJdbcTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({Casework.class, CaseReferenceGenerator.class, ChildLocks.class, MatchCandidates.class, CaseRegisterConfiguration.class,
    CaseworkTestData.FixedClock.class})
class CaseReferenceGeneratorTest {

  static final int THREADS = 8;
  static final int PER_THREAD = 50;

  @Autowired
  CaseReferenceGenerator generator;
  @Autowired
  DataSource dataSource;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  Clock clock;

  @Test
  void eight_threads_taking_fifty_references_each_get_four_hundred_distinct_well_formed_ones() throws Exception {
    List<CaseReference> references = takeConcurrently(generator, THREADS, PER_THREAD);

    assertThat(references).hasSize(THREADS * PER_THREAD);
    assertThat(new HashSet<>(references)).hasSize(THREADS * PER_THREAD);
    assertThat(references).allSatisfy(reference -> {
      assertThat(reference.value()).matches("CME-2026-\\d{5}");
      assertThat(CaseReference.of(reference.value())).isEqualTo(reference);
    });
  }

  @Test
  void a_restarted_generator_carries_on_from_the_sequence() {
    CaseReference before = generator.next();

    CaseReference after = new CaseReferenceGenerator(dataSource, clock).next();

    assertThat(after.number()).isGreaterThan(before.number());
  }

  @Test
  void the_year_is_the_clocks_current_year_in_london() {
    Clock newYear = Clock.fixed(Instant.parse("2027-01-01T00:00:00Z"), CaseworkTestData.LONDON);

    assertThat(new CaseReferenceGenerator(dataSource, newYear).next().year()).isEqualTo(2027);
  }

  @Test
  void the_sequence_stops_at_99999_rather_than_hand_out_a_six_digit_number() {
    long next = generator.next().number() + 1;
    try {
      jdbc.execute("ALTER SEQUENCE " + CaseReferenceGenerator.SEQUENCE + " RESTART WITH 99999");

      assertThat(generator.next().value()).isEqualTo("CME-2026-99999");
      assertThatThrownBy(generator::next).isInstanceOf(DataAccessException.class);
    } finally {
      jdbc.execute("ALTER SEQUENCE " + CaseReferenceGenerator.SEQUENCE + " RESTART WITH " + next);
    }
  }

  /** Takes references from many threads at once, all released together. */
  static List<CaseReference> takeConcurrently(CaseReferenceGenerator generator, int threads, int perThread)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<CaseReference>>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        Callable<List<CaseReference>> task = () -> {
          start.await();
          List<CaseReference> taken = new ArrayList<>();
          for (int i = 0; i < perThread; i++) {
            taken.add(generator.next());
          }
          return taken;
        };
        results.add(pool.submit(task));
      }
      start.countDown();
      List<CaseReference> all = new ArrayList<>();
      for (Future<List<CaseReference>> result : results) {
        all.addAll(result.get(60, TimeUnit.SECONDS));
      }
      return all;
    } finally {
      pool.shutdownNow();
    }
  }
}
