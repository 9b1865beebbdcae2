package uk.gov.cme.validation;

import java.io.InputStream;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;

/**
 * The labels a process's forms give its variables, read from the deployed forms of the process's
 * deployment, so that a refusal names a field as the user saw it ("Date of birth (yyyy-mm-dd)"), not
 * by its key. A process's own forms ({@code forms/<process key>/}) come first, its start form first of
 * all. Cached per deployment (deployed resources never change).
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
    List<String> forms = repository.getDeploymentResourceNames(deploymentId).stream()
        .filter(name -> name.endsWith(".form"))
        .sorted(Comparator.<String>comparingInt(name -> rank(name, folder)).thenComparing(Comparator.naturalOrder()))
        .toList();
    Map<String, String> labels = new LinkedHashMap<>();
    for (String name : forms) {
      InputStream in = repository.getResourceAsStream(deploymentId, name);
      FormSchema.parse(in).labels().forEach(labels::putIfAbsent);
    }
    return Map.copyOf(labels);
  }

  private static int rank(String resource, String folder) {
    int at = resource.indexOf(folder);
    if (at < 0) {
      return 2;
    }
    return resource.substring(at + folder.length()).startsWith("start-") ? 0 : 1;
  }
}
