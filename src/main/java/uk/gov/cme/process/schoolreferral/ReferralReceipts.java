package uk.gov.cme.process.schoolreferral;

import static uk.gov.cme.process.schoolreferral.SchoolReferralProcess.Variables.*;

import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.gov.cme.casework.CaseEvents;
import uk.gov.cme.process.shared.SystemCalls;

/**
 * Keeps each school's receipt of its referral up to date, whichever process changes the case: the
 * register's {@link CaseEvents} become the message {@value SchoolReferralProcess#MESSAGE_STATUS_CHANGED}
 * to the receipts that follow the case, in the same transaction as the change. Only the status and
 * the outcome code reach a receipt, never what the CME team wrote.
 */
@Component
class ReferralReceipts {

  private static final Logger LOG = LoggerFactory.getLogger(ReferralReceipts.class);

  private final RuntimeService runtime;
  private final SystemCalls system;

  ReferralReceipts(RuntimeService runtime, SystemCalls system) {
    this.runtime = runtime;
    this.system = system;
  }

  @EventListener
  void acknowledged(CaseEvents.ReferralAcknowledged event) {
    tell(message().processInstanceVariableEquals(REFERRAL_ID, event.referralId().value()),
        Map.of(REFERRAL_STATUS, SchoolReferralProcess.Status.ACKNOWLEDGED.name(),
            REFERRAL_STATUS_AT, Date.from(event.at())), event.reference().value());
  }

  @EventListener
  void closed(CaseEvents.CaseClosed event) {
    tell(message().processInstanceVariableEquals(CASE_REFERENCE, event.reference().value()),
        Map.of(REFERRAL_STATUS, SchoolReferralProcess.Status.CLOSED.name(),
            REFERRAL_STATUS_AT, Date.from(event.at()), OUTCOME_CODE, event.outcome().name()),
        event.reference().value());
  }

  /** The receipts of a provisional case follow the case it was merged into, and its referral there. */
  @EventListener
  void merged(CaseEvents.CaseMerged event) {
    tell(message().processInstanceVariableEquals(CASE_REFERENCE, event.from().value()),
        Map.of(CASE_REFERENCE, event.into().value(), REFERRAL_ID, event.referralId().value()),
        event.into().value());
  }

  private MessageCorrelationBuilder message() {
    return runtime.createMessageCorrelation(SchoolReferralProcess.MESSAGE_STATUS_CHANGED);
  }

  private void tell(MessageCorrelationBuilder correlation, Map<String, Object> variables, String caseReference) {
    int told = system.run(() -> correlation.setVariables(variables).correlateAllWithResult().size());
    if (told > 0) {
      LOG.info("Told {} school receipt(s) of case {}", told, caseReference);
    }
  }
}
