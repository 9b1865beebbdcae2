package uk.gov.cme.process.saochangerequest;

import static uk.gov.cme.process.saochangerequest.SaoChangeRequestProcess.Variables.*;
import static uk.gov.cme.process.shared.FormValues.date;
import static uk.gov.cme.process.shared.FormValues.text;
import static uk.gov.cme.process.shared.FormValues.line;
import static uk.gov.cme.process.shared.FormValues.lines;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.InvalidInputException;
import uk.gov.cme.casework.InvalidInputException.FieldError;
import uk.gov.cme.process.saochangerequest.SaoChangeRequestProcess.Decision;
import uk.gov.cme.process.saochangerequest.SaoChangeRequestProcess.RequestType;
import uk.gov.cme.rules.calendar.ServiceMethod;
import uk.gov.cme.rules.schools.School;
import uk.gov.cme.rules.schools.SchoolDirectory;
import uk.gov.cme.security.InstanceAccessGuard;

/**
 * Reads and checks a request to change a School Attendance Order (the start form, {@code submit-form} or
 * a process starting it: one check for all) and the officer's decision. Plain Java: every fault is named by
 * its field, all at once, and nothing is stored when there is one. A case with no order in force gets the
 * answer of a case that does not exist ({@link #noOrderInForce()}), as the shared case-access check answers
 * a case that is not the user's.
 */
@org.springframework.stereotype.Component
public final class SaoChangeRequestIntake {

  static final int NAME_LENGTH = 200;
  static final int ADDRESS_LENGTH = 500;
  static final int DETAILS_LENGTH = 2000;

  private final SchoolDirectory schools;

  public SaoChangeRequestIntake(SchoolDirectory schools) {
    this.schools = schools;
  }

  /**
   * A checked request.
   *
   * @param requestedSchool the school the parent asks to be named (amend only), from the schools file
   */
  public record Request(CaseReference caseReference, String requestType, LocalDate receivedOn, String parentName,
                        String parentAddress, School requestedSchool, String arrangementDetails,
                        String leftAreaDetails) {
  }

  /** A checked decision. */
  public record Checked(boolean granted, String reasons, ServiceMethod serviceMethod) {
  }

  /** The case the request names; a missing or malformed reference is a fault of its own. */
  public CaseReference caseReference(Map<String, Object> variables) {
    String reference = text(variables, CASE_REFERENCE);
    if (reference == null) {
      throw fault(CASE_REFERENCE, "give the case reference, for example CME-2026-00042");
    }
    if (!CaseReference.isValid(reference)) {
      throw fault(CASE_REFERENCE, "a case reference looks like CME-2026-00042");
    }
    return CaseReference.of(reference);
  }

  /** The answer to a case with no order in force: word for word that of a case that does not exist. */
  public static InvalidInputException noOrderInForce() {
    return fault(CASE_REFERENCE, InstanceAccessGuard.NO_SUCH_CASE);
  }

