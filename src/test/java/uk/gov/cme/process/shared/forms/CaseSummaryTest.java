package uk.gov.cme.process.shared.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.gov.cme.casework.Agency;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.CaseStatus;
import uk.gov.cme.casework.CaseView;
import uk.gov.cme.casework.CaseView.ReferralView;
import uk.gov.cme.casework.ChildDetails;
import uk.gov.cme.casework.ChildFlags;
import uk.gov.cme.casework.LocateAttempt;
import uk.gov.cme.casework.OffRollEntry;
import uk.gov.cme.casework.OffRollNotificationDetails;
import uk.gov.cme.casework.OffRollNotificationDetails.Parent;
import uk.gov.cme.casework.OffRollOutcome;
import uk.gov.cme.casework.ReferralDetails;
import uk.gov.cme.casework.ReferralId;
import uk.gov.cme.casework.ReferralSource;
import uk.gov.cme.casework.Sex;

/** The case summary a form shows, from what the register holds: words, labels and readable dates. */
class CaseSummaryTest {

  static final SchoolNames SCHOOLS = urn -> Optional.ofNullable(Map.of("999001", "Riverside Primary School").get(urn));
  /** 3 December 2026 16:09 in London (GMT); 2 June 2026 10:30 UTC is 11:30 in London (BST). */
  static final Instant WINTER = Instant.parse("2026-12-03T16:09:17.997Z");
  static final Instant SUMMER = Instant.parse("2026-06-02T10:30:00Z");

  @Test
  void every_item_reads_as_words_with_the_school_by_its_name_and_dates_in_london() {
    ReferralDetails fromSchool = new ReferralDetails(ReferralSource.SCHOOL, null, "A. Teacher", "dsl@riverside.example",
        null, "999001", "education:none", "Not seen since half term.", List.of(
            new LocateAttempt(LocateAttempt.Step.PARENTS_PHONE_OR_TEXT, LocalDate.of(2026, 5, 20), "No answer"),
            new LocateAttempt(LocateAttempt.Step.RELEVANT_AGENCY, LocalDate.of(2026, 5, 21), "No record")),
        false, null, SUMMER);
    ReferralDetails fromAgency = new ReferralDetails(ReferralSource.AGENCY, "Health visiting", "H. Visitor",
        "hv@nhs.example", null, null, null, "Family moved.", List.of(), false, null, WINTER);
    ChildDetails child = new ChildDetails("B801200005001", null, "Sam", "Example", null, LocalDate.of(2015, 3, 4),
        Sex.FEMALE, "12 Mill Lane, Winchester", "SO23 8UJ", true, "999001", null,
        new ChildFlags(true, false, false, false, false, false));

    Map<String, Object> summary = CaseSummary.of(view(child, List.of(referral(fromSchool, "PMOOE"),
        referral(fromAgency, null))), List.of(offRoll()), SCHOOLS);

    assertThat(summary).containsEntry("summarySex", "Female")
        .containsEntry("summaryUpn", "B801200005001")
        .containsEntry("summaryDateOfBirth", "4 March 2015")
        .containsEntry("summaryAddress", "12 Mill Lane, Winchester (the child may no longer live here)")
        .containsEntry("summaryPostcode", "SO23 8UJ")
        .containsEntry("summaryLastSchool", "Riverside Primary School (URN 999001)")
        .containsEntry("summaryEhcp", "Yes")
        .containsEntry("summaryReferrals", "Received 2 June 2026 11:30 from Riverside Primary School\n"
            + "Received 3 December 2026 16:09 from an agency (Health visiting)")
        .containsEntry("summaryAttemptsToLocate", "Referral received 2 June 2026 11:30 from Riverside Primary School:\n"
            + "20 May 2026 — First-day calls and texts to parents and carers: No answer\n"
            + "21 May 2026 — Contact with a relevant agency (e.g. armed forces welfare officer): No record")
        .containsEntry("summaryParents", "Pat Example, phone 07700 900123, address: the child's\n"
            + "Chris Example, phone 07700 900456, address: 3 Dock Road, Southampton")
        .containsEntry("summaryClassification", "PMOOE — pupil missing out on education: on a school roll but not "
            + "receiving a suitable full-time education (not back after leave, continuously absent, or did not start)");
    assertThat(summary.keySet()).containsExactlyInAnyOrderElementsOf(CaseSummary.Variables.ALL);
    assertThat(summary.values()).noneMatch(v -> v.toString().matches(".*\\d{4}-\\d{2}-\\d{2}T.*"));
  }

  @Test
  void what_the_register_does_not_hold_reads_not_known_or_none_recorded() {
    ReferralDetails anonymous = new ReferralDetails(ReferralSource.ANONYMOUS, null, null, null, null, null, null,
        "Seen in the park in school hours.", List.of(), false, null, WINTER);
    ChildDetails child = new ChildDetails(null, null, "Sam", "Example", null, LocalDate.of(2015, 3, 4), null,
        null, null, false, null, null, null);

    Map<String, Object> summary = CaseSummary.of(view(child, List.of(referral(anonymous, null))), List.of(), SCHOOLS);

    assertThat(summary).containsEntry("summarySex", "Not known").containsEntry("summaryUpn", "Not known")
        .containsEntry("summaryAddress", "Not known").containsEntry("summaryPostcode", "Not known")
        .containsEntry("summaryLastSchool", "Not known").containsEntry("summaryEhcp", "No")
        .containsEntry("summaryAttemptsToLocate", "None recorded").containsEntry("summaryParents", "None recorded")
        .containsEntry("summaryReferrals", "Received 3 December 2026 16:09 from a member of the public (anonymous)")
        .containsEntry("summaryClassification", "Not classified yet");
  }

