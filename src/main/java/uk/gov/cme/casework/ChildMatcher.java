package uk.gov.cme.casework;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import uk.gov.cme.rules.upn.Upn;

/**
 * Finds whether a child already has an open case (processes.md: one case per child). Plain Java,
 * stateless; the {@link CaseRepository} supplies the open cases to compare with.
 *
 * <h2>Normalisation</h2>
 * <ul>
 *   <li>A name ({@link #normaliseName}) is compared with accents removed ({@code Zoë} is {@code ZOE};
 *   also {@code Ø Ł Æ Œ Đ Ð Þ ß}), in upper case, apostrophes removed ({@code O'Brien} is
 *   {@code OBRIEN}), any other punctuation taken as a space ({@code Mary-Jane} is {@code MARY JANE})
 *   and runs of spaces as one, with none at either end.</li>
 *   <li>A postcode ({@link #postcodeKey}) is compared in upper case without spaces
 *   ({@code so23 8uj} is {@code SO238UJ}).</li>
 *   <li>A UPN counts only if it is valid (rules.md R5); an invalid one is ignored.</li>
 * </ul>
 *
 * <h2>Rules</h2>
 * The child is compared with each open case. Forename means the legal forename(s), surname the legal
 * surname, both normalised.
 * <ol>
 *   <li><b>EXACT by UPN</b>: the child's UPN or former UPN equals the case's UPN or former UPN, and
 *   forename, surname and date of birth are equal too. A UPN match whose name or date of birth
 *   disagrees is PROBABLE: a mistyped UPN, or another school's pupil, is for an officer to decide,
 *   never a join (a school must not reach another child's case by typing its UPN).</li>
 *   <li><b>EXACT by details</b>: forename, surname and date of birth are equal, both have a postcode and
 *   the postcodes are equal, and their UPNs do not conflict. UPNs conflict when both the child and the
 *   case have a current UPN and rule 1 does not hold: two different children, or one child whose UPN changed
 *   (for example a temporary UPN replaced), which an officer must decide; such a pair is PROBABLE by
 *   rule 3.</li>
 *   <li><b>PROBABLE by UPN</b>: the UPNs match (rule 1) but the name or date of birth does not.</li>
 *   <li><b>PROBABLE by forename</b>: not EXACT, and date of birth, surname and forename are equal.</li>
 *   <li><b>PROBABLE by initial letters</b>: not EXACT, date of birth and surname equal, and the first
 *   three letters of the forenames equal (spaces ignored; both forenames have at least three letters:
 *   {@code Alexander} and {@code Alex}, {@code Mary Jane} and {@code Mary}).</li>
 *   <li><b>PROBABLE by postcode</b>: not EXACT, date of birth and surname equal, both have a postcode
 *   and the postcodes are equal (a sibling born the same day is a twin and has another forename:
 *   the officer decides).</li>
 *   <li><b>NONE</b> otherwise: in particular when the dates of birth differ (unless rule 1 holds), when
 *   the child has no date of birth, or when the surnames differ.</li>
 * </ol>
 * The best match is an EXACT one by UPN, then an EXACT one by details, then a PROBABLE one; among
 * equals, the first in the order given (the repository gives the oldest case first). Only open cases
 * are compared: a child whose earlier case is closed gets a new case.
 */
final class ChildMatcher {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern APOSTROPHES = Pattern.compile("['\u2018\u2019\u02BC`]");
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
  /** Letters that Unicode decomposition does not split into a base letter and an accent. */
  private static final Map<String, String> SPECIAL_LETTERS = Map.ofEntries(
      Map.entry("Ø", "O"), Map.entry("ø", "o"), Map.entry("Ł", "L"), Map.entry("ł", "l"),
      Map.entry("Æ", "AE"), Map.entry("æ", "ae"), Map.entry("Œ", "OE"), Map.entry("œ", "oe"),
      Map.entry("Đ", "D"), Map.entry("đ", "d"), Map.entry("Ð", "D"), Map.entry("ð", "d"),
      Map.entry("Þ", "TH"), Map.entry("þ", "th"), Map.entry("ß", "ss"), Map.entry("ı", "i"));
  private static final int INITIAL_LETTERS = 3;

  private ChildMatcher() {
  }

  /**
   * What the matcher needs to know of an open case.
   *
   * @param caseReference the case
   * @param upn           its UPN, null if none
   * @param formerUpn     its former UPN, null if none
   * @param legalForename the child's legal forename(s) as recorded
   * @param legalSurname  the child's legal surname as recorded
   * @param dateOfBirth   the child's date of birth
   * @param postcode      the child's postcode as recorded, null if none
   */
  record Candidate(CaseReference caseReference, String upn, String formerUpn, String legalForename,
                   String legalSurname, LocalDate dateOfBirth, String postcode) {

    Candidate {
      Objects.requireNonNull(caseReference, "caseReference");
    }

    /** Names the case only: the rest is personal data and must not reach a log. */
    @Override
    public String toString() {
      return "Candidate[" + caseReference + "]";
    }
  }

