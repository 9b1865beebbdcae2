package uk.gov.cme.rules.localauthorities;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Where the local authorities file is ({@code cme.local-authorities} in application.yaml). An operator
 * points to an edited file with, for example, {@code cme.local-authorities.file=file:/etc/cme/local-authorities.csv}.
 *
 * @param file the local authorities CSV (columns {@code code,name,email})
 */
@ConfigurationProperties(prefix = "cme.local-authorities")
public record LocalAuthorityProperties(
    @DefaultValue("classpath:local-authorities/local-authorities.csv") Resource file) {
}
