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
 * the child, a school given a task for it).
 */
@Component
public class CaseAccess implements CaseAccessRules {

  private final Casework casework;
  private final Set<String> allCaseTeams;

  public CaseAccess(Casework casework, AccessProperties access) {
    this.casework = casework;
    this.allCaseTeams = access.allCaseTeams();
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
