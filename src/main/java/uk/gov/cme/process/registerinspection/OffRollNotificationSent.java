package uk.gov.cme.process.registerinspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import uk.gov.cme.casework.InvalidInputException;
import uk.gov.cme.casework.InvalidInputException.FieldError;
import uk.gov.cme.casework.OffRollRegister;

/**
 * The school's task "Send the off-roll notification" (bean {@code offRollNotificationSent}, on
 * {@code complete}) closes only when the notification has reached the off-roll register: one from this
 * school for a pupil with the same legal surname and date of birth, submitted since the task was set.
 * Otherwise the task stays open and the school is told how to send it (400 naming the field).
 */
@Component("offRollNotificationSent")
public class OffRollNotificationSent implements TaskListener {

  static final String FIELD = "notificationSent";

  private final OffRollRegister register;

  public OffRollNotificationSent(OffRollRegister register) {
    this.register = register;
  }

  @Override
  public void notify(DelegateTask task) {
    String urn = String.valueOf(task.getVariable(RegisterInspectionProcess.Variables.SCHOOL_URN));
    String surname = String.valueOf(task.getVariable("legalSurname")).strip().toLowerCase(Locale.ROOT);
    LocalDate dateOfBirth = LocalDate.parse(String.valueOf(task.getVariable("dateOfBirth")));
    Instant since = task.getCreateTime().toInstant();
    boolean sent = register.offRollList(urn).stream().anyMatch(n ->
        !n.submittedAt().isBefore(since)
            && n.details().legalSurname().strip().toLowerCase(Locale.ROOT).equals(surname)
            && dateOfBirth.equals(n.details().dateOfBirth()));
    if (!sent) {
      throw new InvalidInputException(List.of(new FieldError(FIELD, "no off-roll notification for this pupil has"
          + " reached us since this task was set: send it first (Start process, Off-roll notification), then"
          + " complete this task")));
    }
  }
}
