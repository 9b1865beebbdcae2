package uk.gov.cme.casework;

import java.time.Instant;

/**
 * A letter of a case as listed in the case view (without its bytes).
 *
 * @param id              the letter's id in the case ({@code /api/cases/{reference}/letters/{id}})
 * @param kind            the letter's kind ({@code uk.gov.cme.letters.LetterKind})
 * @param title           its title
 * @param templateName    the template it was made from
 * @param templateVersion the template's version
 * @param sha256          the SHA-256 of its PDF, hex
 * @param generatedBy     who made it (a user id, or the engine)
 * @param generatedAt     when
 */
public record StoredLetter(Long id, String kind, String title, String templateName, String templateVersion,
                           String sha256, String generatedBy, Instant generatedAt) {
}
