package uk.gov.cme.casework;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One register inspection as the register holds it (no PDF: {@link RegisterInspections#findings}).
 *
 * @param id                the inspection's id
 * @param schoolUrn         the school inspected
 * @param trigger           why it was started
 * @param reason            the reason in words (an off-rolling concern's row, the officer's words)
 * @param processInstanceId the register-inspection instance
 * @param startedBy         who started it ({@code system} for the schedule and a concern)
 * @param startedAt         when
 * @param endedAt           when its findings were recorded; null while it runs
 * @param findingsSummary   the findings in a few words (counts); null while it runs
 * @param nextDueDate       the school's next inspection by the schedule; null while it runs
 * @param hasFindings       whether the record of findings (PDF) is stored
 */
public record InspectionRecord(long id, String schoolUrn, InspectionTrigger trigger, String reason,
    String processInstanceId, String startedBy, Instant startedAt, Instant endedAt, String findingsSummary,
    LocalDate nextDueDate, boolean hasFindings) {
}
