package uk.gov.cme.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.SmartApplicationListener;
import org.springframework.core.Ordered;
import uk.gov.cme.CmeApplication;

/**
 * A real start-up, watched from inside: the web server is already listening when the start-up work
 * runs ({@code PlatformSetup} on {@code ApplicationStartedEvent}), so a caller then must get 503 with
 * Retry-After, never the 401 of accounts not yet created; readiness turns UP only after that work.
 */
class StartupOrderTest {

  static final String USER = "riverside.dsl";
  static final String PASSWORD = "Demo-Pass-2026";

  @Test
  void until_the_start_up_work_is_done_callers_get_503_and_readiness_is_not_up() throws Exception {
    Witness witness = new Witness();
    // A name of its own (no hyphens: the starter ignores such a name and would call it "default",
    // replacing the engine of the other test contexts in Camunda's static engine registry).
    String engine = "startupOrder" + UUID.randomUUID().toString().replace("-", "");
    try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CmeApplication.class)
        .profiles("demo", "test")
        .listeners(witness)
        .run("--server.port=0", "--camunda.bpm.process-engine-name=" + engine)) {

      assertThat(witness.accountExistedAtStart).as("the request below raced the account set-up").isFalse();
      assertThat(witness.taskListAtStart.statusCode()).isEqualTo(503);
      assertThat(witness.taskListAtStart.headers().firstValue("Retry-After")).hasValue(StartupGate.RETRY_AFTER_SECONDS);
      assertThat(witness.readinessAtStart.statusCode()).isEqualTo(503);
      assertThat(witness.readinessAtStart.body()).contains("OUT_OF_SERVICE");
      assertThat(witness.accountExistedWhenReady).as("set-up done before readiness").isTrue();

      assertThat(get(context, "/engine-rest/task", true).statusCode()).isEqualTo(200);
      assertThat(get(context, "/actuator/health/readiness", false).body()).isEqualTo("{\"status\":\"UP\"}");
    }
  }

  static HttpResponse<String> get(ApplicationContext context, String path, boolean authenticated) {
    int port = ((WebServerApplicationContext) context).getWebServer().getPort();
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    if (authenticated) {
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }
    try {
      return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Calls the server as the start-up work begins (before PlatformSetup), and looks again at ready. */
  static final class Witness implements SmartApplicationListener {

    HttpResponse<String> taskListAtStart;
    HttpResponse<String> readinessAtStart;
    Boolean accountExistedAtStart;
    Boolean accountExistedWhenReady;

    @Override
    public boolean supportsEventType(Class<? extends ApplicationEvent> type) {
      return ApplicationStartedEvent.class.isAssignableFrom(type) || AvailabilityChangeEvent.class.isAssignableFrom(type);
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
      if (event instanceof ApplicationStartedEvent started) {
        ApplicationContext context = started.getApplicationContext();
        accountExistedAtStart = accountExists(context);
        taskListAtStart = get(context, "/engine-rest/task", true);
        readinessAtStart = get(context, "/actuator/health/readiness", false);
      } else if (event instanceof AvailabilityChangeEvent<?> change && change.getState() == ReadinessState.ACCEPTING_TRAFFIC) {
        accountExistedWhenReady = accountExists((ApplicationContext) change.getSource());
      }
    }

    @Override
    public int getOrder() {
      return Ordered.HIGHEST_PRECEDENCE;
    }

    private static boolean accountExists(ApplicationContext context) {
      return context.getBean(ProcessEngine.class).getIdentityService().createUserQuery().userId(USER).count() == 1;
    }
  }
}
