package uk.gov.cme.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Every escalation line of the audit trail is kept from those who may not read escalations (issue 11). */
class CaseEventTypeTest {

  @Test
  void the_escalation_lines_and_only_they_are_escalation_records() {
    assertThat(Arrays.stream(CaseEventType.values()).filter(CaseEventType::escalationRecord))
        .isNotEmpty()
        .allMatch(type -> type.name().startsWith("ESCALATION_"));
    assertThat(Arrays.stream(CaseEventType.values()).filter(type -> type.name().startsWith("ESCALATION_")))
        .allMatch(CaseEventType::escalationRecord);
  }
}
