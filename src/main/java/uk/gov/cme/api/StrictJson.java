package uk.gov.cme.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.constraints.Size;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.gov.cme.casework.InvalidInputException.FieldError;

/**
 * Holds a JSON request body to the shape of the API's request record, strictly, before anything is
 * read from it: an object (not an array or a bare value), only the record's field names, text as text
 * (no number for a name), numbers as numbers (not text), tick boxes as {@code true} or {@code false}
 * (not 0, 1, "yes"), dates as {@code yyyy-mm-dd} dates that exist, choices among the values offered,
 * lists no longer than their {@link Size#max()}. Every fault is collected, each named by its path ({@code attemptsToLocate[2].on});
 * the body is given back without the values at fault, so the intake can still check the rest and the
 * caller hears of every fault in one answer. Reasons never repeat the value given.
 */
final class StrictJson {

  /** A body checked: the faults, and the body without the values at fault (null when not an object). */
  record Checked(List<FieldError> faults, ObjectNode usable) {
  }

  private StrictJson() {
  }

  static Checked check(JsonNode body, Class<? extends Record> shape) {
    List<FieldError> faults = new ArrayList<>();
    if (body == null || !body.isObject()) {
      faults.add(new FieldError("", "the body must be a JSON object of field names and values"));
      return new Checked(faults, null);
    }
    ObjectNode usable = ((ObjectNode) body).deepCopy();
    checkObject(usable, shape, "", faults);
    return new Checked(List.copyOf(faults), usable);
  }

  /** Checks an object against a record; removes what is at fault. */
  private static void checkObject(ObjectNode object, Class<?> shape, String path, List<FieldError> faults) {
    Map<String, RecordComponent> components = new LinkedHashMap<>();
    Arrays.stream(shape.getRecordComponents()).forEach(c -> components.put(c.getName(), c));
    List<String> unknown = new ArrayList<>();
    for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      RecordComponent component = components.get(name);
      if (component == null) {
        unknown.add(name);
        continue;
      }
      JsonNode value = object.get(name);
      if (value.isNull()) {
        continue;
      }
      String reason = reason(value, component.getGenericType(), component, path + name, faults);
      if (reason != null) {
        faults.add(new FieldError(path + name, reason));
        names.remove();
      }
    }
    unknown.forEach(object::remove);
    unknown.stream().limit(10).forEach(name -> faults.add(new FieldError(path + name, "is not a field of this request")));
    if (unknown.size() > 10) {
      faults.add(new FieldError(path.isEmpty() ? "" : path.substring(0, path.length() - 1),
          (unknown.size() - 10) + " more names: not a field of this request"));
    }
  }

  /** Why the value is not of the type, or null (a list or object is checked element by element). */
  private static String reason(JsonNode value, Type type, RecordComponent component, String path,
                               List<FieldError> faults) {
    Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    if (raw == String.class) {
      return value.isTextual() ? null : "must be text";
    }
    if (raw == Boolean.class || raw == boolean.class) {
      return value.isBoolean() ? null : "must be true or false";
    }
    if (raw == Double.class) {
      return value.isNumber() ? null : "must be a number";
    }
    if (raw == LocalDate.class) {
      if (!value.isTextual()) {
        return "must be a date (yyyy-mm-dd)";
      }
      try {
        LocalDate.parse(value.asText());
        return null;
      } catch (DateTimeParseException e) {
        return "is not a date (yyyy-mm-dd)";
      }
    }
    if (raw.isEnum()) {
      boolean offered = value.isTextual() && Arrays.stream(raw.getEnumConstants())
          .anyMatch(c -> ((Enum<?>) c).name().equals(value.asText()));
      return offered ? null : "must be one of " + Arrays.stream(raw.getEnumConstants())
          .map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
    }
    if (raw == List.class) {
      if (!value.isArray()) {
        return "must be a list";
      }
      Size size = component == null ? null : component.getAccessor().getAnnotation(Size.class);
      if (size != null && value.size() > size.max()) {
        return "at most " + size.max() + " in the list";
      }
      Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
      for (int i = 0; i < value.size(); i++) {
        JsonNode item = value.get(i);
        String itemPath = path + "[" + i + "]";
        String reason = item.isNull() ? "must not be empty" : reason(item, element, null, itemPath, faults);
        if (reason != null) {
          faults.add(new FieldError(itemPath, reason));
          ((com.fasterxml.jackson.databind.node.ArrayNode) value).set(i, (JsonNode) null);
        }
      }
      return null;
    }
    if (raw.isRecord()) {
      if (!value.isObject()) {
        return "must be an object";
      }
      checkObject((ObjectNode) value, raw, path + ".", faults);
      return null;
    }
    throw new IllegalArgumentException("no rule for " + raw + " (" + path + ")");
  }
}
