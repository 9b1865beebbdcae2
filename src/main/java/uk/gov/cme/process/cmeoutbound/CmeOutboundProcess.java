package uk.gov.cme.process.cmeoutbound;

import java.util.List;

/**
 * P2 CME outbound enquiry (processes.md P2; seed 002 App. 2; issue 13): the BPMN's ids and variable
 * names in one place. Started by the CME referral's <em>In another LA</em> outcome (a call activity:
 * the referral waits for {@link Variables#ANSWER}) or by a CME officer for an open case (start form
 * {@value #START_FORM}). Business key and {@code caseReference}: the child's case.
 */
public final class CmeOutboundProcess {

  public static final String KEY = "cme-outbound";
  public static final String START_FORM = "start-cme-outbound";
  /** The notification templates (src/main/resources/notifications/). */
  public static final String ENQUIRY_EMAIL = "outbound-enquiry";
  public static final String CHASE_EMAIL = "outbound-enquiry-chase";
  /** Chases before the case goes to the CME panel (processes.md P2: "after a second chase"). */
  public static final int CHASES = 2;

  private CmeOutboundProcess() {
  }

  /** The BPMN's element ids. */
  public static final class Elements {
    public static final String EVENT_ASKED_FOR = "Event_OutboundEnquiryAskedFor";
    public static final String TASK_OPEN = "Task_OpenOutboundEnquiry";
    public static final String TASK_PREPARE = "Task_PrepareEnquiry";
    public static final String TASK_WRITE = "Task_WriteEnquiry";
    public static final String TASK_CHECK = "Task_CheckEnquiry";
    public static final String GATEWAY_SEND = "Gateway_SendEnquiry";
    public static final String TASK_RECORD_SENT = "Task_RecordEnquirySent";
    public static final String TASK_EMAIL_ENQUIRY = "Task_EmailEnquiry";
    public static final String TASK_RECORD_REPLY = "Task_RecordReply";
    public static final String EVENT_NO_REPLY = "Event_NoReply";
    public static final String GATEWAY_CHASED = "Gateway_ChasedTwice";
    public static final String TASK_RECORD_CHASE = "Task_RecordChase";
    public static final String TASK_EMAIL_CHASE = "Task_EmailChase";
    public static final String TASK_RECORD_NO_REPLY = "Task_RecordNoReply";
    public static final String TASK_ESCALATE = "Task_EscalateNoReply";
    public static final String EVENT_ESCALATED = "Event_EscalatedNoReply";
    public static final String TASK_RECORD_ANSWER = "Task_RecordAnswer";
    public static final String GATEWAY_ANSWER = "Gateway_Answer";
    public static final String TASK_CLOSE_ON_ROLL = "Task_CloseOnRollElsewhere";
    public static final String EVENT_CLOSED_ON_ROLL = "Event_ClosedOnRollElsewhere";
    public static final String TASK_CLOSE_TRANSFERRED = "Task_CloseTransferred";
    public static final String EVENT_CLOSED_TRANSFERRED = "Event_ClosedTransferred";
    public static final String GATEWAY_FROM_REFERRAL = "Gateway_FromReferral";
    public static final String EVENT_BACK_TO_INVESTIGATION = "Event_BackToInvestigation";
    public static final String TASK_REFER_BACK = "Task_ReferBack";
    public static final String EVENT_REFERRED_BACK = "Event_ReferredBack";
    public static final String TASK_RAISE_SAFEGUARDING_REFERRAL = "Task_RaiseSafeguardingReferral";

    private Elements() {
    }
  }

