package uk.gov.cme.casework;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.event.EventListener;

/** Test helper: the {@link CaseEvents} the register published, in order. */
@TestComponent
class RecordedEvents {

  private final List<Object> events = new ArrayList<>();

  @EventListener
  void on(CaseEvents.CaseOpened event) {
    events.add(event);
  }

  @EventListener
  void on(CaseEvents.EducationStatusChanged event) {
    events.add(event);
  }

  @EventListener
  void on(CaseEvents.ReferralAcknowledged event) {
    events.add(event);
  }

  @EventListener
  void on(CaseEvents.CaseClosed event) {
    events.add(event);
  }

  @EventListener
  void on(CaseEvents.CaseMerged event) {
    events.add(event);
  }

  List<Object> caseEvents() {
    return List.copyOf(events);
  }

  void clear() {
    events.clear();
  }
}
