package uk.gov.cme.process.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.junit.jupiter.api.Test;

/**
 * Every process {@link ProcessesEndWithTheirCase} tells that its case was closed elsewhere has the event
 * subprocess that ends it on that message, interrupting, at the process's top level: a message it
 * could not take would fail the other process's step that closed the case.
 */
class ProcessesEndWithTheirCaseTest {

  @Test
  void each_process_told_has_an_interrupting_event_subprocess_started_by_the_message() {
    for (String process : ProcessesEndWithTheirCase.PROCESSES) {
      var model = Bpmn.readModelFromFile(Path.of("processes", process + ".bpmn").toFile());
      assertThat(model.getModelElementsByType(StartEvent.class))
          .as("%s: a start event of a top-level event subprocess on message %s", process,
              ProcessesEndWithTheirCase.MESSAGE_CASE_CLOSED_ELSEWHERE)
          .filteredOn(start -> start.getParentElement() instanceof SubProcess sub && sub.triggeredByEvent()
              && !(sub.getParentElement() instanceof SubProcess))
          .filteredOn(StartEvent::isInterrupting)
          .filteredOn(start -> start.getEventDefinitions().stream().anyMatch(d -> d instanceof MessageEventDefinition m
              && m.getMessage() != null && ProcessesEndWithTheirCase.MESSAGE_CASE_CLOSED_ELSEWHERE.equals(m.getMessage().getName())))
          .hasSize(1);
    }
  }
}
