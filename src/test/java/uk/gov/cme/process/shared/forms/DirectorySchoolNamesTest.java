package uk.gov.cme.process.shared.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.gov.cme.rules.schools.School;
import uk.gov.cme.rules.schools.SchoolDirectory;

class DirectorySchoolNamesTest {

  private final SchoolNames groups = urn -> Optional.ofNullable(Map.of(
      "999001", "Riverside group name", "999003", "Added in Admin").get(urn));
  private final SchoolNames names = new DirectorySchoolNames(SchoolDirectory.of(List.of(
      new School("999001", "Riverside Primary School", "Primary", "office@riverside.example", "999"))), groups);

  @Test
  void the_schools_file_names_a_school_before_its_group() {
    assertThat(names.nameOf("999001")).contains("Riverside Primary School");
    assertThat(names.nameOf(" 999001 ")).contains("Riverside Primary School");
  }

  @Test
  void a_school_missing_from_the_file_is_named_by_its_group() {
    assertThat(names.nameOf("999003")).contains("Added in Admin");
    assertThat(names.describe("123456")).isEqualTo("the school with URN 123456");
    assertThat(names.nameOf(null)).isEmpty();
  }
}
