package uk.gov.cme.modelcheck;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Model quality checks for the BPMN files under {@code processes/} and the Camunda Forms under
 * {@code forms/} of a project root. Superset of {@code shared/tools/model-check.py}; its diagram
 * warnings are faults here, checked by {@link DiagramGeometry} (no flow through a shape, no two
 * flows on one line, labels clear of lines, shapes and each other).
 *
 * <p>Every fault is one human-readable line {@code "<file>: <element id>: <problem>"}, the file
 * relative to the project root with {@code /} separators. File-level faults use the element id
 * {@code (file)}; form faults use the form id (or {@code (form)} when it has none).
 *
 * <p>Usage: {@code List<String> faults = ModelStandards.check(root);}
 * {@code Map<String, List<String>> beans = ModelStandards.referencedBeans(root);}
 */
public final class ModelStandards {

  public static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  public static final String BPMNDI_NS = "http://www.omg.org/spec/BPMN/20100524/DI";
  public static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

  /** Ids the Camunda/bpmn-js Modeler generates; identical to model-check.py. */
  public static final Pattern DEFAULT_ID = Pattern.compile(
      "^(Activity|Event|Gateway|Flow|StartEvent|EndEvent|Task|UserTask|ServiceTask|SequenceFlow|"
          + "ExclusiveGateway|BoundaryEvent|IntermediateThrowEvent|IntermediateCatchEvent|"
          + "CallActivity|SubProcess|Process|DataStoreReference)_([0-9][0-9a-z]{5,}|[0-9]+)$");

  /**
   * Names the engine resolves itself in expressions; never Spring beans. {@code decisionResult} is the
   * decision's result in a business rule task's output mapping.
   */
  public static final Set<String> BUILT_IN_NAMES = Set.of(
      "execution", "task", "caseExecution", "externalTask", "connector", "authenticatedUserId",
      "S", "XML", "JSON", "dateTime", "decisionResult");

  /** Extension property on {@code <bpmn:process>} that exempts its none start event from a form. */
  public static final String CALLED_ONLY_PROPERTY = "calledOnly";

  public static final int MAX_FORM_SCHEMA_VERSION = 16;

  /** Java-class hooks we forbid: camunda:class, and its relatives on listeners/call activities. */
  private static final Set<String> CLASS_ATTRIBUTES = Set.of("class", "formHandlerClass", "variableMappingClass");

  private static final Pattern BEAN_ONLY = Pattern.compile("^[$#]\\{\\s*([A-Za-z_$][A-Za-z0-9_$]*)\\s*}$");

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private ModelStandards() {
  }

  // ---------------------------------------------------------------------------------------------
  // public API
  // ---------------------------------------------------------------------------------------------

  /**
   * Checks every {@code processes/**}/*.bpmn and {@code forms/**}/*.form under {@code root}.
   * Missing or empty folders are not a fault.
   *
   * @return all faults, forms first, then BPMN files in path order; empty when all is well
   */
  public static List<String> check(Path root) {
    List<String> faults = new ArrayList<>();
    Map<String, String> formIds = checkForms(root, faults);
    for (Path file : bpmnFiles(root)) {
      checkBpmn(root, file, formIds.keySet(), faults);
    }
    return faults;
  }

  /**
   * Spring bean names the BPMN files under {@code processes/} refer to in expressions: the name in
   * every {@code delegateExpression="${name}"}, plus, in every {@code ${...}}/{@code #{...}} in any
   * attribute or text, each identifier immediately followed by {@code .} that is not itself a
   * property ({@code a} in {@code ${a.b.c}}, not {@code b}), not inside a string literal and not one
   * of {@link #BUILT_IN_NAMES}. Documentation, text annotations and the diagram are ignored.
   * Unreadable BPMN files are skipped ({@link #check} reports them).
   *
   * @return bean name → places where it is used ({@code "processes/x.bpmn: ElementId"}), sorted by name
   */
  public static SortedMap<String, List<String>> referencedBeans(Path root) {
    SortedMap<String, List<String>> beans = new TreeMap<>();
    for (Path file : bpmnFiles(root)) {
      String rel = rel(root, file);
      BpmnModelInstance model;
      try {
        model = Bpmn.readModelFromFile(file.toFile());
      } catch (RuntimeException e) {
        continue;
      }
      Document doc = (Document) model.getDocument().getDomSource().getNode();
      collectBeans(doc.getDocumentElement(), null, rel, beans);
    }
    return beans;
  }

