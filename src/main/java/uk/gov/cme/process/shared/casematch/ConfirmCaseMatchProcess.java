package uk.gov.cme.process.shared.casematch;

/**
 * The building block "Confirm whether two cases are the same child" ({@code confirm-case-match}): the
 * BPMN's ids and variable names in one place. {@link ChildCases} starts it beside a process that opened
 * a case for a child who may already have one (a probable match, as in the CME referral), and an
 * officer decides; "same child" merges the new case into the open one.
 */
public final class ConfirmCaseMatchProcess {

  public static final String KEY = "confirm-case-match";

  private ConfirmCaseMatchProcess() {
  }

  /** Flow node ids in processes/shared/confirm-case-match.bpmn. */
  public static final class Elements {
    public static final String EVENT_POSSIBLE_MATCH = "Event_PossibleMatchFound";
    public static final String TASK_CONFIRM_SAME_CHILD = "Task_ConfirmSameChild";
    public static final String TASK_MERGE_CASES = "Task_MergeCases";
    public static final String EVENT_CASES_MERGED = "Event_CasesMerged";
    public static final String EVENT_KEPT_SEPARATE = "Event_KeptSeparate";
    public static final String TASK_RAISE_SAFEGUARDING_REFERRAL = "Task_RaiseSafeguardingReferral";

    private Elements() {
    }
  }

  /** Process variables (LA only: this instance is never a school's). */
  public static final class Variables {
    /** The new (provisional) case; also the business key. */
    public static final String CASE_REFERENCE = "caseReference";
    /** The child's open case it may be the same child as. */
    public static final String MATCHED_CASE_REFERENCE = "matchedCaseReference";
    /** What the officer compares, in words. */
    public static final String MATCH_SUMMARY = "matchSummary";
    /** Which process opened the new case, and on what notice. */
    public static final String NOTICE = "notice";
    public static final String CHILD_NAME = "childName";
    public static final String LEGAL_FORENAME = "legalForename";
    public static final String LEGAL_SURNAME = "legalSurname";
    public static final String DATE_OF_BIRTH = "dateOfBirth";
    /** When the notice was received: the officer's deadline counts from it. */
    public static final String RECEIVED_AT = "receivedAt";
    /** The officer's answer: {@code same} or {@code different}. */
    public static final String SAME_CHILD = "sameChild";

    private Variables() {
    }
  }
}
