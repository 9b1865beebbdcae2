package uk.gov.cme.process.shared.notification;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends one email notification from a process: reads which template and to whom, builds the model
 * from the case's variables and calls {@link Notifications}.
 *
 * <h2>Use in a model</h2>
 * A service task, asynchronous with a retry cycle, so the step before it (an officer's form) is
 * committed first and a mail server that is down is tried again after five minutes, twice, and then
 * becomes an incident in Cockpit instead of a lost form. Template and recipient are input parameters:
 * <pre>{@code
 * <bpmn:serviceTask id="Task_SendAcknowledgement" name="Send the acknowledgement to the referrer"
 *     camunda:delegateExpression="${sendNotificationDelegate}" camunda:asyncBefore="true">
 *   <bpmn:extensionElements>
 *     <camunda:failedJobRetryTimeCycle>R3/PT5M</camunda:failedJobRetryTimeCycle>
 *     <camunda:inputOutput>
 *       <camunda:inputParameter name="notificationTemplate">referral-acknowledged</camunda:inputParameter>
 *       <camunda:inputParameter name="notificationTo">${execution.getVariable('referrerEmail')}</camunda:inputParameter>
 *     </camunda:inputOutput>
 *   </bpmn:extensionElements>
 * </bpmn:serviceTask>
 * }</pre>
 * <ul>
 *   <li>The retry cycle is the {@code camunda:failedJobRetryTimeCycle} <em>extension element</em>, as
 *       above. Camunda 7 silently ignores an attribute {@code camunda:failedJobRetryTimeCycle="R3/PT5M"}
 *       on the task: the job then gets the engine's default, three tries with no wait.</li>
 *   <li>Write the recipient as {@code ${execution.getVariable('referrerEmail')}}, not
 *       {@code ${referrerEmail}}: the short form fails with "Unknown property used in expression" when
 *       the variable was never set (an anonymous referrer); the long form gives null, and the task sends
 *       nothing and carries on.</li>
 *   <li>Other model values can be mapped the same way, e.g. after the {@code cme-classification}
 *       business rule task (its output parameters {@code classificationReason} and {@code signposting}):
 *       {@code <camunda:inputParameter name="reason">${classificationReason}</camunda:inputParameter>}
 *       and the same for {@code signposting}.</li>
 * </ul>
 * {@code SendNotificationDelegateProcessTest} runs exactly this task.
 *
 * <h2>Variables</h2>
 * <table>
 *   <caption>Read (input parameters of the task, or process variables)</caption>
 *   <tr><th>variable</th><th>type</th><th>meaning</th></tr>
 *   <tr><td>{@code notificationTemplate}</td><td>String, required</td><td>template name, e.g.
 *       {@code referral-acknowledged}, {@code referral-closed}, {@code referral-not-cme},
 *       {@code referral-ehe-check}, {@code case-update-half-termly}
 *       ({@code src/main/resources/notifications/<name>.txt})</td></tr>
 *   <tr><td>{@code notificationTo}</td><td>String</td><td>recipient's email address; null or blank: nothing
 *       is sent</td></tr>
 *   <tr><td>{@code caseReference}</td><td>String</td><td>the case reference; when not set, the business
 *       key</td></tr>
 *   <tr><td>{@code childInitials}</td><td>String</td><td>the child's initials; when not set, made from
 *       {@code childForename} and {@code childSurname} (the names themselves are never passed on)</td></tr>
 *   <tr><td>{@code outcome}, {@code reason}, {@code signposting}, {@code caseStatus}</td><td>String</td>
 *       <td>plain-English text for the templates that use them: {@code referral-closed} needs
 *       {@code outcome}, {@code referral-not-cme} needs {@code reason} (and shows {@code signposting}
 *       when set), {@code referral-ehe-check} needs {@code reason}, {@code case-update-half-termly} shows {@code caseStatus} when set</td></tr>
 *   <tr><td>{@code ground}, {@code groundMeaning}, {@code groundCitation}</td><td>String</td>
 *       <td>a ground of deletion: its letter, its meaning and its regulation in full
 *       ({@code DeletionGround}); {@code off-roll-refused} quotes them</td></tr>
 *   <tr><td>{@code enquiryText}</td><td>String</td><td>an enquiry to another local authority's CME team
 *       exactly as the officer checked it before it went ({@code cme-outbound}); {@code outbound-enquiry}
 *       and {@code outbound-enquiry-chase} need it. The only emails that name the child in full: the
 *       other authority needs the details to search its records (rules.md R9)</td></tr>
 * </table>
 * <p>Letters (issue 10): when {@code letterId} (Long, written by {@code generate-letter}) is set, the
 * stored letter's PDF is attached ({@link LetterAttachments}: its hash checked, the sending recorded in the
 * case's audit trail). Pass it only for a parent who agreed to email service, with the template
 * {@code letter-to-parent}.
 *
 * Written: {@code notificationSent} (Boolean): true when the email was handed to the mail server,
 * false when there was no recipient. A missing required value, an unknown template or an invalid
 * address throws {@link NotificationException} (the job fails and, after its retries, is an incident).
 * Logs carry the template and case reference only.
 */
@Component("sendNotificationDelegate")
class SendNotificationDelegate implements JavaDelegate {

  static final String TEMPLATE = "notificationTemplate";
  static final String TO = "notificationTo";
  static final String SENT = "notificationSent";
  static final String CASE_REFERENCE = "caseReference";
  static final String CHILD_INITIALS = "childInitials";
  static final String CHILD_FORENAME = "childForename";
  static final String CHILD_SURNAME = "childSurname";
  /** Variables passed to the template as they are. */
  static final List<String> TEXT_VALUES = List.of("outcome", "reason", "signposting", "caseStatus",
      "ground", "groundMeaning", "groundCitation", "enquiryText");

  private static final Logger LOG = LoggerFactory.getLogger(SendNotificationDelegate.class);

  /** A stored letter to attach (issue 10): the {@code letterId} the letters block wrote. */
  static final String LETTER_ID = "letterId";

  private final Notifications notifications;
  private final LetterAttachments letters;

  SendNotificationDelegate(Notifications notifications) {
    this(notifications, null);
  }

  @org.springframework.beans.factory.annotation.Autowired
  SendNotificationDelegate(Notifications notifications, LetterAttachments letters) {
    this.notifications = notifications;
    this.letters = letters;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String template = text(execution, TEMPLATE);
    if (template == null) {
      throw new NotificationException("the task sets no " + TEMPLATE + " (process instance "
          + execution.getProcessInstanceId() + ")");
    }
    String caseReference = text(execution, CASE_REFERENCE);
    if (caseReference == null) {
      caseReference = execution.getProcessBusinessKey();
    }
    String to = text(execution, TO);
    if (to == null) {
      execution.setVariable(SENT, false);
      LOG.info("Notification {} not sent for case {}: no recipient address", template, caseReference);
      return;
    }

    Map<String, Object> model = new LinkedHashMap<>();
    model.put(CASE_REFERENCE, caseReference);
    String initials = text(execution, CHILD_INITIALS);
    model.put(CHILD_INITIALS, initials != null ? initials
        : Notifications.initials(text(execution, CHILD_FORENAME), text(execution, CHILD_SURNAME)));
    for (String name : TEXT_VALUES) {
      model.put(name, text(execution, name));
    }

    List<Notifications.Attachment> attachments = new java.util.ArrayList<>();
    Object letterId = execution.getVariable(LETTER_ID);
    if (letterId != null) {
      if (letters == null) {
        throw new NotificationException("no letters to attach from (case " + caseReference + ")");
      }
      attachments.add(letters.attachment(caseReference, ((Number) letterId).longValue()));
    }
    try {
      notifications.send(template, to, model, attachments);
    } catch (NotificationException e) {
      throw new NotificationException(e.getMessage() + " (case " + caseReference + ")", e);
    }
    execution.setVariable(SENT, true);
    LOG.info("Notification {} sent for case {}", template, caseReference);
  }

  /** The variable as trimmed text; null when not set or blank. */
  private static String text(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    if (value == null) {
      return null;
    }
    String text = value.toString().strip();
    return text.isEmpty() ? null : text;
  }
}
