package uk.gov.cme.process.shared.letters;

import java.time.Instant;
import uk.gov.cme.letters.RenderedLetter;

/** Where a made letter is kept: with its case in the register ({@link CaseLetterStore}). */
public interface LetterStore {

  /**
   * Stores the letter with the case and gives its id. Never replaces an earlier letter.
   *
   * @throws uk.gov.cme.casework.CaseNotFoundException if there is no such case
   */
  long store(String caseReference, RenderedLetter letter, String user, Instant at);
}
