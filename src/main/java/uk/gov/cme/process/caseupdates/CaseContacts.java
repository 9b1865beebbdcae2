package uk.gov.cme.process.caseupdates;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.CaseView;
import uk.gov.cme.casework.Casework;

/**
 * Whom the case's updates go to, read from the case register when each is sent (bean
 * {@code caseContacts}, used in processes/case-updates.bpmn): the rules are {@link CaseView}'s. An
 * unknown case has nobody to tell.
 */
@Component("caseContacts")
public class CaseContacts {

  private final Casework casework;

  public CaseContacts(Casework casework) {
    this.casework = casework;
  }

  /** Every referrer's email address, once each ({@link CaseView#referrerEmails()}). */
  public List<String> referrerEmails(String caseReference) {
    return find(caseReference).map(CaseView::referrerEmails).orElse(List.of());
  }

  /** Every referring or reporting school's email address ({@link CaseView#schoolReferrerEmails()}). */
  public List<String> schoolEmails(String caseReference) {
    return find(caseReference).map(CaseView::schoolReferrerEmails).orElse(List.of());
  }

  /** The social worker's address while the child has a plan; null otherwise ({@link CaseView#socialWorkerToTell()}). */
  public String socialWorkerEmail(String caseReference) {
    return find(caseReference).flatMap(CaseView::socialWorkerToTell).orElse(null);
  }

  /** Whether the case is open in the register. */
  public boolean isOpen(String caseReference) {
    return caseReference != null && CaseReference.isValid(caseReference)
        && casework.isOpen(CaseReference.of(caseReference));
  }

  private Optional<CaseView> find(String caseReference) {
    if (caseReference == null || !CaseReference.isValid(caseReference)) {
      return Optional.empty();
    }
    return casework.find(CaseReference.of(caseReference));
  }
}
