package uk.gov.cme.casework;

/**
 * A stored letter's bytes no longer match the SHA-256 stored with them. The message names the case
 * reference and the letter's id only. A REST controller answers 500 with a plain message.
 */
public class LetterIntegrityException extends RuntimeException {

  LetterIntegrityException(String message) {
    super(message);
  }
}
