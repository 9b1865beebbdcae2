package uk.gov.cme.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What text a person enters may contain ({@link TextRules}), and what is trimmed from it. */
class TextRulesTest {

  @ParameterizedTest
  @ValueSource(strings = {"Jo", "Zoë-Jane O'Neill", "Søren Ødegård", "Nguyễn Thị Minh Khai", "محمد", "李小龍",
      "Ana María (Ani)", "Smith & Sons Ltd.", "07700 900456", "😀 emoji", "St. Mary's C of E Primary"})
  void names_in_any_script_are_accepted(String text) {
    assertThat(TextRules.fault(text, false)).isNull();
    assertThat(TextRules.fault(text, true)).isNull();
  }

  @ParameterizedTest(name = "U+{0}")
  @ValueSource(strings = {"0000", "0007", "0008", "001B", "007F", "0085", "200B", "200E", "200F", "202A", "202E",
      "2066", "2069", "FEFF", "2028", "2029", "E000", "0378"})
  void control_formatting_direction_private_and_unassigned_characters_are_refused_anywhere(String codePoint) {
    String text = "Jo" + Character.toString(Integer.parseInt(codePoint, 16)) + "nes";
    assertThat(TextRules.fault(text, false)).startsWith("contains a character that is not allowed");
    assertThat(TextRules.fault(text, true)).startsWith("contains a character that is not allowed");
  }

  @ParameterizedTest
  @ValueSource(strings = {"one\ntwo", "one\r\ntwo", "one\ttwo"})
  void line_breaks_and_tabs_only_in_text_of_several_lines(String text) {
    assertThat(TextRules.fault(text, false)).contains("line break");
    assertThat(TextRules.fault(text, true)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"\uD800", "a\uDC00b"})
  void a_lone_surrogate_is_refused(String text) {
    assertThat(TextRules.fault(text, true)).isNotNull();
  }

  @Test
  void strip_removes_the_spaces_and_line_breaks_around_the_text() {
    assertThat(TextRules.strip("  Jo  ")).isEqualTo("Jo");
    assertThat(TextRules.strip("\n\tJo Smith\r\n")).isEqualTo("Jo Smith");
    assertThat(TextRules.strip("\u2003Jo\u2003")).isEqualTo("Jo");
    assertThat(TextRules.strip("   ")).isEmpty();
    assertThat(TextRules.strip(null)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Jo\u0000", "\u0007Jo", "Jo\u001F", "\u000BJo"})
  void strip_keeps_a_control_character_at_either_end_so_that_it_is_refused(String text) {
    assertThat(TextRules.strip(text)).isEqualTo(text);
    assertThat(TextRules.fault(TextRules.strip(text), true)).isNotNull();
  }
}
