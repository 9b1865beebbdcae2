package uk.gov.cme.process.shared.letters;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import uk.gov.cme.casework.CaseLetters;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.process.shared.notification.LetterAttachments;
import uk.gov.cme.process.shared.notification.Notifications;

/** A case's stored letter attached to the email to the parent, hash checked, the sending audited. */
@Component
class CaseLetterAttachments implements LetterAttachments {

  private final CaseLetters letters;

  CaseLetterAttachments(CaseLetters letters) {
    this.letters = letters;
  }

  @Override
  public Notifications.Attachment attachment(String caseReference, long letterId) {
    CaseReference reference = CaseReference.of(caseReference);
    CaseLetters.LetterFile file = letters.forEmail(reference, letterId, ClockUtil.getCurrentTime().toInstant());
    return new Notifications.Attachment(reference.value() + "-" + file.letter().kind() + "-" + letterId + ".pdf",
        MediaType.APPLICATION_PDF_VALUE, file.pdf());
  }
}
