package uk.gov.cme.process.schoolreferral;

import static uk.gov.cme.process.schoolreferral.SchoolReferralProcess.Variables.CASE_REFERENCE;
import static uk.gov.cme.process.schoolreferral.SchoolReferralProcess.Variables.OUTCOME_CODE;
import static uk.gov.cme.process.schoolreferral.SchoolReferralProcess.Variables.REFERRAL_STATUS;
import static uk.gov.cme.process.schoolreferral.SchoolReferralProcess.Variables.REFERRAL_STATUS_AT;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;
import uk.gov.cme.casework.OutcomeCode;
import uk.gov.cme.process.cmereferral.CmeReferralProcess;
import uk.gov.cme.process.shared.SystemCalls;
import uk.gov.cme.security.Groups;
import uk.gov.cme.security.InstanceAccessGuard;

/**
 * A school's receipts of its referrals (issue 9, "A school's receipt"): read from the school's own
 * {@code school-referral} instances, running or ended, which hold what the school sent and the status
 * the register gave it ({@link ReferralReceipts}): never what the CME team wrote. Who may ask for which
 * school is the caller's business (the case-access rules); this only reads.
 */
@Component
public class SchoolReceipts {

  /** The most receipts listed, the newest first. */
  public static final int LIMIT = 200;

  private final HistoryService history;
  private final SystemCalls system;

  SchoolReceipts(HistoryService history, SystemCalls system) {
    this.history = history;
    this.system = system;
  }

  /**
   * One referral as its school may know it.
   *
   * @param caseReference the case reference the school follows the referral by
   * @param legalForename the child's legal forename(s) as the school gave them
   * @param legalSurname  the child's legal surname as the school gave it
   * @param receivedAt    when the referral was received
   * @param status        received, acknowledged or closed
   * @param statusAt      when the status last changed; null while received
   * @param outcomeCode   why the case was closed, once it is; null before
   */
  public record Receipt(String caseReference, String legalForename, String legalSurname, Instant receivedAt,
                        SchoolReferralProcess.Status status, Instant statusAt, OutcomeCode outcomeCode) {

    @Override
    public String toString() {
      return "Receipt[" + caseReference + ", personal data not shown]";
    }
  }

  /** The receipts of the school with this URN, the newest first; empty for a URN that is not valid. */
  public List<Receipt> of(String schoolUrn) {
    if (!Groups.isValidUrn(schoolUrn)) {
      return List.of();
    }
    return system.run(() -> {
      List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
          .processDefinitionKey(SchoolReferralProcess.KEY)
          .variableValueEquals(InstanceAccessGuard.SCHOOL_URN, schoolUrn)
          .orderByProcessInstanceStartTime().desc()
          .listPage(0, LIMIT);
      if (instances.isEmpty()) {
        return List.<Receipt>of();
      }
      Map<String, Map<String, Object>> variables = new HashMap<>();
      history.createHistoricVariableInstanceQuery()
          .processInstanceIdIn(instances.stream().map(HistoricProcessInstance::getId).toArray(String[]::new))
          .variableNameIn(CASE_REFERENCE, REFERRAL_STATUS, REFERRAL_STATUS_AT, OUTCOME_CODE,
              CmeReferralProcess.Variables.LEGAL_FORENAME, CmeReferralProcess.Variables.LEGAL_SURNAME)
          .disableCustomObjectDeserialization()
          .list()
          .forEach(v -> variables.computeIfAbsent(v.getProcessInstanceId(), k -> new HashMap<>())
              .put(v.getName(), value(v)));
      List<Receipt> receipts = new ArrayList<>();
      for (HistoricProcessInstance instance : instances) {
        Map<String, Object> v = variables.getOrDefault(instance.getId(), Map.of());
        Object reference = v.get(CASE_REFERENCE);
        if (reference == null) {
          continue;
        }
        receipts.add(new Receipt(reference.toString(), text(v.get(CmeReferralProcess.Variables.LEGAL_FORENAME)),
            text(v.get(CmeReferralProcess.Variables.LEGAL_SURNAME)), instance.getStartTime().toInstant(),
            status(v.get(REFERRAL_STATUS)), v.get(REFERRAL_STATUS_AT) instanceof Date at ? at.toInstant() : null,
            outcome(v.get(OUTCOME_CODE))));
      }
      return receipts;
    });
  }

  private static Object value(HistoricVariableInstance variable) {
    return variable.getValue();
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }

  private static SchoolReferralProcess.Status status(Object value) {
    try {
      return value == null ? SchoolReferralProcess.Status.RECEIVED : SchoolReferralProcess.Status.valueOf(value.toString());
    } catch (IllegalArgumentException e) {
      return SchoolReferralProcess.Status.RECEIVED;
    }
  }

  private static OutcomeCode outcome(Object value) {
    try {
      return value == null ? null : OutcomeCode.valueOf(value.toString());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
