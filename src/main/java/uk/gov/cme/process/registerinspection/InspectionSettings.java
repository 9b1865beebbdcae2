package uk.gov.cme.process.registerinspection;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The register inspection's settings ({@code cme.inspection} in application.yaml; docs/operations.md).
 *
 * @param perYear              how many times each school of the schools file is inspected an academic year
 *                             by the schedule (at least once), spread across the year's school days
 * @param offRollingWindowDays the rolling window, in days up to the day a notification is recorded, whose
 *                             notifications the off-rolling-concern table judges
 * @param beforeCensusDays     a deletion this many days or fewer before a census day is "just before" it
 */
@Validated
@ConfigurationProperties(prefix = "cme.inspection")
public record InspectionSettings(@DefaultValue("1") @Min(1) int perYear,
                                 @DefaultValue("365") @Min(1) int offRollingWindowDays,
                                 @DefaultValue("10") @Min(0) int beforeCensusDays) {
}
