package uk.gov.cme.bench;

import java.sql.SQLException;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
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
  static final BeforeAllCallback DROP_DATABASE_WHEN_DONE = context -> context
      .getStore(ExtensionContext.Namespace.create(PostgresCountyYearBenchmark.class))
      .put(DATABASE, (ExtensionContext.Store.CloseableResource) () ->
          TestPostgres.execute("postgres", "DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)"));

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) throws SQLException {
    TestPostgres.execute("postgres", "CREATE DATABASE " + DATABASE);
    registry.add("CME_DB_HOST", () -> TestPostgres.HOST);
    registry.add("CME_DB_PORT", () -> TestPostgres.PORT);
    registry.add("CME_DB_NAME", () -> DATABASE);
    registry.add("CME_DB_USER", () -> TestPostgres.ADMIN);
    registry.add("CME_DB_PASSWORD", () -> TestPostgres.PASSWORD);
    mailServer(registry);
  }

  @Override
  BenchDatabase database() {
    return BenchDatabase.postgres(jdbc);
  }
}
