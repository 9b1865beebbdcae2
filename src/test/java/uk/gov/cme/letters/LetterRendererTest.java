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

  @ParameterizedTest
  @EnumSource(LetterKind.class)
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
