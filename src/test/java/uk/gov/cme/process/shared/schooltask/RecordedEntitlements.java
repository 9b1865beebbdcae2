package uk.gov.cme.process.shared.schooltask;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.PartyBasis;
import uk.gov.cme.process.ProcessTestEngine;
import uk.gov.cme.process.shared.safeguarding.SafeguardingDelegates;
import uk.gov.cme.security.CaseAccessRules;

/** Test double: case rules that record which school was entitled to which case. */
final class RecordedEntitlements implements CaseAccessRules {

  final List<String> entitled = new ArrayList<>();

  /**
   * The beans every school task process needs in a test engine: these rules as the case access, and the
   * safeguarding delegates its event subprocess calls. The rules, to read back who was entitled.
   */
  static RecordedEntitlements installIn(ProcessEngine engine) {
    Map<Object, Object> beans = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getBeans();
    RecordedEntitlements entitlements = new RecordedEntitlements();
    beans.put(ProcessTestEngine.CASE_ACCESS, entitlements);
    beans.put("raiseSafeguardingConcernDelegate", SafeguardingDelegates.raise(engine.getRuntimeService()));
    beans.put("recordSafeguardingConcernDelegate", SafeguardingDelegates.record());
    return entitlements;
  }

  @Override
  public boolean mayActOn(CaseReference reference, Set<String> groups) {
    return false;
  }

  @Override
  public void entitle(CaseReference reference, String groupId, PartyBasis basis) {
    entitled.add(reference.value() + " " + groupId + " " + basis);
  }
}
