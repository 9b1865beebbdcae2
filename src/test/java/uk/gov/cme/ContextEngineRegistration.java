package uk.gov.cme;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Before each test method, makes the test's own Spring context's engine the one the REST API and the
 * webapps find. They look the engine up by name ("default") in Camunda's JVM-wide
 * {@link ProcessEngines} registry, where the most recently started context wins; with several cached
 * test contexts in one JVM, a test's HTTP requests would otherwise reach another context's engine and
 * database. In production there is one engine per JVM. Registered in
 * {@code src/test/resources/META-INF/spring.factories}, so it applies to every Spring test.
 */
public class ContextEngineRegistration implements TestExecutionListener {

  @Override
  public void beforeTestMethod(TestContext testContext) {
    testContext.getApplicationContext().getBeanProvider(ProcessEngine.class)
        .ifAvailable(ProcessEngines::registerProcessEngine);
  }
}
