package uk.gov.cme.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import uk.gov.cme.letters.LetterKind;
import uk.gov.cme.process.escalation.EscalationProcess;
import uk.gov.cme.process.shared.forms.SchoolNames;
import uk.gov.cme.casework.CaseHistoryEntry;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.CaseSearch;
import uk.gov.cme.casework.CaseView;
import uk.gov.cme.casework.CaseLetters;
import uk.gov.cme.casework.StoredLetter;
import uk.gov.cme.casework.ChildFlags;
import uk.gov.cme.casework.Casework;
import uk.gov.cme.casework.LocateAttempt;
import uk.gov.cme.process.shared.SystemCalls;

/**
 * The whole case for the case view (issue 9, "The case in Tasklist and Cockpit"): the register's case
 * (child and family, flags, referrals, enquiries), every process instance of the case running or ended
 * (the instances whose business key is the case reference, or whose {@code caseReference} variable names
 * it) with its current step, the open tasks with
 * their due dates and who may do them, and the audit trail. Opening it records {@code CASE_VIEWED} with
 * the user (rules.md R9). The engine is read on the application's own account ({@link SystemCalls}): who
 * may read the case was decided before (the case-access rules), not by the engine's grants on each
 * process. Holds personal data: never log it.
 */
@Component
class CaseFile {

  /** The variable by which an instance names its case when its business key is not the reference. */
  static final String CASE_REFERENCE = "caseReference";

  private final Casework casework;
  private final CaseSearch search;
  private final HistoryService history;
  private final TaskService tasks;
  private final IdentityService identity;
  private final SystemCalls system;
  private final SchoolNames schools;
  private final CaseLetters letters;

  CaseFile(Casework casework, CaseSearch search, HistoryService history, TaskService tasks, IdentityService identity,
           SystemCalls system, ObjectProvider<SchoolNames> schools, CaseLetters letters) {
    this.schools = SchoolNames.preferred(schools);
    this.letters = letters;
    this.casework = casework;
    this.search = search;
    this.history = history;
    this.tasks = tasks;
    this.identity = identity;
    this.system = system;
  }

  /** The case as the view shows it. */
  record View(String reference, String status, String outcome, String outcomeReason, Instant openedAt,
              String openedAtText, Instant closedAt, String closedAtText, Child child, List<Flag> flags,
              SocialWorker socialWorker, List<Parent> parents, List<Party> parties, List<Referral> referrals,
              List<Enquiry> enquiries, List<ProcessInstance> processes, List<OpenTask> openTasks,
              List<AuditLine> audit, List<Letter> letters) {
  }

  /** A letter stored with the case (issue 10), with the address to download it from. */
  record Letter(long id, String kind, String title, String templateName, String templateVersion, String sha256,
                String generatedBy, Instant generatedAt, String generatedAtText, String href) {
  }

  record Child(String legalForename, String legalSurname, String preferredName, LocalDate dateOfBirth,
               String dateOfBirthText, Integer yearGroup, String sex, String upn, String formerUpn, String address,
               String postcode, boolean addressUnknown, String lastSchoolUrn, String lastSchoolName) {
  }

  record Flag(String code, String label, String explanation) {
  }

  record SocialWorker(String name, String email, String team) {
  }

  record Parent(String name, String address, String phone) {
  }

  record Party(String groupId, String groupName, String basis, String basisLabel, Instant since) {
  }

  record Referral(long id, String source, String sourceLabel, Instant receivedAt, String receivedAtText,
                  String referrerOrganisation, String referrerName, String referrerEmail, String referrerPhone,
                  String referringSchoolUrn, String category, String categoryLabel, String circumstances, List<Attempt> attemptsToLocate,
                  boolean safeguardingConcern, String safeguardingDetails, String classification,
                  String classificationLabel, String classificationReason, String classifiedBy,
                  Instant classifiedAt, String acknowledgedBy, Instant acknowledgedAt, String acknowledgedAtText) {
  }

  record Attempt(String step, String stepLabel, LocalDate on, String onText, String result) {
  }

  record Enquiry(long id, String agency, String agencyLabel, String contact, Instant sentAt, String sentAtText,
                 Instant answeredAt, String answeredAtText, String answeredBy, String answer, int chaseCount) {
  }

  record ProcessInstance(String id, String processKey, String processName, String state, String stateLabel,
                         Instant startedAt, String startedAtText, Instant endedAt, String endedAtText,
                         List<String> currentSteps, String endedAtStep) {
  }

  record OpenTask(String id, String name, String processInstanceId, String processName, Instant createdAt,
                  String createdAtText, Instant dueAt, String dueAtText, String assignee, List<String> candidateGroups,
                  List<String> candidateGroupNames) {
  }

  record AuditLine(Instant at, String atText, String user, String type, String label, String detail) {
  }

