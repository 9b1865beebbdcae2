package uk.gov.cme.casework;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** The register inspections. */
interface RegisterInspectionRepository extends ListCrudRepository<RegisterInspection, Long> {

  /** A school's inspections, oldest first (index {@code cme_register_inspection_school_ix}). */
  @Query("SELECT * FROM cme_register_inspection WHERE school_urn = :schoolUrn ORDER BY started_at, id")
  List<RegisterInspection> findBySchoolUrn(String schoolUrn);

  /** Every school's latest ended inspection's next due date: one row per school. */
  @Query("SELECT * FROM cme_register_inspection i WHERE ended_at IS NOT NULL AND NOT EXISTS ("
      + "SELECT 1 FROM cme_register_inspection j WHERE j.school_urn = i.school_urn AND j.ended_at IS NOT NULL"
      + " AND (j.ended_at > i.ended_at OR (j.ended_at = i.ended_at AND j.id > i.id)))")
  List<RegisterInspection> findLatestEnded();

  /** The inspections that are running. */
  @Query("SELECT * FROM cme_register_inspection WHERE ended_at IS NULL ORDER BY started_at, id")
  List<RegisterInspection> findRunning();
}
