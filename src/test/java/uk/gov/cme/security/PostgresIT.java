package uk.gov.cme.security;

import static org.assertj.core.api.Assertions.assertThat;
import uk.gov.cme.TestPostgres;

import java.sql.SQLException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The same application and the same REST scenario on the real PostgreSQL server (the
 * {@code postgres} profile), in a database created for this run and dropped afterwards.
 * Server: CME_TEST_PG_HOST / CME_TEST_PG_PORT (default 127.0.0.1:5432), administrative user
 * CME_TEST_PG_ADMIN (default postgres) with trust or CME_TEST_PG_PASSWORD.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "postgres"})
@DirtiesContext
class PostgresIT extends EngineRestSecurityScenario {

  private static final String DATABASE = TestPostgres.newDatabaseName("cme_it_");

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) throws SQLException {
    TestPostgres.usePostgresProfileOn(registry, DATABASE);
    registry.add("spring.datasource.hikari.connection-timeout", () -> "1000");
  }

  /** Runs before the context closes; the short connection timeout keeps the engine's shutdown quick. */
  @AfterAll
  static void dropDatabase() throws SQLException {
    TestPostgres.execute("postgres", "DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
  }

  /**
   * The application's connections plan each statement for its values (application-postgres.yaml): the
   * engine's task lists are not run on a generic plan (docs/performance.md, "Generic plans").
   */
  @Test
  void statements_are_planned_for_their_values() throws SQLException {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    try (var connection = configuration.getDataSource().getConnection();
         var statement = connection.createStatement();
         var result = statement.executeQuery("SHOW plan_cache_mode")) {
      assertThat(result.next()).isTrue();
      assertThat(result.getString(1)).isEqualTo("force_custom_plan");
    }
  }

  @Test
  void the_engine_runs_on_postgresql() {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getDatabaseType()).isEqualTo("postgres");
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("safeguarding-referral").count()).isEqualTo(1);
  }


}
