package uk.gov.cme;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The local PostgreSQL server the integration tests use, each in a throw-away database of its own.
 * Server: CME_TEST_PG_HOST / CME_TEST_PG_PORT (default 127.0.0.1:5432), administrative user
 * CME_TEST_PG_ADMIN (default postgres) with trust or CME_TEST_PG_PASSWORD.
 */
public final class TestPostgres {

  public static final String HOST = env("CME_TEST_PG_HOST", "127.0.0.1");
  public static final String PORT = env("CME_TEST_PG_PORT", "5432");
  public static final String ADMIN = env("CME_TEST_PG_ADMIN", "postgres");
  public static final String PASSWORD = env("CME_TEST_PG_PASSWORD", "");

  private TestPostgres() {
  }

  /** A database name for one test class's run. */
  public static String newDatabaseName(String prefix) {
    return prefix + System.currentTimeMillis();
  }

  public static String url(String database) {
    return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
  }

  /** Runs one statement as the administrative user in the given database. */
  public static void execute(String database, String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url(database), ADMIN, PASSWORD);
         Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  /**
   * Creates a throw-away database and points a test's Spring context at it (from a
   * {@code @DynamicPropertySource} method).
   */
  public static void useNewDatabase(DynamicPropertyRegistry registry, String database) throws SQLException {
    execute("postgres", "CREATE DATABASE " + database);
    registry.add("spring.datasource.url", () -> url(database));
    registry.add("spring.datasource.username", () -> ADMIN);
    registry.add("spring.datasource.password", () -> PASSWORD);
    registry.add("spring.datasource.hikari.connection-timeout", () -> "1000");
  }

  /**
   * Closes the context's connection pool, then drops the database (from an {@code @AfterAll} method,
   * which runs before the context closes).
   */
  public static void dropDatabase(DataSource pool, String database) throws SQLException {
    if (pool instanceof HikariDataSource hikari) {
      hikari.close();
    }
    execute("postgres", "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
  }

  /**
   * Creates a throw-away database and points the application's {@code postgres} profile at it (its
   * {@code CME_DB_*} settings), with the job executor off (from a {@code @DynamicPropertySource} method).
   */
  public static void usePostgresProfileOn(DynamicPropertyRegistry registry, String database) throws SQLException {
    execute("postgres", "CREATE DATABASE " + database);
    registry.add("CME_DB_HOST", () -> HOST);
    registry.add("CME_DB_PORT", () -> PORT);
    registry.add("CME_DB_NAME", () -> database);
    registry.add("CME_DB_USER", () -> ADMIN);
    registry.add("CME_DB_PASSWORD", () -> PASSWORD);
    registry.add("camunda.bpm.job-execution.enabled", () -> "false");
  }

  /**
   * A JUnit extension (a {@code static @RegisterExtension} field) that drops the database when the test
   * class's extension context closes: after the Spring context has closed, so the engine's shutdown never
   * waits for a database that is gone.
   */
  public static BeforeAllCallback dropWhenDone(String database) {
    return context -> context.getStore(ExtensionContext.Namespace.create(TestPostgres.class, database))
        .put(database, (ExtensionContext.Store.CloseableResource) () ->
            execute("postgres", "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)"));
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
