package uk.gov.cme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.springframework.boot.test.system.CapturedOutput;

/**
 * Test helper: what the application logged about a refused request, read from the captured console
 * output (Spring Boot's {@code OutputCaptureExtension}). A refusal is logged once, at INFO or WARN,
 * with no stack trace and none of the personal data the request carried.
 */
public final class RefusalLog {

  private RefusalLog() {
  }

  /** Where the output ends now: pass it to {@link #assertRefusalLoggedOnce} to read what follows. */
  public static int mark(CapturedOutput output) {
    return output.getAll().length();
  }

  /**
   * Since {@code mark}: exactly one line about the refusal (it contains "refused"), at INFO or WARN;
   * no stack-trace line anywhere; none of {@code personalData}.
   */
  public static void assertRefusalLoggedOnce(CapturedOutput output, int mark, String... personalData) {
    String log = output.getAll().substring(mark);
    List<String> refusals = log.lines().filter(line -> line.toLowerCase(Locale.ROOT).contains("refused")).toList();
    assertThat(refusals).as("one log line about the refusal in:%n%s", log).hasSize(1);
    assertThat(refusals.get(0)).as("logged at INFO or WARN").containsAnyOf(" INFO ", " WARN ");
    assertNoStackTraceOrPersonalData(log, personalData);
  }

  /** No stack-trace line and none of {@code personalData} in {@code log}. */
  public static void assertNoStackTraceOrPersonalData(String log, String... personalData) {
    assertThat(log).as("no stack trace").doesNotContain("\tat ").doesNotContain("Caused by:")
        .doesNotContain(" ERROR ");
    for (String data : personalData) {
      assertThat(log).as("no personal data (" + data + ") in the log").doesNotContain(data);
    }
  }
}
