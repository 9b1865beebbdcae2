package uk.gov.cme.process.shared.letters;

import java.time.Instant;
import org.springframework.stereotype.Component;
import uk.gov.cme.casework.CaseLetters;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.letters.RenderedLetter;

/** Letters stored in the case register ({@link CaseLetters}, table {@code cme_case_letter}). */
@Component
class CaseLetterStore implements LetterStore {

  private final CaseLetters letters;

  CaseLetterStore(CaseLetters letters) {
    this.letters = letters;
  }

  @Override
  public long store(String caseReference, RenderedLetter letter, String user, Instant at) {
    return letters.store(CaseReference.of(caseReference), letter.kind().template(), letter.title(),
        letter.templateName(), letter.templateVersion(), letter.pdf(), user, at).id();
  }
}
