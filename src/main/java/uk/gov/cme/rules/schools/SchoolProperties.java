package uk.gov.cme.rules.schools;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Where the schools file is ({@code cme.schools} in application.yaml). An operator points to an edited
 * file with, for example, {@code cme.schools.file=file:/etc/cme/schools.csv}.
 *
 * @param file the schools CSV (columns {@code urn,name,phase,email,laCode})
 */
@ConfigurationProperties(prefix = "cme.schools")
public record SchoolProperties(@DefaultValue("classpath:schools/schools.csv") Resource file) {
}
