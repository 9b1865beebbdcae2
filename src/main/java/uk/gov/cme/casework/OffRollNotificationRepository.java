package uk.gov.cme.casework;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** The off-roll notifications. */
interface OffRollNotificationRepository extends ListCrudRepository<OffRollNotification, Long> {

  /** A school's notifications, oldest first (index {@code cme_off_roll_notification_school_ix}). */
  @Query("SELECT * FROM cme_off_roll_notification WHERE school_urn = :schoolUrn ORDER BY submitted_at, id")
  List<OffRollNotification> findBySchoolUrn(String schoolUrn);

  /** The notifications linked to a case, oldest first (index {@code cme_off_roll_notification_case_ix}). */
  @Query("SELECT * FROM cme_off_roll_notification WHERE case_reference = :caseReference ORDER BY submitted_at, id")
  List<OffRollNotification> findByCaseReference(String caseReference);
}
