package uk.gov.cme.config;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;
import uk.gov.cme.validation.InputRefusedException;
import uk.gov.cme.validation.RefusalJson;

/**
 * The engine's REST API ({@code /engine-rest}) as the starter configures it, plus one answer: input
 * the application refuses is a 400 listing every field with its label and reason (Camunda's own
 * handler would give the message only). Logged by the step that refused it, once, without values.
 */
@Component
class EngineRestConfiguration extends CamundaJerseyResourceConfig {

  @Override
  protected void registerAdditionalResources() {
    register(InputRefusedMapper.class);
  }

  /** {@link InputRefusedException} as 400 with {@code errors: [{field, label, reason}]}. */
  @Provider
  public static class InputRefusedMapper implements ExceptionMapper<InputRefusedException> {

    @Override
    public Response toResponse(InputRefusedException refused) {
      return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
          .entity(RefusalJson.of(refused)).build();
    }
  }
}
