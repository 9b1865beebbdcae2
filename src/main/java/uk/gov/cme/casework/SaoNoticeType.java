package uk.gov.cme.casework;

import uk.gov.cme.rules.law.Citation;

/** What a row of the School Attendance Order register is (processes.md P5). */
public enum SaoNoticeType {
  /** Notice to satisfy the authority that the child is receiving suitable education. */
  S437_NOTICE(Citation.EA1996_S437_1, false, false),
  /** Notice of intention to serve an order, naming the school and any alternatives. */
  S438_NOTICE_OF_INTENTION(Citation.EA1996_S438, true, false),
  /** The order, naming the school. */
  SCHOOL_ATTENDANCE_ORDER(Citation.EA1996_S437_3, true, true),
  /** The order amended at the parent's request to name another school: a new order row. */
  AMENDMENT(Citation.EA1996_S440, true, true),
  /** The order revoked at the parent's request. */
  REVOCATION(Citation.EA1996_S442, false, false),
  /** Notice of Intention to Prosecute for not complying with the order. */
  NOTICE_OF_INTENTION_TO_PROSECUTE(Citation.EA1996_S443, false, false);

  private final Citation citation;
  private final boolean namesSchool;
  private final boolean order;

  SaoNoticeType(Citation citation, boolean namesSchool, boolean order) {
    this.citation = citation;
    this.namesSchool = namesSchool;
    this.order = order;
  }

  /** The provision under which it is served. */
  public Citation citation() {
    return citation;
  }

  /** Whether it names a school (required). */
  public boolean namesSchool() {
    return namesSchool;
  }

  /** Whether it is an order, with a status ({@link SaoOrderStatus}). */
  public boolean isOrder() {
    return order;
  }

  /** Whether it is about an existing order (amendment, revocation, NIP): the order's row id is required. */
  public boolean aboutAnOrder() {
    return this == AMENDMENT || this == REVOCATION || this == NOTICE_OF_INTENTION_TO_PROSECUTE;
  }
}
