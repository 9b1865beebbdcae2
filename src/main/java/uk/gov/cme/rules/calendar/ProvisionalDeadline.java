package uk.gov.cme.rules.calendar;

import java.time.LocalDate;
import java.util.Date;
import java.util.Objects;

/**
 * A deadline the calendar could not work out exactly, because the local authority's term dates do not
 * reach it, and the provisional moment given instead so that the step still happens. Carries what is
 * needed to work it out again once the term dates are loaded ({@link DeadlineCalendar#exact}). No
 * personal data.
 *
 * @param kind        which calculation
 * @param from        the day counted from
 * @param days        the number of school days ({@link Kind#SCHOOL_DAYS}); 0 for the next half term
 * @param provisional the moment given instead (close of business)
 * @param reason      why it could not be worked out, naming the file to extend
 */
public record ProvisionalDeadline(Kind kind, LocalDate from, int days, Date provisional, String reason) {

  /** The calculations that need term dates. */
  public enum Kind {
    /** {@link DeadlineCalendar#addSchoolDays}: provisionally the same number of working days. */
    SCHOOL_DAYS,
    /** {@link DeadlineCalendar#nextHalfTermStart}: provisionally projected from an earlier year's terms. */
    NEXT_HALF_TERM
  }

  public ProvisionalDeadline {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(provisional, "provisional");
    Objects.requireNonNull(reason, "reason");
  }
}