  /** Just the names of {@link #referencedBeans(Path)}. */
  public static Set<String> referencedBeanNames(Path root) {
    return Collections.unmodifiableSet(referencedBeans(root).keySet());
  }

  /** The {@code *.bpmn} files under {@code root/processes}, recursively, in path order. */
  public static List<Path> bpmnFiles(Path root) {
    return filesUnder(root.resolve("processes"), ".bpmn");
  }

  /** The {@code *.form} files under {@code root/forms}, recursively, in path order. */
  public static List<Path> formFiles(Path root) {
    return filesUnder(root.resolve("forms"), ".form");
  }

  // ---------------------------------------------------------------------------------------------
  // forms
  // ---------------------------------------------------------------------------------------------

  /** Checks the forms; returns form id → file of every form that has an id. */
  private static Map<String, String> checkForms(Path root, List<String> faults) {
    Map<String, String> ids = new LinkedHashMap<>();
    for (Path file : formFiles(root)) {
      String rel = rel(root, file);
      JsonNode json;
      try {
        json = JSON.readTree(file.toFile());
      } catch (IOException e) {
        faults.add(fault(rel, "(file)", "not valid JSON: " + firstLine(e.getMessage())));
        continue;
      }
      if (json == null || !json.isObject()) {
        faults.add(fault(rel, "(file)", "is not a JSON object"));
        continue;
      }
      JsonNode idNode = json.get("id");
      String id = idNode != null && idNode.isTextual() && !idNode.asText().isBlank() ? idNode.asText() : null;
      String where = id != null ? id : "(form)";
      if (id == null) {
        faults.add(fault(rel, where, "form has no top-level \"id\""));
      }
      JsonNode type = json.get("type");
      if (type == null || !"default".equals(type.asText())) {
        faults.add(fault(rel, where, "\"type\" must be \"default\" (is " + type + ")"));
      }
      JsonNode schemaVersion = json.get("schemaVersion");
      if (schemaVersion == null || !schemaVersion.isIntegralNumber()) {
        faults.add(fault(rel, where, "\"schemaVersion\" missing or not an integer (is " + schemaVersion + ")"));
      } else if (schemaVersion.asInt() > MAX_FORM_SCHEMA_VERSION) {
        faults.add(fault(rel, where, "\"schemaVersion\" " + schemaVersion.asInt() + " is above "
            + MAX_FORM_SCHEMA_VERSION + " (export the form for Camunda 7.24)"));
      }
      checkFields(rel, where, json.path("components"), new LinkedHashMap<>(), new java.util.HashSet<>(), faults);
      if (id != null) {
        String base = baseName(file, ".form");
        if (!base.equals(id)) {
          faults.add(fault(rel, where, "file name must equal the form id (expected " + id + ".form)"));
        }
        String other = ids.putIfAbsent(id, rel);
        if (other != null) {
          faults.add(fault(rel, where, "form id is also used by " + other));
        }
      }
    }
    return ids;
  }

  /**
   * Variables known to hold a code (a register or decision-table id: agency, ground, sex, source,
   * classification ...). A form may show one only as a choice with labels (select, radio, checklist),
   * or beside the field that says it in words (the value here); a text field would show the code.
   */
  public static final Map<String, String> CODE_VARIABLES = Map.ofEntries(
      Map.entry("enquiryAgency", ""), Map.entry("agency", ""), Map.entry("sex", ""),
      Map.entry("referralSource", ""), Map.entry("source", ""), Map.entry("classification", ""),
      Map.entry("contactMode", ""), Map.entry("outcomeCode", ""), Map.entry("investigationOutcome", ""),
      Map.entry("pmooeTrigger", ""), Map.entry("educationElsewhere", ""), Map.entry("matchKind", ""),
      Map.entry("ground", "groundMeaning"), Map.entry("referralStatus", ""));

