package uk.gov.cme.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every shipped template made into a PDF and read back with PDFBox. */
class LetterRendererTest {

  private final LetterRenderer renderer = new LetterRenderer("classpath:letters/");

  static LetterRequest request(Boolean granted) {
    return new LetterRequest("East Borough Council", List.of("Civic Centre", "High Street", "EB1 1AA"),
        "CME-2026-000123", "Amelia Zofia Nowak", LocalDate.of(2015, 3, 14), "Ms Katarzyna Nowak",
        List.of("12 Acacia Road", "EB2 2BB"), "Riverside Primary School", LocalDate.of(2026, 12, 21),
        LocalDate.of(2027, 1, 8), "Jane Smith", granted, granted == null || granted ? null
            : "the school you chose has no place in the child's year group");
  }

  /** Every letter to a parent (the minutes, addressed to no one, have their own tests below). */
  @ParameterizedTest
  @EnumSource(value = LetterKind.class, mode = EnumSource.Mode.EXCLUDE,
      names = {"ESCALATION_MINUTES", "REGISTER_INSPECTION_FINDINGS"})
  void eachTemplateNamesTheChildTheSectionAndTheDateWrittenOut(LetterKind kind) throws IOException {
    Boolean granted = kind == LetterKind.AMENDMENT_DECISION || kind == LetterKind.REVOCATION_DECISION
        ? Boolean.FALSE : null;
    RenderedLetter letter = renderer.render(kind, request(granted).model());

    assertThat(letter.templateName()).isEqualTo(kind.template());
    assertThat(letter.templateVersion()).isEqualTo("1");
    String text = text(letter.pdf());
    assertThat(text).contains("Amelia Zofia Nowak")
        .contains(kind.section().inFull())
        .contains("East Borough Council")
        .contains("Monday 21 December 2026");
    if (kind != LetterKind.REVOCATION_DECISION && kind != LetterKind.AMENDMENT_DECISION) {
      assertThat(text).contains("Friday 8 January 2027");
    } else {
      assertThat(text).contains("no place in the child's year group");
    }
    assertAccessible(letter);
  }

