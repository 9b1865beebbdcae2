package uk.gov.cme.rules.datafile;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a data file an office keeps, like the schools file and the local authorities file: CSV in UTF-8, a
 * header line naming exactly the given columns (in any order), {@code #} comment lines, blank lines
 * skipped, cells trimmed. Each row becomes an item, is checked, and its key must be unique. Every mistake is
 * collected with its line, so whoever maintains the file can put them all right at once. Plain Java.
 */
public final class KeyedCsv {

  /** How a file's mistakes are reported: the caller's own exception. */
  public interface Failure {

    /** Every mistake, each as "line N: what". */
    RuntimeException problems(List<String> problems);

    /** The file cannot be read as CSV at all. */
    RuntimeException unreadable(String problem, Exception cause);
  }

  private KeyedCsv() {
  }

  /**
   * The file's items, in file order.
   *
   * @param in       the file's content; not closed here
   * @param columns  the columns the header must name
   * @param build    an item from a row's cells by column (trimmed, "" when empty)
   * @param faults   an item's mistakes, none when it is right
   * @param key      the item's key, unique in the file
   * @param keyLabel the key's name in a message, e.g. "URN"
   * @param failure  the caller's exceptions
   */
  public static <T> List<T> read(InputStream in, List<String> columns, Function<Map<String, String>, T> build,
                                 Function<T, List<String>> faults, Function<T, String> key, String keyLabel,
                                 Failure failure) {
    CsvSchema schema = CsvSchema.emptySchema().withHeader().withComments();
    List<T> items = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Map<String, Integer> lineOfKey = new LinkedHashMap<>();
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
         MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class).with(schema)
             .with(CsvParser.Feature.TRIM_SPACES).with(CsvParser.Feature.SKIP_EMPTY_LINES)
             .readValues(reader)) {
      CsvSchema header = (CsvSchema) rows.getParserSchema();
      List<String> found = new ArrayList<>();
      header.forEach(column -> found.add(clean(column.getName())));
      if (!Set.copyOf(found).equals(Set.copyOf(columns)) || found.size() != columns.size()) {
        problems.add("line 1: the columns must be " + String.join(",", columns) + " (found "
            + String.join(",", found) + ")");
      } else {
        while (rows.hasNextValue()) {
          Map<String, String> row = rows.nextValue();
          int line = rows.getParser().currentTokenLocation().getLineNr(); // the row's last token: its line
          Map<String, String> cells = new LinkedHashMap<>();
          row.forEach((column, value) -> cells.put(clean(column), value == null ? "" : value.strip()));
          T item = build.apply(cells);
          List<String> wrong = faults.apply(item);
          Integer first = wrong.isEmpty() ? lineOfKey.putIfAbsent(key.apply(item), line) : null;
          if (!wrong.isEmpty()) {
            wrong.forEach(f -> problems.add("line " + line + ": " + f));
          } else if (first != null) {
            problems.add("line " + line + ": " + keyLabel + " " + key.apply(item) + " is already on line " + first);
          } else {
            items.add(item);
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      throw failure.unreadable("cannot be read as CSV (" + e.getMessage() + ")", e);
    }
    if (!problems.isEmpty()) {
      throw failure.problems(problems);
    }
    return items;
  }

  private static String clean(String name) {
    return name.replace("\uFEFF", "").strip();
  }
}
