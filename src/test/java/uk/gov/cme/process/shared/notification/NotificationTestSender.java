package uk.gov.cme.process.shared.notification;

/**
 * For process tests of other packages whose emails go through the real notification block: the block's
 * sending step (the constructor Spring uses is package-private), sending from {@code cme-team@localhost}
 * through the SMTP server on {@code port} (GreenMail in the tests) with {@code letters} for attachments.
 */
public final class NotificationTestSender {

  private NotificationTestSender() {
  }

  public static SendNotificationDelegate sendingStep(int port, LetterAttachments letters) {
    return new SendNotificationDelegate(
        new Notifications(NotificationsMailTest.mailSenderOnPort(port), "cme-team@localhost"), letters);
  }
}
