package uk.gov.cme.modelcheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The Camunda Modeler element templates of the building blocks ({@code processes/.camunda/element-templates})
 * and the check that a model's use of a building block is what its template writes.
 *
 * <p>A building block is known by its template's fixed (Hidden) {@code camunda:delegateExpression} or
 * {@code calledElement}. An element using one must carry {@code camunda:modelerTemplate} naming a template of
 * that block (the Modeler writes it when the template is applied) and {@code camunda:modelerTemplateVersion},
 * and its parameters must be exactly the template's bindings:
 * <ul>
 *   <li>every fixed (Hidden) binding is there with the template's value;</li>
 *   <li>every field with {@code notEmpty}, and every dropdown, is there and not blank; a dropdown's value is
 *       one of its choices;
 *       a {@code pattern} is matched;</li>
 *   <li>a {@code camunda:in} is a variable ({@code source}) or an expression ({@code sourceExpression}) as
 *       its binding says, and local only where the binding says {@code variables: local};</li>
 *   <li>no parameter (input/output parameter, camunda:in, camunda:out, field) that no binding names;</li>
 *   <li>an optional field may be absent: the Modeler shows it empty;</li>
 *   <li>{@code camunda:asyncBefore="true"} comes with a {@code camunda:failedJobRetryTimeCycle} extension
 *       element (the project's rule; a template cannot write it).</li>
 * </ul>
 * Listeners, documentation, multi-instance and the flows are the process's own and are not compared.
 */
public final class ElementTemplates {

  static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  static final ObjectMapper JSON = new ObjectMapper();

  private ElementTemplates() {
  }

  /** A template as the checks need it. */
  public record Template(String id, int version, String name, String elementType, List<Property> properties) {

    /** The fixed value of a Hidden property binding named {@code name}, if any. */
    Optional<String> fixed(String name) {
      return properties.stream()
          .filter(p -> p.hidden() && p.binding().type().equals("property") && p.binding().name().equals(name))
          .map(Property::value).findFirst();
    }

    /** What makes an element a use of this template's block: delegateExpression=… or calledElement=…. */
    Optional<String> block() {
      return fixed("camunda:delegateExpression").map(v -> "camunda:delegateExpression=" + v)
          .or(() -> fixed("calledElement").map(v -> "calledElement=" + v));
    }
  }

  /** One template property: how it is shown, its binding and its constraints. */
  public record Property(String label, String type, String value, Binding binding, boolean notEmpty,
      String pattern, List<String> choices) {

    boolean hidden() {
      return "Hidden".equals(type);
    }
  }

  /** A template property's binding (only the keys the project's templates use). */
  public record Binding(String type, String name, String target, String source, boolean expression,
      String variables) {

    boolean local() {
      return "local".equals(variables);
    }
  }

  public static Path folder(Path root) {
    return root.resolve("processes/.camunda/element-templates");
  }

  /** Every template in the project's template folder. */
  public static List<Template> load(Path root) {
    try (Stream<Path> files = Files.list(folder(root))) {
      List<Template> templates = new ArrayList<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        JsonNode node = JSON.readTree(file.toFile());
        for (JsonNode t : node.isArray() ? node : JSON.createArrayNode().add(node)) {
          templates.add(template(t));
        }
      }
      return templates;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Template template(JsonNode t) {
    List<Property> properties = new ArrayList<>();
    for (JsonNode p : t.path("properties")) {
      JsonNode b = p.path("binding");
      Binding binding = new Binding(b.path("type").asText(), text(b, "name"), text(b, "target"), text(b, "source"),
          b.path("expression").asBoolean(false), text(b, "variables"));
      JsonNode constraints = p.path("constraints");
      JsonNode pattern = constraints.path("pattern");
      List<String> choices = new ArrayList<>();
      p.path("choices").forEach(c -> choices.add(c.path("value").asText()));
      properties.add(new Property(text(p, "label"), text(p, "type"), text(p, "value"), binding,
          constraints.path("notEmpty").asBoolean(false),
          pattern.isTextual() ? pattern.asText() : text(pattern, "value"), List.copyOf(choices)));
    }
    return new Template(t.path("id").asText(), t.path("version").asInt(0), t.path("name").asText(),
        t.path("elementType").path("value").asText(null), List.copyOf(properties));
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isMissingNode() || value.isNull() ? null : value.asText();
  }

  // ---------------------------------------------------------------------------------------------
  // the uses in the models
  // ---------------------------------------------------------------------------------------------

  /** Faults of every building-block use in the BPMN files (named relative to {@code root}). */
  public static List<String> checkModels(Path root, List<Path> models, List<Template> templates) {
    List<String> faults = new ArrayList<>();
    for (Path model : models) {
      try (InputStream in = Files.newInputStream(model)) {
        String name = root.relativize(model).toString().replace('\\', '/');
        checkModel(in, templates).forEach(fault -> faults.add(name + ": " + fault));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return faults;
  }

  /** Faults of every building-block use in one BPMN document. */
  public static List<String> checkModel(InputStream bpmn, List<Template> templates) {
    Map<String, Template> byId = templates.stream().collect(Collectors.toMap(Template::id, Function.identity()));
    Set<String> blocks = templates.stream().map(Template::block).flatMap(Optional::stream)
        .collect(Collectors.toSet());
    List<String> faults = new ArrayList<>();
    for (Element element : bpmnElements(parse(bpmn))) {
      String block = blockOf(element);
      String templateId = attribute(element, CAMUNDA, "modelerTemplate");
      if (templateId == null) {
        if (block != null && blocks.contains(block)) {
          String candidates = templates.stream().filter(t -> t.block().filter(block::equals).isPresent())
              .map(t -> "camunda:modelerTemplate=\"" + t.id() + "\" camunda:modelerTemplateVersion=\"" + t.version() + "\"")
              .collect(Collectors.joining(" or "));
          faults.add(describe(element) + " uses the building block " + block + " but carries no "
              + "camunda:modelerTemplate (apply the block's Modeler template: " + candidates + ")");
        }
        continue;
      }
      Template template = byId.get(templateId);
      if (template == null) {
        faults.add(describe(element) + " names the template " + templateId + ", which does not exist");
        continue;
      }
      check(element, template).forEach(fault -> faults.add(describe(element) + " (" + templateId + "): " + fault));
    }
    return faults;
  }

  /** Faults of one element against its template. */
  static List<String> check(Element element, Template template) {
    List<String> faults = new ArrayList<>();
    String version = attribute(element, CAMUNDA, "modelerTemplateVersion");
    if (!String.valueOf(template.version()).equals(version)) {
      faults.add("camunda:modelerTemplateVersion is " + version + ", the template's version is " + template.version());
    }
    String type = "bpmn:" + Character.toUpperCase(element.getLocalName().charAt(0)) + element.getLocalName().substring(1);
    if (template.elementType() != null && !template.elementType().equals(type)) {
      faults.add("is a " + type + ", the template makes a " + template.elementType());
    }
    Set<String> bound = new LinkedHashSet<>();
    for (Property property : template.properties()) {
      Binding binding = property.binding();
      Bound found = find(element, binding);
      bound.add(key(binding));
      String what = property.label() != null ? "'" + property.label() + "' (" + key(binding) + ")" : key(binding);
      if (found == null) {
        if (property.hidden() || property.notEmpty() || "Dropdown".equals(property.type())) {
          faults.add(what + " is missing");
        }
        continue;
      }
      if (found.fault() != null) {
        faults.add(what + ": " + found.fault());
        continue;
      }
      String value = found.value();
      if (property.hidden() && !Objects.equals(value, property.value())) {
        faults.add(what + " is " + value + ", the template fixes " + property.value());
      }
      if (property.notEmpty() && (value == null || value.isBlank())) {
        faults.add(what + " is empty");
      }
      if ("Dropdown".equals(property.type()) && !property.choices().contains(value)) {
        faults.add(what + " is " + value + ", not one of the template's choices " + property.choices());
      }
      if ("Boolean".equals(property.type()) && value != null && !value.equals("true") && !value.equals("false")) {
        faults.add(what + " is " + value + ", not true or false");
      }
      if (property.pattern() != null && value != null && !value.matches(property.pattern())) {
        faults.add(what + " does not match " + property.pattern());
      }
    }
    for (String parameter : parameters(element)) {
      if (!bound.contains(parameter)) {
        faults.add(parameter + " is not a parameter of the template");
      }
    }
    if ("true".equals(attribute(element, CAMUNDA, "asyncBefore"))
        && children(extensions(element), CAMUNDA, "failedJobRetryTimeCycle").stream()
            .noneMatch(cycle -> !cycle.getTextContent().isBlank())) {
      faults.add("is asyncBefore without a camunda:failedJobRetryTimeCycle extension element (R3/PT5M)");
    }
    return faults;
  }

  /** A bound value found on the element, with what is wrong with its form (or null). */
  record Bound(String value, String fault) {
  }

  static Bound find(Element element, Binding binding) {
    switch (binding.type()) {
      case "property" -> {
        String[] name = binding.name().split(":", 2);
        String value = name.length == 2 ? attribute(element, CAMUNDA, name[1]) : attribute(element, null, name[0]);
        return value == null ? null : new Bound(value, null);
      }
      case "camunda:inputParameter", "camunda:outputParameter" -> {
        String local = binding.type().substring("camunda:".length());
        for (Element io : children(extensions(element), CAMUNDA, "inputOutput")) {
          for (Element parameter : children(io, CAMUNDA, local)) {
            String name = parameter.getAttribute("name");
            if (local.equals("inputParameter") ? name.equals(binding.name())
                : parameter.getTextContent().strip().equals(binding.source())) {
              return new Bound(local.equals("inputParameter") ? parameter.getTextContent().strip() : name, null);
            }
          }
        }
        return null;
      }
      case "camunda:in:businessKey" -> {
        return children(extensions(element), CAMUNDA, "in").stream().filter(in -> in.hasAttribute("businessKey"))
            .findFirst().map(in -> new Bound(in.getAttribute("businessKey"), null)).orElse(null);
      }
      case "camunda:in" -> {
        for (Element in : children(extensions(element), CAMUNDA, "in")) {
          if (!binding.target().equals(in.getAttribute("target"))) {
            continue;
          }
          String fault = null;
          if (binding.expression() != in.hasAttribute("sourceExpression") || binding.expression() == in.hasAttribute("source")) {
            fault = binding.expression() ? "must be an expression (sourceExpression), not a variable (source)"
                : "must name a variable (source), not an expression (sourceExpression)";
          } else if (binding.local() != "true".equals(in.getAttribute("local"))) {
            fault = binding.local() ? "must be local=\"true\"" : "must not be local";
          }
          return new Bound(binding.expression() ? in.getAttribute("sourceExpression") : in.getAttribute("source"), fault);
        }
        return null;
      }
      case "camunda:out" -> {
        for (Element out : children(extensions(element), CAMUNDA, "out")) {
          if (!binding.source().equals(out.getAttribute("source"))) {
            continue;
          }
          String fault = binding.local() != "true".equals(out.getAttribute("local"))
              ? (binding.local() ? "must be local=\"true\"" : "must not be local") : null;
          return new Bound(out.getAttribute("target"), fault);
        }
        return null;
      }
      case "camunda:field" -> {
        return children(extensions(element), CAMUNDA, "field").stream()
            .filter(f -> f.getAttribute("name").equals(binding.name())).findFirst()
            .map(f -> new Bound(f.getTextContent().strip(), null)).orElse(null);
      }
      default -> {
        return null; // listeners, errors: not parameters of a block
      }
    }
  }

  /** The parameter a binding names, as {@link #parameters} names the element's. */
  static String key(Binding binding) {
    return switch (binding.type()) {
      case "property" -> binding.name();
      case "camunda:inputParameter", "camunda:field" -> binding.type() + " " + binding.name();
      case "camunda:outputParameter" -> binding.type() + " from " + binding.source();
      case "camunda:in" -> "camunda:in " + binding.target();
      case "camunda:in:businessKey" -> "camunda:in businessKey";
      case "camunda:out" -> "camunda:out from " + binding.source();
      default -> binding.type();
    };
  }

  /** The element's parameters, named as {@link #key} names bindings. */
  static List<String> parameters(Element element) {
    List<String> parameters = new ArrayList<>();
    Element extensions = extensions(element);
    for (Element io : children(extensions, CAMUNDA, "inputOutput")) {
      children(io, CAMUNDA, "inputParameter").forEach(p -> parameters.add("camunda:inputParameter " + p.getAttribute("name")));
      children(io, CAMUNDA, "outputParameter").forEach(p -> parameters.add("camunda:outputParameter from "
          + p.getTextContent().strip()));
    }
    for (Element in : children(extensions, CAMUNDA, "in")) {
      parameters.add(in.hasAttribute("businessKey") ? "camunda:in businessKey"
          : in.hasAttribute("target") ? "camunda:in " + in.getAttribute("target") : "camunda:in variables=all");
    }
    for (Element out : children(extensions, CAMUNDA, "out")) {
      parameters.add(out.hasAttribute("source") ? "camunda:out from " + out.getAttribute("source")
          : "camunda:out " + (out.hasAttribute("sourceExpression") ? "expression" : "variables=all"));
    }
    children(extensions, CAMUNDA, "field").forEach(f -> parameters.add("camunda:field " + f.getAttribute("name")));
    return parameters;
  }

  static String blockOf(Element element) {
    String delegate = attribute(element, CAMUNDA, "delegateExpression");
    if (delegate != null) {
      return "camunda:delegateExpression=" + delegate;
    }
    String called = attribute(element, null, "calledElement");
    return called == null ? null : "calledElement=" + called;
  }

  // ---------------------------------------------------------------------------------------------
  // XML
  // ---------------------------------------------------------------------------------------------

  static Document parse(InputStream in) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(in);
    } catch (Exception e) {
      throw new IllegalArgumentException("not a BPMN document: " + e.getMessage(), e);
    }
  }

  static List<Element> bpmnElements(Document document) {
    List<Element> elements = new ArrayList<>();
    NodeList all = document.getElementsByTagNameNS(BPMN, "*");
    for (int i = 0; i < all.getLength(); i++) {
      elements.add((Element) all.item(i));
    }
    return elements;
  }

  static Element extensions(Element element) {
    return children(element, BPMN, "extensionElements").stream().findFirst().orElse(null);
  }

  static List<Element> children(Element parent, String namespace, String localName) {
    List<Element> children = new ArrayList<>();
    if (parent == null) {
      return children;
    }
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e && Objects.equals(namespace, e.getNamespaceURI())
          && localName.equals(e.getLocalName())) {
        children.add(e);
      }
    }
    return children;
  }

  static String attribute(Element element, String namespace, String localName) {
    String value = namespace == null ? element.getAttribute(localName) : element.getAttributeNS(namespace, localName);
    boolean present = namespace == null ? element.hasAttribute(localName) : element.hasAttributeNS(namespace, localName);
    return present ? value : null;
  }

  static String describe(Element element) {
    return element.getLocalName() + " " + element.getAttribute("id");
  }
}
