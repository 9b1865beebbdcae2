package uk.gov.cme.process.shared.schooltask;

import static uk.gov.cme.process.shared.FormValues.date;
import static uk.gov.cme.process.shared.FormValues.text;
import static uk.gov.cme.process.shared.schooltask.SaoNamedSchoolProcess.NO;
import static uk.gov.cme.process.shared.schooltask.SaoNamedSchoolProcess.YES;
import static uk.gov.cme.process.shared.schooltask.SaoNamedSchoolProcess.Variables.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.gov.cme.casework.InvalidInputException;
import uk.gov.cme.casework.InvalidInputException.FieldError;

/**
 * Reads and checks what the named school records on each task of {@code sao-named-school} (the form's
 * fields, from Tasklist or {@code /engine-rest}). Plain Java: every fault is named by its field, all at
 * once, and the task stays open when there is one.
 */
final class SaoNamedSchoolIntake {

  static final String REQUIRED = "is required";
  static final String CHOOSE = "choose yes or no";

  /** What the school recorded about the pre-admission meeting. */
  record Meeting(boolean parentAttended, LocalDate startDate, String schoolActions) {
  }

  private SaoNamedSchoolIntake() {
  }

  /** "Keep a place and arrange the pre-admission meeting": the day of the meeting. */
  static LocalDate meetingArranged(Map<String, Object> variables) {
    List<FieldError> faults = new ArrayList<>();
    LocalDate meeting = required(variables, MEETING_DATE, faults);
    LocalDate issued = date(variables, ORDER_ISSUED_ON, new ArrayList<>());
    if (meeting != null && issued != null && meeting.isBefore(issued)) {
      faults.add(new FieldError(MEETING_DATE, "is before the order was issued (" + issued + ")"));
    }
    refuse(faults);
    return meeting;
  }

  /** "Record the pre-admission meeting", on or after the day of the meeting. */
  static Meeting meetingRecorded(Map<String, Object> variables, LocalDate today) {
    List<FieldError> faults = new ArrayList<>();
    LocalDate meeting = date(variables, MEETING_DATE, new ArrayList<>());
    String attended = yesOrNo(variables, PARENT_ATTENDED_MEETING, faults);
    if (meeting != null && today.isBefore(meeting)) {
      faults.add(new FieldError(PARENT_ATTENDED_MEETING, "the meeting is on " + meeting
          + ": record it on or after that day"));
    }
    LocalDate start = null;
    String actions = null;
    if (YES.equals(attended)) {
      start = required(variables, START_DATE, faults);
      if (start != null && meeting != null && start.isBefore(meeting)) {
        faults.add(new FieldError(START_DATE, "is before the meeting (" + meeting + ")"));
      }
    } else if (NO.equals(attended)) {
      actions = requiredText(variables, SCHOOL_ACTIONS, faults);
    }
    refuse(faults);
    return new Meeting(YES.equals(attended), start, actions);
  }

  /**
   * "Record the child's first day", on or after the start date: null when the child came, else what
   * the school did (the home visit, the police welfare check, attendance procedures, ESBAS), one a line.
   */
  static String firstDayRecorded(Map<String, Object> variables, LocalDate today) {
    List<FieldError> faults = new ArrayList<>();
    LocalDate start = date(variables, START_DATE, new ArrayList<>());
    String attended = yesOrNo(variables, CHILD_ATTENDED_FIRST_DAY, faults);
    if (start != null && today.isBefore(start)) {
      faults.add(new FieldError(CHILD_ATTENDED_FIRST_DAY, "the start date is " + start
          + ": record the first day on or after that day"));
    }
    String actions = null;
    if (NO.equals(attended)) {
      String visit = requiredText(variables, HOME_VISIT, faults);
      String police = requiredText(variables, POLICE_WELFARE_CHECK, faults);
      String procedures = requiredText(variables, ATTENDANCE_PROCEDURES, faults);
      String esbas = requiredText(variables, ESBAS_REFERRAL, faults);
      actions = "Home visit: " + visit + "\nPolice welfare check: " + police + "\nAttendance procedures: "
          + procedures + "\nESBAS referral: " + esbas;
    }
    refuse(faults);
    return actions;
  }

  /** "Monitor attendance": the child stopped attending during monitoring; what the school did. */
  static String stoppedAttending(Map<String, Object> variables, LocalDate today) {
    List<FieldError> faults = new ArrayList<>();
    LocalDate start = date(variables, START_DATE, new ArrayList<>());
    LocalDate last = required(variables, LAST_DAY_ATTENDED, faults);
    if (last != null && last.isAfter(today)) {
      faults.add(new FieldError(LAST_DAY_ATTENDED, "is in the future"));
    } else if (last != null && start != null && last.isBefore(start)) {
      faults.add(new FieldError(LAST_DAY_ATTENDED, "is before the start date (" + start + ")"));
    }
    String actions = requiredText(variables, SCHOOL_ACTIONS, faults);
    refuse(faults);
    return "Last attended on " + last + ".\n" + actions;
  }

  /** "Confirm the child is still attending": null when the child attends, else what the school did. */
  static String attendanceConfirmed(Map<String, Object> variables) {
    List<FieldError> faults = new ArrayList<>();
    String attending = yesOrNo(variables, STILL_ATTENDING, faults);
    String actions = NO.equals(attending) ? requiredText(variables, SCHOOL_ACTIONS, faults) : null;
    refuse(faults);
    return actions;
  }

  private static LocalDate required(Map<String, Object> variables, String name, List<FieldError> faults) {
    int before = faults.size();
    LocalDate day = date(variables, name, faults);
    if (day == null && faults.size() == before) {
      faults.add(new FieldError(name, REQUIRED));
    }
    return day;
  }

  private static String requiredText(Map<String, Object> variables, String name, List<FieldError> faults) {
    String value = text(variables, name);
    if (value == null) {
      faults.add(new FieldError(name, REQUIRED));
    }
    return value;
  }

  private static String yesOrNo(Map<String, Object> variables, String name, List<FieldError> faults) {
    String value = text(variables, name);
    if (!YES.equals(value) && !NO.equals(value)) {
      faults.add(new FieldError(name, CHOOSE));
      return null;
    }
    return value;
  }

  private static void refuse(List<FieldError> faults) {
    if (!faults.isEmpty()) {
      throw new InvalidInputException(faults);
    }
  }
}
