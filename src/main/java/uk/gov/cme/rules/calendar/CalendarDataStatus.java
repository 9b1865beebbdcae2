package uk.gov.cme.rules.calendar;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;

/**
 * How far one calendar data file reaches on a given day, and whether it is time to load more: a file
 * is {@link State#ENDING_SOON} from {@code warnBefore} (six months by default) before its last day, and
 * {@link State#ENDED} after it. The message says what to do and names no one.
 *
 * @param data     which file
 * @param lastDay  the last day the file covers
 * @param warnFrom the first day of the warning
 * @param state    the state on the day asked about
 */
public record CalendarDataStatus(Data data, LocalDate lastDay, LocalDate warnFrom, State state) {

  /** The calendar data files. */
  public enum Data {
    TERM_DATES("term-dates", "term-dates.csv"),
    BANK_HOLIDAYS("bank-holidays", "bank-holidays-england-and-wales.csv");

    private final String key;
    private final String file;

    Data(String key, String file) {
      this.key = key;
      this.file = file;
    }

    /** A short key, for example {@code term-dates}. */
    public String key() {
      return key;
    }

    /** The shipped file's name. */
    public String file() {
      return file;
    }
  }

  /** Whether it is time to load more data. */
  public enum State { OK, ENDING_SOON, ENDED }

  public CalendarDataStatus {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(lastDay, "lastDay");
    Objects.requireNonNull(warnFrom, "warnFrom");
    Objects.requireNonNull(state, "state");
  }

  /** The status of both files on {@code today}: the term dates, then the bank holidays. */
  public static List<CalendarDataStatus> of(TermDates termDates, BankHolidays bankHolidays, Period warnBefore,
                                            LocalDate today) {
    return List.of(status(Data.TERM_DATES, termDates.lastDay(), warnBefore, today),
        status(Data.BANK_HOLIDAYS, bankHolidays.lastCoveredDay(), warnBefore, today));
  }

  static CalendarDataStatus status(Data data, LocalDate lastDay, Period warnBefore, LocalDate today) {
    LocalDate warnFrom = lastDay.minus(warnBefore);
    State state = today.isAfter(lastDay) ? State.ENDED
        : today.isBefore(warnFrom) ? State.OK : State.ENDING_SOON;
    return new CalendarDataStatus(data, lastDay, warnFrom, state);
  }

  /** Whether an administrator should act: the file ends within the warning period or has ended. */
  public boolean needsAction() {
    return state != State.OK;
  }

  /** What the state means and what to do, in one sentence or two. */
  public String message() {
    return switch (data) {
      case TERM_DATES -> switch (state) {
        case OK -> "The term dates run to " + lastDay + ".";
        case ENDING_SOON -> "The term dates end on " + lastDay + ": add the next academic year to " + data.file
            + " before then. School-day deadlines beyond " + lastDay + " are provisional until it is loaded.";
        case ENDED -> "The term dates ended on " + lastDay + ": add the next academic year to " + data.file
            + ". School-day deadlines since then are provisional until it is loaded.";
      };
      case BANK_HOLIDAYS -> switch (state) {
        case OK -> "The bank-holiday file runs to " + lastDay + "; later years follow the England and Wales rules.";
        case ENDING_SOON -> "The bank-holiday file ends on " + lastDay + ": add " + (lastDay.getYear() + 1)
            + " to " + data.file + " from gov.uk, with any one-off holiday. Until then " + (lastDay.getYear() + 1)
            + " follows the regular England and Wales rules.";
        case ENDED -> "The bank-holiday file ended on " + lastDay + ": add the years since to " + data.file
            + " from gov.uk. They follow the regular England and Wales rules, without any one-off holiday.";
      };
    };
  }
}
