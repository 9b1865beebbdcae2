package uk.gov.cme.process.escalation;

import java.util.Date;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.gov.cme.casework.EscalationRegister;
import uk.gov.cme.casework.EscalationRegister.ActionEntry;
import uk.gov.cme.rules.calendar.DeadlineCalendar;

/**
 * An agreed action as the model's expressions read it ({@code ${escalationActions.group(actionId)}}): the
 * owner's task's candidate group and assignee, its due date (close of business on the day the minutes
 * set, also the moment the chair is reminded) and the chair's group.
 */
@Component("escalationActions")
public class EscalationActions {

  private final EscalationRegister register;
  private final DeadlineCalendar calendar;

  public EscalationActions(EscalationRegister register, DeadlineCalendar calendar) {
    this.register = register;
    this.calendar = calendar;
  }

  /** The owning team; for an action given to a named user, the team too (the task stays visible to it). */
  public String group(Object actionId) {
    return action(actionId).details().ownerGroup();
  }

  /** The named user, or null. */
  public String user(Object actionId) {
    return action(actionId).details().ownerUser();
  }

  public Date due(Object actionId) {
    return calendar.atCloseOfBusiness(action(actionId).details().dueOn());
  }

  /** The group whose review agreed it: reminded when it is overdue. */
  public String chair(Object actionId) {
    return action(actionId).chairGroup();
  }

  /** The actions the minutes of a stage agreed (the multi-instance's collection), in order. */
  public List<Long> agreedAt(Object stageId) {
    long id = ((Number) stageId).longValue();
    return register.actionsAgreedAt(id).stream().map(ActionEntry::id).toList();
  }

  ActionEntry action(Object actionId) {
    long id = ((Number) actionId).longValue();
    return register.action(id).orElseThrow(() -> new IllegalStateException("no escalation action " + id));
  }
}
