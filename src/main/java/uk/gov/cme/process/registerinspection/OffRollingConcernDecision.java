package uk.gov.cme.process.registerinspection;

/**
 * The {@code off-rolling-concern} decision table ({@code processes/decisions/off-rolling-concern.dmn},
 * processes.md P3 step 2): whether a school's off-roll notifications look like off-rolling. Its key, the
 * figures it reads and the results it returns.
 */
public final class OffRollingConcernDecision {

  public static final String KEY = "off-rolling-concern";
  public static final String RESOURCE = "processes/decisions/off-rolling-concern.dmn";

  private OffRollingConcernDecision() {
  }

  /** The figures the table reads (integers, from {@link OffRollingFigures}). */
  public static final class Inputs {
    /** The school's notifications in the rolling window. */
    public static final String DELETIONS = "deletionsInWindow";
    /** Of them, the per cent (0 to 100, rounded down) on grounds (f), (h) or (i). */
    public static final String PERCENT_ON_GROUNDS_FHI = "percentOnGroundsFhi";
    /** Of them, pupils in Year 10 or 11 on the proposed deletion date. */
    public static final String YEAR_TEN_ELEVEN = "yearTenElevenDeletions";
    /** Of them, deletions with a proposed deletion date just before a school census date. */
    public static final String BEFORE_CENSUS = "beforeCensusDeletions";

    private Inputs() {
    }
  }

  /** Output names (one result row). */
  public static final class Outputs {
    /** Boolean: the notifications look like off-rolling. */
    public static final String CONCERN = "offRollingConcern";
    /** Why, in plain English: the inspection's reason. */
    public static final String REASON = "offRollingReason";

    private Outputs() {
    }
  }
}