  /**
   * The case, recording that {@code user} opened it.
   *
   * @throws uk.gov.cme.casework.CaseNotFoundException if there is no such case
   */
  View open(CaseReference reference, String user, Instant at, boolean escalations) {
    CaseView c = casework.view(reference, user, at);
    List<CaseHistoryEntry> trail = casework.history(reference).stream()
        .filter(e -> escalations || !e.type().escalationRecord()).toList();
    List<ProcessInstance> processes = new ArrayList<>();
    List<OpenTask> open = new ArrayList<>();
    Map<String, String> groupNames = new HashMap<>();
    system.run(() -> {
      readProcesses(reference, processes, open, groupNames, escalations);
      return null;
    });
    return new View(c.reference().value(), c.status().name().toLowerCase(java.util.Locale.ROOT),
        c.outcomeCode() == null ? null : c.outcomeCode().description(), c.outcomeReason(),
        c.openedAt(), CaseLabels.at(c.openedAt()), c.closedAt(), CaseLabels.at(c.closedAt()),
        child(c, at), flags(c.child().flags(), c.referrals()),
        c.socialWorker() == null ? null
            : new SocialWorker(c.socialWorker().name(), c.socialWorker().email(), c.socialWorker().team()),
        search.parents(reference).stream().map(p -> new Parent(p.name(), p.address(), p.phone())).toList(),
        search.parties(reference).stream().map(p -> new Party(p.groupId(), groupNames(groupNames, p.groupId()),
            p.basis().name(), CaseLabels.party(p.basis()), p.addedAt())).toList(),
        c.referrals().stream().map(CaseFile::referral).toList(),
        c.enquiries().stream().map(CaseFile::enquiry).toList(),
        processes, open,
        trail.stream().map(e -> new AuditLine(e.at(), CaseLabels.at(e.at()), e.user(), e.type().name(),
            CaseLabels.event(e.type()), e.detail())).toList(),
        letters.list(reference).stream().filter(l -> escalations || !escalationRecord(l))
            .map(l -> letter(reference, l)).toList());
  }

  /**
   * Whether a letter is an escalation record (the minutes of a review, issue 11): listed and served only to
   * those who may read escalations (seed 004 §6; {@link uk.gov.cme.security.CaseAccessRules#readsEscalations}).
   */
  static boolean escalationRecord(StoredLetter letter) {
    return LetterKind.ESCALATION_MINUTES.template().equals(letter.kind());
  }

  static Letter letter(CaseReference reference, StoredLetter l) {
    return new Letter(l.id(), l.kind(), l.title(), l.templateName(), l.templateVersion(), l.sha256(),
        l.generatedBy(), l.generatedAt(), CaseLabels.at(l.generatedAt()),
        "/api/cases/" + reference.value() + "/letters/" + l.id());
  }

  private String groupNames(Map<String, String> names, String groupId) {
    return names.computeIfAbsent(groupId, id -> system.run(() -> {
      Group group = identity.createGroupQuery().groupId(id).singleResult();
      return group == null || group.getName() == null ? id : group.getName();
    }));
  }

