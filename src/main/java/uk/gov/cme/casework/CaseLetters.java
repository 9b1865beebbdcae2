package uk.gov.cme.casework;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Letters stored with a case (issue 10): a letter is stored once, as made, with the SHA-256 of its bytes,
 * and never changed or made again in place (a correction is a new letter). Each store and each download
 * is a line in the case's audit trail; a download checks the bytes against the stored hash first.
 */
@Service
@Transactional
public class CaseLetters {

  static final int TITLE_LENGTH = 200;

  private final CaseRepository cases;
  private final CaseLetterRepository letters;
  private final CaseEventRepository events;

  CaseLetters(CaseRepository cases, CaseLetterRepository letters, CaseEventRepository events) {
    this.cases = cases;
    this.letters = letters;
    this.events = events;
  }

  /** A letter's PDF with what is known of it. */
  public record LetterFile(StoredLetter letter, byte[] pdf) {
  }

  /**
   * Stores a letter with the case.
   *
   * @param kind the letter's kind (its template's name)
   * @throws CaseNotFoundException if there is no such case
   */
  public StoredLetter store(CaseReference reference, String kind, String title, String templateName,
      String templateVersion, byte[] pdf, String user, Instant at) {
    Objects.requireNonNull(pdf, "pdf");
    Objects.requireNonNull(at, "at");
    Faults faults = new Faults();
    String checkedUser = faults.required("user", user, 64, "who made the letter is not known");
    String checkedKind = faults.required("kind", kind, 60, "the letter's kind is missing");
    String checkedTitle = faults.required("title", title, TITLE_LENGTH, "the letter's title is missing");
    String checkedTemplate = faults.required("templateName", templateName, 100, "the template's name is missing");
    String checkedVersion = faults.required("templateVersion", templateVersion, 60,
        "the template's version is missing");
    faults.throwIfAny();
    CmeCase c = existingCase(reference);
    CaseLetter saved = letters.save(new CaseLetter(null, c.id(), checkedKind, checkedTitle, checkedTemplate,
        checkedVersion, pdf.clone(), sha256(pdf), checkedUser, at));
    events.save(CaseEvent.of(c.id(), at, checkedUser, CaseEventType.LETTER_STORED,
        "letter " + saved.id() + " " + checkedKind));
    return saved.stored();
  }

  /** The case's letters, oldest first. Not audited: the case view that lists them is. */
  @Transactional(readOnly = true)
  public List<StoredLetter> list(CaseReference reference) {
    return letters.findByCaseId(existingCase(reference).id()).stream().map(CaseLetter::stored).toList();
  }

  /**
   * One letter to download, recorded in the audit trail; its bytes checked against the stored hash.
   *
   * @throws CaseNotFoundException     if there is no such case or no such letter of the case
   * @throws LetterIntegrityException  if the bytes do not match the stored hash (nothing is recorded)
   */
  @Transactional(noRollbackFor = CaseNotFoundException.class)
  public LetterFile download(CaseReference reference, long id, String user, Instant at) {
    Objects.requireNonNull(at, "at");
    Faults faults = new Faults();
    String checkedUser = faults.required("user", user, 64, "who downloads the letter is not known");
    faults.throwIfAny();
    CmeCase c = existingCase(reference);
    CaseLetter letter = letters.findByCaseIdAndId(c.id(), id)
        .orElseThrow(() -> new CaseNotFoundException("no letter " + id + " on case " + reference));
    if (!sha256(letter.content()).equals(letter.sha256())) {
      throw new LetterIntegrityException("letter " + id + " of case " + reference
          + " does not match its stored SHA-256");
    }
    events.save(CaseEvent.of(c.id(), at, checkedUser, CaseEventType.LETTER_DOWNLOADED,
        "letter " + id + " " + letter.kind()));
    return new LetterFile(letter.stored(), letter.content().clone());
  }

  /**
   * One letter to email to the parent, its bytes checked against the stored hash; recorded in the audit
   * trail as {@code LETTER_EMAILED} (in the sending's transaction: a failed send records nothing).
   *
   * @throws CaseNotFoundException    if there is no such case or no such letter of the case
   * @throws LetterIntegrityException if the bytes do not match the stored hash
   */
  public LetterFile forEmail(CaseReference reference, long id, Instant at) {
    CmeCase c = existingCase(reference);
    CaseLetter letter = letters.findByCaseIdAndId(c.id(), id)
        .orElseThrow(() -> new CaseNotFoundException("no letter " + id + " on case " + reference));
    if (!sha256(letter.content()).equals(letter.sha256())) {
      throw new LetterIntegrityException("letter " + id + " of case " + reference
          + " does not match its stored SHA-256");
    }
    events.save(CaseEvent.of(c.id(), at, Casework.SYSTEM_USER, CaseEventType.LETTER_EMAILED,
        "letter " + id + " " + letter.kind()));
    return new LetterFile(letter.stored(), letter.content().clone());
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from the Java runtime", e);
    }
  }

  private CmeCase existingCase(CaseReference reference) {
    Objects.requireNonNull(reference, "reference");
    return cases.findByCaseReference(reference.value()).orElseThrow(() -> CaseNotFoundException.noCase(reference));
  }
}
