package uk.gov.cme.rules.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reads the simple CSV used by the calendar data files (bank holidays, term dates, and the escalation
 * groups' meeting dates in rules.meetings): UTF-8, one record a line, fields separated by commas (the last
 * field may itself contain commas), lines starting with {@code #} and blank lines ignored, and an optional
 * header line naming the columns. A mistake is a {@link CalendarDataException} naming the file and line.
 */
public final class CalendarCsv {

  /** One data line: its 1-based line number in the file and its trimmed fields. */
  public record Row(int lineNumber, List<String> fields) {

    public String field(int index) {
      return fields.get(index);
    }
  }

  private CalendarCsv() {
  }

  /**
   * Reads all data lines.
   *
   * @param in      the file's content; not closed here
   * @param source  the file's name for error messages
   * @param columns the column names, in order, as in the header line
   */
  public static List<Row> read(InputStream in, String source, List<String> columns) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    String header = String.join(",", columns);
    List<Row> rows = new ArrayList<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    try {
      int lineNumber = 0;
      boolean firstDataLine = true;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        if (lineNumber == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        if (firstDataLine) {
          firstDataLine = false;
          if (trimmed.replace(" ", "").equalsIgnoreCase(header)) {
            continue;
          }
        }
        rows.add(split(trimmed, lineNumber, source, columns));
      }
    } catch (IOException e) {
      throw new CalendarDataException(source, "cannot be read", e);
    }
    return rows;
  }

  private static Row split(String line, int lineNumber, String source, List<String> columns) {
    String[] parts = line.split(",", columns.size());
    if (parts.length != columns.size()) {
      throw new CalendarDataException(source, lineNumber, "expected " + columns.size()
          + " values separated by commas (" + String.join(",", columns) + ") but found " + parts.length);
    }
    List<String> fields = new ArrayList<>(parts.length);
    for (int i = 0; i < parts.length; i++) {
      String field = parts[i].strip();
      if (field.isEmpty()) {
        throw new CalendarDataException(source, lineNumber, "the " + columns.get(i) + " is empty");
      }
      fields.add(field);
    }
    return new Row(lineNumber, List.copyOf(fields));
  }

  /** Parses an ISO date ({@code yyyy-mm-dd}) from a field, naming the line if it is not one. */
  public static LocalDate date(Row row, int index, String column, String source) {
    String text = row.field(index);
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new CalendarDataException(source, row.lineNumber(),
          "the " + column + " '" + text + "' is not a date written yyyy-mm-dd");
    }
  }
}
