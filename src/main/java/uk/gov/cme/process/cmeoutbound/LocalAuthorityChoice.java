package uk.gov.cme.process.cmeoutbound;

import static uk.gov.cme.process.cmeoutbound.CmeOutboundProcess.Variables.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import uk.gov.cme.rules.localauthorities.LocalAuthorityDirectory;

/**
 * The other authority is chosen from the local authorities file: a task listener (bean
 * {@code localAuthorityChoice}) on "Choose the other LA and what to share", on {@code create}: the
 * authorities of the file as the task's own variable {@value CmeOutboundProcess.Variables#LA_OPTIONS}
 * (JSON {@code [{"label": "Camden (202)", "value": "202"}, ...]}), which the form's select shows
 * ({@code valuesKey}). The choice is checked by the next step ({@link WriteEnquiryDelegate}), in the task's
 * transaction: a fault keeps the task open.
 */
@Component("localAuthorityChoice")
class LocalAuthorityChoice implements TaskListener {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final LocalAuthorityDirectory authorities;

  LocalAuthorityChoice(LocalAuthorityDirectory authorities) {
    this.authorities = authorities;
  }

  @Override
  public void notify(DelegateTask task) {
    try {
      task.setVariableLocal(LA_OPTIONS, SpinValues.jsonValue(JSON.writeValueAsString(authorities.options())).create());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the local authorities cannot be written as JSON", e);
    }
  }
}
