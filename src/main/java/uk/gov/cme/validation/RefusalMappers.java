package uk.gov.cme.validation;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;

/**
 * How the engine's REST APIs (Camunda's JAX-RS resources behind {@code /engine-rest} and behind the
 * webapps' {@code /camunda/api/engine}) answer input the application refuses: 400 with every field,
 * its label and the reason ({@link RefusalJson}), and no log line (the step that refused it has logged
 * it once, without values).
 *
 * <p>Two shapes reach the resources. Calls that do not catch engine exceptions let the
 * {@link InputRefusedException} through ({@link Refused}). The form calls ({@code start},
 * {@code submit-form}, {@code complete}) catch every engine exception and wrap it in a
 * {@link RestException} with status 500, which Camunda's handler would answer 500 and log with a
 * stack trace; {@link RefusedInRestException} takes those whose cause is a refusal, ahead of
 * Camunda's handler (a higher priority for the same type), and leaves every other one to it.
 */
public final class RefusalMappers {

  /** Both mappers, to register in a JAX-RS application. */
  public static final List<Class<?>> ALL = List.of(Refused.class, RefusedInRestException.class);

  private RefusalMappers() {
  }

  /** The class names of {@link #ALL}, as Jersey's {@code jersey.config.server.provider.classnames} takes them. */
  public static String classNames() {
    return ALL.stream().map(Class::getName).collect(Collectors.joining(","));
  }

  static Response badRequest(InputRefusedException refused) {
    return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
        .entity(RefusalJson.of(refused)).build();
  }

  /** The refusal this exception was caused by, or null. */
  static InputRefusedException refusal(Throwable thrown) {
    for (Throwable t = thrown; t != null && t != t.getCause(); t = t.getCause()) {
      if (t instanceof InputRefusedException refused) {
        return refused;
      }
    }
    return null;
  }

  /** {@link InputRefusedException} as it is thrown. */
  @Provider
  public static class Refused implements ExceptionMapper<InputRefusedException> {

    @Override
    public Response toResponse(InputRefusedException refused) {
      return badRequest(refused);
    }
  }

  /** A {@link RestException} a form call made of a refusal; any other is Camunda's to answer. */
  @Provider
  @Priority(Priorities.USER - 100)
  public static class RefusedInRestException implements ExtendedExceptionMapper<RestException> {

    @Override
    public boolean isMappable(RestException exception) {
      return refusal(exception) != null;
    }

    @Override
    public Response toResponse(RestException exception) {
      return badRequest(refusal(exception));
    }
  }
}
