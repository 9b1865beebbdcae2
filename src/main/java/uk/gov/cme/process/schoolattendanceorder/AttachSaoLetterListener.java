package uk.gov.cme.process.schoolattendanceorder;

import static uk.gov.cme.process.schoolattendanceorder.SchoolAttendanceOrderProcess.Variables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.SaoRegister;

/**
 * When the letter for one parent has been made (the end of one instance of a "Make the ..." call
 * activity): records the stored letter's id on that parent's row of the register ({@code noticeIds},
 * in the order of the parents; an order has one row for both parents and takes the first letter).
 */
@Component("attachSaoLetterListener")
class AttachSaoLetterListener implements ExecutionListener {

  private final SaoRegister register;

  AttachSaoLetterListener(SaoRegister register) {
    this.register = register;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Object letterId = execution.getVariableLocal("letterId");
    Object ids = execution.getVariable(NOTICE_IDS);
    if (!(letterId instanceof Number letter) || ids == null) {
      return;
    }
    Object counter = execution.getVariable("loopCounter");
    int index = counter instanceof Number n ? n.intValue() : 0;
    List<String> rows = List.of(ids.toString().split(","));
    if (index < rows.size()) {
      register.attachLetter(CaseReference.of((String) execution.getVariable(CASE_REFERENCE)),
          Long.parseLong(rows.get(index)), letter.longValue(), SaoActors.user(), SaoActors.now());
    }
  }
}
