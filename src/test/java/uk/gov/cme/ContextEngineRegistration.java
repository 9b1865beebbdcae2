package uk.gov.cme;

import org.camunda.bpm.admin.Admin;
import org.camunda.bpm.admin.impl.DefaultAdminRuntimeDelegate;
import org.camunda.bpm.cockpit.Cockpit;
import org.camunda.bpm.cockpit.impl.DefaultCockpitRuntimeDelegate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.tasklist.Tasklist;
import org.camunda.bpm.tasklist.impl.DefaultTasklistRuntimeDelegate;
import org.camunda.bpm.welcome.Welcome;
import org.camunda.bpm.welcome.impl.DefaultWelcomeRuntimeDelegate;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Before each test method, puts Camunda's JVM-wide state back as the test's own Spring context set
 * it up when it started. In production there is one engine and one set of webapps per JVM; tests
 * keep several contexts (and ProductionProfileTest starts and closes more), all with an engine named
 * "default", and Camunda keeps two things in static fields:
 * <ul>
 *   <li>the {@link ProcessEngines} registry, where {@code /engine-rest} and the webapps look the
 *   engine up by name: the most recently started context wins, and a closed one removes the name, so
 *   a test's HTTP requests would reach another context's engine and database, or none;</li>
 *   <li>the webapps' runtime delegates ({@link Admin}, {@link Cockpit}, {@link Tasklist},
 *   {@link Welcome}), which a closing context sets to null, so the remaining contexts' webapp login
 *   fails with 500. They are recreated here as each webapp's start-up creates them.</li>
 * </ul>
 * Registered in {@code src/test/resources/META-INF/spring.factories}, so it applies to every Spring
 * test.
 */
public class ContextEngineRegistration implements TestExecutionListener {

  @Override
  public void beforeTestMethod(TestContext testContext) {
    testContext.getApplicationContext().getBeanProvider(ProcessEngine.class)
        .ifAvailable(engine -> {
          ProcessEngines.registerProcessEngine(engine);
          Admin.setAdminRuntimeDelegate(new DefaultAdminRuntimeDelegate());
          Cockpit.setCockpitRuntimeDelegate(new DefaultCockpitRuntimeDelegate());
          Tasklist.setTasklistRuntimeDelegate(new DefaultTasklistRuntimeDelegate());
          Welcome.setRuntimeDelegate(new DefaultWelcomeRuntimeDelegate());
        });
  }
}
