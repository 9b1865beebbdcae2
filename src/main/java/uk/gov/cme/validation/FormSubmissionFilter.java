package uk.gov.cme.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.gov.cme.validation.InputRefusedException.Fault;

/**
 * Holds every form submission to the engine's REST APIs (Tasklist's and {@code /engine-rest}) to the
 * form it submits ({@link FormContract}): a start ({@code start}, {@code submit-form}) to the process's
 * start form, a task completion ({@code complete}, {@code submit-form}, {@code resolve}) to the task's
 * form. A body with anything else (unknown fields, other kinds of value, oversize values, start
 * instructions or skipped listeners) is refused with 400 naming each field, before the engine is
 * called, so nothing is saved. The form is read as the caller reads it; when the caller may not read
 * it, the engine answers as it would. Administrators are not held to forms.
 */
public class FormSubmissionFilter extends OncePerRequestFilter {

  /** The largest body of a form submission. */
  static final int MAX_BODY = 256 * 1024;
  /** How much of a larger body is read before it is refused, so that the sender still gets the answer. */
  static final long DRAINED = 16L * 1024 * 1024;

  private static final Pattern START = Pattern.compile(
      "^(?:/engine-rest(?:/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)/process-definition/"
          + "(?:key/([^/]+)(?:/tenant-id/[^/]+)?|([^/]+))/(start|submit-form)$");
  private static final Pattern TASK = Pattern.compile(
      "^(?:/engine-rest(?:/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)/task/([^/]+)/(complete|submit-form|resolve)$");
  private static final Set<String> START_BODY = Set.of("variables", "businessKey", "withVariablesInReturn");
  private static final Set<String> TASK_BODY = Set.of("variables", "withVariablesInReturn");

  private static final String NOT_ACCEPTED = "is not accepted in a form submission";

  private static final Logger LOG = LoggerFactory.getLogger(FormSubmissionFilter.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ProcessEngine engine;
  private final Function<HttpServletRequest, Authentication> callers;

  /**
   * @param callers who is calling (null when nobody is authenticated: the engine answers 401)
   */
  public FormSubmissionFilter(ProcessEngine engine, Function<HttpServletRequest, Authentication> callers) {
    this.engine = engine;
    this.callers = callers;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = (request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo()))
        .replaceAll("/{2,}", "/");
    Matcher start = START.matcher(path);
    Matcher task = TASK.matcher(path);
    boolean isStart = start.matches();
    if (!"POST".equalsIgnoreCase(request.getMethod()) || (!isStart && !task.matches())) {
      chain.doFilter(request, response);
      return;
    }
    Authentication caller = callers.apply(request);
    if (caller == null || (caller.getGroupIds() != null && caller.getGroupIds().contains("camunda-admin"))) {
      chain.doFilter(request, response);
      return;
    }
    byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
    List<Fault> faults = new ArrayList<>();
    FormSchema[] form = new FormSchema[1];
    if (body.length > MAX_BODY) {
      faults.add(new Fault("body", "body", "is larger than " + MAX_BODY / 1024 + " KB"));
      // read (and drop) the rest, up to a bound, so that the sender reads this answer rather than a
      // connection reset; beyond the bound the server closes the connection
      drain(request.getInputStream(), DRAINED - body.length);
    } else {
      faults.addAll(check(body, isStart, isStart ? start : task, caller, form));
    }
    // format faults alone do not stop the call here: the engine runs it, so that the answer names them
    // with the intake's faults, and rolls it back (SubmittedForm, PendingFormatFaults)
    List<Fault> formatFaults = faults.stream().filter(f -> FieldFormat.isFormatFault(f.reason())).toList();
    if (!faults.isEmpty() && formatFaults.size() < faults.size()) {
      InputRefusedException refused = new InputRefusedException(faults);
      // the names of fields of the form only: any other name is the caller's text, which may be anything
      List<String> fields = faults.stream().filter(f -> !isCallersName(f)).map(Fault::field).toList();
      int others = faults.size() - fields.size();
      LOG.warn("Form submission refused for {}: {}{}", caller.getUserId(), fields,
          others == 0 ? "" : " and " + others + " name(s) not accepted");
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      response.setContentType("application/json");
      response.setCharacterEncoding("UTF-8");
      JSON.writeValue(response.getOutputStream(), RefusalJson.of(refused));
      return;
    }
    try (SubmittedForm submitted = SubmittedForm.of(form[0], formatFaults)) {
      chain.doFilter(new CachedBody(request, body), response);
    }
  }