  private void readProcesses(CaseReference reference, List<ProcessInstance> processes, List<OpenTask> open,
                             Map<String, String> groupNames, boolean escalations) {
    // the case's instances: its business key, or (an instance started for the case under another key) its
    // caseReference variable
    Map<String, HistoricProcessInstance> byId = new java.util.LinkedHashMap<>();
    history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference.value()).list()
        .forEach(i -> byId.put(i.getId(), i));
    history.createHistoricProcessInstanceQuery().variableValueEquals(CASE_REFERENCE, reference.value()).list()
        .forEach(i -> byId.putIfAbsent(i.getId(), i));
    if (!escalations) {
      // an escalation's instance and its tasks are for the groups and the CME team only (seed 004 §6)
      byId.values().removeIf(i -> EscalationProcess.KEY.equals(i.getProcessDefinitionKey()));
    }
    List<HistoricProcessInstance> instances = byId.values().stream()
        .sorted(java.util.Comparator.comparing(HistoricProcessInstance::getStartTime)).toList();
    Map<String, String> processNames = new HashMap<>();
    for (HistoricProcessInstance instance : instances) {
      String name = instance.getProcessDefinitionName() == null ? instance.getProcessDefinitionKey()
          : instance.getProcessDefinitionName();
      processNames.put(instance.getId(), name);
      List<String> current = new ArrayList<>();
      String endedAtStep = null;
      if (instance.getEndTime() == null) {
        history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId()).unfinished()
            .orderByHistoricActivityInstanceStartTime().asc().list().stream()
            .filter(a -> a.getActivityName() != null && !"subProcess".equals(a.getActivityType()))
            .map(HistoricActivityInstance::getActivityName).distinct().forEach(current::add);
      } else if (instance.getEndActivityId() != null) {
        endedAtStep = history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
            .activityId(instance.getEndActivityId()).list().stream().map(HistoricActivityInstance::getActivityName)
            .filter(Objects::nonNull).findFirst().orElse(null);
      }
      processes.add(new ProcessInstance(instance.getId(), instance.getProcessDefinitionKey(), name,
          instance.getState(), CaseLabels.processState(instance.getState()), instant(instance.getStartTime()),
          CaseLabels.at(instant(instance.getStartTime())), instant(instance.getEndTime()),
          CaseLabels.at(instant(instance.getEndTime())), current, endedAtStep));
    }
    List<Task> openTasks = byId.isEmpty() ? List.of()
        : tasks.createTaskQuery().processInstanceIdIn(byId.keySet().toArray(String[]::new)).list();
    for (Task task : openTasks) {
      List<String> candidates = tasks.getIdentityLinksForTask(task.getId()).stream()
          .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
          .map(IdentityLink::getGroupId).distinct().sorted().toList();
      open.add(new OpenTask(task.getId(), task.getName(), task.getProcessInstanceId(),
          processNames.get(task.getProcessInstanceId()), instant(task.getCreateTime()),
          CaseLabels.at(instant(task.getCreateTime())), instant(task.getDueDate()),
          CaseLabels.at(instant(task.getDueDate())), task.getAssignee(), candidates,
          candidates.stream().map(g -> groupNames(groupNames, g)).toList()));
    }
    // the soonest due first, those without a due date last
    open.sort(java.util.Comparator.comparing(OpenTask::dueAt, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
        .thenComparing(OpenTask::createdAt, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
  }

  private Child child(CaseView c, Instant at) {
    var child = c.child();
    Integer yearGroup;
    try {
      yearGroup = c.yearGroup(at.atZone(java.time.ZoneId.of("Europe/London")).toLocalDate());
    } catch (RuntimeException e) {
      yearGroup = null;
    }
    return new Child(child.legalForename(), child.legalSurname(), child.preferredName(), child.dateOfBirth(),
        CaseLabels.on(child.dateOfBirth()), yearGroup, child.sex() == null ? null : child.sex().name(), child.upn(),
        child.formerUpn(), child.address(), child.postcode(), child.addressUnknown(), child.lastSchoolUrn(),
        child.lastSchoolName() != null || child.lastSchoolUrn() == null ? child.lastSchoolName()
            : system.run(() -> schools.nameOf(child.lastSchoolUrn()).orElse(null)));
  }

  private static List<Flag> flags(ChildFlags flags, List<CaseView.ReferralView> referrals) {
    List<Flag> list = new ArrayList<>();
    if (flags.ehcp()) {
      list.add(new Flag("EHCP", "Education, health and care plan", "The child has an EHCP: SEND find a place."));
    }
    if (flags.senSupport()) {
      list.add(new Flag("SEN_SUPPORT", "SEN support", "The child receives special educational needs support."));
    }
    if (flags.childInCare()) {
      list.add(new Flag("CHILD_IN_CARE", "Child in care", "The child is looked after by a local authority."));
    }
    if (flags.childProtectionPlan()) {
      list.add(new Flag("CHILD_PROTECTION_PLAN", "Child protection plan",
          "The child's social worker is told of every change of education status."));
    }
    if (flags.childInNeedPlan()) {
      list.add(new Flag("CHILD_IN_NEED_PLAN", "Child in need plan",
          "The child's social worker is told of every change of education status."));
    }
    if (flags.cmooeActionGroup()) {
      list.add(new Flag("CMOOE", "CMOOE Action Group", CaseLabels.CMOOE));
    }
    if (referrals.stream().anyMatch(r -> "PMOOE".equals(r.classification()))) {
      list.add(new Flag("PMOOE", "Pupil missing out on education", CaseLabels.PMOOE));
    }
    if (referrals.stream().anyMatch(r -> r.details().safeguardingConcern())) {
      list.add(new Flag("SAFEGUARDING", "Safeguarding concern",
          "A referrer raised a safeguarding concern: social care have the inter-agency referral."));
    }
    return list;
  }

  private static Referral referral(CaseView.ReferralView r) {
    var d = r.details();
    return new Referral(r.id().value(), d.source().name(), CaseLabels.source(d.source()), d.receivedAt(),
        CaseLabels.at(d.receivedAt()), d.referrerOrganisation(), d.referrerName(), d.referrerEmail(),
        d.referrerPhone(), d.referringSchoolUrn(), d.category(), CaseLabels.category(d.category()), d.circumstances(),
        d.attemptsToLocate().stream().map(CaseFile::attempt).toList(), d.safeguardingConcern(),
        d.safeguardingDetails(), r.classification(), CaseLabels.classification(r.classification()),
        r.classificationReason(), r.classifiedBy(), r.classifiedAt(), r.acknowledgedBy(), r.acknowledgedAt(),
        CaseLabels.at(r.acknowledgedAt()));
  }

  private static Attempt attempt(LocateAttempt a) {
    return new Attempt(a.step() == null ? null : a.step().name(), CaseLabels.step(a.step()), a.on(),
        CaseLabels.on(a.on()), a.result());
  }

  private static Enquiry enquiry(CaseView.EnquiryView e) {
    var d = e.details();
    return new Enquiry(e.id().value(), d.agency().name(), CaseLabels.agency(d.agency()), d.contact(), d.sentAt(),
        CaseLabels.at(d.sentAt()), e.answeredAt(), CaseLabels.at(e.answeredAt()), e.answeredBy(), e.answer(),
        e.chaseCount());
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
