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
    /** String, one of the values the table lists for it (read by {@link ClassificationTable}). */
    public static final String EDUCATION_ELSEWHERE = "educationElsewhere";
    /** String (rules.md R2), one of the values the table lists for it. */
    public static final String PMOOE_TRIGGER = "pmooeTrigger";
    /** Double or null: hours a week of formal education the child receives now (rules.md R3, CMOOE). */
    public static final String FORMAL_HOURS_PER_WEEK = "formalHoursPerWeek";
    /**
     * Integer or null: whole weeks since the child last received education from their provision
     * (rules.md R3, CMOE), from {@code lastProvisionDate} to the day the referral was received.
     */
    public static final String WEEKS_OUT_OF_PROVISION = "weeksOutOfProvision";

    private Inputs() {
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
    /** Missing out on formal full-time education (rules.md R3): kept open and flagged for the CMOOE Action Group. */
    public static final String CMOOE = "CMOOE";
    /** Home education the LA has not yet assessed: the LA's own EHE check (P4) takes the case. */
    public static final String EHE_CHECK = "EHE_CHECK";
    public static final String NOT_CME = "NOT_CME";

    private Classification() {
    }
  }
}
