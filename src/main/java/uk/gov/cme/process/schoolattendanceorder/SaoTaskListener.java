package uk.gov.cme.process.schoolattendanceorder;

import static uk.gov.cme.process.schoolattendanceorder.SchoolAttendanceOrderProcess.Variables.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.SaoNoticeDetails;
import uk.gov.cme.casework.SaoNoticeEntry;
import uk.gov.cme.casework.SaoNoticeType;
import uk.gov.cme.casework.SaoRegister;
import uk.gov.cme.process.schoolattendanceorder.SaoIntake.Parents;
import uk.gov.cme.process.schoolattendanceorder.SaoIntake.School;
import uk.gov.cme.process.schoolattendanceorder.SaoIntake.Service;
import uk.gov.cme.process.schoolattendanceorder.SchoolAttendanceOrderProcess.Elements;
import uk.gov.cme.process.shared.EngineActors;
import uk.gov.cme.rules.calendar.SaoDeadlines;

/**
 * Runs when a task of the School Attendance Order is completed, in the completion's transaction: checks
 * what the form recorded ({@link SaoIntake}; a fault keeps the task open with every field named and
 * nothing stored) and records it: notices and the order as rows of the case's register, one per parent
 * served ({@link SaoRegister}), with the day of deemed service and the deadline the register works out;
 * the school to be named as the choices are made.
 */
@Component("saoTaskListener")
class SaoTaskListener implements TaskListener {

  private static final Logger LOG = LoggerFactory.getLogger(SaoTaskListener.class);

  private final SaoRegister register;
  private final SaoDeadlines deadlines;

  SaoTaskListener(SaoRegister register, SaoDeadlines deadlines) {
    this.register = register;
    this.deadlines = deadlines;
  }

  @Override
  public void notify(DelegateTask task) {
    SaoIntake intake = SaoIntake.of(task.getVariables());
    LocalDate today = EngineActors.today();
    switch (task.getTaskDefinitionKey()) {
      case Elements.TASK_AGREE_EHCP_ROUTE -> {
        School school = intake.ehcpRoute();
        intake.throwIfAny();
        if (school != null) {
          name(task, school);
        }
      }
      case Elements.TASK_SERVE_S437_NOTICE -> {
        Parents parents = intake.parents();
        Service service = intake.service(today, parents.parentEmail());
        intake.throwIfAny();
        setParents(task, parents);
        Long linked = (Long) task.getVariable(PREVIOUS_ORDER_ID);
        serve(task, SaoNoticeType.S437_NOTICE, parents.names(), service, null, List.of(), linked);
      }
      case Elements.TASK_RECORD_NOTICE_RESPONSE -> {
        intake.noticeResponse();
        intake.throwIfAny();
      }
      case Elements.TASK_SELECT_SCHOOL -> {
        List<String> excluded = intake.excludedSchools();
        School selected = intake.selectedSchool(excluded);
        intake.alternatives(excluded, selected.urn());
        LocalDate consulted = intake.pastDay(GOVERNING_BODY_CONSULTED_ON, today, "give the day you consulted");
        intake.throwIfAny();
        task.setVariable(SELECTED_SCHOOL_URN, selected.urn());
        task.setVariable(SELECTED_SCHOOL_NAME, selected.name());
        task.setVariable(EXCLUDED_SCHOOL_URNS, String.join(", ", excluded));
        task.setVariable(GOVERNING_BODY_CONSULTED_AT, EngineActors.startOf(consulted));
        task.setVariable(GOVERNING_BODY_APPLICATION_DUE_ON, deadlines.governingBodyApplicationDue(consulted).toString());
        task.setVariable(SCHOOL_SELECTED_BY, EngineActors.user());
        name(task, selected);
      }
      case Elements.TASK_RECORD_GOVERNING_BODY_RESPONSE -> {
        School directed = intake.direction(excluded(task));
        intake.throwIfAny();
        if (directed != null) {
          task.setVariable(SELECTED_SCHOOL_URN, directed.urn());
          task.setVariable(SELECTED_SCHOOL_NAME, directed.name());
          name(task, directed);
        }
      }
      case Elements.TASK_SERVE_S438_NOTICE -> {
        Service service = intake.service(today, (String) task.getVariable(PARENT_EMAIL));
        List<School> alternatives = SaoIntake.of(task.getVariables()).alternatives(List.of(), null);
        intake.throwIfAny();
        serve(task, SaoNoticeType.S438_NOTICE_OF_INTENTION, parentNames(task), service,
            (String) task.getVariable(SELECTED_SCHOOL_URN), alternatives.stream().map(School::urn).toList(), null);
      }
      case Elements.TASK_RECORD_PARENT_CHOICE -> {
        List<School> alternatives = SaoIntake.of(task.getVariables()).alternatives(List.of(), null);
        School chosen = intake.choice(alternatives, excluded(task));
        intake.throwIfAny();
        if (chosen != null) {
          name(task, chosen);
        }
      }
      case Elements.TASK_ISSUE_ORDER -> {
        Service service = intake.service(today, (String) task.getVariable(PARENT_EMAIL));
        intake.throwIfAny();
        String servedOn = String.join(" and ", parentNames(task));
        long orderId = serve(task, SaoNoticeType.SCHOOL_ATTENDANCE_ORDER, List.of(servedOn), service,
            (String) task.getVariable(NAMED_SCHOOL_URN), List.of(), null).get(0);
        task.setVariable(ORDER_ID, orderId);
        task.setVariable(ORDER_ISSUED_ON, service.sentOn().toString());
        task.setVariable(ORDER_ISSUED_AT, EngineActors.startOf(service.sentOn()));
      }
      case Elements.TASK_HOME_VISIT -> {
        Object issued = task.getVariable(ORDER_ISSUED_ON);
        intake.homeVisit(today, issued == null ? null : LocalDate.parse(issued.toString()));
        intake.throwIfAny();
      }
      default -> throw new IllegalStateException("no checks for task " + task.getTaskDefinitionKey());
    }
  }

