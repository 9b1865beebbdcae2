package uk.gov.cme.security;

import java.util.Set;
import org.springframework.stereotype.Component;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.Casework;
import uk.gov.cme.casework.PartyBasis;

/**
 * {@link CaseAccessRules} over the case register: an LA team whose role covers every case
 * ({@code cme.access.teams.<group>.all-cases: true}) may act on any open case; any other group (a
 * school, a team without that right) only on the open cases it is a party of (the school that referred
 * the child, a school given a task for it). Who may read the register (the case view and search):
 * {@link #reading}.
 */
@Component
public class CaseAccess implements CaseAccessRules {

  private final Casework casework;
  private final Set<String> allCaseTeams;
  private final Set<String> teams;
  private final Set<String> escalationReaders;

  public CaseAccess(Casework casework, AccessProperties access) {
    this.casework = casework;
    this.allCaseTeams = access.allCaseTeams();
    this.teams = Set.copyOf(access.teams().keySet());
    this.escalationReaders = access.escalationReaders();
  }

  /**
   * An administrator or a member of any LA team reads every case; a school user (a member of a school
   * group, whatever else) only its own school's receipts; anyone else nothing.
   */
  @Override
  public CaseReading reading(Set<String> groups) {
    if (groups == null || groups.isEmpty()) {
      return CaseReading.NOTHING;
    }
    if (groups.contains(Groups.ADMIN)) {
      return CaseReading.WHOLE_CASES;
    }
    if (!Groups.schoolsOf(groups).isEmpty()) {
      return CaseReading.OWN_SCHOOL_RECEIPTS;
    }
    return groups.stream().anyMatch(teams::contains) ? CaseReading.WHOLE_CASES : CaseReading.NOTHING;
  }

  @Override
  public boolean readsEscalations(Set<String> groups) {
    if (groups == null || !Groups.schoolsOf(groups).isEmpty()) {
      return false;
    }
    return groups.contains(Groups.ADMIN) || groups.stream().anyMatch(escalationReaders::contains);
  }

  @Override
  public boolean mayActOn(CaseReference reference, Set<String> groups) {
    if (reference == null || groups == null) {
      return false;
    }
    if (groups.stream().anyMatch(allCaseTeams::contains)) {
      return casework.isOpen(reference);
    }
    return casework.mayActOn(reference, groups);
  }

  @Override
  public void entitle(CaseReference reference, String groupId, PartyBasis basis) {
    if (casework.isOpen(reference)) {
      casework.addParty(reference, groupId, basis, uk.gov.cme.casework.Casework.SYSTEM_USER,
          org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant());
    }
  }
}