  private static final Set<String> CHOICES = Set.of("select", "radio", "checklist", "taglist");

  /**
   * The forms check (issue 9): no {@code validate.pattern} without a plain-English description (Tasklist
   * shows "Field must match pattern …"), a named format only a known one and with a description that
   * says it, no two fields with the same label, and no code shown without its label.
   */
  private static void checkFields(String rel, String where, JsonNode components, Map<String, String> labels,
                                  Set<String> keys, List<String> faults) {
    if (labels.isEmpty()) {
      collectKeys(components, keys);
    }
    for (JsonNode c : components) {
      String key = c.path("key").asText("");
      String label = c.path("label").asText("").strip();
      String type = c.path("type").asText("");
      String field = key.isEmpty() ? c.path("id").asText("(field)") : key;
      boolean described = !c.path("description").asText("").isBlank();
      if (c.path("validate").has("pattern") && !described) {
        faults.add(fault(rel, where, "field " + field + " has validate.pattern without a description saying the "
            + "format in plain English (Tasklist only says \"Field must match pattern …\")"));
      }
      if (c.path("properties").has("format")) {
        String format = c.path("properties").path("format").asText();
        if (uk.gov.cme.validation.FieldFormat.named(format).isEmpty()) {
          faults.add(fault(rel, where, "field " + field + " names an unknown format \"" + format + "\""));
        }
        if (!described) {
          faults.add(fault(rel, where, "field " + field + " has a format but no description saying it with an example"));
        }
      }
      if (!key.isEmpty() && !label.isEmpty()) {
        String other = labels.putIfAbsent(label.toLowerCase(java.util.Locale.ROOT), key);
        if (other != null && !other.equals(key)) {
          faults.add(fault(rel, where, "fields " + other + " and " + key + " have the same label \"" + label + "\""));
        }
      }
      if (CODE_VARIABLES.containsKey(key) && !CHOICES.contains(type)) {
        String companion = CODE_VARIABLES.get(key);
        if (companion.isEmpty() || !keys.contains(companion)) {
          faults.add(fault(rel, where, "field " + key + " shows a code as text; offer it as a choice with labels"
              + (companion.isEmpty() ? "" : " or show " + companion + " beside it") + ", or show a variable with its label"));
        }
      }
      checkFields(rel, where, c.path("components"), labels, keys, faults);
    }
  }