  @Test
  void every_agency_has_the_label_the_investigation_form_offers() {
    assertThat(FormText.agency(Agency.HOUSING)).isEqualTo("Housing");
    assertThat(FormText.agency(Agency.OTHER_LA)).isEqualTo("Another LA");
    for (Agency agency : Agency.values()) {
      assertThat(FormText.agency(agency)).as(agency.name()).isNotBlank();
    }
    for (ReferralSource source : ReferralSource.values()) {
      assertThat(FormText.source(source)).as(source.name()).isNotBlank();
    }
    for (LocateAttempt.Step step : LocateAttempt.Step.values()) {
      assertThat(FormText.attempt(step)).as(step.name()).isNotBlank();
    }
  }

  /**
   * Issue 9: Acknowledge and Investigate left out what the officer needs. Every officer form of the CME
   * referral and confirm-case-match shows the child's summary; the IARF form the address and parents;
   * and no form names a summary item that does not exist (a typing mistake would show an empty field).
   */
  @Test
  void the_officers_forms_show_the_summary_and_only_items_it_has() throws Exception {
    List<String> child = List.of("summarySex", "summaryUpn", "summaryDateOfBirth", "summaryAddress", "summaryPostcode", "summaryLastSchool",
        "summaryEhcp", "summaryReferrals", "summaryAttemptsToLocate");
    try (var forms = java.nio.file.Files.walk(java.nio.file.Path.of("forms"))) {
      for (java.nio.file.Path form : forms.filter(f -> f.toString().endsWith(".form")).toList()) {
        String text = java.nio.file.Files.readString(form);
        java.util.Set<String> keys = new java.util.TreeSet<>();
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(text).findValues("key")
            .forEach(k -> keys.add(k.asText()));
        assertThat(keys).filteredOn(k -> k.startsWith("summary")).as(form.toString())
            .isSubsetOf(CaseSummary.Variables.ALL);
        String name = form.getFileName().toString();
        boolean officerForm = form.startsWith(java.nio.file.Path.of("forms", "cme-referral")) && !name.startsWith("start-")
            || name.equals("confirm-case-match.form");
        if (officerForm) {
          // the date of birth written out ("14 March 2014"), not the stored 2014-03-14
          assertThat(keys).as(form.toString()).containsAll(child).doesNotContain("classification", "dateOfBirth");
        }
        if (name.equals("make-inter-agency-referral.form")) {
          assertThat(keys).contains("summaryAddress", "summaryPostcode", "summaryParents");
        }
      }
    }
  }

  static CaseView view(ChildDetails child, List<ReferralView> referrals) {
    return new CaseView(CaseReference.of("CME-2026-00042"), CaseStatus.OPEN, null, null, WINTER, null, null, child,
        null, referrals, List.of(), 1, "cme.officer", WINTER, "cme.officer", WINTER);
  }

  static ReferralView referral(ReferralDetails details, String classification) {
    return new ReferralView(new ReferralId(1), details, classification, null, null, null, null, null, "system",
        details.receivedAt());
  }

  static OffRollEntry offRoll() {
    OffRollNotificationDetails details = new OffRollNotificationDetails("999001", "Sam", "Example", null,
        LocalDate.of(2015, 3, 4), null, "12 Mill Lane, Winchester", "SO23 8UJ",
        new Parent("Pat Example", null, "07700 900123"), new Parent("Chris Example", "3 Dock Road, Southampton",
        "07700 900456"), null, null, null, "h", LocalDate.of(2026, 12, 10), null, false, false, false,
        "Not back after leave.");
    return new OffRollEntry(1, details, "not back after leave", null, OffRollOutcome.RECEIVED, null, null,
        "CME-2026-00042", null, "riverside.dsl", WINTER, "riverside.dsl", WINTER);
  }

  @Test
  void a_long_history_keeps_the_newest_entries_within_what_the_engine_stores_and_says_how_many_are_left_out() {
    List<String> entries = new java.util.ArrayList<>();
    for (int i = 1; i <= 60; i++) {
      entries.add("Received 3 December 2026 15:09 from Riverside Primary School, number " + i);
    }
    String text = CaseSummary.newestThatFit(entries);
    assertThat(text.length()).isLessThanOrEqualTo(CaseSummary.MAX_TEXT).isLessThan(4_000);
    assertThat(text).endsWith("number 60").contains("number 59");
    assertThat(text).doesNotContain("number 1\n");
    String[] lines = text.split("\n");
    int shown = lines.length - 1;
    assertThat(lines[0]).isEqualTo((60 - shown) + " earlier entries not shown here: the Case tab shows them all.");

    assertThat(CaseSummary.newestThatFit(List.of("one", "two"))).isEqualTo("one\ntwo");
    String huge = "x".repeat(10_000);
    assertThat(CaseSummary.newestThatFit(List.of(huge)).length()).isLessThan(CaseSummary.MAX_TEXT);
  }
}
