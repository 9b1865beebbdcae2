package uk.gov.cme.casework;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The open cases a child might be, as {@link ChildMatcher} compares them: only the columns it reads,
 * where loading each candidate as a whole {@link CmeCase} also loaded its referrals, enquiries and
 * parties (three more queries a candidate). One branch of a {@code UNION} per key, so each uses its own
 * index ({@code cme_case_upn_ix}, {@code cme_case_former_upn_ix}, {@code cme_case_date_of_birth_ix}): with
 * {@code upn = ? OR former_upn = ?} H2 read the whole table (docs/performance.md, "Register").
 */
@Component
class MatchCandidates {

  private static final String COLUMNS =
      "SELECT id, case_reference, upn, former_upn, legal_forename, legal_surname, date_of_birth, postcode"
          + " FROM cme_case WHERE status = 'OPEN' AND ";

  private final JdbcTemplate jdbc;

  MatchCandidates(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Open cases whose UPN or former UPN is one of {@code upns}, or whose child was born on
   * {@code dateOfBirth}; oldest first, each once.
   *
   * @param upns        valid UPNs, none null
   * @param dateOfBirth null: not compared
   */
  List<ChildMatcher.Candidate> open(Collection<String> upns, LocalDate dateOfBirth) {
    List<String> branches = new ArrayList<>();
    List<Object> arguments = new ArrayList<>();
    for (String upn : upns) {
      branches.add(COLUMNS + "upn = ?");
      branches.add(COLUMNS + "former_upn = ?");
      arguments.add(upn);
      arguments.add(upn);
    }
    if (dateOfBirth != null) {
      branches.add(COLUMNS + "date_of_birth = ?");
      arguments.add(Date.valueOf(dateOfBirth));
    }
    if (branches.isEmpty()) {
      return List.of();
    }
    return jdbc.query(String.join(" UNION ", branches) + " ORDER BY id", (row, i) -> new ChildMatcher.Candidate(
        CaseReference.of(row.getString("case_reference")), row.getString("upn"), row.getString("former_upn"),
        row.getString("legal_forename"), row.getString("legal_surname"),
        row.getObject("date_of_birth", LocalDate.class), row.getString("postcode")), arguments.toArray());
  }
}