  /** Reads up to {@code bytes} more of the stream, or to its end, and drops them. */
  private static void drain(InputStream in, long bytes) throws IOException {
    byte[] buffer = new byte[8192];
    for (long left = bytes; left > 0; ) {
      int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
      if (read < 0) {
        return;
      }
      left -= read;
    }
  }

  private static boolean isCallersName(Fault fault) {
    return FormContract.NOT_A_FIELD.equals(fault.reason()) || NOT_ACCEPTED.equals(fault.reason());
  }

  /** The faults of the body; {@code submitted[0]} is set to the form it submits, if the caller may read it. */
  private List<Fault> check(byte[] body, boolean isStart, Matcher call, Authentication caller,
                            FormSchema[] submitted) {
    JsonNode root;
    try {
      root = body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
    } catch (IOException e) {
      return List.of(new Fault("body", "body", "is not valid JSON"));
    }
    if (root == null || !root.isObject()) {
      return List.of(new Fault("body", "body", "must be a JSON object"));
    }
    List<Fault> faults = new ArrayList<>();
    Set<String> allowed = isStart ? START_BODY : TASK_BODY;
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!allowed.contains(name)) {
        faults.add(new Fault(name, name, NOT_ACCEPTED));
      }
    }
    FormSchema form;
    Function<String, Object> current;
    if (isStart) {
      form = asCaller(caller, () -> startForm(call.group(1), call.group(2)));
      current = key -> null;
    } else {
      String taskId = call.group(1);
      form = asCaller(caller, () -> FormSchema.parse(engine.getFormService().getDeployedTaskForm(taskId)));
      current = key -> asCaller(caller, () -> engine.getTaskService().getVariable(taskId, key));
    }
    if (form == null) {
      return faults; // the caller may not read the form (or there is none): the engine answers
    }
    submitted[0] = form;
    faults.addAll(FormContract.faults(root.get("variables"), form, current));
    return faults;
  }

  private FormSchema startForm(String key, String id) {
    String definitionId = id;
    if (key != null) {
      ProcessDefinition latest = engine.getRepositoryService().createProcessDefinitionQuery()
          .processDefinitionKey(key).latestVersion().withoutTenantId().singleResult();
      if (latest == null) {
        return null;
      }
      definitionId = latest.getId();
    }
    return FormSchema.parse(engine.getFormService().getDeployedStartForm(definitionId));
  }

  /** Runs a read as the caller; null when the caller may not read it or it is not there. */
  private <T> T asCaller(Authentication caller, Supplier<T> read) {
    var identity = engine.getIdentityService();
    Authentication before = identity.getCurrentAuthentication();
    identity.setAuthentication(caller);
    try {
      return read.get();
    } catch (RuntimeException notReadable) {
      return null;
    } finally {
      if (before == null) {
        identity.clearAuthentication();
      } else {
        identity.setAuthentication(before);
      }
    }
  }

  /** The request with its body read once and given again to the REST API. */
  private static final class CachedBody extends HttpServletRequestWrapper {

    private final byte[] body;

    CachedBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      InputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public boolean isFinished() {
          try {
            return in.available() == 0;
          } catch (IOException e) {
            return true;
          }
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("synchronous reads only");
        }

        @Override
        public int read() throws IOException {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          return in.read(b, off, len);
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
