package uk.gov.cme.rules.calendar;

/**
 * How a School Attendance Order notice or order is served on a parent (processes.md P5), which decides
 * its day of deemed service ({@link SaoDeadlines#deemedService}).
 */
public enum ServiceMethod {
  /** Delivered by hand: served the same day. */
  BY_HAND,
  /** Sent by first-class post: served {@code cme.deadlines.sao-deemed-service-post-working-days} working days after posting. */
  FIRST_CLASS_POST,
  /** Emailed to a parent who agreed to email service: {@code cme.deadlines.sao-deemed-service-email-working-days} after sending. */
  EMAIL
}
