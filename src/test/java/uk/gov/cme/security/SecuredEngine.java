package uk.gov.cme.security;

import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;

/**
 * An in-memory engine for the security tests that need no Spring context: authorization on, the
 * application's id pattern and {@link EngineSecurityPlugin} (no case rules, no school-scoped processes).
 */
final class SecuredEngine {

  private SecuredEngine() {
  }

  /** The configuration, ready to build; {@code name} names the engine and its H2 memory database. */
  static StandaloneInMemProcessEngineConfiguration configuration(String name) {
    StandaloneInMemProcessEngineConfiguration config = new StandaloneInMemProcessEngineConfiguration();
    config.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    config.setDatabaseSchemaUpdate("create-drop");
    config.setAuthorizationEnabled(true);
    config.setJobExecutorActivate(false);
    config.setProcessEngineName(name);
    config.setGeneralResourceWhitelistPattern("[a-zA-Z0-9][a-zA-Z0-9._-]*"); // group ids as the application has them
    config.getProcessEnginePlugins().add(new EngineSecurityPlugin(() -> null, new SchoolScopes(Set.of(), Map.of())));
    return config;
  }
}
