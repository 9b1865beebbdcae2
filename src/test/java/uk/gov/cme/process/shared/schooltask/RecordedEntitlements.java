package uk.gov.cme.process.shared.schooltask;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.PartyBasis;
import uk.gov.cme.security.CaseAccessRules;

/** Test double: case rules that record which school was entitled to which case. */
final class RecordedEntitlements implements CaseAccessRules {

  final List<String> entitled = new ArrayList<>();

  @Override
  public boolean mayActOn(CaseReference reference, Set<String> groups) {
    return false;
  }

  @Override
  public void entitle(CaseReference reference, String groupId, PartyBasis basis) {
    entitled.add(reference.value() + " " + groupId + " " + basis);
  }
}