  /** Variables of the process (the start contract first). */
  public static final class Variables {
    /** String: the case (also the business key). */
    public static final String CASE_REFERENCE = "caseReference";
    /** String, optional: what is known of the child's whereabouts (from the referral: its outcome details). */
    public static final String WHAT_IS_KNOWN = "whatIsKnown";
    /** String, optional at the start: the CME referral's account of what it found. */
    public static final String OUTCOME_DETAILS = "outcomeDetails";
    /** String: the case's readable enquiry log, shown on the forms (shared with the CME referral). */
    public static final String ENQUIRY_LOG = "enquiryLog";
    // --- set by the process ------------------------------------------------------------------------------
    /** The user who started it from the start form (its initiator); null when the CME referral called it. */
    public static final String RAISED_BY = "enquiryRaisedBy";
    /** Boolean: called by the CME referral, which takes the case back on "not known there" or no reply. */
    public static final String FROM_CME_REFERRAL = "fromCmeReferral";
    /** String: the child's name for the forms. */
    public static final String CHILD_NAME = "childName";
    /** Strings: the child from the case register, as the building blocks read them (date of birth yyyy-mm-dd). */
    public static final String LEGAL_FORENAME = "legalForename";
    public static final String LEGAL_SURNAME = "legalSurname";
    public static final String DATE_OF_BIRTH = "dateOfBirth";
    /** JSON, task-local: the authorities of the file for the form's select. */
    public static final String LA_OPTIONS = "localAuthorityOptions";
    /** String: the other authority's DfE LA code, chosen by the officer. */
    public static final String LA_CODE = "otherLaCode";
    /** String: the other authority's name and CME team address, from the local authorities file. */
    public static final String LA_NAME = "otherLaName";
    public static final String LA_EMAIL = "otherLaEmail";
    /** Booleans: which details beyond name, date of birth and sex the officer shares (rules.md R9). */
    public static final String SHARE_UPN = "shareUpn";
    public static final String SHARE_ADDRESS = "shareAddress";
    public static final String SHARE_LAST_SCHOOL = "shareLastSchool";
    /** String: the enquiry exactly as it is emailed, shown to the officer before it goes. */
    public static final String ENQUIRY_TEXT = "enquiryText";
    /** String: the officer's choice after reading it: {@link Send}. */
    public static final String SEND_DECISION = "enquiryDecision";
    /** Long: the enquiry's id in the case register. */
    public static final String ENQUIRY_ID = "outboundEnquiryId";
    /** Date: when the enquiry (or the last chase) went; the reply is due outbound-chase-working-days later. */
    public static final String LAST_SENT_AT = "enquiryLastSentAt";
    /** Integer: chases so far. */
    public static final String CHASE_COUNT = "chaseCount";
    /** String: the other authority's reply, as the officer records it: {@link Answer}. */
    public static final String REPLY = "outboundReply";
    /** String: what the other authority said, in words. */
    public static final String REPLY_DETAILS = "outboundReplyDetails";
    /** String: the result for the caller: one of {@link Answer} or {@link Answer#NO_REPLY}. */
    public static final String ANSWER = "outboundAnswer";
    /** String, input parameter of the closing tasks: the outcome code. */
    public static final String OUTCOME_CODE = "outcomeCode";

    private Variables() {
    }
  }

  /** The officer's choice after reading the enquiry. */
  public static final class Send {
    public static final String SEND = "send";
    public static final String CHANGE = "change";
    public static final List<String> VALUES = List.of(SEND, CHANGE);

    private Send() {
    }
  }

  /** What the other authority answered (processes.md P2), and no reply. */
  public static final class Answer {
    public static final String ON_ROLL_THERE = "on-roll-there";
    public static final String KNOWN_NOT_ON_ROLL = "known-not-on-roll";
    public static final String NOT_KNOWN = "not-known";
    /** Not a reply: none came after two chases. */
    public static final String NO_REPLY = "no-reply";
    /** The replies an officer records. */
    public static final List<String> REPLIES = List.of(ON_ROLL_THERE, KNOWN_NOT_ON_ROLL, NOT_KNOWN);

    private Answer() {
    }

    /** The reply in words, for the enquiry log and the register. */
    public static String words(String answer) {
      return switch (answer) {
        case ON_ROLL_THERE -> "on roll at a school there";
        case KNOWN_NOT_ON_ROLL -> "known there but not on a school roll: they take the case";
        case NOT_KNOWN -> "not known there";
        case NO_REPLY -> "no reply after " + CHASES + " chases";
        default -> answer;
      };
    }
  }
}
