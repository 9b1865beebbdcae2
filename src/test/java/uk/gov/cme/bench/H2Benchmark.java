package uk.gov.cme.bench;

import java.nio.file.Path;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The intake benchmark on the embedded default: the demo profile's H2 file database (authorization on,
 * history full), in a fresh directory under {@code target/bench}. No job executor: the emails a referral
 * queues stay queued, as the benchmark measures the intake, not the SMTP relay.
 */
@ActiveProfiles("demo")
class H2Benchmark extends IntakeBenchmarkScenario {

  static final Path DIRECTORY = Path.of(BenchSettings.DIRECTORY, "h2-intake-" + System.currentTimeMillis())
      .toAbsolutePath();

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url",
        () -> "jdbc:h2:file:" + DIRECTORY.resolve("cme") + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=30000;COMPRESS=TRUE");
    registry.add("camunda.bpm.job-execution.enabled", () -> "false");
  }

  @Override
  BenchDatabase database() {
    return BenchDatabase.h2(DIRECTORY, jdbc);
  }
}
