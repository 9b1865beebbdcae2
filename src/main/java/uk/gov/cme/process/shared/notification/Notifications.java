package uk.gov.cme.process.shared.notification;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/**
 * Renders a named plain-text email template with a model and sends it from the configured sender
 * address ({@code cme.notifications.from}). Knows nothing of Camunda: process steps reach it through
 * {@link SendNotificationDelegate}.
 *
 * <h2>Templates</h2>
 * One file per notification, {@code src/main/resources/notifications/<name>.txt}, UTF-8, in
 * <a href="https://mustache.github.io/mustache.5.html">Mustache</a> syntax (jmustache, no HTML
 * escaping): the first line is {@code Subject: <subject>}, then a blank line, then the body.
 * <ul>
 *   <li>{@code {{caseReference}}} is required: a model without it fails, naming the template and the
 *       missing value, so a process that forgot to set a variable raises an incident instead of sending
 *       a half-empty email.</li>
 *   <li>{@code {{#signposting}}…{{/signposting}}} shows its content only when the value is present;
 *       {@code {{^caseStatus}}…{{/caseStatus}}} only when it is absent.</li>
 *   <li>Null and blank model values count as absent.</li>
 * </ul>
 *
 * <h2>Data protection</h2>
 * Email leaves the authority's systems. A template names the child by the case reference and the
 * child's initials only: never the full name, date of birth, address or school of the child, and the
 * model passed in should not hold them.
 */
@Service
public class Notifications {

  /** Template names: lower-case words joined by hyphens, so a name can never point outside the folder. */
  private static final Pattern TEMPLATE_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final String SUBJECT_PREFIX = "Subject:";
  private static final String FOLDER = "notifications/";

  private static final Mustache.Compiler COMPILER = Mustache.compiler()
      .escapeHTML(false)
      .emptyStringIsFalse(true)
      .strictSections(false);

  private final JavaMailSender mailSender;
  private final InternetAddress from;
  private final Map<String, CompiledTemplate> templates = new ConcurrentHashMap<>();

  public Notifications(JavaMailSender mailSender,
      @Value("${cme.notifications.from:cme-team@localhost}") String from) {
    this.mailSender = Objects.requireNonNull(mailSender, "mailSender");
    this.from = address(from, "cme.notifications.from");
  }

  /**
   * Renders {@code template} with {@code model} and sends it to {@code to}.
   *
   * @throws NotificationException for an unknown or broken template, a missing required value or an
   *     invalid recipient address (nothing is sent)
   * @throws MailException when the mail server refuses or cannot be reached
   */
  public void send(String template, String to, Map<String, ?> model) {
    send(template, to, model, List.of());
  }

  /** A file sent with a notification (a letter's PDF, issue 10). */
  public record Attachment(String filename, String contentType, byte[] content) {
  }

  /**
   * Renders {@code template} with {@code model} and sends it to {@code to} with the attachments (a letter
   * to a parent who agreed to email service).
   *
   * @throws NotificationException as {@link #send(String, String, Map)}
   * @throws MailException when the mail server refuses or cannot be reached
   */
  public void send(String template, String to, Map<String, ?> model, List<Attachment> attachments) {
    InternetAddress recipient = address(to, "recipient");
    RenderedNotification notification = render(template, model);
    mailSender.send((MimeMessage message) -> {
      MimeMessageHelper helper = new MimeMessageHelper(message, !attachments.isEmpty(), StandardCharsets.UTF_8.name());
      helper.setFrom(from);
      helper.setTo(recipient);
      helper.setSubject(notification.subject());
      helper.setText(notification.body(), false);
      for (Attachment attachment : attachments) {
        helper.addAttachment(attachment.filename(), new ByteArrayResource(attachment.content()),
            attachment.contentType());
      }
      // RFC 3834: an automatic message, so mail systems do not send out-of-office replies to it.
      message.setHeader("Auto-Submitted", "auto-generated");
    });
  }

