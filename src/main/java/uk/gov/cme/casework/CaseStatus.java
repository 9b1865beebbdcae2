package uk.gov.cme.casework;

/** Whether a case is being worked. A closed case has an {@link OutcomeCode}. */
public enum CaseStatus {
  OPEN,
  CLOSED
}
