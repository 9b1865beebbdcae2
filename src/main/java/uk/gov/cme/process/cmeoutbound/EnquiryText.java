package uk.gov.cme.process.cmeoutbound;

import java.util.ArrayList;
import java.util.List;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.ChildDetails;
import uk.gov.cme.process.cmeoutbound.OutboundIntake.Prepared;
import uk.gov.cme.process.shared.forms.FormText;

/**
 * The enquiry to the other authority's CME team, exactly as it is emailed and as the officer reads it
 * before it goes (rules.md R9: necessary and proportionate). It always names the child (legal names,
 * date of birth, sex: what another authority needs to search its records) and what is known; the UPN,
 * the last known address and the last school only when the officer chose to share them. Plain Java.
 */
final class EnquiryText {

  private EnquiryText() {
  }

  static String of(CaseReference reference, ChildDetails child, Prepared prepared, String ourAuthority) {
    List<String> lines = new ArrayList<>();
    lines.add("Our reference: " + reference.value());
    lines.add("To: the Children Missing Education team, " + prepared.authority().name());
    lines.add("From: the Children Missing Education team, " + ourAuthority);
    lines.add("");
    lines.add("We believe this child may be living in your area. Please tell us whether the child is known to"
        + " you and, if so, whether they are on a school roll there.");
    lines.add("");
    lines.add("Name: " + child.legalForename() + " " + child.legalSurname()
        + (child.preferredName() == null ? "" : " (known as " + child.preferredName() + ")"));
    lines.add("Date of birth: " + FormText.date(child.dateOfBirth()));
    lines.add("Sex: " + FormText.sex(child.sex()));
    if (prepared.shareUpn()) {
      lines.add("UPN: " + orNotKnown(child.upn()));
    }
    if (prepared.shareAddress()) {
      lines.add("Last known address: " + (child.addressUnknown() || child.address() == null ? "not known"
          : child.address().replace('\n', ',').replace("\r", "") + (child.postcode() == null ? "" : ", " + child.postcode())));
    }
    if (prepared.shareLastSchool()) {
      lines.add("Last school: " + orNotKnown(child.lastSchoolName()));
    }
    lines.add("");
    lines.add("What we know: " + prepared.whatIsKnown());
    lines.add("");
    lines.add("Please reply to this address quoting our reference " + reference.value() + ".");
    return String.join("\n", lines);
  }

  private static String orNotKnown(String value) {
    return value == null || value.isBlank() ? "not known" : value;
  }
}
