package uk.gov.cme.process.cmeoutbound;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Check the enquiry before it is sent", on {@code complete} (bean {@code outboundEnquiryDecision}): the
 * officer's answer must be send or change. A completion without it (over {@code /engine-rest}, where the
 * form's required mark does not hold) is refused naming the field, and the task stays open, instead of
 * going back to the choice of authority as if "change" had been said.
 */
@Component("outboundEnquiryDecision")
class EnquiryDecisionCheck implements TaskListener {

  private final OutboundIntake intake;

  EnquiryDecisionCheck(OutboundIntake intake) {
    this.intake = intake;
  }

  @Override
  public void notify(DelegateTask task) {
    intake.decision(task.getVariables());
  }
}
