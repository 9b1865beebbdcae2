package uk.gov.cme.casework;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One line of a case's audit trail: who did what, and when. Written for every change, never changed.
 * Its own aggregate, so that saving a case does not rewrite its history.
 *
 * @param id          generated
 * @param caseId      the case's database id
 * @param occurredAt  when
 * @param byUser      the user id (or {@value Casework#SYSTEM_USER} for the engine)
 * @param eventType   what
 * @param detail      a short note without personal data (ids, codes, sources), or null
 */
@Table
record CaseEvent(@Id Long id, Long caseId, Instant occurredAt, String byUser, CaseEventType eventType,
                 String detail) {

  static final int DETAIL_LENGTH = 200;

  static CaseEvent of(Long caseId, Instant at, String user, CaseEventType type, String detail) {
    String shortDetail = detail == null || detail.length() <= DETAIL_LENGTH ? detail
        : detail.substring(0, DETAIL_LENGTH);
    return new CaseEvent(null, caseId, at, user, type, shortDetail);
  }

  CaseHistoryEntry entry() {
    return new CaseHistoryEntry(occurredAt, byUser, eventType, detail);
  }
}
