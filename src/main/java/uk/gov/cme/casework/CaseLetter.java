package uk.gov.cme.casework;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A letter stored with a case (table {@code cme_case_letter}): the PDF as made, its SHA-256, the template
 * and version it came from, who made it and when. Its own aggregate, written once and never changed.
 */
@Table
record CaseLetter(@Id Long id, Long caseId, String kind, String title, String templateName,
                  String templateVersion, byte[] content, String sha256, String generatedBy, Instant generatedAt) {

  StoredLetter stored() {
    return new StoredLetter(id, kind, title, templateName, templateVersion, sha256, generatedBy, generatedAt);
  }
}
