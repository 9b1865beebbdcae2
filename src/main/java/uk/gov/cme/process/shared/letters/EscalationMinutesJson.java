package uk.gov.cme.process.shared.letters;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import uk.gov.cme.letters.EscalationMinutes;
import uk.gov.cme.letters.LetterException;

/**
 * The minutes of an escalation review as the text variable {@value #VARIABLE} (JSON), the way the escalation
 * hands them to the letters block: a process variable holds text, not a Java object.
 */
public final class EscalationMinutesJson {

  /** The variable the letters block reads for an {@code escalation-minutes} letter. */
  public static final String VARIABLE = "escalationMinutes";

  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private EscalationMinutesJson() {
  }

  public static String write(EscalationMinutes minutes) {
    try {
      return JSON.writeValueAsString(minutes);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the minutes cannot be written as JSON", e);
    }
  }

  /** @throws LetterException when the text is missing or not the minutes */
  public static EscalationMinutes read(String json) {
    if (json == null || json.isBlank()) {
      throw new LetterException("the variable " + VARIABLE + " (the minutes) is missing");
    }
    try {
      return JSON.readValue(json, EscalationMinutes.class);
    } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
      throw new LetterException("the variable " + VARIABLE + " is not the minutes of an escalation review", e);
    }
  }
}
