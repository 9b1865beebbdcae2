package uk.gov.cme.bench;

import java.lang.management.ManagementFactory;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Prints the benchmark's figures: a header naming the machine and the database, and Markdown tables. */
final class BenchReport {

  private BenchReport() {
  }

  static void header(String what, BenchDatabase database) {
    System.out.println();
    System.out.println("=== " + what + " — " + database.name() + " ===");
    System.out.printf("%s UTC; %d cores (%s %s, %s); Java %s; heap limit %s%n",
        OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")),
        Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"), System.getProperty("os.version"),
        System.getProperty("os.arch"), System.getProperty("java.version"), Meter.mib(Meter.maxHeapBytes()));
    System.out.println("JVM arguments: " + ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .filter(a -> a.startsWith("-X")).toList());
  }

  /** A Markdown table, columns padded for reading in a console too. */
  static void table(List<String> headings, List<String[]> rows) {
    int[] widths = new int[headings.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = headings.get(c).length();
      for (String[] row : rows) {
        widths[c] = Math.max(widths[c], row[c] == null ? 0 : row[c].length());
      }
    }
    StringBuilder out = new StringBuilder();
    line(out, headings.toArray(String[]::new), widths);
    String[] rule = new String[widths.length];
    for (int c = 0; c < widths.length; c++) {
      rule[c] = "-".repeat(Math.max(3, widths[c]));
    }
    line(out, rule, widths);
    rows.forEach(row -> line(out, row, widths));
    System.out.print(out);
  }

  private static void line(StringBuilder out, String[] cells, int[] widths) {
    out.append('|');
    for (int c = 0; c < widths.length; c++) {
      String cell = cells[c] == null ? "" : cells[c];
      out.append(' ').append(cell).append(" ".repeat(Math.max(0, widths[c] - cell.length()))).append(" |");
    }
    out.append('\n');
  }
}
