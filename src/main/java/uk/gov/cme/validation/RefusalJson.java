package uk.gov.cme.validation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The body of a 400 from the engine's REST APIs, in Camunda's error shape ({@code type},
 * {@code message}) with every field at fault: {@code errors: [{field, label, reason}]}.
 */
public final class RefusalJson {

  private RefusalJson() {
  }

  public static Map<String, Object> of(InputRefusedException refused) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", InputRefusedException.class.getSimpleName());
    body.put("message", refused.getMessage());
    List<Map<String, String>> errors = refused.faults().stream()
        .map(f -> Map.of("field", f.field(), "label", f.label(), "reason", f.reason())).toList();
    body.put("errors", errors);
    return body;
  }
}
