package uk.gov.cme.casework;

import java.sql.DatabaseMetaData;
import java.time.Clock;
import java.time.Year;
import java.util.Objects;
import javax.sql.DataSource;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;
import org.springframework.stereotype.Component;

/**
 * Hands out case references: {@code CME-<current year>-<next number>}. The number comes from the
 * database sequence {@value #SEQUENCE}, so it is unique across threads, nodes and restarts. A sequence
 * is not transactional: an opening that rolls back leaves a gap, which is harmless. The number does not
 * start again each year ({@code CME-2027-00043} may follow {@code CME-2026-00042}); the sequence stops
 * at {@value CaseReference#MAX_NUMBER}, and opening a case then fails loudly.
 *
 * <p>The year is the current year of the {@link Clock} (Europe/London).
 */
@Component
class CaseReferenceGenerator {

  static final String SEQUENCE = "cme_case_reference_seq";

  private final DataFieldMaxValueIncrementer sequence;
  private final Clock clock;

  CaseReferenceGenerator(DataSource dataSource, Clock clock) {
    this.sequence = sequenceFor(dataSource);
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The next case reference. Joins the caller's connection if there is a transaction. */
  CaseReference next() {
    long number = sequence.nextLongValue();
    if (number > CaseReference.MAX_NUMBER) {
      throw new IllegalStateException("case numbers are used up: the sequence " + SEQUENCE + " is past "
          + CaseReference.MAX_NUMBER);
    }
    return new CaseReference(Year.now(clock).getValue(), (int) number);
  }

  /** Spring's incrementer for the sequence, chosen by the database product (H2 or PostgreSQL). */
  static DataFieldMaxValueIncrementer sequenceFor(DataSource dataSource) {
    String product;
    try {
      product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
    } catch (MetaDataAccessException e) {
      throw new IllegalStateException("cannot tell which database holds the case register", e);
    }
    return switch (DatabaseDriver.fromProductName(product)) {
      case H2 -> new H2SequenceMaxValueIncrementer(dataSource, SEQUENCE);
      case POSTGRESQL -> new PostgresSequenceMaxValueIncrementer(dataSource, SEQUENCE);
      default -> throw new IllegalStateException("the case register runs on H2 or PostgreSQL, not on "
          + product);
    };
  }
}
