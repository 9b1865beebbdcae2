package uk.gov.cme.config;

import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Indexes the application adds to the engine's own tables ({@value #LOCATION}), applied by Flyway once the
 * process engine has created or updated those tables ({@code camunda.bpm.database.schema-update}): this bean
 * needs the engine, so Spring builds the engine first. Its own history table ({@value #HISTORY_TABLE})
 * keeps these migrations apart from the case register's ({@code db/migration}), which do not depend on the
 * engine and also run where no engine is (the register's tests).
 */
@Component
public class EngineTableIndexes implements InitializingBean {

  static final String LOCATION = "classpath:db/engine";
  static final String HISTORY_TABLE = "cme_engine_index_history";

  private final DataSource dataSource;

  /** {@code engine} is not used: asking for it is what makes Spring build the engine before this bean. */
  EngineTableIndexes(ProcessEngine engine, DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void afterPropertiesSet() {
    migrate(dataSource);
  }

  /** Applies {@value #LOCATION} to the database of {@code dataSource}, whose engine tables exist already. */
  public static void migrate(DataSource dataSource) {
    Flyway.configure()
        .dataSource(dataSource)
        .locations(LOCATION)
        .table(HISTORY_TABLE)
        // the engine's tables are already in the schema: record a baseline, then apply V1 onwards
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load()
        .migrate();
  }
}
