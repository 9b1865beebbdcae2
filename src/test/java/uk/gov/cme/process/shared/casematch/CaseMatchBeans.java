package uk.gov.cme.process.shared.casematch;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import uk.gov.cme.casework.Casework;
import uk.gov.cme.process.shared.SystemCalls;

/**
 * Test helper: the building block {@code confirm-case-match} and the merge followers over a case
 * register, for the process tests of the processes that find the child's case through
 * {@link ChildCases}.
 */
public final class CaseMatchBeans {

  private CaseMatchBeans() {
  }

  /** Registers the officer's merge step under its bean name. */
  public static void register(ProcessEngine engine, Casework casework) {
    @SuppressWarnings("unchecked")
    Map<Object, Object> beans = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getBeans();
    beans.put("mergeCasesDelegate", new MergeCasesDelegate(casework));
  }

  /** The listener that moves running instances to the case theirs is merged into (a Spring bean in a test). */
  public static Object followers(ProcessEngine engine) {
    return new CaseMergeFollowers(engine.getRuntimeService(), new SystemCalls(engine.getProcessEngineConfiguration()));
  }
}
