package uk.gov.cme.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.api.ThrowingConsumer;
import uk.gov.cme.validation.InputRefusedException;

/** Test helper: what a refusal ({@link InputRefusedException}) names. */
public final class Refusals {

  private Refusals() {
  }

  /** The refusal names {@code field} with a reason containing {@code reason}. */
  public static ThrowingConsumer<Throwable> refusedFor(String field, String reason) {
    return e -> assertThat(e).isInstanceOfSatisfying(InputRefusedException.class, refused ->
        assertThat(refused.faults()).anySatisfy(f -> {
          assertThat(f.field()).isEqualTo(field);
          assertThat(f.reason()).contains(reason);
        }));
  }
}
