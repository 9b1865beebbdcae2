package uk.gov.cme.bench;

import java.nio.file.Path;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The county-year simulation on the embedded default: the demo profile's H2 file database, fresh under target/bench. */
@ActiveProfiles("demo")
class H2CountyYearBenchmark extends CountyYearScenario {

  static final Path DIRECTORY = Path.of(BenchSettings.DIRECTORY, "h2-county-year-" + System.currentTimeMillis())
      .toAbsolutePath();

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url",
        () -> "jdbc:h2:file:" + DIRECTORY.resolve("cme") + ";DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=30000;COMPRESS=TRUE");
    mailServer(registry);
  }

  @Override
  BenchDatabase database() {
    return BenchDatabase.h2(DIRECTORY, jdbc);
  }
}
