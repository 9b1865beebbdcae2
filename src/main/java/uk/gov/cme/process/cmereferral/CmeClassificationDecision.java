package uk.gov.cme.process.cmereferral;

/**
 * The {@code cme-classification} decision table ({@code processes/decisions/cme-classification.dmn}):
 * its key, the process variables it reads and the results it returns, in one place.
 */
public final class CmeClassificationDecision {

  public static final String KEY = "cme-classification";
  public static final String RESOURCE = "processes/decisions/cme-classification.dmn";

  private CmeClassificationDecision() {
  }

  /** Process variables the table reads; all simple types. */
  public static final class Inputs {
    /** Boolean: of compulsory school age (rules.md R4). */
    public static final String COMPULSORY_SCHOOL_AGE = "compulsorySchoolAge";
    /** Boolean: a registered pupil at a school. */
    public static final String ON_SCHOOL_ROLL = "onSchoolRoll";
    /** String, one of {@link EducationElsewhere}. */
    public static final String EDUCATION_ELSEWHERE = "educationElsewhere";
    /** String, one of {@link PmooeTrigger}. */
    public static final String PMOOE_TRIGGER = "pmooeTrigger";

    private Inputs() {
    }
  }

  /** Values of {@link Inputs#EDUCATION_ELSEWHERE}. */
  public static final class EducationElsewhere {
    public static final String NONE = "none";
    public static final String EHE_SUITABLE = "ehe-suitable";
    public static final String EHE_NOT_ASSESSED = "ehe-not-assessed";
    public static final String EHE_UNSUITABLE = "ehe-unsuitable";
    public static final String ALTERNATIVE_PROVISION = "alternative-provision";
    public static final String REDUCED_HOURS_ENGAGED = "reduced-hours-engaged";

    private EducationElsewhere() {
    }
  }

  /** Values of {@link Inputs#PMOOE_TRIGGER} (rules.md R2). */
  public static final class PmooeTrigger {
    public static final String NONE = "none";
    public static final String LEAVE_NOT_RETURNED = "leave-not-returned";
    public static final String ABSENT_20_DAYS = "absent-20-days";
    public static final String MISSED_TRANSITION_START = "missed-transition-start";
    public static final String MISSED_20_CONSECUTIVE_DAYS = "missed-20-consecutive-days";

    private PmooeTrigger() {
    }
  }

  /** Output names of the table (one result row). */
  public static final class Outputs {
    /** One of {@link Classification}. */
    public static final String CLASSIFICATION = "classification";
    /** Plain English, said to the referrer. */
    public static final String REASON = "reason";
    /** What to do instead; set for {@link Classification#NOT_CME}, empty otherwise. */
    public static final String SIGNPOSTING = "signposting";

    private Outputs() {
    }
  }

  /** Values of {@link Outputs#CLASSIFICATION}. */
  public static final class Classification {
    public static final String CME = "CME";
    public static final String PMOOE = "PMOOE";
    public static final String NOT_CME = "NOT_CME";

    private Classification() {
    }
  }
}
