package uk.gov.cme.rules.upn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.gov.cme.rules.upn.UpnFault.Kind;

class UpnTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(textBlock = """
      B801200005001, false, 801, 2000, 05, 001
      A950000178301, false, 950, 0001, 78, 301
      H243278544154, false, 243, 2785, 44, 154
      G80120000101A, true,  801, 2000, 01, 01A
      """)
  void acceptsValidUpns(String raw, boolean temporary, String laCode, String establishment,
                        String year, String serial) {
    UpnValidation validation = Upn.validate(raw);

    assertThat(validation.isValid()).isTrue();
    assertThat(validation.faults()).isEmpty();
    assertThat(validation.message()).isEmpty();
    assertThat(validation.upn()).contains(
        new Upn(raw, temporary, laCode, establishment, year, serial));
    assertThat(validation.orElseThrow().value()).isEqualTo(raw);
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"b801200005001", " B801200005001", "B801200005001  ", "\tb801200005001\n",
      "  b801200005001  "})
  void normalisesCaseAndSurroundingSpaces(String raw) {
    assertThat(Upn.validate(raw).orElseThrow().value()).isEqualTo("B801200005001");
  }

  @Test
  void normalisesATemporaryUpn() {
    Upn upn = Upn.validate(" g80120000101a ").orElseThrow();

    assertThat(upn.value()).isEqualTo("G80120000101A");
    assertThat(upn.temporary()).isTrue();
    assertThat(upn.serial()).isEqualTo("01A");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      A801200005001 | check letter should be B, not A
      R247962919251 | check letter should be Q, not R
      C950000178301 | check letter should be A, not C
      A80120000101A | check letter should be G, not A
      b950000178301 | check letter should be A, not B
      """)
  void rejectsAWrongCheckLetter(String raw, String message) {
    UpnValidation validation = Upn.validate(raw);

    assertThat(validation.isValid()).isFalse();
    assertThat(validation.upn()).isEmpty();
    assertThat(validation.faults()).containsExactly(new UpnFault(Kind.CHECK_LETTER, message));
  }

  @ParameterizedTest(name = "[{0}]: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      B80120000500     | a UPN has 13 characters; this has 12
      B8012000050011   | a UPN has 13 characters; this has 14
      B                | a UPN has 13 characters; this has 1
      B801 2000 05001  | a UPN has 13 characters; this has 15
      B8012000-05001   | a UPN has 13 characters; this has 14
      """)
  void rejectsTheWrongLength(String raw, String message) {
    assertThat(Upn.validate(raw).faults()).containsExactly(new UpnFault(Kind.LENGTH, message));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   ", "\t"})
  void reportsAMissingUpn(String raw) {
    assertThat(Upn.validate(raw).faults())
        .containsExactly(new UpnFault(Kind.MISSING, "no UPN was given"));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      9801200005001 | the first character must be the check letter (A to Z except I, O and S); it is a digit; for this UPN it should be B
      I801200005001 | the first character must be the check letter (A to Z except I, O and S); it is I, which is never used in a UPN; for this UPN it should be B
      o801200005001 | the first character must be the check letter (A to Z except I, O and S); it is O, which is never used in a UPN; for this UPN it should be B
      S801200005001 | the first character must be the check letter (A to Z except I, O and S); it is S, which is never used in a UPN; for this UPN it should be B
      #801200005001 | the first character must be the check letter (A to Z except I, O and S); it is not a letter; for this UPN it should be B
      """)
  void rejectsAFirstCharacterThatCannotBeACheckLetter(String raw, String message) {
    assertThat(Upn.validate(raw).faults())
        .containsExactly(new UpnFault(Kind.FIRST_CHARACTER, message));
  }

  @ParameterizedTest(name = "{0}: {1} {2}")
  @CsvSource(delimiter = '|', textBlock = """
      B80A200005001 | LA_CODE       | the LA code (characters 2 to 4) must be 3 digits; character 4 is not a digit
      BX0A200005001 | LA_CODE       | the LA code (characters 2 to 4) must be 3 digits; characters 2 and 4 are not digits
      BXYZ200005001 | LA_CODE       | the LA code (characters 2 to 4) must be 3 digits; characters 2, 3 and 4 are not digits
      B8012X0005001 | ESTABLISHMENT | the establishment number (characters 5 to 8) must be 4 digits; character 6 is not a digit
      B801200O05001 | ESTABLISHMENT | the establishment number (characters 5 to 8) must be 4 digits; character 8 is not a digit
      B8012000X5001 | YEAR          | the year (characters 9 and 10) must be 2 digits; character 9 is not a digit
      B80120000 001 | YEAR          | the year (characters 9 and 10) must be 2 digits; character 10 is not a digit
      B801200005A01 | SERIAL        | the serial number (characters 11 to 13) must be 3 digits, or 2 digits and a letter for a temporary UPN; character 11 is not a digit
      B8012000050AA | SERIAL        | the serial number (characters 11 to 13) must be 3 digits, or 2 digits and a letter for a temporary UPN; character 12 is not a digit
      B80120000500S | SERIAL        | the serial number (characters 11 to 13) must be 3 digits, or 2 digits and a letter for a temporary UPN; character 13 is S, which is never used in a UPN
      B80120000500I | SERIAL        | the serial number (characters 11 to 13) must be 3 digits, or 2 digits and a letter for a temporary UPN; character 13 is I, which is never used in a UPN
      B80120000500- | SERIAL        | the serial number (characters 11 to 13) must be 3 digits, or 2 digits and a letter for a temporary UPN; character 13 is neither a digit nor a letter
      B8012000050-O | SERIAL        | the serial number (characters 11 to 13) must be 3 digits, or 2 digits and a letter for a temporary UPN; character 12 is not a digit; character 13 is O, which is never used in a UPN
      """)
  void saysWhichPartIsWrong(String raw, Kind kind, String message) {
    assertThat(Upn.validate(raw).faults()).containsExactly(new UpnFault(kind, message));
  }

  @Test
  void reportsEveryWrongPartInOrderAndNoCheckLetterFaultWhenItCannotBeWorkedOut() {
    UpnValidation validation = Upn.validate("1X0120Y0Z50-1");

    assertThat(validation.faults()).extracting(UpnFault::kind).containsExactly(
        Kind.FIRST_CHARACTER, Kind.LA_CODE, Kind.ESTABLISHMENT, Kind.YEAR, Kind.SERIAL);
    assertThat(validation.faults().get(0).message()).doesNotContain("should be");
    assertThat(validation.message()).startsWith(
        "the first character must be the check letter (A to Z except I, O and S); it is a digit; "
            + "the LA code (characters 2 to 4) must be 3 digits; character 2 is not a digit; ");
  }

  @Test
  void orElseThrowGivesTheMessage() {
    assertThatThrownBy(() -> Upn.validate("A801200005001").orElseThrow())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the UPN is not valid: check letter should be B, not A");
  }

  @Test
  void detectsAnySingleCharacterMistake() {
    Random random = new Random(42);
    String characters = "0123456789" + Upn.LETTERS;
    for (int i = 0; i < 500; i++) {
      StringBuilder body = new StringBuilder();
      for (int p = 2; p <= 13; p++) {
        body.append(p == 13 && random.nextBoolean()
            ? Upn.LETTERS.charAt(random.nextInt(Upn.LETTERS.length()))
            : (char) ('0' + random.nextInt(10)));
      }
      String upn = Upn.checkLetter("X" + body) + body.toString();
      assertThat(Upn.validate(upn).isValid()).as(upn).isTrue();

      int position = 1 + random.nextInt(12);
      char original = upn.charAt(position);
      char replacement;
      do {
        replacement = characters.charAt(random.nextInt(position == 12 ? characters.length() : 10));
      } while (replacement == original);
      String mistyped = upn.substring(0, position) + replacement + upn.substring(position + 1);
      assertThat(Upn.validate(mistyped).faults()).as(mistyped)
          .extracting(UpnFault::kind).containsExactly(Kind.CHECK_LETTER);
    }
  }

  @Test
  void theConstructorAcceptsOnlyAValidUpnWithMatchingParts() {
    assertThat(new Upn("B801200005001", false, "801", "2000", "05", "001")).hasToString("B801200005001");
    assertThatThrownBy(() -> new Upn("A801200005001", false, "801", "2000", "05", "001"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Upn("b801200005001", false, "801", "2000", "05", "001"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Upn("B801200005001", true, "801", "2000", "05", "001"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Upn("B801200005001", false, "802", "2000", "05", "001"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
