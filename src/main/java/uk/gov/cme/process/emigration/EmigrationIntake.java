package uk.gov.cme.process.emigration;

import static uk.gov.cme.process.shared.FormValues.date;
import static uk.gov.cme.process.shared.FormValues.flag;
import static uk.gov.cme.process.shared.FormValues.text;
import static uk.gov.cme.process.emigration.EmigrationProcess.Variables.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.CaseStatus;
import uk.gov.cme.casework.Casework;
import uk.gov.cme.casework.ChildDetails;
import uk.gov.cme.casework.InvalidInputException;
import uk.gov.cme.casework.InvalidInputException.FieldError;

/**
 * Reads an emigration notice as the start form or another process gives it (the variables of
 * {@link EmigrationProcess.Variables}) and checks it, naming every field at fault at once. Reasons
 * never repeat the value entered (no personal data in the message).
 */
@Component
class EmigrationIntake {

  /** How far ahead a leaving date may be: further ahead, the school reports it nearer the time. */
  static final int MAX_MONTHS_AHEAD = 12;
  static final int COUNTRY_LENGTH = 100;
  static final int ADDRESS_LENGTH = 500;
  static final int NAME_LENGTH = 100;
  static final int PHONE_LENGTH = 30;
  static final int TEXT_LENGTH = 4000;

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

  private final Casework casework;

  EmigrationIntake(Casework casework) {
    this.casework = casework;
  }

  /** A checked notice. {@code caseReference} is null when the child has no case yet. */
  record Notice(ChildDetails child, LocalDate leavingDate, boolean destinationUnknown, String destinationCountry,
                String destinationAddress, String emigrationNotice, CaseReference caseReference) {

    /** The notice in one line for the CME team (personal data: never log it). */
    String summary() {
      StringBuilder s = new StringBuilder("Leaving date ").append(leavingDate).append("; destination: ");
      if (destinationUnknown) {
        s.append("not known").append(destinationCountry == null ? "" : " (country given: " + destinationCountry + ")");
      } else {
        s.append(destinationAddress).append(", ").append(destinationCountry);
      }
      s.append('.');
      if (emigrationNotice != null) {
        s.append(" How the school knows: ").append(emigrationNotice);
      }
      return s.toString();
    }
  }

  /**
   * @param variables the notice's variables
   * @param today     the day the notice is received
   * @throws InvalidInputException listing every field at fault; nothing has been stored
   */
  Notice read(Map<String, Object> variables, LocalDate today) {
    List<FieldError> faults = new ArrayList<>();
    LocalDate dateOfBirth = date(variables, DATE_OF_BIRTH, faults);
    ChildDetails child = null;
    try {
      child = ChildDetails.builder()
          .upn(text(variables, UPN))
          .legalForename(text(variables, LEGAL_FORENAME))
          .legalSurname(text(variables, LEGAL_SURNAME))
          .dateOfBirth(dateOfBirth)
          .address(text(variables, ADDRESS))
          .postcode(text(variables, POSTCODE))
          .build(today);
    } catch (InvalidInputException e) {
      faults.addAll(e.errors());
    }

    LocalDate leavingDate = date(variables, LEAVING_DATE, faults);
    if (leavingDate == null && text(variables, LEAVING_DATE) == null) {
      faults.add(new FieldError(LEAVING_DATE, "the date the family leaves the country is missing"));
    } else if (leavingDate != null && leavingDate.isAfter(today.plusMonths(MAX_MONTHS_AHEAD))) {
      faults.add(new FieldError(LEAVING_DATE, "more than " + MAX_MONTHS_AHEAD
          + " months ahead: report the emigration nearer the time"));
    } else if (leavingDate != null && dateOfBirth != null && leavingDate.isBefore(dateOfBirth)) {
      faults.add(new FieldError(LEAVING_DATE, "before the child's date of birth"));
    }

    boolean destinationUnknown = flag(variables, DESTINATION_UNKNOWN);
    String country = length(variables, DESTINATION_COUNTRY, COUNTRY_LENGTH, faults);
    String destination = length(variables, DESTINATION_ADDRESS, ADDRESS_LENGTH, faults);
    if (!destinationUnknown) {
      if (country == null) {
        faults.add(new FieldError(DESTINATION_COUNTRY, "the country the family is moving to is missing"));
      }
      if (destination == null) {
        faults.add(new FieldError(DESTINATION_ADDRESS,
            "the destination address is missing (or say the destination is unknown)"));
      }
    }
    length(variables, PARENT_NAME, NAME_LENGTH, faults);
    length(variables, PARENT_PHONE, PHONE_LENGTH, faults);
    email(variables, PARENT_EMAIL, faults);
    length(variables, REFERRER_NAME, NAME_LENGTH, faults);
    email(variables, REFERRER_EMAIL, faults);
    String notice = length(variables, EMIGRATION_NOTICE, TEXT_LENGTH, faults);
    CaseReference caseReference = caseReference(variables, faults);

    if (!faults.isEmpty()) {
      throw new InvalidInputException(firstPerField(faults));
    }
    return new Notice(child, leavingDate, destinationUnknown, country, destination,
        notice, caseReference);
  }

  /** An optional case reference: the case must exist and be open. */
  private CaseReference caseReference(Map<String, Object> variables, List<FieldError> faults) {
    String text = text(variables, CASE_REFERENCE);
    if (text == null) {
      return null;
    }
    if (!CaseReference.isValid(text)) {
      faults.add(new FieldError(CASE_REFERENCE, "not a case reference (CME-<year>-<5 digits>)"));
      return null;
    }
    CaseReference reference = CaseReference.of(text);
    boolean open = casework.find(reference).map(c -> c.status() == CaseStatus.OPEN).orElse(false);
    if (!open) {
      faults.add(new FieldError(CASE_REFERENCE, "no open case has this reference"));
      return null;
    }
    return reference;
  }

  /** One fault per field, the first found (a date that cannot be read is not also "missing"). */
  private static List<FieldError> firstPerField(List<FieldError> faults) {
    Map<String, FieldError> byField = new LinkedHashMap<>();
    faults.forEach(f -> byField.putIfAbsent(f.field(), f));
    return List.copyOf(byField.values());
  }




  static String length(Map<String, Object> variables, String name, int max, List<FieldError> faults) {
    String text = text(variables, name);
    if (text != null && text.length() > max) {
      faults.add(new FieldError(name, "at most " + max + " characters"));
    }
    return text;
  }

  private static void email(Map<String, Object> variables, String name, List<FieldError> faults) {
    String text = text(variables, name);
    if (text != null && (text.length() > 254 || !EMAIL.matcher(text).matches())) {
      faults.add(new FieldError(name, "not a valid email address"));
    }
  }
}
