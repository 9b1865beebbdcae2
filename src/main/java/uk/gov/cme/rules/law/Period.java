package uk.gov.cme.rules.law;

import java.util.Optional;

/**
 * The periods of rules.md R7, each with where it comes from: a provision of law ({@link #citation()})
 * or a local authority's policy ({@link #policy()}), never both. How long each period is, and how it is
 * counted, is for the calendar ({@code calendar} bean) and the deadline settings, not for this: it says
 * where each comes from, so that the settings, the task texts and the letters can quote it.
 */
public enum Period {

  /** Acknowledge a referral: 5 working days from receipt. */
  ACKNOWLEDGE_REFERRAL("acknowledge a referral", null,
      "seed 001 (Hampshire CME policy): the local authority's duties to acknowledge, track and report back"),
  /** The parent's answer to a notice to satisfy the authority: not less than 15 days from service. */
  NOTICE_TO_SATISFY_RESPONSE("the parent's answer to the notice to satisfy the local authority",
      Citation.EA1996_S437_1, null),
  /** The parent's choice of school after the notice of intention: 15 days from service. */
  NOTICE_OF_INTENTION_CHOICE("the parent's choice of school after the notice of intention to serve an order",
      Citation.EA1996_S438, null),
  /** The governing body's application to the Secretary of State: 15 days from consultation. */
  GOVERNING_BODY_APPLICATION("the named school's governing body's application to the Secretary of State",
      Citation.EA1996_S439, null),
  /** Home visit after a School Attendance Order is issued (or a NIP considered): 15 days. */
  HOME_VISIT_AFTER_ORDER("home visit after a School Attendance Order is issued or prosecution considered", null,
      "seed 002 §8 (East Sussex SAO process): the safeguarding checks after an order"),
  /** The LA's reasons to the court for not applying for a directed education supervision order: 8 weeks. */
  ESO_DECISION_REASONS("the local authority's reasons to the court for not applying for an education supervision"
      + " order the court directed", Citation.EA1996_S447, null),
  /** A notice's day of deemed service when posted or emailed: working days after sending. */
  DEEMED_SERVICE("the day of deemed service of a School Attendance Order notice sent by post or email", null,
      "local practice: first-class post the second working day after posting (the CPR 6.26 convention)"),
  /** Attendance monitored at the named school after the first day: 20 school days. */
  SAO_MONITORING("monitoring attendance at the school named in a School Attendance Order", null,
      "local practice: the monitoring period before an order is complied with (issue 10)"),
  /** Not back after leave of absence: 10 school days after the leave ended (ground (h)). */
  NOT_BACK_AFTER_LEAVE("not back after leave of absence", Citation.REG_9_1_H, null),
  /** A lost pupil: continuously absent 20 school days, whereabouts unknown (ground (i)). */
  CONTINUOUSLY_ABSENT("continuously absent, whereabouts unknown (a lost pupil)", Citation.REG_9_1_I, null),
  /** Out of provision 4 weeks: a child missing out on education (CMOE). */
  OUT_OF_PROVISION("out of education provision (CMOE)", null,
      "seed 004 (Wiltshire CMOE group): the definition of a child missing out on education"),
  /** A school's new pupil return: by the end of the fifth day after entry in the register. */
  NEW_PUPIL_RETURN("a school's new pupil return", Citation.REG_13_1, null),
  /** The common transfer file to the Lost Pupil Database: 15 school days after the pupil left. */
  CTF_TO_LOST_PUPIL_DATABASE("the common transfer file (CTF) to the Lost Pupil Database",
      Citation.PUPIL_INFORMATION_REG_9, null),
  /** Chasing an outbound enquiry to another authority that has not replied: 10 working days. */
  OUTBOUND_ENQUIRY_CHASE("chasing another local authority's reply to an enquiry", null,
      "local practice: a setting the local authority chooses"),
  /** A case with no progress escalates: 20 school days. */
  NO_PROGRESS_ESCALATION("escalating a case with no progress", null,
      "seed 004 (Wiltshire CMOE group): escalation of cases that are stuck");

  private final String description;
  private final Citation citation;
  private final String policy;

  Period(String description, Citation citation, String policy) {
    if ((citation == null) == (policy == null)) {
      throw new IllegalArgumentException("a period comes from a provision of law or from a policy, not both or neither");
    }
    this.description = description;
    this.citation = citation;
    this.policy = policy;
  }

  /** What the period is for, in plain English. */
  public String description() {
    return description;
  }

  /** The provision of law that sets it; empty for a period of local policy. */
  public Optional<Citation> citation() {
    return Optional.ofNullable(citation);
  }

  /** The local policy (seed document or local practice) that sets it; empty for a period set in law. */
  public Optional<String> policy() {
    return Optional.ofNullable(policy);
  }

  /** Where it comes from, for a sentence: the citation in full, or the policy. */
  public String source() {
    return citation != null ? citation.inFull() : policy;
  }
}