  /**
   * @param variables      the start variables
   * @param reference      the case, already checked ({@link #caseReference})
   * @param today          the day it is recorded (London)
   * @param orderServedOn  the day the order in force was served (a request cannot come before it)
   * @param namedSchoolUrn the school the order in force names (an amendment must name another)
   * @throws InvalidInputException listing every field at fault
   */
  public Request request(Map<String, Object> variables, CaseReference reference, LocalDate today,
                         LocalDate orderServedOn, String namedSchoolUrn) {
    List<FieldError> faults = new ArrayList<>();
    String type = text(variables, REQUEST_TYPE);
    if (type == null) {
      faults.add(new FieldError(REQUEST_TYPE, "choose what is asked: amend, revoke, or the child has left the area"));
    } else if (!RequestType.VALUES.contains(type)) {
      faults.add(new FieldError(REQUEST_TYPE, "must be one of " + String.join(", ", RequestType.VALUES)));
    }
    LocalDate receivedOn = date(variables, RECEIVED_ON, faults);
    if (receivedOn == null && text(variables, RECEIVED_ON) == null) {
      faults.add(new FieldError(RECEIVED_ON, "give the day the request reached the local authority"));
    } else if (receivedOn != null && receivedOn.isAfter(today)) {
      faults.add(new FieldError(RECEIVED_ON, "cannot be in the future"));
    } else if (receivedOn != null && orderServedOn != null && receivedOn.isBefore(orderServedOn)) {
      faults.add(new FieldError(RECEIVED_ON, "is before the order was served"));
    }
    boolean decided = RequestType.AMEND.equals(type) || RequestType.REVOKE.equals(type);
    String parentName = line(variables, PARENT_NAME, NAME_LENGTH, decided, "give the name of the parent asking", faults);
    String parentAddress = lines(variables, PARENT_ADDRESS, ADDRESS_LENGTH, decided,
        "give the parent's address: the decision letter is sent there", faults);
    School school = null;
    if (RequestType.AMEND.equals(type)) {
      String urn = text(variables, REQUESTED_SCHOOL_URN);
      if (urn == null) {
        faults.add(new FieldError(REQUESTED_SCHOOL_URN, "give the URN of the school the parent asks for"));
      } else {
        school = schools.byUrn(urn).orElse(null);
        if (school == null) {
          faults.add(new FieldError(REQUESTED_SCHOOL_URN, "is not a school in the schools file (the CME team adds a"
              + " school that is missing)"));
        } else if (school.urn().equals(namedSchoolUrn)) {
          faults.add(new FieldError(REQUESTED_SCHOOL_URN, "is the school the order already names"));
        }
      }
    }
    String arrangement = lines(variables, ARRANGEMENT_DETAILS, DETAILS_LENGTH, RequestType.REVOKE.equals(type),
        "say what education the parent has arranged otherwise than at school", faults);
    String leftArea = lines(variables, LEFT_AREA_DETAILS, DETAILS_LENGTH, RequestType.LEFT_AREA.equals(type),
        "say where the child has gone and how you know", faults);
    if (!faults.isEmpty()) {
      throw new InvalidInputException(firstPerField(faults));
    }
    return new Request(reference, type, receivedOn, parentName, parentAddress, school,
        RequestType.REVOKE.equals(type) ? arrangement : null, RequestType.LEFT_AREA.equals(type) ? leftArea : null);
  }

  /**
   * The officer's decision on an amendment or revocation.
   *
   * @throws InvalidInputException listing every field at fault (the task stays open)
   */
  public Checked decision(Map<String, Object> variables) {
    List<FieldError> faults = new ArrayList<>();
    String decision = text(variables, DECISION);
    if (decision == null || !Decision.VALUES.contains(decision)) {
      faults.add(new FieldError(DECISION, "choose granted or refused"));
    }
    boolean refused = Decision.REFUSED.equals(decision);
    String reasons = lines(variables, DECISION_REASONS, DETAILS_LENGTH, refused,
        "give the reasons for the refusal: the letter tells the parent", faults);
    String method = text(variables, DECISION_SERVICE_METHOD);
    ServiceMethod serviceMethod = null;
    if (method == null) {
      faults.add(new FieldError(DECISION_SERVICE_METHOD, "choose how the decision letter is sent"));
    } else {
      try {
        serviceMethod = ServiceMethod.valueOf(method.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        faults.add(new FieldError(DECISION_SERVICE_METHOD, "must be one of BY_HAND, FIRST_CLASS_POST, EMAIL"));
      }
    }
    if (!faults.isEmpty()) {
      throw new InvalidInputException(firstPerField(faults));
    }
    return new Checked(Decision.GRANTED.equals(decision), refused ? reasons : null, serviceMethod);
  }

  private static InvalidInputException fault(String field, String reason) {
    return new InvalidInputException(List.of(new FieldError(field, reason)));
  }

  /** One fault per field, the first found. */
  private static List<FieldError> firstPerField(List<FieldError> faults) {
    Map<String, FieldError> byField = new LinkedHashMap<>();
    faults.forEach(f -> byField.putIfAbsent(f.field(), f));
    return List.copyOf(byField.values());
  }
}
