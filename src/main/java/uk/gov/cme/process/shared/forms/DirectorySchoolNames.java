package uk.gov.cme.process.shared.forms;

import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import uk.gov.cme.rules.schools.School;
import uk.gov.cme.rules.schools.SchoolDirectory;

/**
 * School names from the schools file ({@code cme.schools.file}); a school not in the file (a group
 * added in Admin before the file was updated) is named by its group, as before the file existed.
 * {@link SchoolNames#preferred} chooses this source over the groups'.
 */
@Component
class DirectorySchoolNames implements SchoolNames {

  private final SchoolDirectory directory;
  private final SchoolNames groups;

  @Autowired
  DirectorySchoolNames(SchoolDirectory directory, GroupSchoolNames groups) {
    this(directory, (SchoolNames) groups);
  }

  DirectorySchoolNames(SchoolDirectory directory, SchoolNames groups) {
    this.directory = directory;
    this.groups = groups;
  }

  @Override
  public Optional<String> nameOf(String urn) {
    if (urn == null) {
      return Optional.empty();
    }
    return directory.byUrn(urn.strip()).map(School::name).or(() -> groups.nameOf(urn));
  }
}
