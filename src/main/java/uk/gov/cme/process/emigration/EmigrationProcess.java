package uk.gov.cme.process.emigration;

/**
 * The emigration safeguarding process (processes.md P6, seed 002 App. 6): the BPMN's ids and variable
 * names in one place.
 *
 * <h2>Starting it from another process</h2>
 * Start {@value #KEY} by key with the case reference as business key (or none) and the variables of
 * {@link Variables} listed in docs/processes/emigration.md: the child ({@code legalForename},
 * {@code legalSurname}, {@code dateOfBirth} yyyy-mm-dd; optional {@code upn}, {@code address},
 * {@code postcode}), {@code leavingDate} (yyyy-mm-dd), the destination ({@code destinationCountry} and
 * {@code destinationAddress}, or {@code destinationUnknown = true}); optional {@code caseReference}
 * (an existing case; closed as "left the country" when the departure is confirmed) and
 * {@code schoolUrn} (the school then confirms the departure; without it the CME team does).
 */
public final class EmigrationProcess {

  public static final String KEY = "emigration";
  /** Lost Pupil Database destination for a school outside England and Wales (rules.md R8). */
  public static final String LOST_PUPIL_DESTINATION_ABROAD = "MMMMMMM";
  /** Ground of deletion: no longer lives a reasonable distance from the school (rules.md R6, reg 9(1)(g)). */
  public static final String OFF_ROLL_GROUND = "g";

  private EmigrationProcess() {
  }

  /** Flow node ids in processes/emigration.bpmn. */
  public static final class Elements {
    public static final String EVENT_EMIGRATION_REPORTED = "Event_EmigrationReported";
    public static final String TASK_RECORD_EMIGRATION_NOTICE = "Task_RecordEmigrationNotice";
    public static final String GATEWAY_DESTINATION_KNOWN = "Gateway_DestinationKnown";
    public static final String EVENT_LEAVING_DATE_PASSED = "Event_LeavingDatePassed";
    public static final String TASK_CONFIRM_DEPARTURE = "Task_ConfirmDeparture";
    /** The CTF (MMMMMMM) is sent on the confirmation: its deadline passed with the confirmation still open. */
    public static final String EVENT_CTF_ABROAD_OVERDUE = "Event_CtfAbroadOverdue";
    public static final String TASK_CHASE_CTF_ABROAD = "Task_ChaseCtfAbroad";
    public static final String EVENT_CTF_ABROAD_CHASED = "Event_CtfAbroadChased";
    public static final String GATEWAY_DEPARTURE_CONFIRMED = "Gateway_DepartureConfirmed";
    public static final String TASK_RECORD_OFF_ROLL = "Task_RecordOffRoll";
    public static final String EVENT_CLOSED_LEFT_COUNTRY = "Event_ClosedLeftCountry";
    public static final String TASK_REFER_DESTINATION_UNKNOWN = "Task_ReferDestinationUnknown";
    public static final String EVENT_REFERRED_DESTINATION_UNKNOWN = "Event_ReferredDestinationUnknown";
    public static final String TASK_REFER_NOT_CONFIRMED = "Task_ReferNotConfirmed";
    public static final String EVENT_REFERRED_NOT_CONFIRMED = "Event_ReferredNotConfirmed";
    public static final String EVENT_SAFEGUARDING_CONCERN_RAISED = "Event_SafeguardingConcernRaised";
    public static final String TASK_RAISE_SAFEGUARDING_REFERRAL = "Task_RaiseSafeguardingReferral";
    public static final String EVENT_SAFEGUARDING_REFERRAL_STARTED = "Event_SafeguardingReferralStarted";

    private Elements() {
    }
  }

  /** Process variables: one meaning in every process (data.md). */
  public static final class Variables {
    // the child, as in every process
    public static final String CASE_REFERENCE = "caseReference";
    public static final String LEGAL_FORENAME = "legalForename";
    public static final String LEGAL_SURNAME = "legalSurname";
    public static final String DATE_OF_BIRTH = "dateOfBirth";
    public static final String UPN = "upn";
    public static final String ADDRESS = "address";
    public static final String POSTCODE = "postcode";
    public static final String CHILD_NAME = "childName";
    public static final String CHILD_INITIALS = "childInitials";
    public static final String SCHOOL_URN = "schoolUrn";
    public static final String REFERRER_NAME = "referrerName";
    public static final String REFERRER_EMAIL = "referrerEmail";
    public static final String RECEIVED_AT = "receivedAt";
    public static final String RECEIVED_BY = "receivedBy";
    // the emigration notice
    public static final String DESTINATION_COUNTRY = "destinationCountry";
    public static final String DESTINATION_ADDRESS = "destinationAddress";
    public static final String DESTINATION_UNKNOWN = "destinationUnknown";
    public static final String LEAVING_DATE = "leavingDate";
    /** The leaving date as a date-time (start of the day, London) for the timer expression. */
    public static final String LEAVING_DATE_AT = "leavingDateAt";
    public static final String PARENT_NAME = "parentName";
    public static final String PARENT_PHONE = "parentPhone";
    public static final String PARENT_EMAIL = "parentEmail";
    /** How the school knows the family is emigrating: who said what, when. */
    public static final String EMIGRATION_NOTICE = "emigrationNotice";
    /** The notice in one line, for the CME referral's circumstances and the forms. */
    public static final String EMIGRATION_SUMMARY = "emigrationSummary";
    /** Candidate group of the confirmation task: {@code school-<URN>}, or {@code cme-officer} without a school. */
    public static final String CONFIRMATION_GROUP = "confirmationGroup";
    // the confirmation
    public static final String DEPARTURE_OUTCOME = "departureOutcome";
    public static final String DEPARTURE_EVIDENCE = "departureEvidence";
    public static final String DEPARTURE_NOTES = "departureNotes";
    public static final String OFF_ROLLED_ON = "offRolledOn";
    public static final String OFF_ROLL_GROUND = "offRollGround";
    public static final String LOST_PUPIL_DESTINATION = "lostPupilDestination";
    public static final String DEPARTURE_CONFIRMED_AT = "departureConfirmedAt";
    public static final String DEPARTURE_CONFIRMED_BY = "departureConfirmedBy";
    /** Form field of every task: raise a safeguarding concern (the safeguarding event subprocess clears it). */
    public static final String RAISE_SAFEGUARDING_CONCERN = "raiseSafeguardingConcern";
    /**
     * Whether a safeguarding concern was raised on the notice or the confirmation form: the child is then
     * referred to the CME team rather than simply taken off roll.
     */
    public static final String SAFEGUARDING_CONCERN_RAISED = "safeguardingConcernRaised";
    /** Whether the case in the register was closed as "left the country" (false: no case, or already closed). */
    public static final String CASE_CLOSED = "caseClosed";

    private Variables() {
    }
  }

  /** Values of {@link Variables#DEPARTURE_OUTCOME}, chosen on the confirmation form. */
  public static final class DepartureOutcomes {
    public static final String CONFIRMED = "confirmed";
    public static final String NOT_CONFIRMED = "not-confirmed";
    public static final String SAFEGUARDING_CONCERN = "safeguarding-concern";

    private DepartureOutcomes() {
    }
  }
}
