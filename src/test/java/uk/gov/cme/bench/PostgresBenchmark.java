package uk.gov.cme.bench;

import java.sql.SQLException;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.gov.cme.TestPostgres;

/**
 * The intake benchmark on the local PostgreSQL server (the {@code postgres} profile, see {@link TestPostgres}),
 * in a database created for the run and dropped once the application has stopped.
 */
@ActiveProfiles({"demo", "postgres"})
class PostgresBenchmark extends IntakeBenchmarkScenario {

  private static final String DATABASE = TestPostgres.newDatabaseName("cme_bench_intake_");

  @RegisterExtension
  static final BeforeAllCallback DROP_DATABASE_WHEN_DONE = TestPostgres.dropWhenDone(DATABASE);

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) throws SQLException {
    TestPostgres.usePostgresProfileOn(registry, DATABASE);
  }

  @Override
  BenchDatabase database() {
    return BenchDatabase.postgres(jdbc);
  }
}
