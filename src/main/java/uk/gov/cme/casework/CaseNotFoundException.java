package uk.gov.cme.casework;

/**
 * No such case, or no such referral or enquiry on the case. The message names only references and
 * ids. A REST controller answers 404.
 */
public class CaseNotFoundException extends RuntimeException {

  CaseNotFoundException(String message) {
    super(message);
  }

  static CaseNotFoundException noCase(CaseReference reference) {
    return new CaseNotFoundException("no case " + reference);
  }
}
