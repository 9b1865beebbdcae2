package uk.gov.cme.security;

import java.util.List;
import java.util.Optional;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * What a browser does with the Camunda 7.24 webapps, over real HTTP: open an app's page (the first
 * GET of a session returns the {@code XSRF-TOKEN} cookie), log in with the form fields
 * {@code username} and {@code password}, then call the webapp's engine API
 * ({@code /camunda/api/engine/engine/default}) with the session cookie, sending the token back as the
 * {@code X-XSRF-TOKEN} header on every request that changes something (Camunda's
 * {@code CsrfPreventionFilter}). The login starts a new session, which gets a new token on its first
 * GET.
 */
public final class WebappSession {

  public static final String ENGINE_API = "/camunda/api/engine/engine/default";
  public static final String CSRF_COOKIE = "XSRF-TOKEN";
  public static final String CSRF_HEADER = "X-XSRF-TOKEN";
  private static final String SESSION_COOKIE = "JSESSIONID";
  public static final String LOGIN = "/camunda/api/admin/auth/user/default/login/";
  public static final String CURRENT_USER = "/camunda/api/admin/auth/user/default";

  private final TestRestTemplate http;
  private String sessionId;
  private String csrfToken;

  private WebappSession(TestRestTemplate http) {
    this.http = http;
  }

  /** Opens the page of {@code app} (admin, cockpit, tasklist) as a browser does before logging in. */
  static WebappSession open(TestRestTemplate http, String app) {
    WebappSession session = new WebappSession(http);
    session.get("/camunda/app/" + app + "/default/");
    if (session.sessionId == null || session.csrfToken == null) {
      throw new AssertionError("the " + app + " page set no session or " + CSRF_COOKIE + " cookie");
    }
    return session;
  }

  /** Opens {@code app} and logs in to it; fails unless the login is accepted. */
  public static WebappSession loggedIn(TestRestTemplate http, String app, String user, String password) {
    WebappSession session = open(http, app);
    ResponseEntity<String> login = session.login(app, user, password);
    if (login.getStatusCode().value() != 200) {
      throw new AssertionError(user + " could not log in to " + app + ": " + login.getStatusCode() + " " + login.getBody());
    }
    return session;
  }

  /** The webapp's login form, as the login page posts it. */
  ResponseEntity<String> login(String app, String user, String password) {
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", user);
    form.add("password", password);
    HttpHeaders headers = headers(true);
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    ResponseEntity<String> response = exchange(LOGIN + app, HttpMethod.POST, new HttpEntity<>(form, headers));
    if (response.getStatusCode().value() == 200) {
      csrfToken = null;
    }
    return response;
  }

  /** The same login form without the {@value #CSRF_HEADER} header. */
  ResponseEntity<String> loginWithoutCsrfToken(String app, String user, String password) {
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", user);
    form.add("password", password);
    HttpHeaders headers = headers(false);
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    return exchange(LOGIN + app, HttpMethod.POST, new HttpEntity<>(form, headers));
  }

  public ResponseEntity<String> get(String path) {
    return exchange(path, HttpMethod.GET, new HttpEntity<>(headers(false)));
  }

  /** A page, as a browser asks for it (HTML first). */
  public ResponseEntity<String> getPage(String path) {
    HttpHeaders headers = headers(false);
    headers.setAccept(List.of(MediaType.TEXT_HTML, MediaType.parseMediaType("application/xhtml+xml"), MediaType.ALL));
    return exchange(path, HttpMethod.GET, new HttpEntity<>(headers));
  }

  /** A JSON request that changes something: PUT, POST or DELETE, with the session's token. */
  public ResponseEntity<String> send(HttpMethod method, String path, Object jsonBody) {
    if (csrfToken == null) {
      get(CURRENT_USER);
    }
    HttpHeaders headers = headers(true);
    headers.setContentType(MediaType.APPLICATION_JSON);
    return exchange(path, method, new HttpEntity<>(jsonBody, headers));
  }

  private HttpHeaders headers(boolean withCsrfToken) {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, MediaType.ALL));
    StringBuilder cookies = new StringBuilder();
    if (sessionId != null) {
      cookies.append(SESSION_COOKIE).append('=').append(sessionId);
    }
    if (csrfToken != null) {
      cookies.append(cookies.isEmpty() ? "" : "; ").append(CSRF_COOKIE).append('=').append(csrfToken);
      if (withCsrfToken) {
        headers.set(CSRF_HEADER, csrfToken);
      }
    }
    if (!cookies.isEmpty()) {
      headers.set(HttpHeaders.COOKIE, cookies.toString());
    }
    return headers;
  }

  private ResponseEntity<String> exchange(String path, HttpMethod method, HttpEntity<?> request) {
    ResponseEntity<String> response = http.exchange(path, method, request, String.class);
    cookie(response, SESSION_COOKIE).ifPresent(value -> sessionId = value);
    cookie(response, CSRF_COOKIE).ifPresent(value -> csrfToken = value);
    return response;
  }

  private static Optional<String> cookie(ResponseEntity<?> response, String name) {
    List<String> setCookies = response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE);
    return setCookies.stream()
        .map(header -> header.split(";", 2)[0].trim())
        .filter(pair -> pair.startsWith(name + "="))
        .map(pair -> pair.substring(name.length() + 1))
        .reduce((first, last) -> last);
  }
}
