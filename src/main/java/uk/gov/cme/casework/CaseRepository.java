package uk.gov.cme.casework;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** The cases, each loaded and saved whole with its referrals and enquiries. */
interface CaseRepository extends ListCrudRepository<CmeCase, Long> {

  Optional<CmeCase> findByCaseReference(String caseReference);

  /** Open cases whose UPN or former UPN is this UPN, oldest first. */
  @Query("SELECT * FROM cme_case WHERE status = 'OPEN' AND (upn = :upn OR former_upn = :upn) ORDER BY id")
  List<CmeCase> findOpenByUpn(String upn);

  /** Open cases of children born on the day, oldest first (index {@code cme_case_date_of_birth_ix}). */
  @Query("SELECT * FROM cme_case WHERE status = 'OPEN' AND date_of_birth = :dateOfBirth ORDER BY id")
  List<CmeCase> findOpenByDateOfBirth(LocalDate dateOfBirth);
}
