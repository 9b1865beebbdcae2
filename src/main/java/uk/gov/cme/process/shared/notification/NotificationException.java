package uk.gov.cme.process.shared.notification;

/**
 * A notification that cannot be sent as asked: unknown or broken template, a value the template needs
 * is missing, an invalid address. Messages name the template and the fault, never personal data.
 */
public class NotificationException extends RuntimeException {

  public NotificationException(String message) {
    super(message);
  }

  public NotificationException(String message, Throwable cause) {
    super(message, cause);
  }
}
