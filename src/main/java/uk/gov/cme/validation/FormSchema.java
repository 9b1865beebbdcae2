package uk.gov.cme.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fields of a Camunda Form (form-js JSON, {@code forms/**}/*.form): what a form may submit and how
 * each field is labelled. Read from the deployed form, so a form a process owner changes in the Modeler
 * is what counts.
 *
 * @param id     the form's id
 * @param fields the fields with a key, in the order of the form
 */
public record FormSchema(String id, List<Field> fields) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public FormSchema {
    fields = List.copyOf(fields);
  }

  /**
   * A field that submits a value.
   *
   * @param key       the variable it sets
   * @param type      the form-js component type (textfield, textarea, checkbox, select, radio, number ...)
   * @param label     its label, or the key when it has none
   * @param maxLength the form's own {@code validate.maxLength}, or null
   * @param readonly  shown but not entered
   * @param values    the allowed values of a select, radio or checklist; empty otherwise
   * @param format    the format the field's text must have ({@code properties.format}), or null
   */
  public record Field(String key, String type, String label, Integer maxLength, boolean readonly,
                      List<String> values, FieldFormat format) {

    public Field {
      values = values == null ? List.of() : List.copyOf(values);
    }

    public Field(String key, String type, String label, Integer maxLength, boolean readonly, List<String> values) {
      this(key, type, label, maxLength, readonly, values, null);
    }
  }

  /** Reads a form; the stream is closed. */
  public static FormSchema parse(InputStream form) {
    try (InputStream in = form) {
      JsonNode root = JSON.readTree(in);
      List<Field> fields = new ArrayList<>();
      collect(root.path("components"), fields);
      return new FormSchema(root.path("id").asText(null), fields);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read a form", e);
    }
  }

  private static void collect(JsonNode components, List<Field> fields) {
    for (JsonNode component : components) {
      String key = component.path("key").asText(null);
      if (key != null && !key.isBlank()) {
        JsonNode validate = component.path("validate");
        List<String> values = new ArrayList<>();
        component.path("values").forEach(v -> values.add(v.path("value").asText()));
        fields.add(new Field(key, component.path("type").asText(""),
            component.path("label").asText(key), validate.has("maxLength") ? validate.get("maxLength").asInt() : null,
            component.path("readonly").asBoolean(false), values,
            FieldFormat.named(component.path("properties").path("format").asText(null)).orElse(null)));
      }
      collect(component.path("components"), fields);
    }
  }

  /** The field with this key, if the form has one (the first, if several). */
  public Optional<Field> field(String key) {
    return fields.stream().filter(f -> f.key().equals(key)).findFirst();
  }

  /** Labels by key (the first label of a key that appears twice). */
  public Map<String, String> labels() {
    Map<String, String> labels = new LinkedHashMap<>();
    fields.forEach(f -> labels.putIfAbsent(f.key(), f.label()));
    return Collections.unmodifiableMap(labels);
  }
}
