package uk.gov.cme.process.shared.referral;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import uk.gov.cme.process.shared.casematch.ChildCases;

/** Hands the child to the emigration checks ({@code emigration}). */
@Component("startEmigrationDelegate")
public class StartEmigrationDelegate extends StartCaseProcess {

  public StartEmigrationDelegate(RuntimeService runtime, ChildCases childCases) {
    super(runtime, childCases, "emigration");
  }
}
