package uk.gov.cme.process.schoolconcern;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.InvalidInputException;
import uk.gov.cme.casework.InvalidInputException.FieldError;
import uk.gov.cme.rules.text.TextRules;

/**
 * Reads and checks a school's concern (the start form or {@code submit-form}: one check for both). Plain
 * Java: every fault named by its field, all at once. Whether the school may name the case is not decided
 * here: the shared guard ({@code InstanceAccessGuard}) has already refused a case that is not the
 * school's with the answer of a case that does not exist; a reference that is not one is reported here.
 */
public final class SchoolEducationConcernIntake {

  /** The longest concern. */
  public static final int CONCERN_LENGTH = 2000;

  private SchoolEducationConcernIntake() {
  }

  /** A checked concern. */
  public record Concern(CaseReference caseReference, String concern) {
  }

  /**
   * @throws InvalidInputException listing every field at fault
   */
  public static Concern check(Map<String, Object> variables) {
    List<FieldError> faults = new ArrayList<>();
    CaseReference reference = null;
    String given = text(variables.get(SchoolEducationConcernProcess.Variables.CASE_REFERENCE));
    if (given == null) {
      faults.add(new FieldError(SchoolEducationConcernProcess.Variables.CASE_REFERENCE,
          "give the case reference shown on My school's referrals, for example CME-2026-00042"));
    } else if (!CaseReference.isValid(given)) {
      faults.add(new FieldError(SchoolEducationConcernProcess.Variables.CASE_REFERENCE,
          "a case reference looks like CME-2026-00042"));
    } else {
      reference = CaseReference.of(given);
    }
    String concern = text(variables.get(SchoolEducationConcernProcess.Variables.CONCERN));
    if (concern == null) {
      faults.add(new FieldError(SchoolEducationConcernProcess.Variables.CONCERN,
          "say what worries you about the pupil's education"));
    } else {
      String fault = TextRules.fault(concern, true);
      if (fault != null) {
        faults.add(new FieldError(SchoolEducationConcernProcess.Variables.CONCERN, fault));
      } else if (concern.length() > CONCERN_LENGTH) {
        faults.add(new FieldError(SchoolEducationConcernProcess.Variables.CONCERN,
            "at most " + CONCERN_LENGTH + " characters"));
      }
    }
    if (!faults.isEmpty()) {
      throw new InvalidInputException(faults);
    }
    return new Concern(reference, concern);
  }

  private static String text(Object value) {
    if (value == null) {
      return null;
    }
    String text = value.toString().strip();
    return text.isEmpty() ? null : text;
  }
}
