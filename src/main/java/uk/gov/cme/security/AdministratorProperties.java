package uk.gov.cme.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator in production ({@code cme.admin}, from CME_ADMIN_USER, CME_ADMIN_PASSWORD
 * and optionally CME_ADMIN_EMAIL).
 */
@ConfigurationProperties(prefix = "cme.admin")
public record AdministratorProperties(String user, String password, String email) {
}
