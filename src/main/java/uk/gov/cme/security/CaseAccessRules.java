package uk.gov.cme.security;

import java.util.Set;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.PartyBasis;

/**
 * Who may act on a case: the one place that decides it (docs/security.md). Every user's start that
 * names a case asks it ({@link InstanceAccessGuard}); a school task process called for a case records
 * the school as a party through it. Messages and tasks reach a case only inside its instances, which
 * the engine's authorizations and the REST surface keep to the teams that work the case and to the
 * school that owns a school-scoped instance. Implemented by {@link CaseAccess} over the case register.
 */
public interface CaseAccessRules {

  /**
   * Whether a user in {@code groups} may act on the open case {@code reference}. The same false for a
   * case that does not exist, is closed, or is not the user's: no caller can tell which.
   */
  boolean mayActOn(CaseReference reference, Set<String> groups);

  /** Records that a group may act on the open case (a school given a task for the child). */
  void entitle(CaseReference reference, String groupId, PartyBasis basis);

  /** Refuses every case: for an engine with no case register (some process tests). */
  CaseAccessRules NONE = new CaseAccessRules() {
    @Override
    public boolean mayActOn(CaseReference reference, Set<String> groups) {
      return false;
    }

    @Override
    public void entitle(CaseReference reference, String groupId, PartyBasis basis) {
      throw new IllegalStateException("no case register: cannot entitle " + groupId + " to case " + reference);
    }
  };
}
