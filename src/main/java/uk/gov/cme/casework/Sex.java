package uk.gov.cme.casework;

/** A child's sex as recorded (the DfE returns count children by sex, rules.md R11). */
public enum Sex {
  FEMALE,
  MALE,
  /** Not given or not known. */
  NOT_KNOWN
}
