package uk.gov.cme.casework;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;

/**
 * The school's attempts to locate a child as stored in {@code cme_referral.attempts_to_locate}: a JSON
 * array of {@code {"step": "PARENTS_PHONE_OR_TEXT", "on": "2026-01-12", "result": "..."}}.
 */
final class LocateAttemptsJson {

  private static final ObjectMapper JSON = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();
  private static final TypeReference<List<LocateAttempt>> LIST = new TypeReference<>() {
  };

  private LocateAttemptsJson() {
  }

  static String write(List<LocateAttempt> attempts) {
    try {
      return JSON.writeValueAsString(attempts == null ? List.of() : attempts);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the attempts to locate as JSON", e);
    }
  }

  static List<LocateAttempt> read(String json) {
    if (json == null || json.isBlank()) {
      return List.of();
    }
    try {
      return List.copyOf(JSON.readValue(json, LIST));
    } catch (JsonProcessingException e) {
      // the message could quote the stored text, which may hold personal data
      throw new IllegalStateException("the stored attempts to locate are not valid JSON");
    }
  }
}
