package uk.gov.cme.rules.calendar;

/**
 * Told of every deadline the calendar gives provisionally, so that someone sees it and it is put right
 * once the data are loaded. In the application this starts the {@code set-due-date} building block
 * (an incident in Cockpit until the term dates are loaded).
 */
@FunctionalInterface
public interface ProvisionalDeadlines {

  /** Nobody is told: the provisional deadline is only returned. For calculations outside a process. */
  ProvisionalDeadlines NONE = deadline -> { };

  void given(ProvisionalDeadline deadline);
}
