package uk.gov.cme.casework;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

/** The cases, each loaded and saved whole with its referrals and enquiries. */
interface CaseRepository extends ListCrudRepository<CmeCase, Long> {

  Optional<CmeCase> findByCaseReference(String caseReference);
}