  /** How one case compares, best first (the order of the rules). */
  enum Grade {
    EXACT_BY_UPN(MatchKind.EXACT),
    EXACT_BY_DETAILS(MatchKind.EXACT),
    PROBABLE(MatchKind.PROBABLE),
    NONE(MatchKind.NONE);

    private final MatchKind kind;

    Grade(MatchKind kind) {
      this.kind = kind;
    }

    MatchKind kind() {
      return kind;
    }
  }

  /**
   * The best open-case match for the child and the other open cases that match, best first.
   *
   * @param child     the child's details (not checked: an invalid UPN is simply not used)
   * @param openCases the open cases to compare with, in order of preference among equals
   */
  static MatchResult match(ChildDetails child, List<Candidate> openCases) {
    Objects.requireNonNull(child, "child");
    record Graded(Candidate candidate, Grade grade) {
    }
    List<Graded> matches = new ArrayList<>();
    for (Candidate candidate : openCases) {
      Grade grade = grade(child, candidate);
      if (grade != Grade.NONE) {
        matches.add(new Graded(candidate, grade));
      }
    }
    if (matches.isEmpty()) {
      return MatchResult.NONE;
    }
    matches.sort(Comparator.comparing(Graded::grade)); // stable: keeps the given order among equals
    Graded best = matches.get(0);
    CaseReference bestCase = best.candidate().caseReference();
    List<CaseReference> others = matches.stream().map(g -> g.candidate().caseReference())
        .filter(reference -> !reference.equals(bestCase)).distinct().toList();
    return new MatchResult(best.grade().kind(), bestCase, others);
  }

  /** How the child compares with one open case (the rules above). */
  static Grade grade(ChildDetails child, Candidate candidate) {
    Set<String> childUpns = validUpns(child.upn(), child.formerUpn());
    Set<String> caseUpns = validUpns(candidate.upn(), candidate.formerUpn());
    boolean sameDateOfBirth = child.dateOfBirth() != null && child.dateOfBirth().equals(candidate.dateOfBirth());
    String surname = normaliseName(child.legalSurname());
    boolean sameSurname = !surname.isEmpty() && surname.equals(normaliseName(candidate.legalSurname()));
    String forename = normaliseName(child.legalForename());
    String otherForename = normaliseName(candidate.legalForename());
    boolean sameForename = !forename.isEmpty() && forename.equals(otherForename);
    if (childUpns.stream().anyMatch(caseUpns::contains)) {
      return sameDateOfBirth && sameSurname && sameForename ? Grade.EXACT_BY_UPN : Grade.PROBABLE;
    }
    if (!sameDateOfBirth || !sameSurname) {
      return Grade.NONE;
    }
    String postcode = postcodeKey(child.postcode());
    boolean samePostcode = postcode != null && postcode.equals(postcodeKey(candidate.postcode()));
    boolean upnsConflict = validUpn(child.upn()) != null && validUpn(candidate.upn()) != null;
    if (sameForename && samePostcode && !upnsConflict) {
      return Grade.EXACT_BY_DETAILS;
    }
    if (sameForename || sameInitialLetters(forename, otherForename) || samePostcode) {
      return Grade.PROBABLE;
    }
    return Grade.NONE;
  }

  /**
   * A name as compared: accents removed, upper case, apostrophes removed, other punctuation and runs of
   * spaces one space, trimmed. Null gives an empty string.
   */
  static String normaliseName(String name) {
    if (name == null) {
      return "";
    }
    String text = Normalizer.normalize(name, Normalizer.Form.NFD);
    text = MARKS.matcher(text).replaceAll("");
    StringBuilder plain = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      String letter = new String(Character.toChars(c));
      plain.append(SPECIAL_LETTERS.getOrDefault(letter, letter));
    });
    text = plain.toString().toUpperCase(Locale.ROOT);
    text = APOSTROPHES.matcher(text).replaceAll("");
    return SEPARATORS.matcher(text).replaceAll(" ").strip();
  }

  /** The name match key stored with a case: the normalised forename(s) and surname, one space between. */
  static String nameKey(String legalForename, String legalSurname) {
    return Stream.of(normaliseName(legalForename), normaliseName(legalSurname))
        .filter(s -> !s.isEmpty()).reduce((a, b) -> a + " " + b).orElse("");
  }

  /** A postcode as compared: upper case, no spaces; null if none. */
  static String postcodeKey(String postcode) {
    return Postcode.key(postcode);
  }

  private static boolean sameInitialLetters(String forename, String otherForename) {
    String a = forename.replace(" ", "");
    String b = otherForename.replace(" ", "");
    return a.length() >= INITIAL_LETTERS && b.length() >= INITIAL_LETTERS
        && a.regionMatches(0, b, 0, INITIAL_LETTERS);
  }

  private static Set<String> validUpns(String... upns) {
    Set<String> valid = new HashSet<>();
    for (String upn : upns) {
      String value = validUpn(upn);
      if (value != null) {
        valid.add(value);
      }
    }
    return valid;
  }

  private static String validUpn(String upn) {
    if (upn == null || upn.isBlank()) {
      return null;
    }
    return Upn.validate(upn).upn().map(Upn::value).orElse(null);
  }
}
