package uk.gov.cme.process.shared.forms;

import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;

/**
 * A school's name by its URN, for what forms show ("received … from Riverside Primary School"). A
 * small interface so the source can change: today {@link GroupSchoolNames} (the name of the school's
 * Camunda group {@code school-<URN>}); a schools file can take its place by providing another bean.
 */
public interface SchoolNames {

  /** The school's name; empty when the URN is null or not a school known here. */
  Optional<String> nameOf(String urn);

  /** The school's name, else "the school with URN 123456"; empty text for a null URN. */
  default String describe(String urn) {
    if (urn == null || urn.isBlank()) {
      return "";
    }
    return nameOf(urn).orElse("the school with URN " + urn);
  }

  /**
   * The source to use among the application's: another one (a schools directory) before the groups'
   * names. Looked up at each call, so the choice does not depend on the order beans are created in.
   */
  static SchoolNames preferred(ObjectProvider<SchoolNames> all) {
    return urn -> {
      List<SchoolNames> sources = all.orderedStream().toList();
      return sources.stream().filter(s -> !(s instanceof GroupSchoolNames)).findFirst()
          .orElse(sources.get(0)).nameOf(urn);
    };
  }
}
