package uk.gov.cme.process.escalation;

import static uk.gov.cme.process.escalation.EscalationProcess.Variables.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.CaseView;
import uk.gov.cme.casework.Casework;
import uk.gov.cme.casework.ChildDetails;
import uk.gov.cme.casework.EducationStatus;
import uk.gov.cme.casework.EscalationRegister;
import uk.gov.cme.casework.EscalationRegister.EscalationEntry;
import uk.gov.cme.casework.InvalidInputException;
import uk.gov.cme.casework.InvalidInputException.FieldError;
import uk.gov.cme.casework.ReferralDetails;
import uk.gov.cme.casework.ReferralSource;
import uk.gov.cme.process.escalation.EscalationIntake.Start;
import uk.gov.cme.process.shared.EngineActors;
import uk.gov.cme.process.shared.FormValues;
import uk.gov.cme.process.shared.casematch.ChildCases;
import uk.gov.cme.security.InstanceAccessGuard;

/**
 * The escalation's first step, in the starting transaction: one escalation per case. Checks the start
 * ({@link EscalationIntake#start}); a start without a case (an off-roll notification of a child of
 * interest with no open case) finds or opens the child's case ({@link ChildCases}). Then locks the case
 * ({@link EscalationRegister#lockCase}), so two starts for one case are handled one after the other, and
 * either joins the escalation under way for the case ({@link EscalationRegister#active}: open, or reported to
 * senior management and not yet answered; the trigger is sent to its instance with
 * {@value EscalationProcess#MESSAGE_TRIGGER_JOINED}; this instance then ends) or opens the escalation at
 * stage 1 with the child's flags the decision table reads.
 */
@Component("openEscalationDelegate")
class OpenEscalationDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(OpenEscalationDelegate.class);

  /** The notice in words, for the officer who compares cases. */
  static final String NOTICE = "a child of interest escalated from an off-roll notification";

  private final EscalationIntake intake;
  private final EscalationRegister register;
  private final Casework casework;
  private final ChildCases childCases;

  OpenEscalationDelegate(EscalationIntake intake, EscalationRegister register, Casework casework,
                         ChildCases childCases) {
    this.intake = intake;
    this.register = register;
    this.casework = casework;
    this.childCases = childCases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Start start = intake.start(execution.getVariables());
    CaseReference reference = start.caseReference();
    if (reference == null) {
      reference = childCases.link(execution, null, notice(execution.getVariables())).caseReference();
    } else if (!casework.isOpen(reference)) {
      throw new InvalidInputException(List.of(new FieldError(CASE_REFERENCE, InstanceAccessGuard.NO_SUCH_CASE)));
    }
    register.lockCase(reference);
    execution.setProcessBusinessKey(reference.value());
    execution.setVariable(CASE_REFERENCE, reference.value());
    execution.setVariable(TRIGGER, start.trigger().name());
    execution.setVariable(TRIGGER_DETAILS, start.details());

    CaseReference ref = reference;
    Optional<EscalationEntry> underWay = register.active(ref);
    String running = underWay.map(e -> runningInstance(execution, ref, e)).orElse(null);
    if (running != null) {
      execution.getProcessEngineServices().getRuntimeService()
          .createMessageCorrelation(EscalationProcess.MESSAGE_TRIGGER_JOINED)
          .processInstanceId(running)
          .setVariables(Map.of(JOINED_TRIGGER, start.trigger().name(), JOINED_BY, EngineActors.user()))
          .setVariable(JOINED_TRIGGER_DETAILS, start.details())
          .setVariable(JOINED_CONCERN, execution.getVariable(EDUCATION_CONCERN))
          .correlateWithResult();
      execution.setVariable(JOINED_RUNNING, true);
      LOG.info("Case {}: {} joined the running escalation #{} ({})", reference, start.trigger(), underWay.get().id(),
          running);
      return;
    }
    String self = execution.getProcessInstanceId();
    CaseView view = casework.find(reference).orElseThrow();
    long id;
    int stage;
    if (underWay.isPresent() && underWay.get().status() == EscalationRegister.Status.OPEN) {
      // its instance is gone (deleted in Cockpit): this one takes the escalation over at its stage
      EscalationEntry adopted = register.adopt(reference, self, start.trigger().name(), start.details(),
          EngineActors.user(), EngineActors.now());
      id = adopted.id();
      stage = adopted.stage();
      LOG.info("Case {}: escalation #{} taken over at stage {} ({})", reference, id, stage, start.trigger());
    } else {
      id = register.open(reference, start.trigger().name(), start.details(), self, EngineActors.user(),
          EngineActors.now());
      stage = 1;
      LOG.info("Case {}: escalation #{} opened ({})", reference, id, start.trigger());
    }
    ChildDetails child = view.child();
    execution.setVariable(JOINED_RUNNING, false);
    execution.setVariable(ESCALATION_ID, id);
    execution.setVariable(STAGE, stage);
    execution.setVariable(CHILD_IN_CARE, child.flags().childInCare());
    execution.setVariable(SEND, child.flags().ehcp() || child.flags().senSupport());
    execution.setVariable(CHILD_FORENAME, child.legalForename());
    execution.setVariable(CHILD_SURNAME, child.legalSurname());
    execution.setVariable(LEGAL_FORENAME, child.legalForename());
    execution.setVariable(LEGAL_SURNAME, child.legalSurname());
    execution.setVariable(CHILD_NAME, child.legalForename() + " " + child.legalSurname());
    execution.setVariable(DATE_OF_BIRTH, child.dateOfBirth().toString());
  }

  /**
   * The running instance of the escalation under way: the one that opened it (or took it over); null when
   * it runs no more (deleted in Cockpit), so that this start takes the escalation over or opens a new one.
   */
  private static String runningInstance(DelegateExecution execution, CaseReference reference, EscalationEntry entry) {
    RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
    if (entry.processInstanceId() != null
        && runtime.createProcessInstanceQuery().processInstanceId(entry.processInstanceId()).count() == 1) {
      return entry.processInstanceId();
    }
    LOG.warn("Case {}: escalation #{} is under way but its instance {} runs no more", reference, entry.id(),
        entry.processInstanceId());
    return null;
  }

  /** The child the starting process carried, as a notice for the case it finds or opens. */
  private static ChildCases.Notice notice(Map<String, Object> variables) {
    List<FieldError> faults = new java.util.ArrayList<>();
    LocalDate born = FormValues.date(variables, DATE_OF_BIRTH, faults);
    if (!faults.isEmpty()) {
      throw new InvalidInputException(faults);
    }
    ChildDetails child = ChildDetails.builder()
        .legalForename(FormValues.text(variables, LEGAL_FORENAME))
        .legalSurname(FormValues.text(variables, LEGAL_SURNAME))
        .dateOfBirth(born)
        .upn(FormValues.text(variables, "upn"))
        .address(FormValues.text(variables, "address"))
        .postcode(FormValues.text(variables, "postcode"))
        .lastSchoolName(FormValues.text(variables, "lastSchoolName"))
        .build(EngineActors.today());
    ReferralDetails referral = ReferralDetails.builder(ReferralSource.OFF_ROLL)
        .referringSchoolUrn(FormValues.text(variables, InstanceAccessGuard.SCHOOL_URN))
        .circumstances("A child of interest: taken off roll with no education in place; escalated.")
        .receivedAt(EngineActors.now())
        .build();
    return new ChildCases.Notice(child, referral, EducationStatus.OFF_ROLL_NOTIFIED, NOTICE);
  }
}
