package uk.gov.cme.process.schoolattendanceorder;

import static uk.gov.cme.process.schoolattendanceorder.SchoolAttendanceOrderProcess.Variables.*;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.SaoRegister;
import uk.gov.cme.process.shared.EngineActors;

/**
 * When the letter for one parent has been made (the end of one instance of a "Make the ..." call
 * activity): records the stored letter's id on that parent's row of the register ({@code noticeIds},
 * in the order of the parents; an order has one row for both parents and takes the first letter). Each
 * parent's letter is also kept ({@code parent1LetterId}, {@code parent2LetterId}) for the "Email the ...
 * where the parent agreed" step after the call activity, which hands it to the notification block.
 */
@Component("attachSaoLetterListener")
public class AttachSaoLetterListener implements ExecutionListener {

  private final SaoRegister register;

  AttachSaoLetterListener(SaoRegister register) {
    this.register = register;
  }

  /**
   * The letters just made, one per parent served ({@code parentCount}), in the order of the parents: the
   * collection of the "Email the ... where the parent agreed" step, one email ({@code letterId}) each.
   */
  public List<Long> lettersMade(DelegateExecution execution) {
    Object count = execution.getVariable(PARENT_COUNT);
    int parents = count instanceof Number n && n.intValue() == 2 ? 2 : 1;
    List<Long> made = new ArrayList<>();
    for (String name : List.of(PARENT1_LETTER_ID, PARENT2_LETTER_ID).subList(0, parents)) {
      if (execution.getVariable(name) instanceof Number letter) {
        made.add(letter.longValue());
      }
    }
    return made;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Object letterId = execution.getVariableLocal("letterId");
    if (!(letterId instanceof Number letter)) {
      return;
    }
    Object counter = execution.getVariable("loopCounter");
    int index = counter instanceof Number n ? n.intValue() : 0;
    execution.getProcessInstance().setVariable(index == 0 ? PARENT1_LETTER_ID : PARENT2_LETTER_ID, letter.longValue());
    Object ids = execution.getVariable(NOTICE_IDS);
    if (ids == null) {
      return;
    }
    List<String> rows = List.of(ids.toString().split(","));
    if (index < rows.size()) {
      register.attachLetter(CaseReference.of((String) execution.getVariable(CASE_REFERENCE)),
          Long.parseLong(rows.get(index)), letter.longValue(), EngineActors.user(), EngineActors.now());
    }
  }
}
