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

  /**
   * What a user in {@code groups} may read of the case register (the case view and search, docs/
   * security.md): the administrators and the LA's teams ({@code cme.access.teams}) every case; a school
   * only the receipts of the referrals it made itself; anyone else nothing.
   */
  default CaseReading reading(Set<String> groups) {
    return CaseReading.NOTHING;
  }

  /**
   * Whether a user in {@code groups} who reads whole cases may also read their escalation records (issue
   * 11; seed 004 §6: the escalation's process, tasks, audit lines and minutes are for the groups' members and
   * the CME team only): the administrators, a read-all team and the teams that read the escalation's
   * instances ({@code read-processes} naming {@code escalation}). Never a school.
   */
  default boolean readsEscalations(Set<String> groups) {
    return false;
  }

  /** What of the case register a user may read. */
  enum CaseReading {
    /** Every case, whole: the child and family, referrals, enquiries, processes, tasks, audit trail. */
    WHOLE_CASES,
    /** The receipts of the referrals the user's own school made: reference, when received, status. */
    OWN_SCHOOL_RECEIPTS,
    /** Nothing. */
    NOTHING
  }

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
