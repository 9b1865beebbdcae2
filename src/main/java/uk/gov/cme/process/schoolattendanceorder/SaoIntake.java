package uk.gov.cme.process.schoolattendanceorder;

import static uk.gov.cme.process.schoolattendanceorder.SchoolAttendanceOrderProcess.Variables.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.InvalidInputException;
import uk.gov.cme.casework.InvalidInputException.FieldError;
import uk.gov.cme.process.shared.FormValues;
import uk.gov.cme.rules.calendar.ServiceMethod;
import uk.gov.cme.rules.text.TextRules;

/**
 * Reads and checks what the School Attendance Order is given: its start and what each of its tasks
 * records. Plain Java: every fault is named by its field, all at once ({@link InvalidInputException}),
 * and the caller stores nothing when there is one.
 */
final class SaoIntake {

  static final Set<String> TRIGGERS = Set.of(SchoolAttendanceOrderProcess.Trigger.EHE_FAILED,
      SchoolAttendanceOrderProcess.Trigger.EHE_SAFEGUARDING_RISK, SchoolAttendanceOrderProcess.Trigger.PLACE_REFUSED,
      SchoolAttendanceOrderProcess.Trigger.OFFICER_START);
  static final String NO_SUCH_CASE = "there is no open case with this reference that you may act on";
  static final int NAME_LENGTH = 200;
  static final int ADDRESS_LENGTH = 500;
  static final int NOTES_LENGTH = 4000;
  static final int MAX_ALTERNATIVES = 5;
  private static final Pattern URN = Pattern.compile("\\d{6}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

  private final Map<String, Object> variables;
  private final List<FieldError> faults = new ArrayList<>();

  private SaoIntake(Map<String, Object> variables) {
    this.variables = variables;
  }

  static SaoIntake of(Map<String, Object> variables) {
    return new SaoIntake(variables);
  }

  /** A school: its URN and name. */
  record School(String urn, String name) {
  }

  /** How a notice or order was served. */
  record Service(LocalDate sentOn, ServiceMethod method) {
  }

  /** The parents served, the second optional. */
  record Parents(String parent1Name, String parent1Address, String parent1Phone, String parent2Name,
                 String parent2Address, String parentEmail) {
    int count() {
      return parent2Name == null ? 1 : 2;
    }

    List<String> names() {
      return parent2Name == null ? List.of(parent1Name) : List.of(parent1Name, parent2Name);
    }
  }

  // --- the start ------------------------------------------------------------------------------------

  /** The case reference: required and well formed. */
  CaseReference caseReference() {
    String text = text(CASE_REFERENCE);
    if (text == null) {
      fault(CASE_REFERENCE, "the case reference is missing");
      return null;
    }
    if (!CaseReference.isValid(text)) {
      fault(CASE_REFERENCE, "a case reference looks like CME-2026-00042");
      return null;
    }
    return CaseReference.of(text);
  }

  /** Why the order is sought: an officer's start is always {@code OFFICER_START}. */
  String trigger(boolean startedByOfficer) {
    if (startedByOfficer) {
      return SchoolAttendanceOrderProcess.Trigger.OFFICER_START;
    }
    String trigger = text(SAO_TRIGGER);
    if (trigger == null || !TRIGGERS.contains(trigger)) {
      fault(SAO_TRIGGER, "must be one of " + String.join(", ", TRIGGERS.stream().sorted().toList()));
    }
    return trigger;
  }

  String triggerDetails(boolean required) {
    String details = text(SAO_TRIGGER_DETAILS, NOTES_LENGTH);
    if (required && details == null) {
      fault(SAO_TRIGGER_DETAILS, "say why a School Attendance Order is needed");
    }
    return details;
  }

  // --- the tasks ------------------------------------------------------------------------------------

  /** The agreed route for a child with an EHCP; the EHCP's school when the route is the order. */
  School ehcpRoute() {
    String route = choice(EHCP_ROUTE, Set.of("SAO", "OTHER"));
    required("ehcpRouteAgreedBy", 1000, "say who agreed the route");
    required("ehcpRouteReasons", NOTES_LENGTH, "give the reasons");
    if (!"SAO".equals(route)) {
      return null;
    }
    return new School(urn(EHCP_SCHOOL_URN, true), required(EHCP_SCHOOL_NAME, NAME_LENGTH, "name the school in the EHCP"));
  }

  Parents parents() {
    String name1 = required(PARENT1_NAME, NAME_LENGTH, "name the parent served");
    String address1 = required(PARENT1_ADDRESS, ADDRESS_LENGTH, "give the parent's address");
    String phone = text(PARENT1_PHONE, 30);
    String name2 = text(PARENT2_NAME, NAME_LENGTH);
    String address2 = text(PARENT2_ADDRESS, ADDRESS_LENGTH);
    if (name2 != null && address2 == null) {
      fault(PARENT2_ADDRESS, "give the second parent's address");
    }
    if (name2 == null) {
      address2 = null;
    }
    String email = text(PARENT_EMAIL, 254);
    if (email != null && !EMAIL.matcher(email).matches()) {
      fault(PARENT_EMAIL, "is not an email address");
    }
    return new Parents(name1, address1, phone, name2, address2, email);
  }

  Service service(LocalDate today, String parentEmail) {
    LocalDate sentOn = FormValues.date(variables, NOTICE_SENT_ON, faults);
    if (sentOn == null && text(NOTICE_SENT_ON) == null) {
      fault(NOTICE_SENT_ON, "give the day it was handed over, posted or emailed");
    } else if (sentOn != null && sentOn.isAfter(today)) {
      fault(NOTICE_SENT_ON, "cannot be in the future");
    }
    String method = choice(SERVICE_METHOD, Set.of("BY_HAND", "FIRST_CLASS_POST", "EMAIL"));
    if ("EMAIL".equals(method) && parentEmail == null) {
      fault(SERVICE_METHOD, "email service only where the parent agreed to it: give the email address on the notice");
    }
    return new Service(sentOn, method == null ? null : ServiceMethod.valueOf(method));
  }

  String noticeResponse() {
    String response = choice(NOTICE_RESPONSE, Set.of("SATISFIED", "NOT_SATISFIED"));
    required("noticeResponseNotes", NOTES_LENGTH, "say what the parents said or sent");
    return response;
  }

  /** URNs of the schools the child is permanently excluded from: a list, or "none". */
  List<String> excludedSchools() {
    String text = required(EXCLUDED_SCHOOL_URNS, ADDRESS_LENGTH, "list the schools the child is permanently"
        + " excluded from, or write none");
    List<String> urns = new ArrayList<>();
    if (text == null || text.strip().toLowerCase(Locale.ROOT).equals("none")) {
      return urns;
    }
    for (String part : text.split("[,;\\s]+")) {
      if (part.isBlank()) {
        continue;
      }
      if (!URN.matcher(part).matches()) {
        fault(EXCLUDED_SCHOOL_URNS, "give six-digit URNs separated by commas, or none");
        return urns;
      }
      urns.add(part);
    }
    return urns;
  }

  School selectedSchool(List<String> excluded) {
    School school = new School(urn(SELECTED_SCHOOL_URN, true), required(SELECTED_SCHOOL_NAME, NAME_LENGTH, "name the school"));
    notExcluded(SELECTED_SCHOOL_URN, school.urn(), excluded);
    return school;
  }

  /** The alternatives, "URN, name" a line; none of them excluded or the selected school. */
  List<School> alternatives(List<String> excluded, String selectedUrn) {
    Map<String, School> schools = new LinkedHashMap<>();
    String text = text(ALTERNATIVE_SCHOOLS, 1000);
    if (text == null) {
      return List.of();
    }
    for (String line : text.split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      String[] parts = line.split(",", 2);
      String urn = parts[0].strip();
      String name = parts.length > 1 ? parts[1].strip() : "";
      if (!URN.matcher(urn).matches() || name.isEmpty()) {
        fault(ALTERNATIVE_SCHOOLS, "one school a line: its six-digit URN, a comma, its name");
        return List.of();
      }
      if (excluded.contains(urn)) {
        fault(ALTERNATIVE_SCHOOLS, "the child is permanently excluded from " + urn + ": it cannot be offered");
      } else if (urn.equals(selectedUrn)) {
        fault(ALTERNATIVE_SCHOOLS, urn + " is the selected school");
      }
      schools.put(urn, new School(urn, name));
    }
    if (schools.size() > MAX_ALTERNATIVES) {
      fault(ALTERNATIVE_SCHOOLS, "at most " + MAX_ALTERNATIVES + " schools");
    }
    return List.copyOf(schools.values());
  }

  LocalDate pastDay(String field, LocalDate today, String missing) {
    LocalDate day = FormValues.date(variables, field, faults);
    if (day == null && text(field) == null) {
      fault(field, missing);
    } else if (day != null && day.isAfter(today)) {
      fault(field, "cannot be in the future");
    }
    return day;
  }

  /** The school the Secretary of State directed instead, or null. */
  School direction(List<String> excluded) {
    if (!FormValues.flag(variables, GOVERNING_BODY_APPLIED)) {
      return null;
    }
    String direction = choice(SECRETARY_OF_STATE_DIRECTION, Set.of("SCHOOL_NAMED", "OTHER_SCHOOL"));
    if (!"OTHER_SCHOOL".equals(direction)) {
      return null;
    }
    School school = new School(urn(DIRECTED_SCHOOL_URN, true),
        required(DIRECTED_SCHOOL_NAME, NAME_LENGTH, "name the school the Secretary of State directed"));
    notExcluded(DIRECTED_SCHOOL_URN, school.urn(), excluded);
    return school;
  }

  /** The parent's choice: null to keep the selected school. */
  School choice(List<School> alternatives, List<String> excluded) {
    String choice = choice(PARENT_CHOICE, Set.of("SELECTED", "ALTERNATIVE", "PLACE_ELSEWHERE"));
    if (choice == null || choice.equals("SELECTED")) {
      return null;
    }
    School school = new School(urn(CHOSEN_SCHOOL_URN, true), required(CHOSEN_SCHOOL_NAME, NAME_LENGTH, "name the school"));
    if (school.urn() != null && choice.equals("ALTERNATIVE")
        && alternatives.stream().noneMatch(a -> a.urn().equals(school.urn()))) {
      fault(CHOSEN_SCHOOL_URN, "is not one of the alternatives in the notice of intention");
    }
    notExcluded(CHOSEN_SCHOOL_URN, school.urn(), excluded);
    return school;
  }

  void homeVisit(LocalDate today, LocalDate issuedOn) {
    LocalDate visited = pastDay(HOME_VISIT_ON, today, "give the day of the visit");
    if (visited != null && issuedOn != null && visited.isBefore(issuedOn)) {
      fault(HOME_VISIT_ON, "is before the order was issued");
    }
    required("homeVisitNotes", NOTES_LENGTH, "say what you found and told the family");
  }

  /** Throws with every fault found so far; nothing happens when there is none. */
  void throwIfAny() {
    if (!faults.isEmpty()) {
      throw new InvalidInputException(List.copyOf(faults));
    }
  }

  void fault(String field, String reason) {
    faults.add(new FieldError(field, reason));
  }

  // --- helpers ------------------------------------------------------------------------------------------

  private void notExcluded(String field, String urn, List<String> excluded) {
    if (urn != null && excluded.contains(urn)) {
      fault(field, "the child is permanently excluded from this school: it cannot be named");
    }
  }

  private String urn(String field, boolean required) {
    String urn = text(field);
    if (urn == null) {
      if (required) {
        fault(field, "give the school's URN");
      }
      return null;
    }
    if (!URN.matcher(urn).matches()) {
      fault(field, "a school URN is six digits");
      return null;
    }
    return urn;
  }

  private String choice(String field, Set<String> allowed) {
    String value = text(field);
    if (value == null) {
      fault(field, "choose one");
      return null;
    }
    if (!allowed.contains(value)) {
      fault(field, "is not one of the choices");
      return null;
    }
    return value;
  }

  private String required(String field, int maxLength, String missing) {
    String value = text(field, maxLength);
    if (value == null) {
      fault(field, missing);
    }
    return value;
  }

  private String text(String field, int maxLength) {
    String value = text(field);
    if (value != null && value.length() > maxLength) {
      fault(field, "at most " + maxLength + " characters");
    } else if (value != null && TextRules.fault(value, true) != null) {
      fault(field, TextRules.fault(value, true));
    }
    return value;
  }

  private String text(String field) {
    return FormValues.text(variables, field);
  }
}
