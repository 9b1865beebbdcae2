package uk.gov.cme.process.shared.forms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import uk.gov.cme.casework.CaseView;
import uk.gov.cme.casework.CaseView.ReferralView;
import uk.gov.cme.casework.ChildDetails;
import uk.gov.cme.casework.LocateAttempt;
import uk.gov.cme.casework.OffRollEntry;
import uk.gov.cme.casework.OffRollNotificationDetails.Parent;
import uk.gov.cme.casework.ReferralDetails;
import uk.gov.cme.casework.ReferralSource;

/**
 * The case summary a task form shows, built from the register for every process alike: display-ready
 * text (labels, not codes; dates as people write them), one variable per item ({@link Variables}).
 * A form shows the items it needs as read-only fields. Holds personal data: never log it.
 */
public final class CaseSummary {

  /** The summary's variables: task-local, set when a task is created, gone when it is completed. */
  public static final class Variables {
    /** The child's last known address ("Not known" when none). */
    public static final String ADDRESS = "summaryAddress";
    public static final String POSTCODE = "summaryPostcode";
    public static final String UPN = "summaryUpn";
    /** The date of birth as people write it ("14 March 2014"). */
    public static final String DATE_OF_BIRTH = "summaryDateOfBirth";
    public static final String SEX = "summarySex";
    /** The last school attended, by name, with its URN when known. */
    public static final String LAST_SCHOOL = "summaryLastSchool";
    /** "Yes" or "No": an education, health and care plan. */
    public static final String EHCP = "summaryEhcp";
    /** The school's attempts to locate the child, one line each: date, what was done, the result. */
    public static final String ATTEMPTS_TO_LOCATE = "summaryAttemptsToLocate";
    /** The parents and carers the register knows (from off-roll notifications of the case). */
    public static final String PARENTS = "summaryParents";
    /** Every referral on the case: when, from whom. */
    public static final String REFERRALS = "summaryReferrals";
    /** The latest classification with what it means ("PMOOE — pupil missing out on education: …"). */
    public static final String CLASSIFICATION = "summaryClassification";

    /** Every variable of the summary. */
    public static final List<String> ALL = List.of(ADDRESS, POSTCODE, UPN, DATE_OF_BIRTH, SEX, LAST_SCHOOL, EHCP,
        ATTEMPTS_TO_LOCATE, PARENTS, REFERRALS, CLASSIFICATION);

    private Variables() {
    }
  }

  static final String NOT_KNOWN = "Not known";

  /** The longest text a summary variable holds (the engine keeps up to 4,000 characters). */
  static final int MAX_TEXT = 3_800;
  private static final int EARLIER_NOTE_ROOM = 100;

  private CaseSummary() {
  }

  /**
   * The summary of a case.
   *
   * @param view     the case as the register holds it
   * @param offRoll  the off-roll notifications linked to the case (for the parents); may be empty
   * @param schools  the schools' names
   * @return every variable of {@link Variables#ALL}, each a non-null string
   */
  public static Map<String, Object> of(CaseView view, List<OffRollEntry> offRoll, SchoolNames schools) {
    Objects.requireNonNull(view, "view");
    ChildDetails child = view.child();
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put(Variables.ADDRESS, address(child));
    summary.put(Variables.POSTCODE, orNotKnown(child.postcode()));
    summary.put(Variables.UPN, orNotKnown(child.upn()));
    summary.put(Variables.DATE_OF_BIRTH, orNotKnown(FormText.date(child.dateOfBirth())));
    summary.put(Variables.SEX, FormText.sex(child.sex()));
    summary.put(Variables.LAST_SCHOOL, lastSchool(child, schools));
    summary.put(Variables.EHCP, FormText.yesNo(child.flags().ehcp()));
    summary.put(Variables.ATTEMPTS_TO_LOCATE, attempts(view.referrals(), schools));
    summary.put(Variables.PARENTS, parents(offRoll));
    summary.put(Variables.REFERRALS, referrals(view.referrals(), schools));
    summary.put(Variables.CLASSIFICATION, classification(view.referrals()));
    return summary;
  }

  /**
   * Who a referral came from, as it reads after "from": the school's name for a school, else the
   * source in words with the organisation when given ("another local authority (Hampshire CME team)").
   */
  public static String from(ReferralDetails referral, SchoolNames schools) {
    if (referral.referringSchoolUrn() != null
        && (referral.source() == ReferralSource.SCHOOL || referral.source() == ReferralSource.OFF_ROLL)) {
      return schools.describe(referral.referringSchoolUrn());
    }
    String source = FormText.source(referral.source());
    return referral.referrerOrganisation() == null ? source : source + " (" + referral.referrerOrganisation() + ")";
  }

