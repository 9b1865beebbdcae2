package uk.gov.cme.casework;

/**
 * The change does not fit the case's state: the case is closed, the referral already acknowledged, the
 * enquiry already answered. Nothing was changed. The message names only references and ids. A REST
 * controller answers 409.
 */
public class CaseStateException extends RuntimeException {

  CaseStateException(String message) {
    super(message);
  }
}