  /** Records one row per parent served; sets the deemed service, deadline and row ids for the letters. */
  private List<Long> serve(DelegateTask task, SaoNoticeType type, List<String> parents, Service service,
                           String schoolUrn, List<String> alternatives, Long linkedOrderId) {
    CaseReference reference = CaseReference.of((String) task.getVariable(CASE_REFERENCE));
    Long orderId = type.aboutAnOrder() ? (Long) task.getVariable(ORDER_ID) : null;
    String user = EngineActors.user();
    List<Long> ids = new ArrayList<>();
    for (String parent : parents) {
      ids.add(register.record(reference, new SaoNoticeDetails(type, parent, service.sentOn(), service.method(),
          schoolUrn, alternatives, orderId, linkedOrderId, null), user, EngineActors.now()));
    }
    SaoNoticeEntry entry = register.forCase(reference).stream().filter(e -> e.id() == ids.get(0)).findFirst()
        .orElseThrow();
    task.setVariable(NOTICE_DEEMED_SERVED_AT, EngineActors.startOf(entry.deemedService()));
    task.setVariable(NOTICE_DEADLINE_ON, entry.deadline() == null ? null : entry.deadline().toString());
    task.setVariable(NOTICE_SERVED_BY, user);
    task.setVariable(NOTICE_IDS, ids.stream().map(String::valueOf).collect(Collectors.joining(",")));
    LOG.info("Case {}: {} served on {} parent(s), rows {}", reference, type, parents.size(), ids);
    return ids;
  }

  private static void setParents(DelegateTask task, Parents parents) {
    task.setVariable(PARENT1_NAME, parents.parent1Name());
    task.setVariable(PARENT1_ADDRESS, parents.parent1Address());
    task.setVariable(PARENT1_PHONE, parents.parent1Phone());
    task.setVariable(PARENT2_NAME, parents.parent2Name());
    task.setVariable(PARENT2_ADDRESS, parents.parent2Address());
    task.setVariable(PARENT_EMAIL, parents.parentEmail());
    task.setVariable(PARENT_COUNT, parents.count());
  }

  private static List<String> parentNames(DelegateTask task) {
    Object second = task.getVariable(PARENT2_NAME);
    String first = (String) task.getVariable(PARENT1_NAME);
    return second == null ? List.of(first) : List.of(first, second.toString());
  }

  private static List<String> excluded(DelegateTask task) {
    Object text = task.getVariable(EXCLUDED_SCHOOL_URNS);
    if (text == null || text.toString().isBlank()) {
      return List.of();
    }
    return List.of(text.toString().split(",\\s*"));
  }

  private static void name(DelegateTask task, School school) {
    task.setVariable(NAMED_SCHOOL_URN, school.urn());
    task.setVariable(NAMED_SCHOOL_NAME, school.name());
  }
}
