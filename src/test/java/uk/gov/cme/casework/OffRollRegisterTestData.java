package uk.gov.cme.casework;

import java.time.LocalDate;

/** A deletion return from Riverside Primary (URN 999001), shared by the off-roll register's tests. */
final class OffRollRegisterTestData {

  private OffRollRegisterTestData() {
  }

  /** Amira Khan, ground (i), to be deleted on 20 March 2026, last attended 2 February. */
  static OffRollNotificationDetails aNotification(String ground) {
    return new OffRollNotificationDetails("999001", " Amira ", "Khan", null, LocalDate.of(2015, 5, 14),
        "b801200005001", "12 Riverside Road, Winchester", "so23 8uj",
        new OffRollNotificationDetails.Parent("Sara Khan", null, "07700 900123"), null,
        null, null, null, ground, LocalDate.of(2026, 3, 20), LocalDate.of(2026, 2, 2), false, false, false,
        "Not seen since 2 February; phone disconnected; home visit: house empty.");
  }
}
