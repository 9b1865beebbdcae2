package uk.gov.cme.config;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Component;
import uk.gov.cme.validation.RefusalMappers;

/**
 * The engine's REST API ({@code /engine-rest}) as the starter configures it, plus one answer: input
 * the application refuses is a 400 listing every field with its label and reason, not Camunda's 500
 * with a stack trace in the log (start, submit-form and complete wrap every engine exception in a
 * 500) nor its 400 with the message only ({@link RefusalMappers}). Logged by the step that refused it,
 * once, without values.
 *
 * <p>The webapps' own JAX-RS applications (Tasklist's engine API, {@code /camunda/api/engine}, among
 * them) are registered by the webapp starter with no way to add a provider in code; a Jersey servlet
 * configured by an application class takes the servlet context's attributes as its properties, and
 * reads extra provider classes from {@code jersey.config.server.provider.classnames}, which this sets,
 * so Tasklist gets the same answer ({@code /engine-rest}, configured by this class, does not read it).
 */
@Component
class EngineRestConfiguration extends CamundaJerseyResourceConfig {

  /** Jersey's {@code ServerProperties.PROVIDER_CLASSNAMES}. */
  static final String PROVIDER_CLASSNAMES = "jersey.config.server.provider.classnames";

  @Override
  protected void registerAdditionalResources() {
    RefusalMappers.ALL.forEach(this::register);
  }

  @Bean
  static ServletContextInitializer webappRefusalMappers() {
    return servletContext -> {
      Object before = servletContext.getAttribute(PROVIDER_CLASSNAMES);
      if (before != null) {
        throw new IllegalStateException(PROVIDER_CLASSNAMES + " is already set to " + before
            + "; add " + RefusalMappers.classNames());
      }
      servletContext.setAttribute(PROVIDER_CLASSNAMES, RefusalMappers.classNames());
    };
  }
}
