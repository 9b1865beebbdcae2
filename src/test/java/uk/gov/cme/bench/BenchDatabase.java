package uk.gov.cme.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;

/** How big the benchmark's database is: the H2 file on disk, or PostgreSQL's own count of its tables. */
interface BenchDatabase {

  String name();

  /** Bytes the database takes now. */
  long bytes();

  /** How {@link #bytes()} is measured, for the printed figures. */
  String measure();

  /** Bytes the rows and indexes take, where the database can tell (H2); -1 otherwise. */
  default long liveBytes() {
    return -1;
  }

  default String liveMeasure() {
    return "";
  }

  /**
   * Gives back the space of dead row versions and page copies (PostgreSQL: {@code VACUUM FULL}; H2:
   * {@code SHUTDOWN COMPACT}, which closes the database: the last thing a run does) and answers
   * {@link #bytes()} after it: what the rows themselves take once the store has caught up, as a year
   * lived at the speed of a year would leave it.
   */
  long compact();

  /** How {@link #compact()} is done, for the printed figures. */
  String compactMeasure();

  /** The largest tables: name, bytes (rows, indexes), estimated rows. */
  List<Object[]> largestTables(int count);

  /** The H2 file database in {@code directory} (every file H2 keeps there). */
  static BenchDatabase h2(Path directory, JdbcTemplate jdbc) {
    return new BenchDatabase() {
      @Override
      public long liveBytes() {
        Long total = jdbc.queryForObject("SELECT SUM(DISK_SPACE_USED('\"' || TABLE_SCHEMA || '\".\"' || TABLE_NAME"
            + " || '\"')) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_TYPE = 'BASE TABLE'"
            + " AND TABLE_SCHEMA = 'PUBLIC'", Long.class);
        return total == null ? 0 : total;
      }

      @Override
      public String liveMeasure() {
        return "H2's DISK_SPACE_USED over the tables";
      }

      @Override
      public List<Object[]> largestTables(int count) {
        return jdbc.query("SELECT TABLE_NAME, DISK_SPACE_USED('\"' || TABLE_SCHEMA || '\".\"' || TABLE_NAME || '\"')"
            + " AS BYTES, ROW_COUNT_ESTIMATE FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_TYPE = 'BASE TABLE'"
            + " AND TABLE_SCHEMA = 'PUBLIC' ORDER BY BYTES DESC LIMIT " + count,
            (rs, i) -> new Object[] {rs.getString(1), rs.getLong(2), rs.getLong(3)});
      }

      @Override
      public String name() {
        return "H2 (embedded file database)";
      }

      @Override
      public long bytes() {
        try (Stream<Path> files = Files.walk(directory)) {
          return files.filter(Files::isRegularFile).mapToLong(f -> {
            try {
              return Files.size(f);
            } catch (IOException e) {
              return 0;
            }
          }).sum();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }

      @Override
      public String measure() {
        return "size of the H2 files (" + directory.getFileName() + "/cme.mv.db)";
      }

      @Override
      public long compact() {
        jdbc.execute("SHUTDOWN COMPACT");
        return bytes();
      }

      @Override
      public String compactMeasure() {
        return "the H2 file after SHUTDOWN COMPACT";
      }
    };
  }

  /** The PostgreSQL database the context is connected to. */
  static BenchDatabase postgres(JdbcTemplate jdbc) {
    return new BenchDatabase() {
      @Override
      public String name() {
        return "PostgreSQL " + jdbc.queryForObject("SHOW server_version", String.class) + " (127.0.0.1)";
      }

      @Override
      public long bytes() {
        Long total = jdbc.queryForObject("SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0) FROM pg_class c"
            + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'r' AND n.nspname = current_schema()",
            Long.class);
        return total == null ? 0 : total;
      }

      @Override
      public List<Object[]> largestTables(int count) {
        return jdbc.query("SELECT c.relname, pg_total_relation_size(c.oid) AS bytes, (SELECT s.n_live_tup FROM"
            + " pg_stat_user_tables s WHERE s.relid = c.oid) FROM pg_class c"
            + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'r' AND n.nspname = current_schema()"
            + " ORDER BY bytes DESC LIMIT " + count,
            (rs, i) -> new Object[] {rs.getString(1), rs.getLong(2), rs.getLong(3)});
      }

      @Override
      public String measure() {
        return "sum of pg_total_relation_size over the schema's tables (indexes and TOAST included)";
      }

      @Override
      public long compact() {
        jdbc.execute("VACUUM FULL ANALYZE");
        return bytes();
      }

      @Override
      public String compactMeasure() {
        return "pg_total_relation_size after VACUUM FULL ANALYZE";
      }
    };
  }
}
