package uk.gov.cme.letters;

/**
 * One letter made into a PDF: its kind, the template's name and version it came from, its title and the
 * PDF's bytes.
 */
public record RenderedLetter(LetterKind kind, String templateName, String templateVersion, String title,
    byte[] pdf) {
}
