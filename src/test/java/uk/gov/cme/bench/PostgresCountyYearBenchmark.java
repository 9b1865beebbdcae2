package uk.gov.cme.bench;

import java.sql.SQLException;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.gov.cme.TestPostgres;

/** The county-year simulation on the local PostgreSQL server, in a database created for the run and dropped after. */
@ActiveProfiles({"demo", "postgres"})
class PostgresCountyYearBenchmark extends CountyYearScenario {

  private static final String DATABASE = TestPostgres.newDatabaseName("cme_bench_year_");

  @RegisterExtension
  static final BeforeAllCallback DROP_DATABASE_WHEN_DONE = TestPostgres.dropWhenDone(DATABASE);

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) throws SQLException {
    TestPostgres.usePostgresProfileOn(registry, DATABASE);
    mailServer(registry);
  }

  @Override
  BenchDatabase database() {
    return BenchDatabase.postgres(jdbc);
  }
}
