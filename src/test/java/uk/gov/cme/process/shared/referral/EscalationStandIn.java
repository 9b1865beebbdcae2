package uk.gov.cme.process.shared.referral;

import org.camunda.bpm.engine.ProcessEngine;

/**
 * The stand-in escalation (test resource {@value #RESOURCE}) for the application's own engine in Spring
 * Boot tests that start an escalation (a CMOOE referral, a school's concern): deployed only while no
 * real {@code escalation} is deployed (the real model is built in another piece of issue 11; once it is
 * merged, these tests run against it and this does nothing), and removed afterwards with its instances.
 */
public final class EscalationStandIn {

  public static final String RESOURCE = "uk/gov/cme/process/shared/referral/stand-in-escalation.bpmn";
  static final String DEPLOYMENT = "test: stand-in escalation";

  private EscalationStandIn() {
  }

  /** Deploys the stand-in unless an {@code escalation} is deployed already. */
  public static synchronized void deployIfMissing(ProcessEngine engine) {
    if (engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("escalation").count() == 0) {
      engine.getRepositoryService().createDeployment().name(DEPLOYMENT).addClasspathResource(RESOURCE).deploy();
    }
  }

  /** Whether the escalation deployed is this stand-in. */
  public static boolean deployed(ProcessEngine engine) {
    return engine.getRepositoryService().createDeploymentQuery().deploymentName(DEPLOYMENT).count() > 0;
  }

  /** Removes the stand-in, if it was deployed, and its instances. */
  public static synchronized void remove(ProcessEngine engine) {
    engine.getRepositoryService().createDeploymentQuery().deploymentName(DEPLOYMENT).list()
        .forEach(d -> engine.getRepositoryService().deleteDeployment(d.getId(), true));
  }
}
