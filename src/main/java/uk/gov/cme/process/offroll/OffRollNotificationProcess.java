package uk.gov.cme.process.offroll;

/**
 * The off-roll notification process (processes.md P3; rules.md R6): the BPMN's ids, the routing
 * table's routes and the variable names in one place.
 */
public final class OffRollNotificationProcess {

  public static final String KEY = "off-roll-notification";
  /** Decision table that routes a notification by its ground. */
  public static final String DECISION_ROUTING = "off-roll-routing";
  public static final String DECISION_RESOURCE = "processes/decisions/off-roll-routing.dmn";
  /** Business key of an instance: this prefix and the notification's id in the register. */
  public static final String BUSINESS_KEY_PREFIX = "OFFROLL-";

  private OffRollNotificationProcess() {
  }

  /** Flow node ids in processes/off-roll-notification.bpmn. */
  public static final class Elements {
    public static final String EVENT_NOTIFICATION_RECEIVED = "Event_NotificationReceived";
    public static final String TASK_RECORD_NOTIFICATION = "Task_RecordNotification";
    public static final String TASK_ROUTE_NOTIFICATION = "Task_RouteNotification";
    public static final String TASK_RECORD_ROUTE = "Task_RecordRoute";
    public static final String GATEWAY_ROUTE = "Gateway_Route";
    public static final String TASK_RECORD_LOGGED = "Task_RecordLogged";
    public static final String EVENT_LOGGED = "Event_Logged";
    public static final String TASK_RECORD_SAO_CHANGE = "Task_RecordSaoChange";
    /** Grounds (d), (e): the deletion recorded against the amended or revoked order (issue 10). */
    public static final String EVENT_SAO_RECORD_UPDATED = "Event_SaoRecordUpdated";
    /** Grounds (a), (d), (e), (f) while an order in force names the school: the school keeps the pupil. */
    public static final String TASK_RECORD_SAO_KEEPS_PUPIL = "Task_RecordSaoKeepsPupil";
    public static final String TASK_TELL_SCHOOL_SAO_KEEPS_PUPIL = "Task_TellSchoolSaoKeepsPupil";
    public static final String EVENT_SAO_KEEPS_PUPIL = "Event_SaoKeepsPupil";
    public static final String TASK_JOINT_DECISION = "Task_JointDecision";
    public static final String GATEWAY_JOINT_DECISION = "Gateway_JointDecision";
    public static final String TASK_RECORD_REFUSAL = "Task_RecordRefusal";
    public static final String TASK_TELL_SCHOOL_REFUSED = "Task_TellSchoolRefused";
    public static final String EVENT_KEEP_ON_ROLL = "Event_KeepOnRoll";
    public static final String TASK_START_EHE_CHECK = "Task_StartEheCheck";
    public static final String TASK_RECORD_EHE_CHECK = "Task_RecordEheCheck";
    public static final String EVENT_EHE_CHECK_STARTED = "Event_EheCheckStarted";
    public static final String TASK_START_EMIGRATION = "Task_StartEmigration";
    public static final String TASK_RECORD_EMIGRATION = "Task_RecordEmigration";
    public static final String EVENT_EMIGRATION_STARTED = "Event_EmigrationStarted";
    /** Ground (g), moving, no school known: the referral and the school's CTF go on side by side. */
    public static final String GATEWAY_LOST_PUPIL_SPLIT = "Gateway_LostPupilSplit";
    public static final String TASK_SEND_LOST_PUPIL_CTF = "Task_SendLostPupilCtf";
    public static final String EVENT_CTF_OVERDUE = "Event_CtfOverdue";
    public static final String TASK_CHASE_LOST_PUPIL_CTF = "Task_ChaseLostPupilCtf";
    public static final String EVENT_CTF_CHASED = "Event_CtfChased";
    public static final String TASK_RECORD_LOST_PUPIL = "Task_RecordLostPupil";
    public static final String EVENT_CTF_SENT = "Event_CtfSent";
    public static final String TASK_CONFIRM_NEW_SCHOOL_ROLL = "Task_ConfirmNewSchoolRoll";
    public static final String EVENT_NOT_CONFIRMED_IN_TIME = "Event_NotConfirmedInTime";
    public static final String GATEWAY_ON_ROLL = "Gateway_OnRollAtNewSchool";
    public static final String TASK_RECORD_ON_ROLL = "Task_RecordOnRoll";
    public static final String EVENT_ON_ROLL_CONFIRMED = "Event_OnRollConfirmed";
    public static final String TASK_FLAG_CHILD_OF_INTEREST = "Task_FlagChildOfInterest";
    public static final String EVENT_CHILD_OF_INTEREST = "Event_ChildOfInterest";
    public static final String GATEWAY_REFER = "Gateway_Refer";
    public static final String TASK_START_CME_REFERRAL = "Task_StartCmeReferral";
    public static final String TASK_RECORD_REFERRAL = "Task_RecordReferral";
    public static final String EVENT_REFERRED = "Event_Referred";
    public static final String EVENT_SAFEGUARDING_CONCERN_RAISED = "Event_SafeguardingConcernRaised";
    public static final String TASK_RAISE_SAFEGUARDING_REFERRAL = "Task_RaiseSafeguardingReferral";
    public static final String EVENT_SAFEGUARDING_REFERRAL_STARTED = "Event_SafeguardingReferralStarted";

    private Elements() {
    }
  }

