package uk.gov.cme.process.cmeoutbound;

import static uk.gov.cme.process.cmeoutbound.CmeOutboundProcess.Variables.*;
import static uk.gov.cme.process.shared.FormValues.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.InvalidInputException;
import uk.gov.cme.casework.InvalidInputException.FieldError;
import uk.gov.cme.process.cmeoutbound.CmeOutboundProcess.Answer;
import uk.gov.cme.process.shared.FormValues;
import uk.gov.cme.rules.localauthorities.LocalAuthority;
import uk.gov.cme.rules.localauthorities.LocalAuthorityDirectory;
import uk.gov.cme.rules.text.TextRules;

/**
 * Reads and checks what the outbound enquiry's forms give (the start form, {@code submit-form}, the CME
 * referral calling it; the officer's choice of authority and what to share; the reply): one check for
 * each, every fault named by its field, all at once, nothing stored when there is one. Plain Java.
 */
@Component
public class OutboundIntake {

  /** The longest "what is known". */
  static final int KNOWN_LENGTH = 1500;
  /** The longest reply details: with the authority named it is the closed case's reason (at most 1,000). */
  static final int REPLY_LENGTH = 800;

  private final LocalAuthorityDirectory authorities;

  public OutboundIntake(LocalAuthorityDirectory authorities) {
    this.authorities = authorities;
  }

  /** What the officer chose to send. */
  public record Prepared(LocalAuthority authority, String whatIsKnown, boolean shareUpn, boolean shareAddress,
                         boolean shareLastSchool) {
  }

  /** The other authority's reply as the officer records it. */
  public record Reply(String answer, String details) {
  }

  /** The start: the case (required, as CME-2026-00042). */
  public CaseReference start(Map<String, Object> variables) {
    String reference = text(variables, CASE_REFERENCE);
    if (reference == null) {
      throw invalid(CASE_REFERENCE, "give the case reference, for example CME-2026-00042");
    }
    if (!CaseReference.isValid(reference)) {
      throw invalid(CASE_REFERENCE, "a case reference looks like CME-2026-00042");
    }
    return CaseReference.of(reference);
  }

  /** The officer's decision on the enquiry as written: {@code send} or {@code change} (required). */
  public String decision(Map<String, Object> variables) {
    String decision = text(variables, SEND_DECISION);
    if (!"send".equals(decision) && !"change".equals(decision)) {
      throw invalid(SEND_DECISION, "say whether to send the enquiry as it is or go back and change it");
    }
    return decision;
  }

  /** The other authority (from the local authorities file) and what is known (required). */
  public Prepared prepared(Map<String, Object> variables) {
    List<FieldError> faults = new ArrayList<>();
    String code = text(variables, LA_CODE);
    LocalAuthority authority = null;
    if (code == null) {
      faults.add(new FieldError(LA_CODE, "choose the local authority the child is believed to be in"));
    } else {
      authority = authorities.byCode(code).orElse(null);
      if (authority == null) {
        faults.add(new FieldError(LA_CODE, "is not a local authority in the local authorities file: choose one"
            + " from the list"));
      }
    }
    String known = checked(variables, WHAT_IS_KNOWN, KNOWN_LENGTH, true,
        "say what is known: why the child is believed to be there (an address, a school, who said so)", faults);
    throwIfAny(faults);
    return new Prepared(authority, known, FormValues.flag(variables, SHARE_UPN),
        FormValues.flag(variables, SHARE_ADDRESS), FormValues.flag(variables, SHARE_LAST_SCHOOL));
  }

  /** The reply: one of {@link Answer#REPLIES}; what they said is required unless the child is not known. */
  public Reply reply(Map<String, Object> variables) {
    List<FieldError> faults = new ArrayList<>();
    String answer = text(variables, REPLY);
    if (answer == null || !Answer.REPLIES.contains(answer)) {
      faults.add(new FieldError(REPLY, "choose what the other local authority answered"));
    }
    String details = checked(variables, REPLY_DETAILS, REPLY_LENGTH, !Answer.NOT_KNOWN.equals(answer),
        "say what they told you: the school the child is on roll at, or who in their team took the case", faults);
    throwIfAny(faults);
    return new Reply(answer, details);
  }

  private static String checked(Map<String, Object> variables, String name, int length, boolean required, String missing,
                                List<FieldError> faults) {
    String value = text(variables, name);
    if (value == null) {
      if (required) {
        faults.add(new FieldError(name, missing));
      }
      return null;
    }
    String fault = TextRules.fault(value, true);
    if (fault != null) {
      faults.add(new FieldError(name, fault));
      return null;
    }
    if (value.length() > length) {
      faults.add(new FieldError(name, "at most " + length + " characters"));
      return null;
    }
    return TextRules.strip(value);
  }

  private static InvalidInputException invalid(String field, String reason) {
    return new InvalidInputException(List.of(new FieldError(field, reason)));
  }

  private static void throwIfAny(List<FieldError> faults) {
    if (!faults.isEmpty()) {
      throw new InvalidInputException(faults);
    }
  }
}
