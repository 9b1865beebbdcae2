package uk.gov.cme.process.registerinspection;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.gov.cme.casework.OffRollEntry;
import uk.gov.cme.rules.age.SchoolAge;

/**
 * The figures the off-rolling-concern table reads (processes.md P3 step 2), from a school's off-roll
 * notifications submitted in the rolling window up to today. Notifications at a standard transition (no
 * deletion return is needed then) are left out: they are not deletions the school chose.
 *
 * @param deletions         notifications in the window
 * @param percentOnGroundsFhi of them, per cent (rounded down) on grounds (f), (h) or (i)
 * @param yearTenEleven     of them, pupils in Year 10 or 11 on the proposed deletion date
 * @param beforeCensus      of them, with a proposed deletion date just before a census day
 */
record OffRollingFigures(int deletions, int percentOnGroundsFhi, int yearTenEleven, int beforeCensus) {

  private static final Set<String> GROUNDS_FHI = Set.of("f", "h", "i");

  /**
   * The figures of {@code notifications} (one school's) submitted on or after {@code today - windowDays + 1}.
   *
   * @param beforeCensusDays how many days before a census day count as "just before"
   */
  static OffRollingFigures of(List<OffRollEntry> notifications, LocalDate today, int windowDays,
                              int beforeCensusDays, ZoneId zone) {
    return of(notifications, today, windowDays, beforeCensusDays, zone, null);
  }

  /**
   * As {@link #of(List, LocalDate, int, int, ZoneId)}, counting only the notifications submitted after
   * {@code reviewedUntil} (the end of the school's last inspection, which compared them with the admission
   * register already; null when it has had none): a school just inspected is not inspected again for the
   * same notifications.
   */
  static OffRollingFigures of(List<OffRollEntry> notifications, LocalDate today, int windowDays,
                              int beforeCensusDays, ZoneId zone, Instant reviewedUntil) {
    LocalDate from = today.minusDays(windowDays - 1L);
    List<OffRollEntry> inWindow = notifications.stream()
        .filter(n -> !n.details().standardTransition())
        .filter(n -> reviewedUntil == null || n.submittedAt().isAfter(reviewedUntil))
        .filter(n -> {
          LocalDate submitted = n.submittedAt().atZone(zone).toLocalDate();
          return !submitted.isBefore(from) && !submitted.isAfter(today);
        }).toList();
    int deletions = inWindow.size();
    int fhi = (int) inWindow.stream().filter(n -> GROUNDS_FHI.contains(n.details().ground())).count();
    int yearTenEleven = (int) inWindow.stream().filter(n -> {
      LocalDate on = n.proposedDeletionDate() == null ? n.submittedAt().atZone(zone).toLocalDate()
          : n.proposedDeletionDate();
      int year = SchoolAge.yearGroup(n.details().dateOfBirth(), on);
      return year == 10 || year == 11;
    }).count();
    int beforeCensus = (int) inWindow.stream()
        .filter(n -> CensusDates.justBefore(n.proposedDeletionDate(), beforeCensusDays)).count();
    return new OffRollingFigures(deletions, deletions == 0 ? 0 : fhi * 100 / deletions, yearTenEleven,
        beforeCensus);
  }

  /** The figures under the table's input names. */
  Map<String, Object> asVariables() {
    return Map.of(OffRollingConcernDecision.Inputs.DELETIONS, deletions,
        OffRollingConcernDecision.Inputs.PERCENT_ON_GROUNDS_FHI, percentOnGroundsFhi,
        OffRollingConcernDecision.Inputs.YEAR_TEN_ELEVEN, yearTenEleven,
        OffRollingConcernDecision.Inputs.BEFORE_CENSUS, beforeCensus);
  }
}
