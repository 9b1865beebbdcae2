package uk.gov.cme.process.cmeoutbound;

import static uk.gov.cme.process.cmeoutbound.CmeOutboundProcess.Variables.*;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.gov.cme.casework.Agency;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.Casework;
import uk.gov.cme.casework.EnquiryDetails;
import uk.gov.cme.casework.EnquiryId;
import uk.gov.cme.casework.OutcomeCode;
import uk.gov.cme.process.cmeoutbound.CmeOutboundProcess.Answer;
import uk.gov.cme.process.cmeoutbound.OutboundIntake.Reply;
import uk.gov.cme.process.shared.EngineActors;
import uk.gov.cme.process.shared.forms.EnquiryLog;
import uk.gov.cme.process.shared.forms.FormText;

/**
 * The enquiry in the case register ({@code Casework}: an enquiry to {@link Agency#OTHER_LA}, chased,
 * answered; each a line of the case's audit trail) and in the readable enquiry log. Thin delegates: read
 * the variables, call the register, write the result.
 */
@Configuration(proxyBeanMethods = false)
public class RecordEnquiryDelegates {

  private static final Logger LOG = LoggerFactory.getLogger(RecordEnquiryDelegates.class);

  /** The enquiry as sent: recorded with the other authority's team and address as its contact. */
  @Bean("recordOutboundEnquiryDelegate")
  public static JavaDelegate sent(Casework casework) {
    return execution -> {
      Instant now = EngineActors.now();
      CaseReference reference = reference(execution);
      String authority = (String) execution.getVariable(LA_NAME);
      EnquiryId id = casework.recordEnquiry(reference, EnquiryDetails.of(Agency.OTHER_LA,
          "CME team, " + authority + " (" + execution.getVariable(LA_CODE) + "), " + execution.getVariable(LA_EMAIL),
          now), EngineActors.user(), now);
      execution.setVariable(ENQUIRY_ID, id.value());
      execution.setVariable(LAST_SENT_AT, Date.from(now));
      logLine(execution, authority, "enquiry emailed, awaiting answer");
      LOG.info("Case {}: outbound enquiry {} recorded", reference, id.value());
    };
  }

  /** A chase: counted on the enquiry; the reply is due again from now. */
  @Bean("recordOutboundChaseDelegate")
  public static JavaDelegate chased(Casework casework) {
    return execution -> {
      Instant now = EngineActors.now();
      int count = casework.recordChase(reference(execution), enquiry(execution), EngineActors.user(), now);
      execution.setVariable(CHASE_COUNT, count);
      execution.setVariable(LAST_SENT_AT, Date.from(now));
      logLine(execution, (String) execution.getVariable(LA_NAME), "no reply, chase " + count + " emailed");
    };
  }

  /** No reply after the last chase: the result for the CME referral, and the log. */
  @Bean("recordOutboundNoReplyDelegate")
  public static JavaDelegate noReply() {
    return execution -> {
      execution.setVariable(ANSWER, Answer.NO_REPLY);
      logLine(execution, (String) execution.getVariable(LA_NAME), Answer.words(Answer.NO_REPLY)
          + "; the case goes to the CME panel");
    };
  }

  /** The reply the officer recorded: checked, the enquiry answered, the result set. */
  @Bean("recordOutboundReplyDelegate")
  public static JavaDelegate replied(OutboundIntake intake, Casework casework) {
    return execution -> {
      Reply reply = intake.reply(execution.getVariables());
      String words = Answer.words(reply.answer()) + (reply.details() == null ? "" : ". " + reply.details());
      casework.recordAnswer(reference(execution), enquiry(execution), words, EngineActors.user(), EngineActors.now());
      execution.setVariable(ANSWER, reply.answer());
      logLine(execution, (String) execution.getVariable(LA_NAME), words);
    };
  }

  /**
   * Closes the case with the outcome code given as the task's input parameter {@code outcomeCode}, the
   * reason naming the other authority and what it said (the referrer is told by the case's updates).
   */
  @Bean("closeOutboundCaseDelegate")
  public static JavaDelegate close(Casework casework) {
    return execution -> {
      OutcomeCode outcome = OutcomeCode.valueOf((String) execution.getVariable(OUTCOME_CODE));
      Object details = execution.getVariable(REPLY_DETAILS);
      String reason = execution.getVariable(LA_NAME) + " (LA " + execution.getVariable(LA_CODE) + ")"
          + (details == null ? "" : ": " + details);
      casework.close(reference(execution), outcome, reason, EngineActors.user(), EngineActors.now());
    };
  }

  private static CaseReference reference(DelegateExecution execution) {
    return CaseReference.of((String) execution.getVariable(CASE_REFERENCE));
  }

  private static EnquiryId enquiry(DelegateExecution execution) {
    return new EnquiryId(((Number) execution.getVariable(ENQUIRY_ID)).longValue());
  }

  /** Adds "<today>: Another local authority's CME team (<authority>): <what happened>" to the case's enquiry log. */
  private static void logLine(DelegateExecution execution, String authority, String what) {
    EnquiryLog.append(execution, FormText.date(EngineActors.today()) + ": Another local authority's CME team ("
        + authority + "): " + what);
  }
}
