package uk.gov.cme.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import uk.gov.cme.rules.text.TextRules;
import uk.gov.cme.validation.InputRefusedException.Fault;

/**
 * What a form submission may carry (the body of {@code submit-form}, {@code start} or {@code complete}
 * from Tasklist or {@code /engine-rest}): only the fields of the form it submits, each as the kind of
 * value its field gives (text, a tick box's true or false, a number), no longer than the field allows
 * and with no control characters; a read-only field exactly as it was shown. Plain Java: the filter
 * that applies it reads the form and the current values from the engine.
 */
public final class FormContract {

  /** The longest text a single-line field takes when its form sets no limit. */
  static final int TEXTFIELD_LENGTH = 1000;
  /** The longest text a multi-line field takes when its form sets no limit. */
  static final int TEXTAREA_LENGTH = 4000;

  /** The reason given for a name the form does not have. */
  public static final String NOT_A_FIELD = "is not a field of this form";
  /** How many names the form does not have are named one by one; the rest are counted. */
  static final int UNKNOWN_NAMED = 10;

  /** How the engine's REST API writes a date variable. */
  private static final DateTimeFormatter ENGINE_DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  private static final Set<String> TEXT_TYPES = Set.of("String");
  private static final Set<String> NUMBER_TYPES = Set.of("Integer", "Long", "Short", "Double");

  private FormContract() {
  }

  /**
   * The faults of a submission's {@code variables}, each named by the form's label.
   *
   * @param variables the {@code variables} object of the body (name → {value, type}); null for none
   * @param form      the form submitted
   * @param current   the value a read-only field holds now (null when unknown or none)
   */
  public static List<Fault> faults(JsonNode variables, FormSchema form, Function<String, Object> current) {
    List<Fault> faults = new ArrayList<>();
    if (variables == null || variables.isNull()) {
      return faults;
    }
    if (!variables.isObject()) {
      faults.add(new Fault("variables", "variables", "must be an object of field names and values"));
      return faults;
    }
    int unknown = 0;
    Iterator<Map.Entry<String, JsonNode>> fields = variables.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> entry = fields.next();
      String key = entry.getKey();
      FormSchema.Field field = form.field(key).orElse(null);
      if (field == null) {
        if (++unknown <= UNKNOWN_NAMED) {
          faults.add(new Fault(key, key, NOT_A_FIELD));
        }
        continue;
      }
      String reason = reason(field, entry.getValue(), current);
      if (reason != null) {
        faults.add(new Fault(key, field.label(), reason));
      }
    }
    if (unknown > UNKNOWN_NAMED) {
      faults.add(new Fault("variables", "variables", (unknown - UNKNOWN_NAMED) + " more names: " + NOT_A_FIELD));
    }
    return faults;
  }

  private static String reason(FormSchema.Field field, JsonNode variable, Function<String, Object> current) {
    if (variable == null || !variable.isObject()) {
      return "must be given as {\"value\": ...}";
    }
    JsonNode value = variable.path("value");
    String type = variable.path("type").isTextual() ? variable.path("type").asText() : null;
    if (value.isMissingNode() || value.isNull() || "Null".equals(type)) {
      return field.readonly() && current.apply(field.key()) != null ? "cannot be changed here" : null;
    }
    switch (field.type()) {
      case "checkbox" -> {
        if (!value.isBoolean() || (type != null && !"Boolean".equals(type))) {
          return "must be ticked or not (true or false)";
        }
      }
      case "number" -> {
        if (!value.isNumber() || (type != null && !NUMBER_TYPES.contains(type))) {
          return "must be a number";
        }
      }
      default -> {
        if (!value.isTextual() || (type != null && !TEXT_TYPES.contains(type))) {
          return "must be text";
        }
        String text = value.asText();
        int limit = field.maxLength() != null ? field.maxLength()
            : "textarea".equals(field.type()) ? TEXTAREA_LENGTH : TEXTFIELD_LENGTH;
        if (text.length() > limit) {
          return "at most " + limit + " characters";
        }
        String characters = TextRules.fault(text, "textarea".equals(field.type()));
        if (characters != null) {
          return characters;
        }
        if (!field.values().isEmpty() && !text.isEmpty() && !field.values().contains(text)) {
          return "is not one of the choices offered";
        }
        if (field.format() != null && !field.readonly() && field.format().fault(text) != null) {
          return field.format().fault(text);
        }
      }
    }
    if (field.readonly()) {
      Object now = current.apply(field.key());
      Object given = value.isBoolean() ? (Object) value.asBoolean() : value.isNumber() ? value.numberValue() : value.asText();
      if (!sameValue(now, given)) {
        return "cannot be changed here";
      }
    }
    return null;
  }

  private static boolean sameValue(Object now, Object given) {
    if (now == null) {
      return given == null || given.toString().isEmpty();
    }
    if (now instanceof Number a && given instanceof Number b) {
      return a.doubleValue() == b.doubleValue();
    }
    if (now instanceof Date date) {
      return given != null && sameMoment(date.toInstant(), given.toString());
    }
    return Objects.equals(now.toString(), given.toString());
  }

  /**
   * Whether the text a form sends back for a date variable it showed is that date: the engine's own
   * format ({@code 2026-12-04T17:00:00.000+0000}) or ISO 8601 with an offset for the same moment, or
   * the same day in London ({@code 2026-12-04}).
   */
  private static boolean sameMoment(Instant now, String given) {
    for (DateTimeFormatter format : List.of(ENGINE_DATE, DateTimeFormatter.ISO_OFFSET_DATE_TIME)) {
      try {
        return OffsetDateTime.parse(given, format).toInstant().equals(now);
      } catch (DateTimeParseException notThisFormat) {
        // try the next
      }
    }
    try {
      return LocalDate.parse(given).equals(now.atZone(LONDON).toLocalDate());
    } catch (DateTimeParseException notADate) {
      return false;
    }
  }
}
