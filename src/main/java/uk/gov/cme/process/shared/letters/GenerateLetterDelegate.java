package uk.gov.cme.process.shared.letters;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import uk.gov.cme.letters.LetterException;
import uk.gov.cme.letters.LetterKind;
import uk.gov.cme.letters.LetterRenderer;
import uk.gov.cme.letters.LetterRequest;
import uk.gov.cme.letters.RenderedLetter;

/**
 * Makes one letter and stores it with the case: the step of the building block
 * {@code processes/shared/generate-letter.bpmn}, which a process calls (call activity) with the letter's
 * values. The step is asynchronous with a retry cycle (R3/PT5M): a broken template or a missing value fails
 * the job and, after three tries, is an incident on the letter's instance, which the caller waits for; the
 * form before it is never lost and no half-made letter is stored (the letter is stored last, in the job's
 * transaction).
 *
 * <h2>Variables</h2>
 * <table>
 *   <caption>Read</caption>
 *   <tr><th>variable</th><th>meaning</th></tr>
 *   <tr><td>{@code letterKind}</td><td>required: the template's name ({@link LetterKind}), e.g.
 *       {@code s437-notice}</td></tr>
 *   <tr><td>{@code caseReference}</td><td>the case; when not set, the business key</td></tr>
 *   <tr><td>{@code childForename}, {@code childSurname}, {@code dateOfBirth}</td><td>the child (date ISO
 *       text or a date)</td></tr>
 *   <tr><td>{@code parentName}, {@code parentAddress}</td><td>the parent addressed; address lines separated
 *       by commas or new lines</td></tr>
 *   <tr><td>{@code schoolName}</td><td>the school named</td></tr>
 *   <tr><td>{@code letterDeadline}</td><td>the date computed for the letter (ISO text or a date)</td></tr>
 *   <tr><td>{@code letterGranted}, {@code letterReasons}</td><td>a decision: granted or not, and why
 *       not</td></tr>
 *   <tr><td>{@code letterRequestedBy}</td><td>the user who asked for it; else {@code system}</td></tr>
 *   <tr><td>{@code escalationMinutes}</td><td>an {@code escalation-minutes} letter: the minutes
 *       ({@link EscalationMinutesJson})</td></tr>
 * </table>
 * The letter is dated the engine's today (Europe/London). Written: {@code letterId} (Long), the stored
 * letter's id. Logs carry the case reference and kind only.
 */
@Component("generateLetterDelegate")
public class GenerateLetterDelegate implements JavaDelegate {

  public static final String KIND = "letterKind";
  public static final String LETTER_ID = "letterId";
  static final ZoneId UK = ZoneId.of("Europe/London");
  private static final Logger LOG = LoggerFactory.getLogger(GenerateLetterDelegate.class);

  private final LetterRenderer renderer;
  private final LetterStore store;
  private final LetterAuthority authority;

  public GenerateLetterDelegate(LetterRenderer renderer, LetterStore store, LetterAuthority authority) {
    this.renderer = renderer;
    this.store = store;
    this.authority = authority;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String kindName = text(execution, KIND);
    LetterKind kind = LetterKind.find(kindName).orElseThrow(() -> new LetterException(
        "no letter kind " + kindName + " (process instance " + execution.getProcessInstanceId() + ")"));
    String caseReference = text(execution, "caseReference");
    if (caseReference == null) {
      caseReference = execution.getProcessBusinessKey();
    }
    Instant now = ClockUtil.getCurrentTime().toInstant();
    String child = join(text(execution, "childForename"), text(execution, "childSurname"));
    LetterRequest request = new LetterRequest(authority.name(), authority.address(), caseReference, child,
        date(execution, "dateOfBirth"), text(execution, "parentName"),
        LetterAuthority.lines(text(execution, "parentAddress")), text(execution, "schoolName"),
        LocalDate.ofInstant(now, UK), date(execution, "letterDeadline"), authority.signedBy(),
        (Boolean) execution.getVariable("letterGranted"), text(execution, "letterReasons"));
    RenderedLetter letter;
    try {
      Map<String, Object> model = request.model();
      if (kind == LetterKind.ESCALATION_MINUTES) {
        EscalationMinutesJson.read(text(execution, EscalationMinutesJson.VARIABLE)).addTo(model);
      }
      letter = renderer.render(kind, model);
    } catch (LetterException e) {
      throw new LetterException(e.getMessage() + " (case " + caseReference + ")", e);
    }
    String user = text(execution, "letterRequestedBy");
    long id = store.store(caseReference, letter, user == null ? "system" : user, now);
    execution.setVariable(LETTER_ID, id);
    LOG.info("Letter {} {} (template version {}) stored for case {}", id, kind.template(),
        letter.templateVersion(), caseReference);
  }

  private static String join(String forename, String surname) {
    if (forename == null) {
      return surname;
    }
    return surname == null ? forename : forename + " " + surname;
  }

  private static LocalDate date(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    if (value instanceof LocalDate d) {
      return d;
    }
    if (value instanceof Date d) {
      return LocalDate.ofInstant(d.toInstant(), UK);
    }
    String text = text(execution, name);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (RuntimeException e) {
      throw new LetterException("the variable " + name + " is not a date (process instance "
          + execution.getProcessInstanceId() + ")");
    }
  }

  private static String text(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    if (value == null) {
      return null;
    }
    String text = value.toString().strip();
    return text.isEmpty() ? null : text;
  }
}
