package uk.gov.cme.rules.localauthorities;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import uk.gov.cme.rules.datafile.KeyedCsv;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The English local authorities, from the local authorities file (an editable CSV, like the calendars
 * and the schools file; {@code cme.local-authorities.file}): the DfE LA code, name and CME team email of
 * each. An outbound enquiry (cme-outbound) names the other authority by its code and is emailed to its
 * CME team.
 *
 * <p>The file is UTF-8 CSV (read with Jackson's CSV module): a header line {@code code,name,email} (in
 * any order), one authority a line, a field with a comma in double quotes, lines starting with {@code #}
 * ignored. Every row is checked and every mistake reported at once, with its line.
 */
public final class LocalAuthorityDirectory {

  /** The columns of the file. */
  public static final List<String> COLUMNS = List.of("code", "name", "email");

  private static final Pattern CODE = Pattern.compile("\\d{3}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s,;]+@[^@\\s.,;]+(\\.[^@\\s.,;]+)+");
  private static final int MAX_NAME = 100;

  private final Map<String, LocalAuthority> byCode;
  private final List<LocalAuthority> sorted;

  private LocalAuthorityDirectory(List<LocalAuthority> authorities) {
    Map<String, LocalAuthority> map = new LinkedHashMap<>();
    authorities.stream().sorted(Comparator.comparing(LocalAuthority::name, String.CASE_INSENSITIVE_ORDER)
        .thenComparing(LocalAuthority::code)).forEach(la -> map.put(la.code(), la));
    this.byCode = Map.copyOf(map);
    this.sorted = List.copyOf(map.values());
  }

  /** A directory of exactly these authorities (tests, and the file once read). */
  public static LocalAuthorityDirectory of(List<LocalAuthority> authorities) {
    return new LocalAuthorityDirectory(authorities);
  }

  /**
   * Reads and checks the local authorities file.
   *
   * @param in     the file's content; not closed here
   * @param source the file's name for error messages
   * @throws LocalAuthorityDataException naming every mistake with its line
   */
  public static LocalAuthorityDirectory parse(InputStream in, String source) {
    List<LocalAuthority> authorities = KeyedCsv.read(in, COLUMNS, cells -> new LocalAuthority(cells.get("code"),
        cells.get("name"), cells.get("email")), LocalAuthorityDirectory::faults, LocalAuthority::code, "LA code", new KeyedCsv.Failure() {
          @Override
          public RuntimeException problems(List<String> problems) {
            return new LocalAuthorityDataException(source, problems);
          }

          @Override
          public RuntimeException unreadable(String problem, Exception cause) {
            return new LocalAuthorityDataException(source, problem, cause);
          }
        });
    if (authorities.isEmpty()) {
      throw new LocalAuthorityDataException(source, List.of("no local authority is listed"));
    }
    return new LocalAuthorityDirectory(authorities);
  }

  private static List<String> faults(LocalAuthority authority) {
    List<String> faults = new ArrayList<>();
    if (!CODE.matcher(authority.code()).matches()) {
      faults.add("LA code \"" + authority.code() + "\" must be three digits");
    }
    if (authority.name().isEmpty()) {
      faults.add("the authority's name is missing");
    } else if (authority.name().length() > MAX_NAME) {
      faults.add("the authority's name is longer than " + MAX_NAME + " characters");
    }
    if (!EMAIL.matcher(authority.email()).matches()) {
      faults.add("email \"" + authority.email() + "\" is not an email address");
    }
    return faults;
  }

  /** The authority with this LA code, if it is in the file. */
  public Optional<LocalAuthority> byCode(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code.strip()));
  }

  /** Every authority, by name. */
  public List<LocalAuthority> all() {
    return sorted;
  }

  /**
   * The choices of a form's select ({@code valuesKey}): label and LA code of each authority, by name, each
   * with its keys in that order.
   */
  public List<Map<String, String>> options() {
    return sorted.stream().map(la -> {
      Map<String, String> option = new LinkedHashMap<>();
      option.put("label", la.label());
      option.put("value", la.code());
      return option;
    }).toList();
  }

  @Override
  public String toString() {
    return sorted.size() + " local authorities";
  }
}
