package uk.gov.cme.bench;

/**
 * The benchmark's settings, as system properties ({@code ./mvnw -o -Pbench verify -Dbench.seconds=20}); the
 * defaults are the figures docs/performance.md was measured with, except where it says otherwise.
 */
final class BenchSettings {

  /** Seconds each kind of start runs in one repetition. */
  static final int SECONDS = integer("bench.seconds", 5);
  /** Repetitions of the whole round of kinds (alternating), after one warm-up round. */
  static final int REPETITIONS = integer("bench.repetitions", 5);
  /** Seconds of the warm-up round's each kind (not counted). */
  static final int WARMUP_SECONDS = integer("bench.warmup-seconds", 3);
  /** Open CME referrals in the database when the Tasklist filters are measured. */
  static final int OPEN_INSTANCES = integer("bench.open-instances", 1000);
  /** Calls of each filter request measured, per user. */
  static final int FILTER_CALLS = integer("bench.filter-calls", 40);
  /** While the filters are measured, one referral is written every this many milliseconds (0: none). */
  static final int WRITE_EVERY_MS = integer("bench.write-every-ms", 2000);
  /**
   * The county-year simulation's volumes as a share of the county year (5,000 referrals, 20,000
   * off-roll notifications, 2,000 EHE checks, 300 SAO cases): 1 is the whole year, 0.01 a hundredth.
   */
  static final double SCALE = decimal("bench.scale", 1.0);
  /**
   * Only the kinds of start whose name contains one of these (comma-separated, case-insensitive), e.g.
   * {@code referral} to profile the intake alone; blank: every kind.
   */
  static final String KINDS = System.getProperty("bench.kinds", "");

  /** Where the H2 databases of a run are written (a fresh directory per class). */
  static final String DIRECTORY = System.getProperty("bench.directory", "target/bench");

  private BenchSettings() {
  }

  private static int integer(String name, int fallback) {
    String value = System.getProperty(name);
    return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
  }

  private static double decimal(String name, double fallback) {
    String value = System.getProperty(name);
    return value == null || value.isBlank() ? fallback : Double.parseDouble(value.strip());
  }
}
