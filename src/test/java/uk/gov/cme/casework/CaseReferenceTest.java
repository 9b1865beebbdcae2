package uk.gov.cme.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CaseReferenceTest {

  @Test
  void is_written_CME_year_and_five_digits() {
    CaseReference reference = new CaseReference(2026, 42);

    assertThat(reference.value()).isEqualTo("CME-2026-00042");
    assertThat(reference).hasToString("CME-2026-00042");
    assertThat(new CaseReference(2027, 99_999).value()).isEqualTo("CME-2027-99999");
  }

  @ParameterizedTest(name = "[{0}]")
  @CsvSource(delimiter = '|', textBlock = """
      CME-2026-00042     | 2026 | 42
      cme-2026-00042     | 2026 | 42
      '  CME-2026-00042 '| 2026 | 42
      CME-2030-00001     | 2030 | 1
      CME-2026-99999     | 2026 | 99999
      """)
  void reads_a_reference_as_entered(String text, int year, int number) {
    CaseReference reference = CaseReference.of(text);

    assertThat(reference).isEqualTo(new CaseReference(year, number));
    assertThat(CaseReference.isValid(text)).isTrue();
  }

  @Test
  void survives_a_round_trip() {
    CaseReference reference = new CaseReference(2026, 7);

    assertThat(CaseReference.of(reference.value())).isEqualTo(reference);
  }

  @ParameterizedTest(name = "[{0}]")
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "CME-2026-0042", "CME-2026-000042", "CME-26-00042", "XYZ-2026-00042",
      "CME-2026-00000", "CME_2026_00042", "CME-2026-0004A", "CME 2026 00042", "CME-2026-00042x", "42"})
  void refuses_anything_else_naming_the_field(String text) {
    assertThat(CaseReference.isValid(text)).isFalse();
    assertThatThrownBy(() -> CaseReference.of(text))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.errors()).hasSize(1);
          assertThat(e.errors().get(0).field()).isEqualTo("caseReference");
          assertThat(e.errors().get(0).reason()).contains("CME-2026-00042");
        });
  }

  @Test
  void cannot_be_made_with_a_number_or_year_out_of_range() {
    assertThatThrownBy(() -> new CaseReference(2026, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CaseReference(2026, 100_000)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CaseReference(999, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CaseReference(10_000, 1)).isInstanceOf(IllegalArgumentException.class);
  }
}