  private static void collectKeys(JsonNode components, Set<String> keys) {
    for (JsonNode c : components) {
      if (c.hasNonNull("key")) {
        keys.add(c.get("key").asText());
      }
      collectKeys(c.path("components"), keys);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // BPMN
  // ---------------------------------------------------------------------------------------------

  private static void checkBpmn(Path root, Path file, Set<String> formIds, List<String> faults) {
    String rel = rel(root, file);
    BpmnModelInstance model;
    try {
      model = Bpmn.readModelFromFile(file.toFile());
    } catch (RuntimeException e) {
      String msg = e.getMessage();
      if (e.getCause() != null && e.getCause().getMessage() != null) {
        msg = msg + " (" + e.getCause().getMessage() + ")";
      }
      faults.add(fault(rel, "(file)", "cannot be read as BPMN: " + firstLine(msg)));
      return;
    }
    String fileProcessId = baseName(file, ".bpmn");

    // processes: historyTimeToLive, id = file name
    Collection<Process> processes = model.getModelElementsByType(Process.class);
    List<Process> executable = processes.stream().filter(Process::isExecutable).collect(Collectors.toList());
    if (executable.isEmpty()) {
      faults.add(fault(rel, "(file)", "has no executable process (isExecutable=\"true\")"));
    }
    for (Process process : executable) {
      String httl = process.getCamundaHistoryTimeToLiveString();
      if (httl == null || httl.isBlank()) {
        faults.add(fault(rel, process.getId(), "executable process has no camunda:historyTimeToLive"));
      } else if (isZeroTimeToLive(httl.trim())) {
        faults.add(fault(rel, process.getId(), "camunda:historyTimeToLive must not be 0"));
      }
      if (!fileProcessId.equals(process.getId())) {
        faults.add(fault(rel, process.getId(), "process id must equal the file name (" + fileProcessId + ")"));
      }
    }

    // user tasks: assignment and form
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      if (blank(task.getCamundaCandidateGroups()) && blank(task.getCamundaCandidateUsers())
          && blank(task.getCamundaAssignee())) {
        faults.add(fault(rel, task.getId(),
            "user task has no camunda:candidateGroups (nor candidateUsers/assignee)"));
      }
      checkFormRef(rel, task.getId(), "user task", task.getCamundaFormRef(), task.getCamundaFormRefBinding(),
          true, formIds, faults);
      checkTaskDescription(rel, task, faults);
    }

    // start events a person uses: none start events of top-level processes unless calledOnly
    for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
      ModelElementInstance parent = start.getParentElement();
      boolean topLevel = parent instanceof Process;
      boolean none = start.getEventDefinitions().isEmpty();
      boolean required = topLevel && none && !isCalledOnly((Process) parent);
      if (required || !blank(start.getCamundaFormRef())) {
        checkFormRef(rel, start.getId(), "start event", start.getCamundaFormRef(),
            start.getCamundaFormRefBinding(), required, formIds, faults);
      }
    }

    // diagram: every flow node a shape, every sequence flow an edge
    Set<String> shaped = new HashSet<>();
    for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
      shaped.add(shape.getAttributeValue("bpmnElement"));
    }
    Set<String> edged = new HashSet<>();
    for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
      edged.add(edge.getAttributeValue("bpmnElement"));
    }
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      if (!shaped.contains(node.getId())) {
        faults.add(fault(rel, node.getId(), typeName(node) + " has no diagram shape (BPMNShape)"));
      }
    }
    // diagram geometry: no flow through a shape, no shared stretch of line, labels clear (issue 9)
    faults.addAll(DiagramGeometry.check((Document) model.getDocument().getDomSource().getNode(), rel));

    Map<String, List<SequenceFlow>> outgoing = new LinkedHashMap<>();
    for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
      if (!edged.contains(flow.getId())) {
        faults.add(fault(rel, flow.getId(), "sequence flow has no diagram edge (BPMNEdge)"));
      }
      String source = flow.getAttributeValue("sourceRef");
      outgoing.computeIfAbsent(source, k -> new ArrayList<>()).add(flow);
    }

    // names: activities; deciding gateways and their outgoing flows
    for (Activity activity : model.getModelElementsByType(Activity.class)) {
      if (blank(activity.getName())) {
        faults.add(fault(rel, activity.getId(), typeName(activity) + " has no name"));
      }
    }
    for (Gateway gateway : model.getModelElementsByType(Gateway.class)) {
      if (!(gateway instanceof ExclusiveGateway || gateway instanceof InclusiveGateway)) {
        continue;
      }
      List<SequenceFlow> out = outgoing.getOrDefault(gateway.getId(), List.of());
      if (out.size() > 1) {
        if (blank(gateway.getName())) {
          faults.add(fault(rel, gateway.getId(), typeName(gateway) + " with " + out.size()
              + " outgoing flows has no name (the question it decides)"));
        }
        for (SequenceFlow flow : out) {
          if (blank(flow.getName())) {
            faults.add(fault(rel, flow.getId(), "outgoing flow of " + typeName(gateway) + " "
                + gateway.getId() + " has no name (label)"));
          }
        }
      }
    }

    // scripts
    for (ScriptTask script : model.getModelElementsByType(ScriptTask.class)) {
      faults.add(fault(rel, script.getId(),
          "script task not allowed (use a service task with camunda:delegateExpression=\"${bean}\")"));
    }

    // everything that is easier on the raw XML: default ids, class hooks, formKey/formData, scripts
    Document doc = (Document) model.getDocument().getDomSource().getNode();
    walk(doc.getDocumentElement(), "(file)", rel, faults);
  }

  private static boolean hasRetryCycle(Element el) {
    return el.getElementsByTagNameNS(CAMUNDA_NS, "failedJobRetryTimeCycle").getLength() > 0;
  }

  private static void checkFormRef(String rel, String id, String what, String formRef, String binding,
      boolean required, Set<String> formIds, List<String> faults) {
    if (blank(formRef)) {
      if (required) {
        faults.add(fault(rel, id, what + " has no camunda:formRef (Camunda Form from forms/)"));
      }
      return;
    }
    if (formRef.contains("${") || formRef.contains("#{")) {
      faults.add(fault(rel, id, what + " camunda:formRef must be a literal form id, not an expression (" + formRef + ")"));
    } else if (!formIds.contains(formRef)) {
      faults.add(fault(rel, id, what + " camunda:formRef \"" + formRef + "\" names no form in forms/"));
    }
    if (!"deployment".equals(binding)) {
      faults.add(fault(rel, id, what + " camunda:formRefBinding must be \"deployment\" (is "
          + (binding == null ? "unset, i.e. latest" : "\"" + binding + "\"") + ")"));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // task descriptions (issue 9: Tasklist's Description tab)
  // ---------------------------------------------------------------------------------------------

  /** Shortest description that can say what to do and by when. */
  public static final int MIN_DESCRIPTION_LENGTH = 80;

  /** Longest description: Tasklist's Description tab is read at a glance, not a manual. */
  public static final int MAX_DESCRIPTION_LENGTH = 1200;

  /** A {@code ${...}} or {@code #{...}} in a description: only {@code deadlines.<setting>} may appear. */
  private static final Pattern DESCRIPTION_EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");

  private static final Pattern DEADLINE_SETTING = Pattern.compile("\\s*deadlines\\.[A-Za-z]+\\s*");

  /**
   * Every user task carries, in its {@code <bpmn:documentation>}, the description the engine
   * gives the task and Tasklist shows on its Description tab: what to do and by when, in plain
   * English. Its expressions may name only {@code deadlines.<setting>} (a day count the operator sets),
   * because a process variable that is not there would stop the engine creating the task.
   */
  private static void checkTaskDescription(String rel, UserTask task, List<String> faults) {
    // the engine joins every <bpmn:documentation> of the task into its description
    String text = task.getDocumentations().stream().map(d -> d.getTextContent())
        .collect(Collectors.joining("\n"));
    if (blank(text)) {
      faults.add(fault(rel, task.getId(), "user task has no description (<bpmn:documentation>): say what to do"
          + " and by when; Tasklist shows it on the task's Description tab"));
      return;
    }
    int length = text.strip().length();
    if (length < MIN_DESCRIPTION_LENGTH) {
      faults.add(fault(rel, task.getId(), "user task description is " + length + " characters, fewer than "
          + MIN_DESCRIPTION_LENGTH + ": say what to do and by when"));
    } else if (length > MAX_DESCRIPTION_LENGTH) {
      faults.add(fault(rel, task.getId(), "user task description is " + length + " characters, more than "
          + MAX_DESCRIPTION_LENGTH + ": keep it short; the form holds the detail"));
    }
    Matcher expression = DESCRIPTION_EXPRESSION.matcher(text);
    while (expression.find()) {
      if (!DEADLINE_SETTING.matcher(expression.group(1)).matches()) {
        faults.add(fault(rel, task.getId(), "user task description may use only ${deadlines.<setting>} (has "
            + expression.group() + ")"));
      }
    }
  }

  private static boolean isCalledOnly(Process process) {
    ExtensionElements ext = process.getExtensionElements();
    if (ext == null) {
      return false;
    }
    for (CamundaProperties props : ext.getElementsQuery().filterByType(CamundaProperties.class).list()) {
      for (CamundaProperty prop : props.getCamundaProperties()) {
        if (CALLED_ONLY_PROPERTY.equals(prop.getCamundaName()) && prop.getCamundaValue() != null
            && "true".equalsIgnoreCase(prop.getCamundaValue().trim())) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isZeroTimeToLive(String httl) {
    if (httl.matches("\\d+")) {
      return Long.parseLong(httl) == 0;
    }
    // ISO-8601 period such as P0D: zero when it has digits and all of them are 0
    String digits = httl.replaceAll("\\D", "");
    return httl.startsWith("P") && !digits.isEmpty() && digits.chars().allMatch(ch -> ch == '0');
  }

  /** Raw-XML checks over every element. */
  private static void walk(Element el, String ownerId, String rel, List<String> faults) {
    String id = el.hasAttribute("id") ? el.getAttribute("id") : "";
    String here = id.isEmpty() ? ownerId : id;
    boolean camundaElement = CAMUNDA_NS.equals(el.getNamespaceURI());
    String local = localName(el);

    if (!id.isEmpty() && DEFAULT_ID.matcher(id).matches()) {
      faults.add(fault(rel, id, "Modeler default id; give the element a meaningful id"));
    }
    NamedNodeMap attrs = el.getAttributes();
    for (int i = 0; i < attrs.getLength(); i++) {
      Attr attr = (Attr) attrs.item(i);
      String ns = attr.getNamespaceURI();
      String name = attr.getLocalName() != null ? attr.getLocalName() : attr.getName();
      boolean camundaAttr = CAMUNDA_NS.equals(ns) || (ns == null && camundaElement);
      if (!camundaAttr) {
        continue;
      }
      if (CLASS_ATTRIBUTES.contains(name)) {
        faults.add(fault(rel, here, (camundaElement ? "camunda:" + local + " " : "") + name + "=\""
            + attr.getValue() + "\" not allowed (use camunda:delegateExpression=\"${bean}\")"));
      } else if ("formKey".equals(name) && CAMUNDA_NS.equals(ns)) {
        faults.add(fault(rel, here, "camunda:formKey not allowed (use camunda:formRef with binding deployment)"));
      } else if ("delegateExpression".equals(name) && !BEAN_ONLY.matcher(attr.getValue().trim()).matches()) {
        faults.add(fault(rel, here, "delegateExpression must be \"${beanName}\" (is \"" + attr.getValue() + "\")"));
      } else if ("failedJobRetryTimeCycle".equals(name) && CAMUNDA_NS.equals(ns)) {
        faults.add(fault(rel, here, "camunda:failedJobRetryTimeCycle as an attribute is ignored by the engine;"
            + " write <camunda:failedJobRetryTimeCycle> inside bpmn:extensionElements"));
      } else if ("asyncBefore".equals(name) && "true".equals(attr.getValue()) && !hasRetryCycle(el)) {
        faults.add(fault(rel, here, "asynchronous step has no <camunda:failedJobRetryTimeCycle> (e.g. R3/PT5M)"));
      } else if ("resource".equals(name) && !camundaElement) {
        faults.add(fault(rel, here, "external script resource (camunda:resource) not allowed"));
      }
    }
    dayCounts(el, here, rel, faults);
    if (camundaElement && "formData".equals(local)) {
      faults.add(fault(rel, here, "camunda:formData (generated task form) not allowed; use a Camunda Form (formRef)"));
    }
    if (camundaElement && "script".equals(local)) {
      faults.add(fault(rel, here, "inline script (camunda:script) not allowed; use a bean"));
    }
    if (BPMN_NS.equals(el.getNamespaceURI()) && "conditionExpression".equals(local) && el.hasAttribute("language")) {
      faults.add(fault(rel, here, "script condition (language=\"" + el.getAttribute("language")
          + "\") not allowed; use an expression ${...}"));
    }
    for (Node child = el.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element) {
        walk((Element) child, here, rel, faults);
      }
    }
  }

  /** A calendar method's call in an expression: {@code calendar.addWorkingDays(}. */
  private static final Pattern CALENDAR_CALL = Pattern.compile("\\bcalendar\\s*\\.\\s*([A-Za-z]+)\\s*\\(");
  /** An argument that is a number: a day count written into the model. */
  private static final Pattern NUMBER = Pattern.compile("^[-+]?\\d+$");
  /** An ISO-8601 period of days, weeks, months or years ({@code P5D}, {@code R3/P1W}); {@code PT5M} is not one. */
  private static final Pattern RAW_PERIOD = Pattern.compile("^(R\\d*/)?P(\\d+[YMWD])+(T.*)?$");
  /** Where a deadline is written: a timer's text, a task's due and follow-up date. */
  private static final Set<String> DEADLINE_TEXTS = Set.of("timeDate", "timeDuration", "timeCycle");
  private static final Set<String> DEADLINE_ATTRIBUTES = Set.of("dueDate", "followUpDate");

  /**
   * Deadline lengths are settings (rules.md R7; {@code cme.deadlines.*}, the bean {@code deadlines}),
   * never numbers in a model: refuses a number as an argument of a {@code calendar} method in any
   * attribute or text, and a raw ISO period ({@code P5D}) as a timer or a task's due date.
   */
  private static void dayCounts(Element el, String here, String rel, List<String> faults) {
    String local = localName(el);
    if ("documentation".equals(local) || "text".equals(local)) {
      return;
    }
    NamedNodeMap attrs = el.getAttributes();
    for (int i = 0; i < attrs.getLength(); i++) {
      Attr attr = (Attr) attrs.item(i);
      String name = attr.getLocalName() != null ? attr.getLocalName() : attr.getName();
      calendarNumbers(attr.getValue(), here, rel, faults);
      if (DEADLINE_ATTRIBUTES.contains(name) && RAW_PERIOD.matcher(attr.getValue().trim()).matches()) {
        faults.add(fault(rel, here, "raw period " + name + "=\"" + attr.getValue().trim() + "\": count the days with"
            + " the calendar and a cme.deadlines setting, e.g. ${calendar.addWorkingDays(now(), deadlines.chaseWorkingDays)}"));
      }
    }
    StringBuilder text = new StringBuilder();
    for (Node child = el.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        text.append(child.getNodeValue());
      }
    }
    calendarNumbers(text.toString(), here, rel, faults);
    if (DEADLINE_TEXTS.contains(local) && RAW_PERIOD.matcher(text.toString().trim()).matches()) {
      faults.add(fault(rel, here, "raw period " + local + " " + text.toString().trim() + ": count the days with the"
          + " calendar and a cme.deadlines setting, e.g. ${calendar.addWorkingDays(now(), deadlines.chaseWorkingDays)}"));
    }
  }

  private static void calendarNumbers(String value, String here, String rel, List<String> faults) {
    if (value == null || !value.contains("calendar")) {
      return;
    }
    Matcher call = CALENDAR_CALL.matcher(value);
    while (call.find()) {
      List<String> arguments = new ArrayList<>();
      int depth = 0;
      int start = call.end();
      int end = start;
      for (; end < value.length(); end++) {
        char c = value.charAt(end);
        if (c == '(') {
          depth++;
        } else if (c == ')' && depth-- == 0) {
          break;
        } else if (c == ',' && depth == 0) {
          arguments.add(value.substring(start, end));
          start = end + 1;
        }
      }
      arguments.add(value.substring(start, Math.min(end, value.length())));
      for (String argument : arguments) {
        if (NUMBER.matcher(argument.trim()).matches()) {
          faults.add(fault(rel, here, "day count " + argument.trim() + " written into calendar." + call.group(1)
              + "(...): make it a cme.deadlines setting and use deadlines.<setting> (rules.md R7)"));
        }
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // bean references
  // ---------------------------------------------------------------------------------------------

  private static void collectBeans(Element el, String ownerId, String rel, Map<String, List<String>> beans) {
    String ns = el.getNamespaceURI();
    String local = localName(el);
    if ((BPMN_NS.equals(ns) && ("documentation".equals(local) || "textAnnotation".equals(local)))
        || BPMNDI_NS.equals(ns)) {
      return;
    }
    // place = nearest enclosing element with an id, but not an event definition (report the event)
    String id = el.hasAttribute("id") && !local.endsWith("EventDefinition") ? el.getAttribute("id") : "";
    String here = id.isEmpty() ? (ownerId == null ? "(file)" : ownerId) : id;
    Consumer<String> add = bean -> {
      List<String> places = beans.computeIfAbsent(bean, k -> new ArrayList<>());
      String place = rel + ": " + here;
      if (!places.contains(place)) {
        places.add(place);
      }
    };
    NamedNodeMap attrs = el.getAttributes();
    for (int i = 0; i < attrs.getLength(); i++) {
      Attr attr = (Attr) attrs.item(i);
      String name = attr.getLocalName() != null ? attr.getLocalName() : attr.getName();
      String value = attr.getValue();
      if ("delegateExpression".equals(name)) {
        Matcher m = BEAN_ONLY.matcher(value.trim());
        if (m.matches() && !BUILT_IN_NAMES.contains(m.group(1))) {
          add.accept(m.group(1));
        }
      }
      beansInText(value, add);
    }
    StringBuilder text = new StringBuilder();
    NodeList children = el.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      Node child = children.item(i);
      if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        text.append(child.getNodeValue());
      }
    }
    beansInText(text.toString(), add);
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element) {
        collectBeans((Element) children.item(i), here, rel, beans);
      }
    }
  }

  /** Feeds each bean-like identifier of every {@code ${...}} / {@code #{...}} in {@code text} to {@code add}. */
  static void beansInText(String text, Consumer<String> add) {
    if (text == null) {
      return;
    }
    int i = 0;
    while (i < text.length() - 1) {
      char c = text.charAt(i);
      if ((c == '$' || c == '#') && text.charAt(i + 1) == '{') {
        int end = expressionEnd(text, i + 2);
        beansInExpression(text.substring(i + 2, end), add);
        i = end + 1;
      } else {
        i++;
      }
    }
  }

  /** Index of the '}' closing an expression whose body starts at {@code from} (or text length). */
  private static int expressionEnd(String text, int from) {
    int depth = 0;
    char quote = 0;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == '\\') {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '{') {
        depth++;
      } else if (c == '}') {
        if (depth == 0) {
          return i;
        }
        depth--;
      }
    }
    return text.length();
  }

  private static void beansInExpression(String expr, Consumer<String> add) {
    int i = 0;
    char previous = 0; // last significant (non-blank) character before the current token
    while (i < expr.length()) {
      char c = expr.charAt(i);
      if (c == '\'' || c == '"') {
        int j = i + 1;
        while (j < expr.length() && expr.charAt(j) != c) {
          j += expr.charAt(j) == '\\' ? 2 : 1;
        }
        i = j + 1;
        previous = c;
      } else if (Character.isDigit(c)) {
        while (i < expr.length() && (Character.isLetterOrDigit(expr.charAt(i)) || expr.charAt(i) == '.')) {
          i++;
        }
        previous = '0';
      } else if (Character.isLetter(c) || c == '_' || c == '$') {
        int start = i;
        while (i < expr.length() && (Character.isLetterOrDigit(expr.charAt(i)) || expr.charAt(i) == '_'
            || expr.charAt(i) == '$')) {
          i++;
        }
        String ident = expr.substring(start, i);
        boolean followedByDot = i < expr.length() && expr.charAt(i) == '.';
        if (followedByDot && previous != '.' && !BUILT_IN_NAMES.contains(ident)) {
          add.accept(ident);
        }
        previous = 'a';
      } else {
        if (!Character.isWhitespace(c)) {
          previous = c;
        }
        i++;
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // helpers
  // ---------------------------------------------------------------------------------------------

  private static List<Path> filesUnder(Path dir, String suffix) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().endsWith(suffix))
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String fault(String file, String elementId, String problem) {
    return file + ": " + elementId + ": " + problem;
  }

  private static String rel(Path root, Path file) {
    Path relative = root.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
    return relative.toString().replace('\\', '/');
  }

  private static String baseName(Path file, String suffix) {
    String name = file.getFileName().toString();
    return name.substring(0, name.length() - suffix.length());
  }

  private static String typeName(BaseElement element) {
    return element.getElementType().getTypeName();
  }

  private static String localName(Element el) {
    return el.getLocalName() != null ? el.getLocalName() : el.getTagName();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
