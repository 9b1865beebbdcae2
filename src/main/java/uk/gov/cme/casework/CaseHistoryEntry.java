package uk.gov.cme.casework;

import java.time.Instant;

/**
 * One line of a case's audit trail, as shown to officers.
 *
 * @param at     when it happened
 * @param user   who did it (a user id, or {@value Casework#SYSTEM_USER} for the engine)
 * @param type   what happened
 * @param detail a short note without personal data, or null
 */
public record CaseHistoryEntry(Instant at, String user, CaseEventType type, String detail) {
}