  private static String address(ChildDetails child) {
    if (child.address() == null) {
      return NOT_KNOWN;
    }
    return child.addressUnknown() ? child.address() + " (the child may no longer live here)" : child.address();
  }

  private static String lastSchool(ChildDetails child, SchoolNames schools) {
    String urn = child.lastSchoolUrn();
    String name = child.lastSchoolName() != null ? child.lastSchoolName()
        : urn == null ? null : schools.nameOf(urn).orElse(null);
    if (name == null) {
      return urn == null ? NOT_KNOWN : "URN " + urn;
    }
    return urn == null ? name : name + " (URN " + urn + ")";
  }

  private static String attempts(List<ReferralView> referrals, SchoolNames schools) {
    List<String> blocks = new ArrayList<>();
    for (ReferralView referral : referrals) {
      List<LocateAttempt> attempts = referral.details().attemptsToLocate();
      if (attempts.isEmpty()) {
        continue;
      }
      List<String> lines = new ArrayList<>();
      if (referrals.size() > 1) {
        lines.add("Referral received " + FormText.dateTime(received(referral)) + " from "
            + from(referral.details(), schools) + ":");
      }
      for (LocateAttempt attempt : attempts) {
        lines.add((attempt.on() == null ? "No date given" : FormText.date(attempt.on())) + " — "
            + FormText.attempt(attempt.step()) + ": " + (attempt.result() == null ? "no result given" : attempt.result()));
      }
      blocks.add(String.join("\n", lines));
    }
    return blocks.isEmpty() ? "None recorded" : newestThatFit(blocks);
  }

  private static String parents(List<OffRollEntry> offRoll) {
    Set<String> lines = new LinkedHashSet<>();
    for (OffRollEntry entry : offRoll) {
      for (Parent parent : new Parent[] {entry.details().parent1(), entry.details().parent2()}) {
        if (parent == null || parent.name() == null || parent.name().isBlank()) {
          continue;
        }
        StringBuilder line = new StringBuilder(parent.name());
        if (parent.phone() != null && !parent.phone().isBlank()) {
          line.append(", phone ").append(parent.phone());
        }
        line.append(", address: ").append(parent.address() != null && !parent.address().isBlank()
            ? parent.address() : "the child's");
        lines.add(line.toString());
      }
    }
    return lines.isEmpty() ? "None recorded" : newestThatFit(new ArrayList<>(lines));
  }

  private static String referrals(List<ReferralView> referrals, SchoolNames schools) {
    List<String> lines = new ArrayList<>();
    for (ReferralView referral : referrals) {
      lines.add("Received " + FormText.dateTime(received(referral)) + " from " + from(referral.details(), schools));
    }
    return lines.isEmpty() ? "None recorded" : newestThatFit(lines);
  }

  /**
   * The newest blocks (the end of the list) that fit in {@link #MAX_TEXT} characters, with a first line
   * saying how many earlier ones the Case tab shows: the engine stores a text variable in at most 4,000
   * characters, and a case referred many times must still get its task.
   */
  static String newestThatFit(List<String> blocks) {
    List<String> kept = new ArrayList<>();
    int length = 0;
    for (int i = blocks.size() - 1; i >= 0; i--) {
      String block = blocks.get(i);
      if (length + block.length() + 1 > MAX_TEXT - EARLIER_NOTE_ROOM) {
        break;
      }
      kept.add(0, block);
      length += block.length() + 1;
    }
    if (kept.isEmpty()) {
      String newest = blocks.get(blocks.size() - 1);
      kept.add(newest.substring(0, MAX_TEXT - EARLIER_NOTE_ROOM - 1) + "…");
    }
    int earlier = blocks.size() - kept.size();
    if (earlier > 0) {
      kept.add(0, earlier + (earlier == 1 ? " earlier entry" : " earlier entries")
          + " not shown here: the Case tab shows them all.");
    }
    return String.join("\n", kept);
  }

  private static String classification(List<ReferralView> referrals) {
    for (int i = referrals.size() - 1; i >= 0; i--) {
      if (referrals.get(i).classification() != null) {
        return FormText.classification(referrals.get(i).classification());
      }
    }
    return "Not classified yet";
  }

  private static java.time.Instant received(ReferralView referral) {
    return referral.details().receivedAt() != null ? referral.details().receivedAt() : referral.createdAt();
  }

  private static String orNotKnown(String value) {
    return value == null || value.isBlank() ? NOT_KNOWN : value;
  }
}
