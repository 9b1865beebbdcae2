package uk.gov.cme.casework;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds cases in the register the way an officer asks (issue 9, case search): by the case reference
 * (exact), the child's name (forgiving of case, accents and partial names: {@code kowal} finds
 * Kowalski, each word of the query anywhere in the legal forename(s), surname or preferred name), the
 * date of birth ({@code 2014-03-14} or {@code 14/3/2014}), the UPN (current or former) or the postcode
 * (with or without its space). The criteria given are all applied; a single free-text query is read as
 * whichever of them it looks like. At most {@value #LIMIT} cases, the newest first.
 *
 * <p>Who may search is not decided here (the API asks the case-access rules). The criteria and the
 * results are personal data: never log them.
 */
@Service
@Transactional(readOnly = true)
public class CaseSearch {

  /** The most cases one search returns. */
  public static final int LIMIT = 50;
  /** The fewest letters a name search needs. */
  static final int NAME_MIN_LENGTH = 2;

  private static final Pattern UPN_SHAPE = Pattern.compile("[A-Z][0-9]{11}[0-9A-Z]");
  private static final DateTimeFormatter DAY_MONTH_YEAR =
      DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

  private final NamedParameterJdbcTemplate jdbc;

  CaseSearch(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * What to look for; each is optional, blank means not given.
   *
   * @param query       free text: a case reference, a date of birth, a UPN, a postcode or a name
   * @param reference   a case reference
   * @param name        a name or part of one
   * @param dateOfBirth a date of birth, {@code yyyy-mm-dd} or {@code d/m/yyyy}
   * @param upn         a UPN, current or former
   * @param postcode    a postcode, with or without its space
   */
  public record Criteria(String query, String reference, String name, String dateOfBirth, String upn,
                         String postcode) {

    @Override
    public String toString() {
      return "Criteria[personal data not shown]";
    }
  }

  /**
   * One case found.
   *
   * @param reference     the case reference
   * @param legalForename the child's legal forename(s)
   * @param legalSurname  the child's legal surname
   * @param preferredName the name the child goes by; null if the same
   * @param dateOfBirth   the date of birth
   * @param status        open or closed
   * @param outcomeCode   why it was closed; null while open
   * @param openedAt      when it was opened
   * @param closedAt      when it was closed; null while open
   */
  public record CaseSummary(String reference, String legalForename, String legalSurname, String preferredName,
                            LocalDate dateOfBirth, CaseStatus status, OutcomeCode outcomeCode, Instant openedAt,
                            Instant closedAt) {

    @Override
    public String toString() {
      return "CaseSummary[" + reference + ", personal data not shown]";
    }
  }

  /**
   * The result: the cases (at most {@value #LIMIT}, newest first) and whether there were more.
   *
   * @param cases the cases found
   * @param more  whether more cases matched than are listed
   */
  public record Result(List<CaseSummary> cases, boolean more) {

    public Result {
      cases = List.copyOf(cases);
    }
  }

  /**
   * The cases that match every criterion given.
   *
   * @throws InvalidInputException naming each criterion that cannot be read (a date that is not one, a
   *                               name of one letter, a reference of the wrong shape), or
   *                               {@code query} when nothing was given
   */
  public Result search(Criteria criteria) {
    Faults faults = new Faults();
    List<String> where = new ArrayList<>();
    MapSqlParameterSource parameters = new MapSqlParameterSource();
    String query = blankToNull(criteria.query());
    if (query != null) {
      addFreeText(query, where, parameters, faults);
    }
    if (blankToNull(criteria.reference()) != null) {
      addReference("reference", criteria.reference(), where, parameters, faults);
    }
    if (blankToNull(criteria.name()) != null) {
      addName("name", criteria.name(), where, parameters, faults);
    }
    if (blankToNull(criteria.dateOfBirth()) != null) {
      addDateOfBirth("dateOfBirth", criteria.dateOfBirth(), where, parameters, faults);
    }
    if (blankToNull(criteria.upn()) != null) {
      addUpn(criteria.upn(), where, parameters);
    }
    if (blankToNull(criteria.postcode()) != null) {
      addPostcode(criteria.postcode(), where, parameters);
    }
    if (where.isEmpty() && faults.isEmpty()) {
      faults.add("query", "give a case reference, a name, a date of birth, a UPN or a postcode to search for");
    }
    faults.throwIfAny();
    String sql = "SELECT case_reference, legal_forename, legal_surname, preferred_name, date_of_birth, status,"
        + " outcome_code, opened_at, closed_at FROM cme_case WHERE " + String.join(" AND ", where)
        + " ORDER BY opened_at DESC, id DESC";
    parameters.addValue("limit", LIMIT + 1);
    List<CaseSummary> found = jdbc.query(sql + " FETCH FIRST :limit ROWS ONLY", parameters, CaseSearch::summary);
    return new Result(found.size() > LIMIT ? found.subList(0, LIMIT) : found, found.size() > LIMIT);
  }

  /**
   * A parent or carer the register knows of for the case: the parents named in the off-roll
   * notifications that led to it (reg 13(4)), once each by name.
   *
   * @param name    the parent's name
   * @param address the parent's address; null if not given
   * @param phone   the parent's emergency phone number; null if not given
   */
  public record Parent(String name, String address, String phone) {

    @Override
    public String toString() {
      return "Parent[personal data not shown]";
    }
  }

  /**
   * A group entitled to the case besides the LA teams whose role covers every case.
   *
   * @param groupId the group (school-URN, a team)
   * @param basis   why it is entitled
   * @param addedAt since when
   */
  public record Party(String groupId, PartyBasis basis, Instant addedAt) {
  }

  /** The parents known for the case, oldest notification first; empty for a case that does not exist. */
  public List<Parent> parents(CaseReference reference) {
    List<Parent> parents = new ArrayList<>();
    jdbc.query("SELECT parent1_name, parent1_address, parent1_phone, parent2_name, parent2_address, parent2_phone"
            + " FROM cme_off_roll_notification WHERE case_reference = :reference ORDER BY submitted_at, id",
        new MapSqlParameterSource("reference", reference.value()), row -> {
          for (String n : List.of("1", "2")) {
            String name = row.getString("parent" + n + "_name");
            if (name != null && parents.stream().noneMatch(p -> p.name().equalsIgnoreCase(name))) {
              parents.add(new Parent(name, row.getString("parent" + n + "_address"), row.getString("parent" + n + "_phone")));
            }
          }
        });
    return parents;
  }

  /** The groups entitled to the case, in the order they became so; empty for a case that does not exist. */
  public List<Party> parties(CaseReference reference) {
    return jdbc.query("SELECT p.group_id, p.basis, p.added_at FROM cme_case_party p JOIN cme_case c ON c.id = p.case_id"
            + " WHERE c.case_reference = :reference ORDER BY p.added_at, p.id",
        new MapSqlParameterSource("reference", reference.value()),
        (row, n) -> new Party(row.getString("group_id"), PartyBasis.valueOf(row.getString("basis")),
            instant(row.getTimestamp("added_at"))));
  }

  private static void addFreeText(String query, List<String> where, MapSqlParameterSource parameters, Faults faults) {
    String compact = query.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    if (CaseReference.isValid(query)) {
      addReference("query", query, where, parameters, faults);
    } else if (parseDate(query) != null) {
      addDateOfBirth("query", query, where, parameters, faults);
    } else if (UPN_SHAPE.matcher(compact).matches()) {
      addUpn(query, where, parameters);
    } else if (Postcode.isPlausible(query)) {
      addPostcode(query, where, parameters);
    } else {
      addName("query", query, where, parameters, faults);
    }
  }

  private static void addReference(String field, String text, List<String> where, MapSqlParameterSource parameters,
                                   Faults faults) {
    if (!CaseReference.isValid(text)) {
      faults.add(field, "a case reference looks like CME-2026-00042: CME, the year and a five-digit number");
      return;
    }
    where.add("case_reference = :reference");
    parameters.addValue("reference", CaseReference.of(text).value());
  }

  private static void addName(String field, String text, List<String> where, MapSqlParameterSource parameters,
                              Faults faults) {
    String normalised = ChildMatcher.normaliseName(text);
    if (normalised.replace(" ", "").length() < NAME_MIN_LENGTH) {
      faults.add(field, "give at least " + NAME_MIN_LENGTH + " letters of the child's name");
      return;
    }
    List<String> words = Arrays.stream(normalised.split(" ")).filter(w -> !w.isEmpty()).toList();
    for (int i = 0; i < words.size(); i++) {
      String parameter = "name" + i;
      // name_key holds the legal names normalised (ChildMatcher.nameKey); the preferred name is compared
      // in upper case. The words are letters and digits only, so they need no escaping in LIKE.
      where.add("(name_key LIKE :" + parameter + " OR UPPER(preferred_name) LIKE :" + parameter + ")");
      parameters.addValue(parameter, "%" + words.get(i) + "%");
    }
  }

  private static void addDateOfBirth(String field, String text, List<String> where, MapSqlParameterSource parameters,
                                     Faults faults) {
    LocalDate date = parseDate(text);
    if (date == null) {
      faults.add(field, "a date of birth is written 14/3/2014 or 2014-03-14");
      return;
    }
    where.add("date_of_birth = :dateOfBirth");
    parameters.addValue("dateOfBirth", date);
  }

  private static void addUpn(String text, List<String> where, MapSqlParameterSource parameters) {
    where.add("(upn = :upn OR former_upn = :upn)");
    parameters.addValue("upn", text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT));
  }

  private static void addPostcode(String text, List<String> where, MapSqlParameterSource parameters) {
    where.add("postcode_key = :postcode");
    parameters.addValue("postcode", Postcode.key(text));
  }

  /** A date written {@code yyyy-mm-dd} or {@code d/m/yyyy}; null if it is neither. */
  static LocalDate parseDate(String text) {
    String trimmed = text.strip();
    try {
      return LocalDate.parse(trimmed);
    } catch (DateTimeParseException e) {
      try {
        return LocalDate.parse(trimmed, DAY_MONTH_YEAR);
      } catch (DateTimeParseException again) {
        return null;
      }
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static CaseSummary summary(ResultSet row, int n) throws SQLException {
    String outcome = row.getString("outcome_code");
    return new CaseSummary(row.getString("case_reference"), row.getString("legal_forename"),
        row.getString("legal_surname"), row.getString("preferred_name"),
        row.getObject("date_of_birth", LocalDate.class), CaseStatus.valueOf(row.getString("status")),
        outcome == null ? null : OutcomeCode.valueOf(outcome), instant(row.getTimestamp("opened_at")),
        instant(row.getTimestamp("closed_at")));
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
