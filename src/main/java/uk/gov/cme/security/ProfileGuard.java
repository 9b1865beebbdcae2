package uk.gov.cme.security;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** Demo accounts must never exist in production: the prod and demo profiles cannot run together. */
@Component
@Profile("prod & demo")
class ProfileGuard {

  ProfileGuard() {
    throw new StartupConfigurationException(
        "The prod and demo profiles are both active; demo accounts must never exist in production.",
        "Run with --spring.profiles.active=prod (add postgres for PostgreSQL), without demo.");
  }
}
