package uk.gov.cme.process.shared.notification;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.gov.cme.security.ProcessStarts;

/**
 * A process's way to send an email beside the case: hands the email to the building block
 * {@value #PROCESS} (one instance per email, business key the case reference) and carries on at once,
 * in the same transaction and without talking to the mail server. The building block sends it
 * ({@link SendNotificationDelegate}, asynchronous with retries); a failure there is an incident on that
 * email alone, and the case goes on whether or not the email has gone.
 *
 * <p>Read, as for {@link SendNotificationDelegate}: {@code notificationTemplate} (required),
 * {@code notificationTo} (none: nothing is handed over), {@code caseReference} (else the business key),
 * {@code childInitials} (else made from {@code childForename}, {@code childSurname}), and the template
 * texts {@code outcome}, {@code reason}, {@code signposting}, {@code caseStatus}, {@code ground},
 * {@code groundMeaning}, {@code groundCitation}, {@code enquiryText}, and {@code letterId} (a stored letter to attach). Only these are passed on.
 * Written: {@code notificationHandedOver} (Boolean).
 */
@Component("notifyDelegate")
public class NotifyDelegate implements JavaDelegate {

  /** The building block that sends one email. */
  public static final String PROCESS = "send-notification";
  static final String HANDED_OVER = "notificationHandedOver";

  private static final List<String> PASSED_ON = Stream.concat(Stream.of(SendNotificationDelegate.TEMPLATE,
      SendNotificationDelegate.TO, SendNotificationDelegate.CHILD_INITIALS, SendNotificationDelegate.CHILD_FORENAME,
      SendNotificationDelegate.CHILD_SURNAME, SendNotificationDelegate.LETTER_ID),
      SendNotificationDelegate.TEXT_VALUES.stream()).toList();
  private static final Logger LOG = LoggerFactory.getLogger(NotifyDelegate.class);

  private final RuntimeService runtime;

  public NotifyDelegate(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object template = execution.getVariable(SendNotificationDelegate.TEMPLATE);
    if (template == null || template.toString().isBlank()) {
      throw new NotificationException("the task sets no " + SendNotificationDelegate.TEMPLATE + " (process instance "
          + execution.getProcessInstanceId() + ")");
    }
    Object caseReference = execution.getVariable(SendNotificationDelegate.CASE_REFERENCE);
    String businessKey = caseReference != null ? caseReference.toString() : execution.getProcessBusinessKey();
    Object to = execution.getVariable(SendNotificationDelegate.TO);
    if (to == null || to.toString().isBlank()) {
      execution.setVariable(HANDED_OVER, false);
      LOG.info("Notification {} not sent for case {}: no recipient address", template, businessKey);
      return;
    }
    Map<String, Object> email = new HashMap<>();
    email.put(SendNotificationDelegate.CASE_REFERENCE, businessKey);
    for (String name : PASSED_ON) {
      if (execution.hasVariable(name)) {
        email.put(name, execution.getVariable(name));
      }
    }
    String sending = ProcessStarts.fromProcess(execution,
        () -> runtime.startProcessInstanceByKey(PROCESS, businessKey, email).getId());
    execution.setVariable(HANDED_OVER, true);
    LOG.info("Notification {} for case {} handed over ({})", template, businessKey, sending);
  }
}
