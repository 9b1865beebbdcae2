package uk.gov.cme.api;

import java.sql.SQLException;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.gov.cme.TestPostgres;

/**
 * The concurrent referrals scenario on the real PostgreSQL server (the {@code postgres} profile), in a
 * database created for this run and dropped afterwards (see {@link TestPostgres} for the server).
 *
 * <p>The connection pool keeps the {@code postgres} profile's settings (10 connections, Hikari's
 * 30-second wait for one): a one-second wait, as {@code PostgresIT} sets so that it stops quickly,
 * turns a moment of 20 requests queueing for 10 connections into 500s, which would measure the
 * test's set-up rather than the application. So the database is dropped only once the application has
 * stopped ({@link DirtiesContext} closes it after the class; JUnit closes the class's store after
 * that), and the engine's shutdown never waits for a database that is gone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "postgres"})
@DirtiesContext
class ConcurrentReferralsPostgresIT extends ConcurrentReferralsScenario {

  private static final String DATABASE = TestPostgres.newDatabaseName("cme_it_concurrency_");

  /** Drops the database when the class's extension context closes, after the Spring context has closed. */
  @RegisterExtension
  static final BeforeAllCallback DROP_DATABASE_WHEN_DONE = TestPostgres.dropWhenDone(DATABASE);

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) throws SQLException {
    TestPostgres.usePostgresProfileOn(registry, DATABASE);
  }

  @Override
  String database() {
    return "PostgreSQL";
  }
}
