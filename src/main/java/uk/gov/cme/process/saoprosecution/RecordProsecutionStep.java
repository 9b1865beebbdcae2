package uk.gov.cme.process.saoprosecution;

import static uk.gov.cme.process.saoprosecution.SaoProsecutionProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.SaoRegister;
import uk.gov.cme.process.saoprosecution.SaoProsecutionIntake.Step;
import uk.gov.cme.process.shared.EngineActors;

/**
 * On completing each task of the enforcement: checks what its form recorded ({@link SaoProsecutionIntake}),
 * sets what follows from it (the outcome, the dates of the timers and due dates, whether a new cycle is
 * needed) and records the step in the case's audit trail, codes only. A fault keeps the task open with
 * each field named (400 on REST).
 */
@Component("recordProsecutionStep")
class RecordProsecutionStep implements TaskListener {

  private static final Logger LOG = LoggerFactory.getLogger(RecordProsecutionStep.class);

  private final SaoProsecutionIntake intake;
  private final SaoRegister register;

  RecordProsecutionStep(SaoProsecutionIntake intake, SaoRegister register) {
    this.intake = intake;
    this.register = register;
  }

  @Override
  public void notify(DelegateTask task) {
    Step step = intake.step(task.getTaskDefinitionKey(), task.getVariables(), EngineActors.today());
    var execution = task.getExecution();
    step.values().forEach(execution::setVariable);
    String user = EngineActors.user();
    if (SaoProsecutionProcess.Elements.TASK_ISSUE_NOTICE.equals(task.getTaskDefinitionKey())) {
      execution.setVariable(NOTICE_ISSUED_BY, user);
    }
    CaseReference reference = CaseReference.of(execution.getVariable(CASE_REFERENCE).toString());
    register.recordEnforcementStep(reference, step.step(), user, EngineActors.now());
    LOG.info("Case {}: {} recorded ({})", reference, step.step(), execution.getProcessInstanceId());
  }
}
