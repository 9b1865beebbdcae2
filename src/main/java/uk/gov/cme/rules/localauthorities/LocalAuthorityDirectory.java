package uk.gov.cme.rules.localauthorities;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
    CsvMapper mapper = new CsvMapper();
    CsvSchema schema = CsvSchema.emptySchema().withHeader().withComments();
    List<LocalAuthority> authorities = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Map<String, Integer> lineOfCode = new LinkedHashMap<>();
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
         MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class).with(schema)
             .with(CsvParser.Feature.TRIM_SPACES).with(CsvParser.Feature.SKIP_EMPTY_LINES)
             .readValues(reader)) {
      CsvSchema header = (CsvSchema) rows.getParserSchema();
      List<String> found = new ArrayList<>();
      header.forEach(column -> found.add(column.getName().replace("\uFEFF", "").strip()));
      if (!Set.copyOf(found).equals(Set.copyOf(COLUMNS)) || found.size() != COLUMNS.size()) {
        throw new LocalAuthorityDataException(source, List.of("line 1: the columns must be "
            + String.join(",", COLUMNS) + " (found " + String.join(",", found) + ")"));
      }
      while (rows.hasNextValue()) {
        Map<String, String> row = rows.nextValue();
        int line = rows.getParser().currentTokenLocation().getLineNr(); // the row's last token: its line
        Map<String, String> clean = new LinkedHashMap<>();
        row.forEach((key, value) -> clean.put(key.replace("\uFEFF", "").strip(), value == null ? "" : value.strip()));
        LocalAuthority authority = new LocalAuthority(clean.get("code"), clean.get("name"), clean.get("email"));
        List<String> faults = faults(authority);
        if (!faults.isEmpty()) {
          faults.forEach(f -> problems.add("line " + line + ": " + f));
          continue;
        }
        Integer first = lineOfCode.putIfAbsent(authority.code(), line);
        if (first != null) {
          problems.add("line " + line + ": LA code " + authority.code() + " is already on line " + first);
          continue;
        }
        authorities.add(authority);
      }
    } catch (LocalAuthorityDataException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new LocalAuthorityDataException(source, "cannot be read as CSV (" + e.getMessage() + ")", e);
    }
    if (!problems.isEmpty()) {
      throw new LocalAuthorityDataException(source, problems);
    }
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
