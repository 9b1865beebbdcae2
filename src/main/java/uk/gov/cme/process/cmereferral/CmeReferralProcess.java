package uk.gov.cme.process.cmereferral;

/** The CME referral process (processes.md P1): the BPMN's ids and variable names in one place. */
public final class CmeReferralProcess {

  public static final String KEY = "cme-referral";
  /** Message a referral for a child with an open case sends to that case's instance. */
  public static final String MESSAGE_REFERRAL_FOR_OPEN_CASE = "ReferralForOpenCase";
  /**
   * Message the referral receives when another of the case's processes closed the case: it ends
   * ({@code ProcessesEndWithTheirCase}).
   */
  public static final String MESSAGE_CASE_CLOSED_ELSEWHERE = "CaseClosedElsewhere";
  /** Decision table that classifies a referral. */
  public static final String DECISION_CLASSIFICATION = "cme-classification";

  private CmeReferralProcess() {
  }

  /** Flow node ids in processes/cme-referral.bpmn. */
  public static final class Elements {
    public static final String EVENT_REFERRAL_RECEIVED = "Event_ReferralReceived";
    public static final String TASK_RECORD_REFERRAL = "Task_RecordReferral";
    public static final String TASK_CONFIRM_SAME_CHILD = "Task_ConfirmSameChild";
    public static final String TASK_JOIN_OPEN_CASE = "Task_JoinOpenCase";
    public static final String EVENT_JOINED_OPEN_CASE = "Event_JoinedOpenCase";
    public static final String TASK_REVIEW_REFERRAL_FOR_HANDED_OVER_CASE = "Task_ReviewReferralForHandedOverCase";
    public static final String EVENT_REFERRAL_REVIEWED_FOR_HANDED_OVER_CASE = "Event_ReferralReviewedForHandedOverCase";
    public static final String TASK_CLASSIFY_REFERRAL = "Task_ClassifyReferral";
    public static final String TASK_RECORD_CLASSIFICATION = "Task_RecordClassification";
    public static final String TASK_START_EHE_CHECK_NOT_ASSESSED = "Task_StartEheCheckNotAssessed";
    public static final String TASK_TELL_REFERRER_EHE_CHECK = "Task_TellReferrerEheCheck";
    public static final String EVENT_HANDED_TO_EHE_CHECK_NOT_ASSESSED = "Event_HandedToEheCheckNotAssessed";
    public static final String TASK_CLOSE_NOT_CME = "Task_CloseNotCme";
    public static final String TASK_TELL_REFERRER_NOT_CME = "Task_TellReferrerNotCme";
    public static final String EVENT_CLOSED_NOT_CME = "Event_ClosedNotCme";
    public static final String TASK_ACKNOWLEDGE_REFERRAL = "Task_AcknowledgeReferral";
    public static final String EVENT_ACKNOWLEDGE_DEADLINE = "Event_AcknowledgeDeadline";
    public static final String TASK_ALERT_MANAGER_ACKNOWLEDGEMENT = "Task_AlertManagerAcknowledgement";
    public static final String EVENT_MANAGER_ALERTED = "Event_ManagerAlerted";
    public static final String TASK_RECORD_ACKNOWLEDGEMENT = "Task_RecordAcknowledgement";
    public static final String TASK_SEND_ACKNOWLEDGEMENT = "Task_SendAcknowledgement";
    /** The investigation step: the investigation task and its re-check loop (a collapsed subprocess). */
    public static final String SUBPROCESS_INVESTIGATION = "SubProcess_Investigation";
    public static final String TASK_INVESTIGATE_WHEREABOUTS = "Task_InvestigateWhereabouts";
    public static final String EVENT_RECHECK_DUE = "Event_RecheckDue";
    public static final String TASK_RECHECK_WHEREABOUTS = "Task_RecheckWhereabouts";
    public static final String EVENT_NEXT_RECHECK_DUE = "Event_NextRecheckDue";
    public static final String EVENT_RECHECK_DONE = "Event_RecheckDone";
    public static final String EVENT_INVESTIGATION_STEP_DONE = "Event_InvestigationStepDone";
    /** The case closed by another of its processes: this referral ends (event subprocess). */
    public static final String EVENT_CASE_CLOSED_ELSEWHERE = "Event_CaseClosedElsewhere";
    public static final String EVENT_REFERRAL_ENDED_WITH_CASE = "Event_ReferralEndedWithCase";
    public static final String TASK_RECORD_ENQUIRY = "Task_RecordEnquiry";
    public static final String TASK_SECURE_EHCP_PROVISION = "Task_SecureEhcpProvision";
    public static final String TASK_ALLOCATE_SCHOOL_PLACE = "Task_AllocateSchoolPlace";
    public static final String TASK_CONFIRM_ON_ROLL = "Task_ConfirmOnRoll";
    public static final String TASK_CLOSE_ON_ROLL = "Task_CloseOnRoll";
    public static final String EVENT_CLOSED_ON_ROLL = "Event_ClosedOnRoll";
    public static final String TASK_START_SAO = "Task_StartSao";
    public static final String EVENT_HANDED_TO_SAO = "Event_HandedToSao";
    public static final String TASK_START_EHE_CHECK = "Task_StartEheCheck";
    public static final String EVENT_HANDED_TO_EHE_CHECK = "Event_HandedToEheCheck";
    /** The outbound enquiry to another LA (cme-outbound, P2), called for the case. */
    public static final String TASK_OUTBOUND_ENQUIRY = "Task_OutboundEnquiry";
    public static final String GATEWAY_OUTBOUND_ANSWER = "Gateway_OutboundAnswer";
    public static final String EVENT_CLOSED_IN_ANOTHER_LA = "Event_ClosedInAnotherLa";
    public static final String TASK_START_EMIGRATION_CHECKS = "Task_StartEmigrationChecks";
    public static final String EVENT_HANDED_TO_EMIGRATION_CHECKS = "Event_HandedToEmigrationChecks";
    public static final String TASK_UPLOAD_LOST_PUPIL = "Task_UploadLostPupil";
    public static final String EVENT_LOST_PUPIL_UPLOAD_OVERDUE = "Event_LostPupilUploadOverdue";
    public static final String TASK_CHASE_LOST_PUPIL_UPLOAD = "Task_ChaseLostPupilUpload";
    public static final String EVENT_LOST_PUPIL_UPLOAD_CHASED = "Event_LostPupilUploadChased";
    public static final String TASK_RECORD_LOST_PUPIL = "Task_RecordLostPupil";
    public static final String TASK_PANEL_REVIEW = "Task_PanelReview";
    public static final String EVENT_NEXT_PANEL = "Event_NextPanel";
    /** Issue 11: the panel's decision to escalate starts the three-stage escalation. */
    public static final String TASK_ESCALATE_FROM_PANEL = "Task_EscalateFromPanel";
    /** Issue 11: a child classified CMOOE (flagged for the CMOOE Action Group) starts the escalation. */
    public static final String TASK_ESCALATE_CMOOE = "Task_EscalateCmooe";
    public static final String EVENT_FURTHER_REFERRAL_RECEIVED = "Event_FurtherReferralReceived";
    public static final String TASK_REVIEW_FURTHER_REFERRAL = "Task_ReviewFurtherReferral";
    public static final String EVENT_FURTHER_REFERRAL_REVIEWED = "Event_FurtherReferralReviewed";
    public static final String EVENT_SAFEGUARDING_CONCERN_RAISED = "Event_SafeguardingConcernRaised";
    public static final String TASK_RAISE_SAFEGUARDING_REFERRAL = "Task_RaiseSafeguardingReferral";
    public static final String EVENT_SAFEGUARDING_REFERRAL_STARTED = "Event_SafeguardingReferralStarted";

