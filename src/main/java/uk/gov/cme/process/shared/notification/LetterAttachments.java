package uk.gov.cme.process.shared.notification;

/**
 * A stored letter of a case as an email attachment (issue 10): implemented by the letters block
 * ({@code process.shared.letters.CaseLetterAttachments}), which checks the letter's hash and records the
 * sending in the case's audit trail.
 */
public interface LetterAttachments {

  /**
   * The letter's PDF to attach.
   *
   * @throws uk.gov.cme.casework.CaseNotFoundException if the case has no such letter
   */
  Notifications.Attachment attachment(String caseReference, long letterId);
}
