package uk.gov.cme.process.shared.safeguarding;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The safeguarding block's delegates, for process tests of processes that raise a concern. */
public final class SafeguardingDelegates {

  private SafeguardingDelegates() {
  }

  public static JavaDelegate raise(RuntimeService runtime) {
    return new RaiseSafeguardingConcernDelegate(runtime);
  }

  public static JavaDelegate record() {
    return new RecordSafeguardingConcernDelegate();
  }
}
