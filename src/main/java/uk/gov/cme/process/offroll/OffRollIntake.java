package uk.gov.cme.process.offroll;

import static uk.gov.cme.process.shared.FormValues.date;
import static uk.gov.cme.process.shared.FormValues.flag;
import static uk.gov.cme.process.shared.FormValues.text;
import static uk.gov.cme.process.offroll.OffRollNotificationProcess.Variables.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.gov.cme.casework.InvalidInputException;
import uk.gov.cme.casework.InvalidInputException.FieldError;
import uk.gov.cme.casework.OffRollNotificationDetails;
import uk.gov.cme.casework.OffRollRegister;

/**
 * Reads an off-roll notification as the start form or the REST API gives it (the variables of
 * {@link OffRollNotificationProcess.Variables}) into the register's details and checks it, with every
 * fault named by its field: the dates that cannot be read, and everything {@link OffRollRegister#check}
 * finds (ground missing or not a letter from a to o, names, date of birth, UPN…).
 */
@Component
public class OffRollIntake {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private final OffRollRegister register;

  public OffRollIntake(OffRollRegister register) {
    this.register = register;
  }

  /**
   * @param variables the notification's variables
   * @param schoolUrn the notifying school (the school user's own)
   * @param at        when it is received
   * @return the checked, tidied details
   * @throws InvalidInputException listing every field at fault; nothing has been stored
   */
  public OffRollNotificationDetails read(Map<String, Object> variables, String schoolUrn, Instant at) {
    List<FieldError> faults = new ArrayList<>();
    OffRollNotificationDetails details = new OffRollNotificationDetails(schoolUrn,
        text(variables, LEGAL_FORENAME), text(variables, LEGAL_SURNAME), text(variables, PREFERRED_NAME),
        date(variables, DATE_OF_BIRTH, faults), text(variables, UPN), text(variables, ADDRESS),
        text(variables, POSTCODE),
        new OffRollNotificationDetails.Parent(text(variables, PARENT1_NAME), text(variables, PARENT1_ADDRESS),
            text(variables, PARENT1_PHONE)),
        new OffRollNotificationDetails.Parent(text(variables, PARENT2_NAME), text(variables, PARENT2_ADDRESS),
            text(variables, PARENT2_PHONE)),
        text(variables, NEW_ADDRESS), text(variables, NEW_SCHOOL_NAME),
        date(variables, NEW_SCHOOL_START_DATE, faults), text(variables, GROUND),
        date(variables, PROPOSED_DELETION_DATE, faults), date(variables, LAST_ATTENDANCE_DATE, faults),
        flag(variables, STANDARD_TRANSITION), flag(variables, MOVING_ABROAD), flag(variables, HAS_PROVISION),
        text(variables, CIRCUMSTANCES));
    date(variables, LEAVING_DATE, faults);
    date(variables, EHE_NOTIFIED_ON, faults);
    try {
      details = register.check(details, at);
    } catch (InvalidInputException e) {
      faults.addAll(e.errors());
    }
    if (!faults.isEmpty()) {
      throw new InvalidInputException(firstPerField(faults));
    }
    return details;
  }

  /** One fault per field, the first found (a date that cannot be read is not also "missing"). */
  private static List<FieldError> firstPerField(List<FieldError> faults) {
    Map<String, FieldError> byField = new java.util.LinkedHashMap<>();
    faults.forEach(f -> byField.putIfAbsent(f.field(), f));
    return List.copyOf(byField.values());
  }



}
