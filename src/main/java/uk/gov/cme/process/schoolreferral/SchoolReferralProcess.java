package uk.gov.cme.process.schoolreferral;

/**
 * A school's referral and its receipt ({@code school-referral}): the BPMN's ids and variable names in
 * one place. The school starts and reads this instance; the CME team works the case in a
 * {@code cme-referral} instance the school never sees (docs/security.md).
 */
public final class SchoolReferralProcess {

  public static final String KEY = "school-referral";
  /** Message the register's changes send to the receipts of a case ({@link ReferralReceipts}). */
  public static final String MESSAGE_STATUS_CHANGED = "ReferralStatusChanged";

  private SchoolReferralProcess() {
  }

  /** Flow node ids in processes/school-referral.bpmn. */
  public static final class Elements {
    public static final String EVENT_SUBMITTED = "Event_SchoolReferralSubmitted";
    public static final String TASK_SEND_REFERRAL = "Task_SendReferral";
    public static final String GATEWAY_CASE_CLOSED = "Gateway_CaseClosed";
    public static final String EVENT_STATUS_CHANGED = "Event_StatusChanged";
    public static final String EVENT_CONCLUDED = "Event_ReferralConcluded";

    private Elements() {
    }
  }

  /** Process variables of the receipt, besides the start form's fields. */
  public static final class Variables {
    /** The case the referral belongs to: the school's reference for it. */
    public static final String CASE_REFERENCE = "caseReference";
    /** The referral's id on the case, for its acknowledgement. */
    public static final String REFERRAL_ID = "referralId";
    /** {@link Status} of the referral as the school may know it. */
    public static final String REFERRAL_STATUS = "referralStatus";
    /** When the status last changed. */
    public static final String REFERRAL_STATUS_AT = "referralStatusAt";
    /** Why the case was closed (an outcome code), once it is. */
    public static final String OUTCOME_CODE = "outcomeCode";

    private Variables() {
    }
  }

  /** What the school sees of its referral. */
  public enum Status {
    RECEIVED, ACKNOWLEDGED, CLOSED
  }
}
