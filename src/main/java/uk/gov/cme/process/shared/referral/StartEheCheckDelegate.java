package uk.gov.cme.process.shared.referral;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import uk.gov.cme.process.shared.casematch.ChildCases;

/** Hands the child to the elective home education check ({@code ehe-check}). */
@Component("startEheCheckDelegate")
public class StartEheCheckDelegate extends StartCaseProcess {

  public StartEheCheckDelegate(RuntimeService runtime, ChildCases childCases) {
    super(runtime, childCases, "ehe-check");
  }
}
