package uk.gov.cme.casework;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** Letters stored with cases: added, never changed or removed. */
interface CaseLetterRepository extends Repository<CaseLetter, Long> {

  CaseLetter save(CaseLetter letter);

  @Query("SELECT * FROM cme_case_letter WHERE case_id = :caseId ORDER BY generated_at, id")
  List<CaseLetter> findByCaseId(Long caseId);

  @Query("SELECT * FROM cme_case_letter WHERE case_id = :caseId AND id = :id")
  Optional<CaseLetter> findByCaseIdAndId(Long caseId, Long id);
}
