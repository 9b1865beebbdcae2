package uk.gov.cme.process.escalation;

import static uk.gov.cme.process.escalation.EscalationProcess.Variables.*;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.EscalationRegister;
import uk.gov.cme.process.escalation.EscalationIntake.Answer;
import uk.gov.cme.process.shared.EngineActors;

/**
 * The thin steps of the escalation around the register: an action's answer and its being overdue, the
 * resolved, reported to senior management and its response, a further
 * trigger joined. Each reads the variables, calls {@link EscalationRegister}, and writes nothing back.
 */
@Configuration(proxyBeanMethods = false)
public class ActionDelegates {

  /**
   * The owner's answer (in the task's transaction: a fault keeps the task open); the next review's task,
   * when it is already made, shows the answer at once.
   */
  @Bean("recordActionOutcomeDelegate")
  public static JavaDelegate recordActionOutcome(EscalationIntake intake, EscalationRegister register) {
    return execution -> {
      Answer answer = intake.answer(execution.getVariables());
      CaseReference reference = reference(execution);
      register.recordActionOutcome(reference, id(execution), answer.done(), answer.note(),
          EngineActors.user(), EngineActors.now());
      execution.removeVariable(ACTION_DONE);
      execution.removeVariable(ACTION_NOTE);
      TaskService tasks = execution.getProcessEngineServices().getTaskService();
      String forReview = EscalationTexts.actionsForReview(register.actionsToReview(reference));
      tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
          .taskDefinitionKey(EscalationProcess.Elements.TASK_REVIEW).list()
          .forEach(task -> tasks.setVariableLocal(task.getId(), ACTIONS_FOR_REVIEW, forReview));
    };
  }

  /** The action passed its due date unanswered (the chair's reminder follows). */
  @Bean("recordActionOverdueDelegate")
  public static JavaDelegate recordActionOverdue(EscalationRegister register) {
    return execution -> register.recordActionOverdue(reference(execution), id(execution), EngineActors.now());
  }

  /** Resolved: the escalation ends; the case stays open. */
  @Bean("resolveEscalationDelegate")
  public static JavaDelegate resolve(EscalationRegister register) {
    return execution -> register.resolve(reference(execution), EngineActors.user(), EngineActors.now());
  }

  /** Unresolved after stage 3: reported to senior management. */
  @Bean("reportToSeniorManagementDelegate")
  public static JavaDelegate report(EscalationRegister register) {
    return execution -> register.reportToSeniorManagement(reference(execution), EngineActors.user(),
        EngineActors.now());
  }

  /** What senior management decided (in the task's transaction). */
  @Bean("recordSeniorResponseDelegate")
  public static JavaDelegate seniorResponse(EscalationIntake intake, EscalationRegister register) {
    return execution -> register.recordSeniorManagementResponse(reference(execution),
        intake.seniorResponse(execution.getVariables()), EngineActors.user(), EngineActors.now());
  }

  /** A further trigger, sent by the instance that joined this running escalation. */
  @Bean("recordJoinedTriggerDelegate")
  public static JavaDelegate joinedTrigger(EscalationRegister register) {
    return execution -> {
      Object by = execution.getVariable(JOINED_BY);
      register.joinTrigger(reference(execution), (String) execution.getVariable(JOINED_TRIGGER),
          (String) execution.getVariable(JOINED_TRIGGER_DETAILS), by == null ? EngineActors.user() : by.toString(),
          EngineActors.now());
      Object joined = execution.getVariable(JOINED_CONCERN);
      if (joined != null && !joined.toString().isBlank()) {
        Object before = execution.getVariable(EDUCATION_CONCERN);
        String all = before == null || before.toString().isBlank() ? joined.toString()
            : before + "\n\n" + joined;
        execution.setVariable(EDUCATION_CONCERN, all.length() > EscalationTexts.MAX_TEXT
            ? all.substring(all.length() - EscalationTexts.MAX_TEXT) : all);
      }
      execution.removeVariable(JOINED_CONCERN);
    };
  }

  private static CaseReference reference(DelegateExecution execution) {
    return CaseReference.of(execution.getProcessBusinessKey());
  }

  private static long id(DelegateExecution execution) {
    return ((Number) execution.getVariable(ACTION_ID)).longValue();
  }
}
