package uk.gov.cme.casework;

/** Whom an enquiry about a child's whereabouts goes to (data.md, Enquiry; processes.md P1 step 3). */
public enum Agency {
  /** Another local authority's CME team. */
  OTHER_LA,
  /** This authority's school admissions. */
  ADMISSIONS,
  HEALTH,
  HOUSING,
  DWP,
  BORDER_FORCE,
  POLICE,
  SOCIAL_CARE,
  /** School to School / the Lost Pupil Database. */
  S2S,
  /** Anyone else; say whom in the contact. */
  OTHER
}
