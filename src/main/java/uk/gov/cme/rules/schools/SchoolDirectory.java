package uk.gov.cme.rules.schools;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import uk.gov.cme.rules.datafile.KeyedCsv;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The schools the local authority works with, from the schools file (an editable CSV, like the
 * calendars; {@code cme.schools.file}): URN, name, phase, email and LA code of each. Admissions choose an
 * allocated school from it, and a URN that is not in it is refused.
 *
 * <p>The file is UTF-8 CSV (read with Jackson's CSV module): a header line {@code urn,name,phase,email,laCode}
 * (in any order), one school a line, a field with a comma in double quotes, lines starting with
 * {@code #} ignored. Every row is checked and every mistake reported at once, with its line.
 */
public final class SchoolDirectory {

  /** The columns of the file. */
  public static final List<String> COLUMNS = List.of("urn", "name", "phase", "email", "laCode");

  /** Phases of education as Get Information about Schools gives them. */
  public static final Set<String> PHASES = Set.of("Nursery", "Primary", "Middle deemed primary", "Secondary",
      "Middle deemed secondary", "All-through", "16 plus", "Not applicable");

  private static final Pattern URN = Pattern.compile("\\d{6}");
  private static final Pattern LA_CODE = Pattern.compile("\\d{3}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
  private static final int MAX_NAME = 200;

  private final Map<String, School> byUrn;

  private SchoolDirectory(List<School> schools) {
    Map<String, School> map = new LinkedHashMap<>();
    schools.stream().sorted(Comparator.comparing(School::name, String.CASE_INSENSITIVE_ORDER)
        .thenComparing(School::urn)).forEach(s -> map.put(s.urn(), s));
    this.byUrn = Map.copyOf(map);
    this.sorted = List.copyOf(map.values());
  }

  private final List<School> sorted;

  /** A directory of exactly these schools (tests, and the file once read). */
  public static SchoolDirectory of(List<School> schools) {
    return new SchoolDirectory(schools);
  }

  /**
   * Reads and checks the schools file.
   *
   * @param in     the file's content; not closed here
   * @param source the file's name for error messages
   * @throws SchoolDataException naming every mistake with its line
   */
  public static SchoolDirectory parse(InputStream in, String source) {
    List<School> schools = KeyedCsv.read(in, COLUMNS, cells -> new School(cells.get("urn"), cells.get("name"),
        cells.get("phase"), cells.get("email"), cells.get("laCode")), SchoolDirectory::faults, School::urn, "URN", new KeyedCsv.Failure() {
          @Override
          public RuntimeException problems(List<String> problems) {
            return new SchoolDataException(source, problems);
          }

          @Override
          public RuntimeException unreadable(String problem, Exception cause) {
            return new SchoolDataException(source, problem, cause);
          }
        });
    return new SchoolDirectory(schools);
  }

  private static List<String> faults(School school) {
    List<String> faults = new ArrayList<>();
    if (!URN.matcher(school.urn()).matches()) {
      faults.add("URN \"" + school.urn() + "\" must be six digits");
    }
    if (school.name().isEmpty()) {
      faults.add("the school's name is missing");
    } else if (school.name().length() > MAX_NAME) {
      faults.add("the school's name is longer than " + MAX_NAME + " characters");
    }
    if (!PHASES.contains(school.phase())) {
      faults.add("phase \"" + school.phase() + "\" must be one of " + String.join(", ", PHASES.stream().sorted().toList()));
    }
    if (!EMAIL.matcher(school.email()).matches()) {
      faults.add("email \"" + school.email() + "\" is not an email address");
    }
    if (!LA_CODE.matcher(school.laCode()).matches()) {
      faults.add("LA code \"" + school.laCode() + "\" must be three digits");
    }
    return faults;
  }

  /** The school with this URN, if it is in the file. */
  public Optional<School> byUrn(String urn) {
    return urn == null ? Optional.empty() : Optional.ofNullable(byUrn.get(urn.strip()));
  }

  /** Every school, by name. */
  public List<School> all() {
    return sorted;
  }

  @Override
  public String toString() {
    return sorted.size() + " schools";
  }
}
