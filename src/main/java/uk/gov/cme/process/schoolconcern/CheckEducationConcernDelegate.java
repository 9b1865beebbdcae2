package uk.gov.cme.process.schoolconcern;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * "Check the concern": the intake ({@link SchoolEducationConcernIntake}); writes the tidied fields back
 * and names the case in the business key. A fault refuses the whole start (400 naming each field).
 */
@Component("checkEducationConcernDelegate")
public class CheckEducationConcernDelegate implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(CheckEducationConcernDelegate.class);

  @Override
  public void execute(DelegateExecution execution) {
    SchoolEducationConcernIntake.Concern concern = SchoolEducationConcernIntake.check(execution.getVariables());
    execution.setVariable(SchoolEducationConcernProcess.Variables.CASE_REFERENCE, concern.caseReference().value());
    execution.setVariable(SchoolEducationConcernProcess.Variables.CONCERN, concern.concern());
    execution.setProcessBusinessKey(concern.caseReference().value());
    LOG.info("Case {}: a school's concern about the pupil's education", concern.caseReference());
  }
}
