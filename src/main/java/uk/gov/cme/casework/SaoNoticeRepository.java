package uk.gov.cme.casework;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** The School Attendance Order register's rows. */
interface SaoNoticeRepository extends ListCrudRepository<SaoNotice, Long> {

  /** A case's notices and orders, oldest first (index {@code cme_sao_notice_case_ix}). */
  @Query("SELECT * FROM cme_sao_notice WHERE case_id = :caseId ORDER BY id")
  List<SaoNotice> findByCaseId(Long caseId);

  /** How many orders in force on the case name the school. */
  @Query("SELECT COUNT(*) FROM cme_sao_notice WHERE case_id = :caseId AND status = 'IN_FORCE'"
      + " AND school_urn = :schoolUrn")
  long countInForce(Long caseId, String schoolUrn);

  /**
   * How many orders in force name the school for a child with this UPN (or former UPN) and date of birth,
   * on any case.
   */
  @Query("SELECT COUNT(*) FROM cme_sao_notice n JOIN cme_case c ON c.id = n.case_id"
      + " WHERE n.status = 'IN_FORCE' AND n.school_urn = :schoolUrn AND c.date_of_birth = :dateOfBirth"
      + " AND (c.upn = :upn OR c.former_upn = :upn)")
  long countInForceForChild(String upn, LocalDate dateOfBirth, String schoolUrn);
}
