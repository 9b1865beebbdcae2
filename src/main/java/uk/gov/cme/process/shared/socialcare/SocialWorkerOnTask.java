package uk.gov.cme.process.shared.socialcare;

import java.time.Instant;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import uk.gov.cme.casework.CaseReference;
import uk.gov.cme.casework.CaseView;
import uk.gov.cme.casework.Casework;
import uk.gov.cme.casework.SocialWorker;

/**
 * The child's plans and allocated social worker on the task where an officer or social care learns
 * them (the CME referral's investigation, the EHE check's first social-care task): a task listener
 * (bean {@code socialWorkerOnTask}) on {@code create} and {@code complete}.
 *
 * <ul>
 *   <li>{@code create}: the form shows what the case register holds ({@value #PROTECTION_PLAN},
 *   {@value #IN_NEED_PLAN}, {@value #NAME}, {@value #EMAIL}, {@value #TEAM}), so an officer sees and
 *   corrects it rather than typing it again.</li>
 *   <li>{@code complete}: what the form gives is recorded on the case ({@link Casework#recordSocialCare});
 *   a plan left out of the form, or no social worker given, leaves that item as it is. A fault (an email
 *   address that is not one) keeps the task open with the field named.</li>
 * </ul>
 * From then on the social worker of a child with a plan is told of every change of education status.
 * Without an open case ({@code caseReference}) the listener does nothing.
 */
@Component("socialWorkerOnTask")
public class SocialWorkerOnTask implements TaskListener {

  static final String CASE_REFERENCE = "caseReference";
  static final String PROTECTION_PLAN = "childProtectionPlan";
  static final String IN_NEED_PLAN = "childInNeedPlan";
  static final String NAME = "socialWorkerName";
  static final String EMAIL = "socialWorkerEmail";
  static final String TEAM = "socialWorkerTeam";

  private final Casework casework;

  public SocialWorkerOnTask(Casework casework) {
    this.casework = casework;
  }

  @Override
  public void notify(DelegateTask task) {
    Optional<CaseReference> reference = openCase(task);
    if (reference.isEmpty()) {
      return;
    }
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      casework.find(reference.get()).ifPresent(view -> show(task, view));
    } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
      casework.recordSocialCare(reference.get(), flag(task.getVariable(PROTECTION_PLAN)),
          flag(task.getVariable(IN_NEED_PLAN)), SocialWorker.of(text(task, NAME), text(task, EMAIL), text(task, TEAM)),
          user(), Instant.ofEpochMilli(ClockUtil.getCurrentTime().getTime()));
    }
  }

  private static void show(DelegateTask task, CaseView view) {
    var execution = task.getExecution();
    if (view.child().flags().childProtectionPlan()) {
      execution.setVariable(PROTECTION_PLAN, true);
    }
    if (view.child().flags().childInNeedPlan()) {
      execution.setVariable(IN_NEED_PLAN, true);
    }
    SocialWorker worker = view.socialWorker();
    if (worker != null) {
      execution.setVariable(NAME, worker.name());
      execution.setVariable(EMAIL, worker.email());
      execution.setVariable(TEAM, worker.team());
    }
  }

  private Optional<CaseReference> openCase(DelegateTask task) {
    Object value = task.getVariable(CASE_REFERENCE);
    if (value == null || !CaseReference.isValid(value.toString())) {
      return Optional.empty();
    }
    CaseReference reference = CaseReference.of(value.toString());
    return casework.isOpen(reference) ? Optional.of(reference) : Optional.empty();
  }

  /** A form's tick box: ticked, not ticked, or not on the form (null: left as it is). */
  private static Boolean flag(Object value) {
    if (value instanceof Boolean b) {
      return b;
    }
    return value == null ? null : Boolean.valueOf(value.toString().strip());
  }

  private static String text(DelegateTask task, String name) {
    Object value = task.getVariable(name);
    return value == null ? null : value.toString();
  }

  private static String user() {
    Authentication authentication = Context.getCommandContext().getAuthentication();
    return authentication == null || authentication.getUserId() == null ? Casework.SYSTEM_USER
        : authentication.getUserId();
  }
}
