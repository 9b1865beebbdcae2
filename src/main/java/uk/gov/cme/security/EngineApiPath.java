package uk.gov.cme.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A request to one of the engine's two REST APIs, reduced to the path below the engine: the same
 * resource is {@code /engine-rest/task/1}, {@code /engine-rest/engine/default/task/1} or, from the
 * webapps, {@code /camunda/api/engine/engine/default/task/1}; each is {@code /task/1} here.
 *
 * @param method the HTTP method
 * @param path   the path below the engine, starting with {@code /} ({@code /} for the engine itself)
 * @param engine the engine named in the path, or {@code default}
 */
record EngineApiPath(String method, String path, String engine) {

  private static final Pattern ENGINE_REST = Pattern.compile("^/engine-rest(?:/engine/([^/]+))?(/.*)?$");
  private static final Pattern WEBAPP_ENGINE = Pattern.compile("^/camunda/api/engine/engine/([^/]*)(/.*)?$");

  /** The engine path of the request, or null when it is not a call to the engine's REST API. */
  static EngineApiPath of(HttpServletRequest request) {
    String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    path = path.replaceAll("/{2,}", "/");
    for (Pattern pattern : new Pattern[] {ENGINE_REST, WEBAPP_ENGINE}) {
      Matcher m = pattern.matcher(path);
      if (m.matches()) {
        String engine = m.group(1) == null || m.group(1).isEmpty() ? "default" : m.group(1);
        String rest = m.group(2) == null ? "/" : m.group(2);
        if (rest.length() > 1 && rest.endsWith("/")) {
          rest = rest.substring(0, rest.length() - 1);
        }
        return new EngineApiPath(request.getMethod(), rest, engine);
      }
    }
    return null;
  }

  boolean is(String httpMethod, Pattern pattern) {
    return method.equalsIgnoreCase(httpMethod) && pattern.matcher(path).matches();
  }
}
