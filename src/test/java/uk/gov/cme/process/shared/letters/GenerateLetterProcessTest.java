package uk.gov.cme.process.shared.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.gov.cme.letters.LetterException;
import uk.gov.cme.letters.LetterRenderer;
import uk.gov.cme.letters.RenderedLetter;
import uk.gov.cme.process.ProcessTestEngine;

/**
 * The letters building block {@code generate-letter}: the letter is made in a job of its own
 * (asynchronous, R3/PT5M) and stored with the case; a broken template is tried three times, five minutes
 * apart, and then is an incident, with nothing stored.
 */
@Deployment(resources = "processes/shared/generate-letter.bpmn")
class GenerateLetterProcessTest {

  static final String TASK = "Task_MakeLetter";
  static final Instant NOW = Instant.parse("2026-12-18T10:00:00Z");
  static final LetterAuthority AUTHORITY = LetterAuthority.of("East Borough Council",
      "Civic Centre, High Street, EB1 1AA", "Children Missing Education team");

  /** The letters stored, in order. */
  static final List<Stored> STORED = new ArrayList<>();

  record Stored(String caseReference, RenderedLetter letter, String user, Instant at) {
  }

  static final LetterStore STORE = (reference, letter, user, at) -> {
    STORED.add(new Stored(reference, letter, user, at));
    return STORED.size();
  };

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension
      .builder(ProcessTestEngine.configuration(Map.of("generateLetterDelegate",
          new GenerateLetterDelegate(new LetterRenderer("classpath:letters/"), STORE, AUTHORITY))))
      .assertClassCoverageAtLeast(0.9)
      .build();

  ProcessEngine engine;

  @BeforeEach
  void setUp() {
    engine = extension.getProcessEngine();
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(Date.from(NOW));
    STORED.clear();
    useTemplates("classpath:letters/");
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
  }

  @Test
  void the_letter_is_made_in_a_job_of_its_own_and_stored_with_the_case() throws IOException {
    ProcessInstance instance = start("s437-notice");
    assertThat(instance).isWaitingAt(TASK);
    assertThat(STORED).isEmpty();

    execute(job(TASK, instance));

    assertThat(instance).isEnded().hasPassed(TASK);
    assertThat(STORED).hasSize(1);
    Stored stored = STORED.get(0);
    assertThat(stored.caseReference()).isEqualTo("CME-2026-00042");
    assertThat(stored.user()).isEqualTo("jane.smith");
    assertThat(stored.at()).isEqualTo(NOW);
    assertThat(stored.letter().templateName()).isEqualTo("s437-notice");
    assertThat(stored.letter().templateVersion()).isEqualTo("1");
    try (PDDocument pdf = Loader.loadPDF(stored.letter().pdf())) {
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
      assertThat(text).contains("Samantha Example-Smith")
          .contains("section 437(1) of the Education Act 1996")
          .contains("Friday 8 January 2027")
          .contains("Friday 18 December 2026")
          .contains("East Borough Council");
    }
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName(GenerateLetterDelegate.LETTER_ID).singleResult().getValue()).isEqualTo(1L);
  }

  @Test
  void a_broken_template_is_tried_three_times_and_becomes_an_incident_with_nothing_stored(
      @org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("s437-notice.html"),
        "<html><head><meta name=\"version\" content=\"9\"/></head><body><p>{{#childName}}never closed</p></body></html>");
    useTemplates("file:" + dir + "/");
    ProcessInstance instance = start("s437-notice");

    assertThatThrownBy(() -> execute(job(TASK, instance))).isInstanceOf(LetterException.class)
        .hasMessageContaining("s437-notice").hasMessageContaining("CME-2026-00042")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Samantha"));
    Job retry = job(TASK, instance);
    assertThat(retry.getRetries()).isEqualTo(2);
    assertThat(retry.getDuedate()).isEqualTo(Date.from(NOW.plus(Duration.ofMinutes(5))));

    for (int attempt = 2; attempt <= 3; attempt++) {
      ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofMinutes(6))));
      assertThatThrownBy(() -> execute(job(TASK, instance))).isInstanceOf(LetterException.class);
    }

    assertThat(job(TASK, instance).getRetries()).isZero();
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).count())
        .isEqualTo(1);
    assertThat(instance).isWaitingAt(TASK);
    assertThat(STORED).as("nothing half-stored").isEmpty();

    // The operator mends the template; the support user retries the incident and the letter is made.
    useTemplates("classpath:letters/");
    engine.getManagementService().setJobRetries(job(TASK, instance).getId(), 1);
    execute(job(TASK, instance));
    assertThat(instance).isEnded();
    assertThat(STORED).hasSize(1);
  }

  @Test
  void an_unknown_kind_fails_the_job() {
    ProcessInstance instance = start("no-such-letter");
    assertThatThrownBy(() -> execute(job(TASK, instance))).isInstanceOf(LetterException.class)
        .hasMessageContaining("no-such-letter");
    assertThat(STORED).isEmpty();
  }

  void useTemplates(String folder) {
    ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getBeans().put(
        "generateLetterDelegate", new GenerateLetterDelegate(new LetterRenderer(folder), STORE, AUTHORITY));
  }

  ProcessInstance start(String kind) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("letterKind", kind);
    variables.put("caseReference", "CME-2026-00042");
    variables.put("childForename", "Samantha");
    variables.put("childSurname", "Example-Smith");
    variables.put("dateOfBirth", "2014-09-15");
    variables.put("parentName", "Mr Robert Example-Smith");
    variables.put("parentAddress", "4 Mill Lane, Exampletown, EX2 2BB");
    variables.put("letterDeadline", "2027-01-08");
    variables.put("letterRequestedBy", "jane.smith");
    return engine.getRuntimeService().startProcessInstanceByKey("generate-letter", "CME-2026-00042", variables);
  }
}