  /** A tagged PDF (PDF/UA) in British English with a title, a description and every font embedded. */
  static void assertAccessible(RenderedLetter letter) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(letter.pdf())) {
      assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).as("tagged PDF").isNotNull();
      assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
      assertThat(pdf.getDocumentInformation().getTitle()).isNotBlank();
      assertThat(pdf.getDocumentInformation().getSubject()).as("PDF/UA needs a description").isNotBlank();
      assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
      for (var name : pdf.getPage(0).getResources().getFontNames()) {
        PDFont font = pdf.getPage(0).getResources().getFont(name);
        assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
      }
    }
  }

  static EscalationMinutes minutes(EscalationMinutes.Decision decision, int stage, List<EscalationMinutes.Action> actions) {
    return new EscalationMinutes("CMOOE Action Group (monthly)", LocalDate.of(2027, 1, 12), stage,
        "No progress on the case since Tuesday 3 November 2026", "High", true, actions, decision,
        "Line of Sight meeting", LocalDate.of(2027, 2, 9), "The family has not answered three letters.");
  }

  static final List<EscalationMinutes.Action> TWO_ACTIONS = List.of(
      new EscalationMinutes.Action("Home visit with the Education Welfare Officer", "Attendance and Welfare team",
          LocalDate.of(2027, 1, 22), "Visit made and the child seen; the outcome recorded on the case", "Set"),
      new EscalationMinutes.Action("Offer a school place", "Jo Patel (School Admissions)",
          LocalDate.of(2027, 2, 5), "A place offered in writing and the parent's answer recorded", "Done"));

  @Test
  void theMinutesShowTheGroupTheChildTheConcernTheSmartActionsAndTheDecision() throws IOException {
    RenderedLetter letter = renderer.render(LetterKind.ESCALATION_MINUTES,
        minutes(EscalationMinutes.Decision.ESCALATE, 1, TWO_ACTIONS).addTo(request(null).model()));

    assertThat(letter.templateName()).isEqualTo("escalation-minutes");
    assertThat(letter.templateVersion()).isEqualTo("1");
    assertThat(letter.title()).isEqualTo("Escalation meeting minutes");
    String text = text(letter.pdf());
    assertThat(text)
        .contains("Minutes: CMOOE Action Group (monthly), Tuesday 12 January 2027")
        .contains("Amelia Zofia Nowak, born Saturday 14 March 2015")
        .contains("Our reference: CME-2026-000123")
        .contains("Escalation stage 1. Raised because: No progress on the case since Tuesday 3 November 2026")
        .contains("High").contains("among the children of highest concern")
        .contains("Home visit with the Education Welfare Officer").contains("Attendance and Welfare team")
        .contains("Friday 22 January 2027").contains("Visit made and the child seen")
        .contains("Offer a school place").contains("Jo Patel (School Admissions)").contains("Friday 5 February 2027")
        .contains("A place offered in writing").contains("Done")
        .contains("Escalate to stage 2: Line of Sight meeting.")
        .contains("The family has not answered three letters.")
        .contains("Recorded by Jane Smith on behalf of East Borough Council.")
        .contains(LetterKind.ESCALATION_MINUTES.section().inFull())
        .contains("East Borough Council").contains("Monday 21 December 2026")
        .doesNotContain("Ms Katarzyna Nowak").doesNotContain("12 Acacia Road")
        .doesNotContain("No actions were set").doesNotContain("Resolved").doesNotContain("senior management");
    assertAccessible(letter);
  }

  @Test
  void theRecordOfFindingsOfARegisterInspectionListsEachFindingAndTheNextDueDate() throws IOException {
    java.util.Map<String, Object> model = request(null).model();
    model.put("schoolUrn", "999001");
    model.put("inspectionReference", "INSPECTION-7");
    model.put("inspectionReason", "off-rolling concern: 10 or more pupils were deleted");
    model.put("startedOn", "Monday 9 November 2026");
    model.put("comparedBy", "the school");
    model.put("allocatedCount", 2);
    model.put("offRollCount", 11);
    model.put("findings", List.of(java.util.Map.of("kind", "On a part-time timetable", "child",
        "Ava Hill, born Thursday 3 March 2016", "action", "Recorded", "details", "Mornings only since October")));
    model.put("hasFindings", true);
    model.put("nextDueDate", "Thursday 2 September 2027");

    RenderedLetter letter = renderer.render(LetterKind.REGISTER_INSPECTION_FINDINGS, model);

    assertThat(letter.title()).isEqualTo("Register inspection: record of findings");
    assertThat(text(letter.pdf())).contains("Our reference: INSPECTION-7")
        .contains("School: Riverside Primary School (URN 999001)")
        .contains("off-rolling concern: 10 or more pupils were deleted")
        .contains("Allocated (children allocated a place at the school this academic year): 2")
        .contains("Ava Hill, born Thursday 3 March 2016").contains("Mornings only since October")
        .contains("next register inspection is due by Thursday 2 September 2027")
        .contains(LetterKind.REGISTER_INSPECTION_FINDINGS.section().inFull())
        .doesNotContain("Ms Katarzyna Nowak").doesNotContain("no discrepancy");
    assertAccessible(letter);
    model.put("findings", List.of());
    model.put("hasFindings", false);
    assertThat(text(renderer.render(LetterKind.REGISTER_INSPECTION_FINDINGS, model).pdf()))
        .contains("no discrepancy was found");
  }

  @Test
  void theMinutesSayEachDecision() throws IOException {
    String resolved = text(renderer.render(LetterKind.ESCALATION_MINUTES,
        minutes(EscalationMinutes.Decision.RESOLVED, 2, List.of()).addTo(request(null).model())).pdf());
    assertThat(resolved).contains("Resolved: the escalation ends.").contains("No actions were set.")
        .doesNotContain("Escalate to").doesNotContain("Stay at stage");

    String stay = text(renderer.render(LetterKind.ESCALATION_MINUTES,
        minutes(EscalationMinutes.Decision.STAY, 2, TWO_ACTIONS).addTo(request(null).model())).pdf());
    assertThat(stay).contains("Stay at stage 2: the child comes back to the next meeting on Tuesday 9 February 2027")
        .doesNotContain("Escalate to").doesNotContain("Resolved");

    String reported = text(renderer.render(LetterKind.ESCALATION_MINUTES,
        minutes(EscalationMinutes.Decision.ESCALATE, 3, TWO_ACTIONS).addTo(request(null).model())).pdf());
    assertThat(reported).contains("Unresolved after stage 3: reported to senior management.")
        .doesNotContain("Escalate to stage 4");

    var bare = new EscalationMinutes("The practitioner's line manager", LocalDate.of(2027, 1, 12), 1, null, "Medium",
        false, List.of(), EscalationMinutes.Decision.of("stay"), null, null, null);
    String plain = text(renderer.render(LetterKind.ESCALATION_MINUTES, bare.addTo(request(null).model())).pdf());
    assertThat(plain).contains("Escalation stage 1.").doesNotContain("Raised because")
        .doesNotContain("highest concern").contains("comes back to the next meeting, with every action");
  }

  @Test
  void minutesWithoutTheirValuesFailNamingTheTemplate() {
    assertThatThrownBy(() -> renderer.render(LetterKind.ESCALATION_MINUTES, request(null).model()))
        .isInstanceOf(LetterException.class).hasMessageContaining("escalation-minutes");
    assertThatThrownBy(() -> EscalationMinutes.Decision.of("adjourn"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("resolved, stay or escalate");
    assertThatThrownBy(() -> minutes(EscalationMinutes.Decision.STAY, 4, List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1 to 3");
  }

  @Test
  void aGrantedAmendmentGivesTheNewDeadline() throws IOException {
    String text = text(renderer.render(LetterKind.AMENDMENT_DECISION, request(true).model()).pdf());
    assertThat(text).contains("We have agreed").contains("Friday 8 January 2027").doesNotContain("refused");
  }

  @Test
  void aMissingValueFailsNamingTheTemplate() {
    var model = request(null).model();
    model.remove("deadline");
    assertThatThrownBy(() -> renderer.render(LetterKind.S437_NOTICE, model))
        .isInstanceOf(LetterException.class).hasMessageContaining("s437-notice").hasMessageContaining("deadline");
  }

  @Test
  void anOperatorsEditedFolderIsUsedWithoutABuild(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("s437-notice.html"), """
        <!DOCTYPE html><html lang="en-GB"><head><meta charset="UTF-8"/><meta name="version" content="2026-12-a"/>
        <title>Edited</title></head><body><p>Edited notice for {{childName}} by {{deadline}}</p></body></html>""");
    LetterRenderer edited = new LetterRenderer("file:" + dir + "/");
    RenderedLetter letter = edited.render(LetterKind.S437_NOTICE, request(null).model());
    assertThat(letter.templateVersion()).isEqualTo("2026-12-a");
    assertThat(text(letter.pdf())).contains("Edited notice for Amelia Zofia Nowak by Friday 8 January 2027");
  }

  @Test
  void aTemplateThatIsNotWellFormedOrHasNoVersionFails(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("s437-notice.html"),
        "<html><head><meta name=\"version\" content=\"3\"/></head><body><p>unclosed {{childName}}</body></html>");
    Files.writeString(dir.resolve("s438-notice-of-intention.html"), "<html><body><p>x</p></body></html>");
    LetterRenderer broken = new LetterRenderer("file:" + dir + "/");
    assertThatThrownBy(() -> broken.render(LetterKind.S437_NOTICE, request(null).model()))
        .isInstanceOf(LetterException.class).hasMessageContaining("s437-notice");
    assertThatThrownBy(() -> broken.render(LetterKind.S438_NOTICE_OF_INTENTION, request(null).model()))
        .isInstanceOf(LetterException.class).hasMessageContaining("version");
  }

  static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }
}
