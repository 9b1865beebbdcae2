package uk.gov.cme.rules.localauthorities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped local authorities file and the checks every edited copy gets at start-up. */
class LocalAuthorityDirectoryTest {

  static final String SHIPPED = "/local-authorities/local-authorities.csv";

  /**
   * The English authorities with education responsibilities: 152 until 2019, 151 after Bournemouth, Poole
   * and Dorset became two (2019), 152 after Northamptonshire became two (2021), 153 after Cumbria became
   * Cumberland and Westmorland and Furness (April 2023).
   */
  @Test
  void the_shipped_file_lists_the_153_english_authorities_once_each_with_an_email_address() throws IOException {
    List<String> rows;
    try (InputStream in = getClass().getResourceAsStream(SHIPPED)) {
      rows = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("code,")).toList();
    }
    assertThat(rows).hasSize(153);
    Set<String> codes = new HashSet<>();
    rows.forEach(r -> assertThat(codes.add(r.substring(0, 3))).as("code of %s once", r).isTrue());

    LocalAuthorityDirectory directory = shipped();
    assertThat(directory.all()).hasSize(153);
    Pattern email = Pattern.compile("cme@[a-z0-9-]+\\.example\\.gov\\.uk");
    assertThat(directory.all()).allSatisfy(la -> {
      assertThat(la.code()).matches("\\d{3}");
      assertThat(la.email()).matches(email);
    });
    assertThat(directory.all().stream().map(LocalAuthority::email).distinct()).hasSize(153);
    assertThat(codes).doesNotContain("909", "928", "835", "836", "837");
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
      "201, City of London", "202, Camden", "213, Westminster", "301, Barking and Dagenham", "320, Waltham Forest",
      "330, Birmingham", "420, Isles of Scilly", "801, 'Bristol, City of'", "810, 'Kingston upon Hull, City of'",
      "838, Dorset", "839, 'Bournemouth, Christchurch and Poole'", "850, Hampshire", "857, Rutland",
      "884, 'Herefordshire, County of'", "921, Isle of Wight", "929, Northumberland", "938, West Sussex",
      "940, North Northamptonshire", "941, West Northamptonshire", "942, Cumberland",
      "943, Westmorland and Furness"})
  void a_known_authority_has_its_dfe_code(String code, String name) {
    assertThat(shipped().byCode(code)).hasValueSatisfying(la -> assertThat(la.name()).isEqualTo(name));
  }

  @Test
  void every_mistake_is_named_with_its_line() {
    String csv = "code,name,email\n202,Camden,cme@camden.example.gov.uk\n20,Short,cme@short.example\n"
        + "203,,not-an-address\n202,Camden again,cme@camden2.example.gov.uk\n";
    assertThatThrownBy(() -> parse(csv)).isInstanceOf(LocalAuthorityDataException.class)
        .hasMessageContaining("line 3: LA code \"20\" must be three digits")
        .hasMessageContaining("line 4: the authority's name is missing")
        .hasMessageContaining("line 4: email \"not-an-address\" is not an email address")
        .hasMessageContaining("line 5: LA code 202 is already on line 2");
    assertThatThrownBy(() -> parse("code,name\n202,Camden\n")).hasMessageContaining("the columns must be code,name,email");
    assertThatThrownBy(() -> parse("code,name,email\n")).hasMessageContaining("no local authority is listed");
  }

  @Test
  void the_form_offers_each_authority_by_name_with_its_code() {
    LocalAuthorityDirectory directory = parse("email,code,name\n# a comment\n"
        + "cme@w.example.gov.uk,938,West Sussex\ncme@c.example.gov.uk,202,Camden\n");
    assertThat(directory.options()).extracting(o -> o.get("label")).containsExactly("Camden (202)", "West Sussex (938)");
    assertThat(directory.byCode(" 938 ")).isPresent();
    assertThat(directory.byCode(null)).isEmpty();
    assertThat(directory).hasToString("2 local authorities");
  }

  static LocalAuthorityDirectory shipped() {
    try (InputStream in = LocalAuthorityDirectoryTest.class.getResourceAsStream(SHIPPED)) {
      return LocalAuthorityDirectory.parse(in, "local-authorities.csv");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static LocalAuthorityDirectory parse(String csv) {
    return LocalAuthorityDirectory.parse(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "test.csv");
  }
}
