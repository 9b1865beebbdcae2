package uk.gov.cme.validation;

import java.io.InputStream;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;

/**
 * The labels a process's forms give its variables, read from the deployed forms of the process's
 * deployment, so that a refusal names a field as the user saw it ("Date of birth (yyyy-mm-dd)"), not
 * by its key. A process's own forms ({@code forms/<process key>/}) come first, its start form (the
 * {@code camunda:formRef} of its start event) first of all. Cached per deployment (deployed resources
 * never change). The form a user has just submitted, when there is one, names its fields before any
 * of these ({@link SubmittedForm}).
 */
public final class FormLabels {

  private final Map<String, Map<String, Map<String, String>>> byDeployment = new ConcurrentHashMap<>();

  /** Labels by key for {@code processKey}'s variables in {@code deploymentId}. */
  public Map<String, String> of(RepositoryService repository, String deploymentId, String processKey) {
    return byDeployment.computeIfAbsent(deploymentId, id -> new ConcurrentHashMap<>())
        .computeIfAbsent(processKey, key -> load(repository, deploymentId, key));
  }

  private static Map<String, String> load(RepositoryService repository, String deploymentId, String processKey) {
    String folder = "forms/" + processKey + "/";
    String startForm = startFormRef(repository, deploymentId, processKey);
    List<String> forms = repository.getDeploymentResourceNames(deploymentId).stream()
        .filter(name -> name.endsWith(".form"))
        .sorted(Comparator.<String>comparingInt(name -> rank(name, folder, startForm))
            .thenComparing(Comparator.naturalOrder()))
        .toList();
    Map<String, String> labels = new LinkedHashMap<>();
    for (String name : forms) {
      InputStream in = repository.getResourceAsStream(deploymentId, name);
      FormSchema.parse(in).labels().forEach(labels::putIfAbsent);
    }
    return Map.copyOf(labels);
  }

  /** The form ({@code camunda:formRef}) of the process's own start event, or null. */
  private static String startFormRef(RepositoryService repository, String deploymentId, String processKey) {
    ProcessDefinition definition = repository.createProcessDefinitionQuery().deploymentId(deploymentId)
        .processDefinitionKey(processKey).singleResult();
    if (definition == null) {
      return null;
    }
    return repository.getBpmnModelInstance(definition.getId()).getModelElementsByType(StartEvent.class).stream()
        .filter(start -> start.getParentElement() instanceof Process)
        .map(StartEvent::getCamundaFormRef)
        .filter(java.util.Objects::nonNull)
        .findFirst().orElse(null);
  }

  /** The start form first (the file name is the form's id), then the process's other forms, then the rest. */
  private static int rank(String resource, String folder, String startForm) {
    String file = resource.substring(resource.lastIndexOf('/') + 1);
    if (startForm != null ? file.equals(startForm + ".form") : file.startsWith("start-")) {
      return resource.contains(folder) ? 0 : 1;
    }
    return resource.contains(folder) ? 2 : 3;
  }
}
