package uk.gov.cme.process.registerinspection;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;
import uk.gov.cme.casework.OffRollEntry;
import uk.gov.cme.casework.OffRollRegister;

/**
 * Builds a school's two lists ({@link InspectionLists}) from where the facts are: the Allocated list from
 * the CME referrals' admissions allocations ({@code allocatedSchoolUrn}, set when admissions allocate a
 * place, Task_AllocateSchoolPlace) and the School Attendance Orders' named school ({@code namedSchoolUrn}),
 * recorded this academic year; started or not from the school's own answer ({@code onRollOutcome},
 * {@code firstDayAttended}). The Off Roll list from the off-roll register.
 */
@Component
public class InspectionListSources {

  static final String CME_REFERRAL = "cme-referral";
  static final String SCHOOL_ATTENDANCE_ORDER = "school-attendance-order";
  static final String ALLOCATED_URN = "allocatedSchoolUrn";
  static final String NAMED_URN = "namedSchoolUrn";
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private final ProcessEngine engine;
  private final HistoryService history;
  private final OffRollRegister offRoll;

  public InspectionListSources(ProcessEngine engine, OffRollRegister offRoll) {
    this.engine = engine;
    this.history = engine.getHistoryService();
    this.offRoll = offRoll;
  }

  /**
   * The school's lists as they stand on {@code today}. The allocations are read from the history of LA
   * instances no school may read: the caller (the inspection's step, or the API once it has checked the
   * caller may see this school's lists) reads them without the engine's authorization checks.
   */
  InspectionLists lists(String schoolUrn, LocalDate today) {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
        .execute(context -> context.runWithoutAuthorization(() -> listsAsIs(schoolUrn, today)));
  }

  private InspectionLists listsAsIs(String schoolUrn, LocalDate today) {
    LocalDate yearStart = InspectionSchedule.academicYearStart(today);
    List<InspectionLists.AllocatedChild> allocated = new ArrayList<>();
    allocated.addAll(allocated(schoolUrn, ALLOCATED_URN, CME_REFERRAL, "Allocated by admissions", yearStart));
    allocated.addAll(allocated(schoolUrn, NAMED_URN, SCHOOL_ATTENDANCE_ORDER, "Named in a School Attendance Order",
        yearStart));
    allocated.sort(Comparator.comparing(InspectionLists.AllocatedChild::allocatedOn)
        .thenComparing(InspectionLists.AllocatedChild::caseReference));
    List<InspectionLists.OffRolledChild> offRolled = offRoll.offRollList(schoolUrn).stream()
        .map(InspectionListSources::offRolled).toList();
    return new InspectionLists(List.copyOf(allocated), offRolled);
  }

  /** The school's Allocated list as it stands on {@code today}, as CSV with a header line (the download). */
  public String allocatedCsv(String schoolUrn, LocalDate today) {
    return lists(schoolUrn, today).allocatedCsv();
  }

  /** The school's Off Roll list as it stands on {@code today}, as CSV with a header line (the download). */
  public String offRollCsv(String schoolUrn, LocalDate today) {
    return lists(schoolUrn, today).offRollCsv();
  }

  private List<InspectionLists.AllocatedChild> allocated(String urn, String variable, String processKey,
                                                         String placedBy, LocalDate yearStart) {
    Date from = Date.from(yearStart.atStartOfDay(LONDON).toInstant());
    Map<String, HistoricVariableInstance> byInstance = new HashMap<>();
    for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery()
        .variableValueEquals(variable, urn).list()) {
      if (v.getCreateTime() != null && !v.getCreateTime().before(from)
          && processKey.equals(v.getProcessDefinitionKey())) {
        byInstance.putIfAbsent(v.getProcessInstanceId(), v);
      }
    }
    if (byInstance.isEmpty()) {
      return List.of();
    }
    String[] ids = byInstance.keySet().toArray(String[]::new);
    Map<String, Map<String, Object>> values = new HashMap<>();
    history.createHistoricVariableInstanceQuery().processInstanceIdIn(ids)
        .variableNameIn("legalForename", "legalSurname", "dateOfBirth", "placeStartDate", "onRollOutcome",
            "firstDayAttended", "caseReference")
        .list().forEach(v -> {
          if (v.getValue() != null) {
            values.computeIfAbsent(v.getProcessInstanceId(), k -> new HashMap<>()).putIfAbsent(v.getName(), v.getValue());
          }
        });
    Map<String, String> businessKeys = new HashMap<>();
    for (HistoricProcessInstance p : history.createHistoricProcessInstanceQuery().processInstanceIds(
        java.util.Set.of(ids)).list()) {
      businessKeys.put(p.getId(), p.getBusinessKey());
    }
    List<InspectionLists.AllocatedChild> rows = new ArrayList<>();
    byInstance.forEach((instance, v) -> {
      Map<String, Object> child = values.getOrDefault(instance, Map.of());
      Object reference = child.getOrDefault("caseReference", businessKeys.get(instance));
      String name = (text(child.get("legalForename")) + " " + text(child.get("legalSurname"))).strip();
      rows.add(new InspectionLists.AllocatedChild(text(reference), name, text(child.get("dateOfBirth")), placedBy,
          v.getCreateTime().toInstant().atZone(LONDON).toLocalDate().toString(), orUnknown(child.get("placeStartDate")),
          started(child), text(child.get("legalForename")), text(child.get("legalSurname"))));
    });
    return rows;
  }

  private static String started(Map<String, Object> child) {
    Object outcome = child.get("onRollOutcome");
    if ("on-roll".equals(outcome)) {
      Object first = child.get("firstDayAttended");
      return first == null ? "yes" : "yes, first day " + first;
    }
    if ("parents-refuse".equals(outcome)) {
      return "no: the parents will not take up the place";
    }
    return "not confirmed by the school";
  }

  private static InspectionLists.OffRolledChild offRolled(OffRollEntry e) {
    var d = e.details();
    return new InspectionLists.OffRolledChild(e.id(), d.legalForename() + " " + d.legalSurname(),
        String.valueOf(d.dateOfBirth()), d.upn(), d.ground(),
        d.proposedDeletionDate() == null ? "standard transition" : d.proposedDeletionDate().toString(),
        e.outcome() == null ? "" : e.outcome().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }

  private static String orUnknown(Object value) {
    return value == null ? "not known" : value.toString();
  }
}
