package uk.gov.cme.rules.schools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The schools file: read, checked row by row with every mistake and its line, and looked up by URN. */
class SchoolDirectoryTest {

  static SchoolDirectory parse(String csv) {
    return SchoolDirectory.parse(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "schools.csv");
  }

  @Test
  void the_shipped_file_holds_the_demo_schools() throws Exception {
    try (InputStream in = getClass().getResourceAsStream("/schools/schools.csv")) {
      SchoolDirectory schools = SchoolDirectory.parse(in, "schools/schools.csv");
      assertThat(schools.all()).extracting(School::urn).containsExactly("999002", "999001");
      assertThat(schools.byUrn("999001")).contains(
          new School("999001", "Riverside Primary School", "Primary", "office@riverside.example", "850"));
      assertThat(schools.byUrn("999002").map(School::label)).contains("Hillcrest Academy (URN 999002)");
    }
  }

  @Test
  void columns_in_any_order_comments_quotes_and_spaces() {
    SchoolDirectory schools = parse("""
        # the LA's schools
        name,urn,laCode,phase,email
        "St Mary's, Winchester", 100001 ,850,Primary,office@stmarys.example

        Oak Academy,100002,850,Secondary,office@oak.example
        """);
    assertThat(schools.all()).extracting(School::name).containsExactly("Oak Academy", "St Mary's, Winchester");
    assertThat(schools.byUrn("100001").orElseThrow().urn()).isEqualTo("100001");
    assertThat(schools.byUrn(" 100002 ")).isPresent();
    assertThat(schools.byUrn("100003")).isEmpty();
    assertThat(schools.byUrn(null)).isEmpty();
  }

  @Test
  void every_mistake_is_named_with_its_line() {
    assertThatThrownBy(() -> parse("""
        urn,name,phase,email,laCode
        100001,Oak Academy,Secondary,office@oak.example,850
        12345,,Big,not-an-address,85
        100001,Ash School,Primary,office@ash.example,850
        """)).isInstanceOf(SchoolDataException.class)
        .hasMessageStartingWith("schools.csv: ")
        .hasMessageContaining("line 3: URN \"12345\" must be six digits")
        .hasMessageContaining("line 3: the school's name is missing")
        .hasMessageContaining("line 3: phase \"Big\" must be one of")
        .hasMessageContaining("line 3: email \"not-an-address\" is not an email address")
        .hasMessageContaining("line 3: LA code \"85\" must be three digits")
        .hasMessageContaining("line 4: URN 100001 is already on line 2");
  }

  @Test
  void wrong_columns_are_refused() {
    assertThatThrownBy(() -> parse("urn,name,email\n100001,Oak Academy,office@oak.example\n"))
        .isInstanceOf(SchoolDataException.class)
        .hasMessage("schools.csv: line 1: the columns must be urn,name,phase,email,laCode (found urn,name,email)");
  }
}
