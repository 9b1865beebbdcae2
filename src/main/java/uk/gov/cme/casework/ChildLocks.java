package uk.gov.cme.casework;

import java.time.LocalDate;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.gov.cme.rules.upn.Upn;

/**
 * Serialises the matching of one child with the open cases (table {@code cme_match_lock}, migration
 * V3): locks, until the current transaction ends, the slots of the child's date of birth and valid
 * UPNs, in ascending order so that two transactions never wait for each other in a circle. A second
 * referral for the same child then waits until the first has committed its case, and finds it.
 *
 * <p>The slots are a fixed set of rows: nothing is inserted under contention, and two different
 * children whose keys fall in one slot only wait for each other for the length of one intake.
 *
 * <p>A referral waits as long as the database lets a lock wait: on PostgreSQL until the holder ends
 * (no {@code lock_timeout} by default), on H2 the {@code LOCK_TIMEOUT} of the datasource URL
 * ({@code application.yaml}: 30 seconds; H2's own default of 2 seconds is shorter than a queue of a
 * few intakes for one child, and each timeout cost the request a retry).
 */
@Component
class ChildLocks {

  static final int SLOTS = 128;

  private final JdbcTemplate jdbc;

  ChildLocks(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Locks the child's slots; without a transaction the lock ends with the statement (no effect). */
  void lock(ChildDetails child) {
    for (int slot : slots(child)) {
      jdbc.queryForObject("SELECT slot FROM cme_match_lock WHERE slot = ? FOR UPDATE", Integer.class, slot);
    }
  }

  /** The child's slots, ascending: its date of birth and each valid UPN. */
  static TreeSet<Integer> slots(ChildDetails child) {
    TreeSet<Integer> slots = new TreeSet<>();
    LocalDate born = child.dateOfBirth();
    if (born != null) {
      slots.add(slot("dob:" + born));
    }
    for (String upn : new String[] {child.upn(), child.formerUpn()}) {
      if (upn != null) {
        Upn.validate(upn).upn().ifPresent(valid -> slots.add(slot("upn:" + valid.value())));
      }
    }
    return slots;
  }

  private static int slot(String key) {
    return Math.floorMod(key.hashCode(), SLOTS);
  }
}