  /** The subject and body of {@code template} for {@code model}, without sending anything. */
  public RenderedNotification render(String template, Map<String, ?> model) {
    CompiledTemplate compiled = templates.computeIfAbsent(checkName(template), Notifications::load);
    Map<String, Object> values = present(model);
    try {
      String subject = compiled.subject().execute(values).replaceAll("\\s+", " ").strip();
      String body = compiled.body().execute(values);
      return new RenderedNotification(subject, body);
    } catch (MustacheException.Context e) {
      throw new NotificationException("notification template '" + template + "' needs the value '" + e.key
          + "' (line " + e.lineNo + "), which was not given", e);
    } catch (MustacheException e) {
      throw new NotificationException("notification template '" + template + "' cannot be rendered: "
          + e.getMessage(), e);
    }
  }

  /**
   * The initials of a person's names, for a notification that must not carry the full name:
   * {@code ("Sam", "Example-Smith")} → {@code "S.E."}, {@code ("Mary Jane", "Doe")} → {@code "M.J.D."}.
   * Null and blank names are skipped; no names give an empty string.
   */
  public static String initials(String... names) {
    return Arrays.stream(names)
        .filter(Objects::nonNull)
        .flatMap(name -> Arrays.stream(name.strip().split("\\s+")))
        .filter(part -> !part.isEmpty())
        .map(part -> part.substring(0, part.offsetByCodePoints(0, 1)).toUpperCase() + ".")
        .collect(Collectors.joining());
  }

  private static String checkName(String template) {
    if (template == null || !TEMPLATE_NAME.matcher(template).matches()) {
      throw new NotificationException("'" + template + "' is not a notification template name "
          + "(lower-case words joined by hyphens, e.g. referral-acknowledged)");
    }
    return template;
  }

  private static CompiledTemplate load(String name) {
    String resource = FOLDER + name + ".txt";
    String text;
    try (InputStream in = Notifications.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new NotificationException("there is no notification template '" + name + "' (" + resource + ")");
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new NotificationException("cannot read notification template " + resource, e);
    }
    text = text.replace("\r\n", "\n");
    int endOfSubject = text.indexOf('\n');
    String subjectLine = endOfSubject < 0 ? text : text.substring(0, endOfSubject);
    String rest = endOfSubject < 0 ? "" : text.substring(endOfSubject + 1);
    if (!subjectLine.startsWith(SUBJECT_PREFIX) || subjectLine.substring(SUBJECT_PREFIX.length()).isBlank()) {
      throw new NotificationException(resource + " must start with a line 'Subject: ...'");
    }
    if (!rest.startsWith("\n") || rest.isBlank()) {
      throw new NotificationException(resource + " must have a blank line after the subject, then the body");
    }
    try {
      return new CompiledTemplate(
          COMPILER.compile(subjectLine.substring(SUBJECT_PREFIX.length()).strip()),
          COMPILER.compile(rest.substring(1)));
    } catch (MustacheException e) {
      throw new NotificationException(resource + " is not a valid template: " + e.getMessage(), e);
    }
  }

  /** The model without null or blank values, so the template treats them as absent. */
  private static Map<String, Object> present(Map<String, ?> model) {
    Map<String, Object> values = new LinkedHashMap<>();
    if (model != null) {
      model.forEach((key, value) -> {
        if (value != null && !(value instanceof CharSequence text && text.toString().isBlank())) {
          values.put(key, value);
        }
      });
    }
    return values;
  }

  private static InternetAddress address(String address, String what) {
    if (address == null || address.isBlank()) {
      throw new NotificationException(what + ": no email address given");
    }
    try {
      InternetAddress parsed = new InternetAddress(address.strip(), true);
      parsed.validate();
      return parsed;
    } catch (AddressException e) {
      // The message names the fault, not the address: it ends up in logs and in Cockpit incidents.
      throw new NotificationException(what + ": not a valid email address (" + e.getMessage()
          .replace(address, "…") + ")", e);
    }
  }

  private record CompiledTemplate(Template subject, Template body) {
  }

  /** A rendered notification. */
  public record RenderedNotification(String subject, String body) {
  }
}
