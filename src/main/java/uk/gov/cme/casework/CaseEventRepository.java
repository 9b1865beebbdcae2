package uk.gov.cme.casework;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** The audit trail: events are added, never changed or removed. */
interface CaseEventRepository extends Repository<CaseEvent, Long> {

  CaseEvent save(CaseEvent event);

  @Query("SELECT * FROM cme_case_event WHERE case_id = :caseId ORDER BY occurred_at, id")
  List<CaseEvent> findByCaseId(Long caseId);
}
