package uk.gov.cme.config;

import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the messages of database errors out of log output. A JDBC driver's message quotes the SQL and
 * the row's values (a child's name, UPN, date of birth, postcode), and every layer above it (MyBatis,
 * the engine, Spring) copies that message into its own. Exception class names and stack frames stay,
 * so an operator still sees what failed and where.
 */
final class LogRedaction {

  static final String MARKER = "[redacted: database message]";

  /** Packages and engine exceptions that come from the database layer (prefixes of class names). */
  private static final List<String> DATABASE_PACKAGES = List.of(
      "java.sql.", "javax.sql.", "org.h2.", "org.postgresql.", "org.springframework.dao.",
      "org.springframework.jdbc.", "org.apache.ibatis.", "com.zaxxer.hikari.",
      "org.camunda.bpm.engine.impl.db.", "org.camunda.bpm.engine.ProcessEnginePersistenceException",
      "org.camunda.bpm.engine.OptimisticLockingException", "org.camunda.bpm.engine.CrdbTransactionRetryException");

  /**
   * Text that shows a message quotes a database error: a database-layer class name, MyBatis's error
   * report, the engine's persistence messages (ENGINE-03xxx, which quote the rows being flushed) or
   * its persistence exception.
   */
  private static final List<String> DATABASE_MARKERS = concat(DATABASE_PACKAGES, List.of(
      "### Error", "ENGINE-03", "ProcessEnginePersistenceException", "SQL statement", "SQLSTATE"));

  private static final Pattern FRAME = Pattern.compile("^\\s*(at |\\.\\.\\. \\d+ (more|common frames omitted))");
  private static final Pattern CAUSE_HEADER =
      Pattern.compile("^(\\s*(?:Caused by|Suppressed|Wrapped by): )([\\w$.]+)(:.*)?$");
  private static final Pattern CLASS_NAME = Pattern.compile("(?:[a-zA-Z_$][\\w$]*\\.)+[A-Z][\\w$]*");

  private LogRedaction() {
  }

  static boolean isDatabaseClass(String className) {
    return className != null && DATABASE_PACKAGES.stream().anyMatch(className::startsWith);
  }

  static boolean mentionsDatabase(String text) {
    return text != null && DATABASE_MARKERS.stream().anyMatch(text::contains);
  }

  /**
   * Whether an exception's message must not be logged: it comes from the database layer, quotes a
   * database error, or wraps one (a wrapper usually repeats its cause's message).
   */
  static boolean mustRedact(IThrowableProxy proxy) {
    if (isDatabaseClass(proxy.getClassName()) || mentionsDatabase(proxy.getMessage())) {
      return true;
    }
    Map<IThrowableProxy, Boolean> seen = new IdentityHashMap<>();
    for (IThrowableProxy cause = proxy.getCause(); cause != null && seen.put(cause, true) == null;
         cause = cause.getCause()) {
      if (isDatabaseClass(cause.getClassName()) || mentionsDatabase(cause.getMessage())) {
        return true;
      }
    }
    return false;
  }

  /** The same exception, causes and suppressed exceptions, with the messages that must go replaced. */
  static IThrowableProxy redact(IThrowableProxy proxy) {
    return proxy == null ? null : new Redacted(proxy, new IdentityHashMap<>());
  }

  /** The messages {@link #redact} takes out, to find them where a log message repeats one. */
  static List<String> redactedMessages(IThrowableProxy proxy) {
    List<String> messages = new ArrayList<>();
    collect(proxy, messages, new IdentityHashMap<>());
    return messages;
  }

  /**
   * A log message with the database errors it quotes taken out: the messages of the attached
   * exception that must go, and stack traces printed into the message itself (Camunda's REST API
   * logs its errors that way).
   */
  static String redactMessage(String message, IThrowableProxy attached) {
    if (message == null) {
      return null;
    }
    String result = message;
    if (attached != null) {
      for (String quoted : redactedMessages(attached)) {
        result = result.replace(quoted, MARKER);
      }
    }
    if (result.contains("\tat ") && mentionsDatabase(result)) {
      result = redactStackTraceText(result);
    }
    return result;
  }

  /** Keeps the exception class names and stack frames of a printed stack trace, drops the messages. */
  static String redactStackTraceText(String text) {
    StringBuilder out = new StringBuilder();
    String[] lines = text.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      Matcher header = CAUSE_HEADER.matcher(line);
      if (FRAME.matcher(line).find()) {
        append(out, line);
      } else if (header.matches()) {
        append(out, header.group(1) + header.group(2) + (header.group(3) == null ? "" : ": " + MARKER));
      } else if (i == 0) {
        Matcher name = CLASS_NAME.matcher(line);
        append(out, name.find() ? line.substring(0, name.end()) + ": " + MARKER : MARKER);
      }
      // any other line continues a message: left out
    }
    return out.toString();
  }

  private static void append(StringBuilder out, String line) {
    if (!out.isEmpty()) {
      out.append(System.lineSeparator());
    }
    out.append(line);
  }

  private static void collect(IThrowableProxy proxy, List<String> messages, Map<IThrowableProxy, Boolean> seen) {
    if (proxy == null || seen.put(proxy, true) != null) {
      return;
    }
    String message = proxy.getMessage();
    if (message != null && !message.isBlank() && mustRedact(proxy)) {
      messages.add(message);
    }
    collect(proxy.getCause(), messages, seen);
    for (IThrowableProxy suppressed : proxy.getSuppressed()) {
      collect(suppressed, messages, seen);
    }
  }

  private static List<String> concat(List<String> first, List<String> second) {
    List<String> all = new ArrayList<>(first);
    all.addAll(second);
    return List.copyOf(all);
  }

  /** A view of an exception with its message redacted when it must be, and so on down the chain. */
  private static final class Redacted implements IThrowableProxy {

    private final IThrowableProxy original;
    private final String message;
    private final IThrowableProxy cause;
    private final IThrowableProxy[] suppressed;

    Redacted(IThrowableProxy original, Map<IThrowableProxy, IThrowableProxy> done) {
      done.put(original, this);
      this.original = original;
      this.message = original.getMessage() != null && mustRedact(original) ? MARKER : original.getMessage();
      this.cause = wrap(original.getCause(), done);
      IThrowableProxy[] originals = original.getSuppressed();
      this.suppressed = new IThrowableProxy[originals.length];
      for (int i = 0; i < originals.length; i++) {
        suppressed[i] = wrap(originals[i], done);
      }
    }

    private static IThrowableProxy wrap(IThrowableProxy proxy, Map<IThrowableProxy, IThrowableProxy> done) {
      if (proxy == null) {
        return null;
      }
      IThrowableProxy existing = done.get(proxy);
      return existing != null ? existing : new Redacted(proxy, done);
    }

    @Override
    public String getMessage() {
      return message;
    }

    @Override
    public String getClassName() {
      return original.getClassName();
    }

    @Override
    public StackTraceElementProxy[] getStackTraceElementProxyArray() {
      return original.getStackTraceElementProxyArray();
    }

    @Override
    public int getCommonFrames() {
      return original.getCommonFrames();
    }

    @Override
    public IThrowableProxy getCause() {
      return cause;
    }

    @Override
    public IThrowableProxy[] getSuppressed() {
      return suppressed;
    }

    @Override
    public boolean isCyclic() {
      return original.isCyclic();
    }
  }
}
