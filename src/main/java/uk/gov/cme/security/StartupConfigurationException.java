package uk.gov.cme.security;

/** A setting the application cannot start without; reported by {@link StartupFailureAnalyzer}. */
public class StartupConfigurationException extends RuntimeException {

  private final String action;

  public StartupConfigurationException(String message, String action) {
    super(message);
    this.action = action;
  }

  public String action() {
    return action;
  }
}
