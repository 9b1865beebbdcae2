package uk.gov.cme.rules.meetings;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import uk.gov.cme.rules.calendar.CalendarCsv;
import uk.gov.cme.rules.calendar.CalendarDataException;
import uk.gov.cme.rules.calendar.WorkingDayCalendar;

/**
 * The escalation groups' meeting dates (issue 11; seed 004 §4): for each group that meets, the dates
 * loaded from the meetings file ({@code calendar/escalation-meetings.csv}, columns {@code group,date}) and
 * a monthly rule ({@link MonthlyMeetingRule}) for every month the file lists no date for the group. Dates
 * loaded for a month win over the rule for that month; a rule's day that is not a working day moves to
 * the next working day. A group meets when it has a rule; any other group (a person or a team that answers
 * by a deadline) does not. Immutable and thread-safe.
 */
public final class EscalationMeetings implements MeetingDates {

  private static final List<String> COLUMNS = List.of("group", "date");

  private final Map<String, MonthlyMeetingRule> rules;
  /** Per group, the loaded dates by the month they are in. */
  private final Map<String, TreeMap<YearMonth, NavigableSet<LocalDate>>> loaded;
  private final WorkingDayCalendar workingDays;

  /**
   * @param rules       per group that meets, its monthly rule
   * @param loaded      per group, the dates loaded from the file (each group must have a rule)
   * @param workingDays the calendar a rule's day is moved by
   */
  public EscalationMeetings(Map<String, MonthlyMeetingRule> rules, Map<String, ? extends Set<LocalDate>> loaded,
                            WorkingDayCalendar workingDays) {
    this.rules = Map.copyOf(rules);
    this.workingDays = Objects.requireNonNull(workingDays, "workingDays");
    Map<String, TreeMap<YearMonth, NavigableSet<LocalDate>>> byMonth = new HashMap<>();
    loaded.forEach((group, dates) -> {
      if (!this.rules.containsKey(group)) {
        throw new IllegalArgumentException("dates are loaded for " + group + ", which has no meeting rule");
      }
      TreeMap<YearMonth, NavigableSet<LocalDate>> months = new TreeMap<>();
      for (LocalDate date : dates) {
        months.computeIfAbsent(YearMonth.from(date), m -> new TreeSet<>()).add(date);
      }
      months.replaceAll((month, set) -> Collections.unmodifiableNavigableSet(set));
      byMonth.put(group, months);
    });
    this.loaded = Map.copyOf(byMonth);
  }

  /**
   * Reads the meetings file (CSV, columns {@code group,date}, comment lines starting with {@code #}).
   *
   * @param in          the file's content (UTF-8); the caller closes it
   * @param sourceName  the file's name, used in error messages
   * @param rules       per group that meets, its monthly rule
   * @param workingDays the working days: a loaded date must be one
   * @throws CalendarDataException naming the file and the line when a line is malformed, names a group
   *                               that does not meet, gives a date that is not a working day or repeats one
   */
  public static EscalationMeetings parse(InputStream in, String sourceName, Map<String, MonthlyMeetingRule> rules,
                                         WorkingDayCalendar workingDays) {
    Map<String, TreeSet<LocalDate>> dates = new HashMap<>();
    Map<String, Integer> lineOf = new HashMap<>();
    for (CalendarCsv.Row row : CalendarCsv.read(in, sourceName, COLUMNS)) {
      int line = row.lineNumber();
      String group = row.field(0);
      if (!rules.containsKey(group)) {
        throw new CalendarDataException(sourceName, line, "the group '" + group + "' does not meet on dates"
            + " (the groups that meet are " + String.join(", ", new TreeSet<>(rules.keySet()))
            + "; a group meets when it has a rule cme.escalation.meetings.rules." + group + ")");
      }
      LocalDate date = CalendarCsv.date(row, 1, "date", sourceName);
      if (!workingDays.isWorkingDay(date)) {
        throw new CalendarDataException(sourceName, line, "the date " + date + " (" + date.getDayOfWeek()
            + ") is not a working day; a meeting is on a weekday that is not a bank holiday");
      }
      Integer earlier = lineOf.putIfAbsent(group + "," + date, line);
      if (earlier != null) {
        throw new CalendarDataException(sourceName, line, "the meeting of " + group + " on " + date
            + " is already on line " + earlier);
      }
      dates.computeIfAbsent(group, g -> new TreeSet<>()).add(date);
    }
    return new EscalationMeetings(rules, dates, workingDays);
  }

  @Override
  public Set<String> meetingGroups() {
    return new TreeSet<>(rules.keySet());
  }

  @Override
  public boolean meets(String group) {
    return group != null && rules.containsKey(group);
  }

  @Override
  public LocalDate nextMeetingAfter(String group, LocalDate raisedOn) {
    Objects.requireNonNull(raisedOn, "raisedOn");
    // Every month has a meeting (loaded, or the rule's day moved at most a few days), so the month after
    // raisedOn's holds one; three months leave room for a move past a month's end.
    List<LocalDate> next = meetingsBetween(group, raisedOn.plusDays(1), raisedOn.plusMonths(3));
    if (next.isEmpty()) {
      throw new IllegalStateException("no meeting of " + group + " found within three months after " + raisedOn);
    }
    return next.get(0);
  }

  @Override
  public List<LocalDate> meetingsBetween(String group, LocalDate from, LocalDate to) {
    MonthlyMeetingRule rule = ruleOf(group);
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("the end of the period " + to + " is before its start " + from);
    }
    TreeMap<YearMonth, NavigableSet<LocalDate>> groupLoaded = loaded.getOrDefault(group, new TreeMap<>());
    TreeSet<LocalDate> meetings = new TreeSet<>();
    // From the month before: a rule's day at the end of a month may move into the next one.
    for (YearMonth month = YearMonth.from(from).minusMonths(1); !month.isAfter(YearMonth.from(to));
         month = month.plusMonths(1)) {
      NavigableSet<LocalDate> listed = groupLoaded.get(month);
      if (listed != null) {
        meetings.addAll(listed);
      } else {
        meetings.add(onAWorkingDay(rule.in(month)));
      }
    }
    return new ArrayList<>(meetings.subSet(from, true, to, true));
  }

  /** The group's monthly rule. */
  public MonthlyMeetingRule rule(String group) {
    return ruleOf(group);
  }

  /** How many dates the file loaded, all groups together. */
  public int loadedDates() {
    return loaded.values().stream().flatMap(months -> months.values().stream()).mapToInt(Set::size).sum();
  }

  private MonthlyMeetingRule ruleOf(String group) {
    MonthlyMeetingRule rule = group == null ? null : rules.get(group);
    if (rule == null) {
      throw new IllegalArgumentException(group + " does not meet on dates; the groups that meet are "
          + meetingGroups());
    }
    return rule;
  }

  private LocalDate onAWorkingDay(LocalDate day) {
    LocalDate moved = day;
    while (!workingDays.isWorkingDay(moved)) {
      moved = moved.plusDays(1);
    }
    return moved;
  }

  @Override
  public String toString() {
    return "EscalationMeetings[" + new TreeMap<>(rules) + ", " + loadedDates() + " dates loaded]";
  }
}