  /** The routes of the {@value #DECISION_ROUTING} table (output {@code route}). */
  public static final class Routes {
    public static final String LOG_ONLY = "log-only";
    public static final String JOINT_DECISION = "joint-decision";
    public static final String EHE_CHECK = "ehe-check";
    public static final String EMIGRATION = "emigration";
    public static final String LOST_PUPIL_AND_REFERRAL = "lost-pupil-and-referral";
    public static final String CONFIRM_ON_ROLL = "confirm-on-roll";
    public static final String CMOE_WATCH = "cmoe-watch";
    public static final String CME_REFERRAL = "cme-referral";
    public static final String SAO_UPDATE = "sao-update";
    /**
     * Grounds (a), (d), (e), (f) for a pupil whose School Attendance Order in force names the notifying school:
     * not accepted, the school keeps the pupil on roll and is told why (issue 10).
     */
    public static final String SAO_KEEPS_PUPIL = "sao-keeps-pupil";

    private Routes() {
    }
  }

  /** Process variables: one meaning in every process (data.md). */
  public static final class Variables {
    // what the school gives (start form, API)
    public static final String REFERRER_NAME = "referrerName";
    public static final String REFERRER_EMAIL = "referrerEmail";
    public static final String LEGAL_FORENAME = "legalForename";
    public static final String LEGAL_SURNAME = "legalSurname";
    public static final String PREFERRED_NAME = "preferredName";
    public static final String DATE_OF_BIRTH = "dateOfBirth";
    public static final String UPN = "upn";
    public static final String ADDRESS = "address";
    public static final String POSTCODE = "postcode";
    public static final String HAS_EHCP = "hasEhcp";
    public static final String PARENT1_NAME = "parent1Name";
    public static final String PARENT1_ADDRESS = "parent1Address";
    public static final String PARENT1_PHONE = "parent1Phone";
    public static final String PARENT2_NAME = "parent2Name";
    public static final String PARENT2_ADDRESS = "parent2Address";
    public static final String PARENT2_PHONE = "parent2Phone";
    public static final String NEW_ADDRESS = "newAddress";
    public static final String NEW_SCHOOL_NAME = "newSchoolName";
    public static final String NEW_SCHOOL_START_DATE = "newSchoolStartDate";
    public static final String GROUND = "ground";
    public static final String PROPOSED_DELETION_DATE = "proposedDeletionDate";
    public static final String LAST_ATTENDANCE_DATE = "lastAttendanceDate";
    public static final String STANDARD_TRANSITION = "standardTransition";
    public static final String MOVING_ABROAD = "movingAbroad";
    public static final String DESTINATION_COUNTRY = "destinationCountry";
    public static final String LEAVING_DATE = "leavingDate";
    public static final String HAS_PROVISION = "hasProvision";
    public static final String EHE_NOTIFIED_ON = "eheNotifiedOn";
    public static final String SPECIAL_SCHOOL_LA_ARRANGEMENTS = "specialSchoolLaArrangements";
    public static final String CIRCUMSTANCES = "circumstances";
    // set by the process
    public static final String OFF_ROLL_NOTIFICATION_ID = "offRollNotificationId";
    public static final String SUBMITTED_AT = "submittedAt";
    public static final String SUBMITTED_BY = "submittedBy";
    public static final String GROUND_MEANING = "groundMeaning";
    /**
     * The ground's regulation in full ({@code DeletionGround#citation()}): "regulation 9(1)(h) of the School
     * Attendance (Pupil Registration) (England) Regulations 2024".
     */
    public static final String GROUND_CITATION = "groundCitation";
    public static final String NEW_SCHOOL_KNOWN = "newSchoolKnown";
    /**
     * Boolean, an input of the routing table: does a School Attendance Order in force name the notifying
     * school for this pupil (by the child's case, or by UPN and date of birth)? True only for the named
     * school itself, which already knows of the order (issue 10).
     */
    public static final String SAO_NAMES_SCHOOL = "saoNamesSchool";
    public static final String CHILD_NAME = "childName";
    public static final String CHILD_INITIALS = "childInitials";
    public static final String ROUTE = "offRollRoute";
    public static final String OUTCOME = "offRollOutcome";
    public static final String OUTCOME_DETAIL = "offRollOutcomeDetail";
    public static final String CTF_DESTINATION = "ctfDestination";
    /**
     * Date or null: the proposed deletion date as a date (the day the pupil leaves the roll), from which
     * the CTF to the Lost Pupil Database is due (cme.deadlines.lost-pupil-ctf-school-days).
     */
    public static final String DELETION_DATE_AT = "deletionDateAt";
    // the school's answer on "Send the CTF to the Lost Pupil Database"
    public static final String CTF_SENT_ON = "ctfSentOn";
    public static final String CTF_REFERENCE = "ctfReference";
    // officers' answers
    public static final String JOINT_DECISION = "jointDecision";
    public static final String JOINT_DECISION_REASON = "jointDecisionReason";
    public static final String NEW_SCHOOL_CONFIRMED = "newSchoolConfirmed";
    public static final String NEW_SCHOOL_CONFIRMED_ON = "newSchoolConfirmedOn";
    // the CME referral (process/shared/referral)
    public static final String CME_REFERRAL_CASE_REFERENCE = "cmeReferralCaseReference";
    /** The child's case the notification belongs to, once there is one (also the business key). */
    public static final String CASE_REFERENCE = "caseReference";

    private Variables() {
    }
  }

  /** Values of {@link Variables#JOINT_DECISION}. */
  public static final class JointDecision {
    public static final String AGREED = "agreed";
    public static final String REFUSED = "refused";

    private JointDecision() {
    }
  }
}