    private Elements() {
    }
  }

  /** Process variables: one meaning in every process (data.md). */
  public static final class Variables {
    public static final String CASE_REFERENCE = "caseReference";
    public static final String REFERRAL_ID = "referralId";
    public static final String REFERRAL_SOURCE = "referralSource";
    public static final String REFERRER_ORGANISATION = "referrerOrganisation";
    public static final String REFERRER_NAME = "referrerName";
    public static final String REFERRER_EMAIL = "referrerEmail";
    public static final String REFERRER_PHONE = "referrerPhone";
    public static final String REFERRING_SCHOOL_EMAIL = "referringSchoolEmail";
    public static final String LEGAL_FORENAME = "legalForename";
    public static final String LEGAL_SURNAME = "legalSurname";
    public static final String PREFERRED_NAME = "preferredName";
    public static final String DATE_OF_BIRTH = "dateOfBirth";
    public static final String SEX = "sex";
    public static final String UPN = "upn";
    public static final String ADDRESS = "address";
    public static final String POSTCODE = "postcode";
    public static final String ADDRESS_UNKNOWN = "addressUnknown";
    public static final String LAST_SCHOOL_NAME = "lastSchoolName";
    /** yyyy-mm-dd, optional: the day the child last attended the last school (the day the pupil left). */
    public static final String LAST_ATTENDANCE_DATE = "lastAttendanceDate";
    /**
     * Date or null: {@link #LAST_ATTENDANCE_DATE} as a date, from which the Lost Pupil Database deadline
     * counts (cme.deadlines.lost-pupil-ctf-school-days).
     */
    public static final String LAST_ATTENDANCE_DATE_AT = "lastAttendanceDateAt";
    public static final String HAS_EHCP = "hasEhcp";
    public static final String ON_SCHOOL_ROLL = "onSchoolRoll";
    public static final String PMOOE_TRIGGER = "pmooeTrigger";
    public static final String EDUCATION_ELSEWHERE = "educationElsewhere";
    /** Hours a week of formal education the child receives now (a number; rules.md R3). */
    public static final String FORMAL_HOURS_PER_WEEK = "formalHoursPerWeek";
    /** The last day the child received education from their provision (yyyy-mm-dd; rules.md R3). */
    public static final String LAST_PROVISION_DATE = "lastProvisionDate";
    /** Whole weeks from {@link #LAST_PROVISION_DATE} to the day the referral was received (set by the intake). */
    public static final String WEEKS_OUT_OF_PROVISION = "weeksOutOfProvision";
    public static final String CIRCUMSTANCES = "circumstances";
    public static final String RECEIVED_AT = "receivedAt";
    public static final String RECEIVED_BY = "receivedBy";
    /** Set when another process raised the referral: its stated source counts, not the user's school. */
    public static final String REFERRED_BY_PROCESS = "referredByProcess";
    public static final String CHILD_NAME = "childName";
    public static final String CHILD_INITIALS = "childInitials";
    public static final String COMPULSORY_SCHOOL_AGE = "compulsorySchoolAge";
    public static final String MATCH_KIND = "matchKind";
    public static final String MATCHED_CASE_REFERENCE = "matchedCaseReference";
    public static final String MATCH_SUMMARY = "matchSummary";
    public static final String SAME_CHILD = "sameChild";
    public static final String JOINED_RUNNING_CASE = "joinedRunningCase";
    /** Output parameters of the classification task: the table's classification, reason and signposting. */
    public static final String CLASSIFICATION = "classification";
    public static final String CLASSIFICATION_REASON = "classificationReason";
    public static final String SIGNPOSTING = "signposting";
    /** Boolean: classified CMOOE, so the case is flagged for the CMOOE Action Group (rules.md R3). */
    public static final String CMOOE_ACTION_GROUP = "cmooeActionGroup";
    public static final String INVESTIGATION_OUTCOME = "investigationOutcome";
    public static final String OUTCOME_DETAILS = "outcomeDetails";
    public static final String OUTCOME_CODE = "outcomeCode";
    public static final String ENQUIRY_LOG = "enquiryLog";
    public static final String ON_ROLL_OUTCOME = "onRollOutcome";
    public static final String PANEL_DECISION = "panelDecision";
    public static final String FURTHER_REFERRAL_SUMMARY = "furtherReferralSummary";

    private Variables() {
    }
  }
}
