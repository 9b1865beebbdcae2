package uk.gov.cme.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints a {@link StartupConfigurationException} as Spring Boot's "APPLICATION FAILED TO START". */
class StartupFailureAnalyzer extends AbstractFailureAnalyzer<StartupConfigurationException> {

  @Override
  protected FailureAnalysis analyze(Throwable root, StartupConfigurationException cause) {
    return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
  }
}
