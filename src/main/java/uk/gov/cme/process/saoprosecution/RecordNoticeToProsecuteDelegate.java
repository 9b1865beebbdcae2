package uk.gov.cme.process.saoprosecution;

import static uk.gov.cme.process.saoprosecution.SaoProsecutionProcess.Variables.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.SaoNoticeDetails;
import uk.gov.cme.casework.SaoNoticeType;
import uk.gov.cme.casework.SaoRegister;
import uk.gov.cme.process.shared.EngineActors;
import uk.gov.cme.rules.calendar.ServiceMethod;

/**
 * Records the Notice of Intention to Prosecute served on one parent (the first, or the second on the
 * sub-process's second round) as a row of the register, about the order in force, with the letter just
 * made: the register works out its day of deemed service and the home visit's last day. Run after the
 * letter's job, so the user recorded is the one who issued the notice.
 */
@Component("recordNoticeToProsecuteDelegate")
class RecordNoticeToProsecuteDelegate implements JavaDelegate {

  private final SaoRegister register;

  RecordNoticeToProsecuteDelegate(SaoRegister register) {
    this.register = register;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean second = ((Number) execution.getVariable(LOOP_COUNTER)).intValue() == 1;
    String parent = (String) execution.getVariable(second ? PARENT2_NAME : PARENT1_NAME);
    Object letter = execution.getVariable(LETTER_ID);
    SaoNoticeDetails notice = new SaoNoticeDetails(SaoNoticeType.NOTICE_OF_INTENTION_TO_PROSECUTE, parent,
        LocalDate.parse((String) execution.getVariable(NOTICE_ISSUED_ON)),
        ServiceMethod.valueOf((String) execution.getVariable(NOTICE_SERVICE_METHOD)), null, null,
        ((Number) execution.getVariable(ORDER_ID)).longValue(), null,
        letter == null ? null : ((Number) letter).longValue());
    Object by = execution.getVariable(NOTICE_ISSUED_BY);
    register.record(CaseReference.of((String) execution.getVariable(CASE_REFERENCE)), notice,
        by == null ? EngineActors.user() : by.toString(), EngineActors.now());
  }
}
