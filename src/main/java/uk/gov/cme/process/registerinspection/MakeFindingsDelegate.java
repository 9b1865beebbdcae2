package uk.gov.cme.process.registerinspection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.gov.cme.casework.InspectionRecord;
import uk.gov.cme.casework.RegisterInspections;
import uk.gov.cme.letters.LetterDates;
import uk.gov.cme.letters.LetterKind;
import uk.gov.cme.letters.LetterRenderer;
import uk.gov.cme.letters.LetterRequest;
import uk.gov.cme.letters.RenderedLetter;
import uk.gov.cme.process.registerinspection.RegisterInspectionProcess.Kind;
import uk.gov.cme.process.registerinspection.RegisterInspectionProcess.Slot;
import uk.gov.cme.process.registerinspection.RegisterInspectionProcess.Variables;
import uk.gov.cme.process.shared.EngineActors;
import uk.gov.cme.process.shared.letters.LetterAuthority;
import uk.gov.cme.rules.calendar.DeadlineCalendar;
import uk.gov.cme.rules.schools.School;
import uk.gov.cme.rules.schools.SchoolDirectory;

/**
 * "Make the record of findings and set the next due date" (P7 step 3): the record of findings is made
 * from the letters' {@code register-inspection-findings} template ({@link LetterKind#REGISTER_INSPECTION_FINDINGS},
 * the letters' renderer) and kept for the school in the register of inspections, with the school's next due
 * date by the schedule ({@link InspectionSchedule#nextAfter}); the inspection then ends. Asynchronous with
 * retries in the model: a broken template is an incident here, never a lost form. The letters building
 * block (generate-letter) stores a letter with a case; this record belongs to a school, not a case, so it
 * is stored with the inspection instead.
 */
@Component("makeInspectionFindingsDelegate")
public class MakeFindingsDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(MakeFindingsDelegate.class);

  private final LetterRenderer renderer;
  private final LetterAuthority authority;
  private final RegisterInspections register;
  private final SchoolDirectory schools;
  private final DeadlineCalendar calendar;
  private final InspectionSettings settings;
  private final InspectionFindings findings;

  public MakeFindingsDelegate(LetterRenderer renderer, LetterAuthority authority, RegisterInspections register,
                              SchoolDirectory schools, DeadlineCalendar calendar, InspectionSettings settings,
                              InspectionFindings findings) {
    this.renderer = renderer;
    this.authority = authority;
    this.register = register;
    this.schools = schools;
    this.calendar = calendar;
    this.settings = settings;
    this.findings = findings;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = ((Number) execution.getVariable(Variables.INSPECTION_ID)).longValue();
    InspectionRecord inspection = register.find(id).orElseThrow(() ->
        new IllegalStateException("no register inspection " + id));
    LocalDate today = EngineActors.today();
    List<String> urns = schools.all().stream().map(School::urn).sorted().toList();
    LocalDate nextDue = new InspectionSchedule(calendar.schoolDays(), settings.perYear())
        .nextAfter(urns, inspection.schoolUrn(), today).orElse(today.plusYears(1));

    List<Map<String, Object>> rows = new ArrayList<>();
    int referred = 0;
    int notifications = 0;
    int partTime = 0;
    for (int n = 1; n <= RegisterInspectionProcess.FINDING_SLOTS; n++) {
      Object kind = execution.getVariable(Variables.slot(n, Slot.KIND));
      if (kind == null || kind.toString().isBlank()) {
        continue;
      }
      String slot = String.valueOf(n);
      Map<String, Object> row = new LinkedHashMap<>();
      String child = findings.child(execution, slot, "legalForename") + " " + findings.child(execution, slot, "legalSurname")
          + ", born " + LetterDates.written(LocalDate.parse(findings.child(execution, slot, "dateOfBirth")));
      row.put("child", child);
      String details = findings.child(execution, slot, "details");
      row.put("details", details == null ? "" : details);
      switch (kind.toString()) {
        case Kind.ALLOCATED_NOT_STARTED -> {
          row.put("kind", "Allocated a place but never started");
          row.put("action", "Referred to the CME team on the child's case "
              + findings.child(execution, slot, "caseReference"));
          referred++;
        }
        case Kind.OFF_ROLLED_NO_NOTIFICATION -> {
          row.put("kind", "Off-rolled with no notification");
          row.put("action", "The school sends the off-roll notification");
          notifications++;
        }
        default -> {
          row.put("kind", "On a part-time timetable");
          row.put("action", "Recorded");
          partTime++;
        }
      }
      rows.add(row);
    }
    String summary = rows.size() + " finding(s): " + referred + " referred to the CME team, " + notifications
        + " off-roll notification(s) asked of the school, " + partTime + " part-time timetable(s) recorded";

    LetterRequest request = new LetterRequest(authority.name(), authority.address(), null, null, null, null, null,
        String.valueOf(execution.getVariable(Variables.SCHOOL_NAME)), today, null, authority.signedBy(), null, null);
    Map<String, Object> model = request.model();
    model.put("schoolUrn", inspection.schoolUrn());
    model.put("inspectionReference", "INSPECTION-" + id);
    model.put("inspectionReason", inspection.reason() == null ? "" : inspection.reason());
    model.put("startedOn", LetterDates.written(inspection.startedAt().atZone(EngineActors.LONDON).toLocalDate()));
    model.put("comparedBy", Variables.COMPARED_AT_VISIT.equals(execution.getVariable(Variables.COMPARED_BY))
        ? "a CME officer at a visit" : "the school");
    model.put("allocatedCount", execution.getVariable(Variables.ALLOCATED_COUNT));
    model.put("offRollCount", execution.getVariable(Variables.OFF_ROLL_COUNT));
    model.put("findings", rows);
    model.put("hasFindings", !rows.isEmpty());
    Object notes = execution.getVariable(Variables.NOTES);
    if (notes != null && !notes.toString().isBlank()) {
      model.put("notes", notes.toString().strip());
    }
    model.put("nextDueDate", LetterDates.written(nextDue));
    RenderedLetter letter = renderer.render(LetterKind.REGISTER_INSPECTION_FINDINGS, model);
    register.close(id, summary, nextDue, letter.pdf(), letter.templateVersion(), EngineActors.user(),
        EngineActors.now());
    execution.setVariable(Variables.SUMMARY, summary);
    execution.setVariable(Variables.NEXT_DUE, nextDue.toString());
    LOG.info("Register inspection {} ended: {}; next due {}", id, summary, nextDue);
  }
}
