package uk.gov.cme.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.cme.casework.CaseworkTestData.NOW;
import static uk.gov.cme.casework.CaseworkTestData.OFFICER;
import static uk.gov.cme.casework.CaseworkTestData.aChildWithoutUpn;
import static uk.gov.cme.casework.CaseworkTestData.aSchoolReferralDetails;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.data.jdbc.DataJdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** Letters stored with a case (V7): stored once with their hash, listed, downloaded with the hash checked. */
@DataJdbcTest
@Import({Casework.class, CaseLetters.class, CaseReferenceGenerator.class, ChildLocks.class, MatchCandidates.class,
    CaseRegisterConfiguration.class, CaseworkTestData.FixedClock.class})
class CaseLettersTest {

  private static final byte[] PDF = "%PDF-1.7 a letter".getBytes(StandardCharsets.US_ASCII);

  @Autowired
  Casework casework;
  @Autowired
  CaseLetters letters;
  @Autowired
  JdbcTemplate jdbc;

  @Test
  void aLetterIsStoredWithItsHashListedAndDownloadedWithTheDownloadAudited() throws Exception {
    CaseReference reference = casework.openCase(aChildWithoutUpn(), aSchoolReferralDetails(), OFFICER, NOW);

    StoredLetter stored = letters.store(reference, "s437-notice", "Notice under section 437(1)", "s437-notice",
        "1", PDF, "engine", NOW.plusSeconds(60));

    String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF));
    assertThat(stored.sha256()).isEqualTo(expected);
    assertThat(letters.list(reference)).containsExactly(stored);

    CaseLetters.LetterFile file = letters.download(reference, stored.id(), OFFICER, NOW.plusSeconds(120));
    assertThat(file.pdf()).isEqualTo(PDF);
    assertThat(casework.history(reference)).extracting(CaseHistoryEntry::type)
        .contains(CaseEventType.LETTER_STORED, CaseEventType.LETTER_DOWNLOADED);
  }

  @Test
  void aCorrectionIsANewLetterBesideTheFirst() {
    CaseReference reference = casework.openCase(aChildWithoutUpn(), aSchoolReferralDetails(), OFFICER, NOW);
    StoredLetter first = letters.store(reference, "s437-notice", "Notice", "s437-notice", "1", PDF, OFFICER, NOW);
    StoredLetter second = letters.store(reference, "s437-notice", "Notice", "s437-notice", "2",
        "%PDF corrected".getBytes(StandardCharsets.US_ASCII), OFFICER, NOW.plusSeconds(1));
    assertThat(letters.list(reference)).containsExactly(first, second);
    assertThat(letters.download(reference, first.id(), OFFICER, NOW).pdf()).isEqualTo(PDF);
  }

  @Test
  void changedBytesAreRefusedOnDownloadAndNotAudited() {
    CaseReference reference = casework.openCase(aChildWithoutUpn(), aSchoolReferralDetails(), OFFICER, NOW);
    StoredLetter stored = letters.store(reference, "s437-notice", "Notice", "s437-notice", "1", PDF, OFFICER, NOW);
    jdbc.update("UPDATE cme_case_letter SET content = ? WHERE id = ?",
        "%PDF-1.7 tampered".getBytes(StandardCharsets.US_ASCII), stored.id());

    assertThatThrownBy(() -> letters.download(reference, stored.id(), OFFICER, NOW))
        .isInstanceOf(LetterIntegrityException.class)
        .hasMessageContaining(reference.value())
        .hasMessageContaining("SHA-256");
    assertThat(casework.history(reference)).extracting(CaseHistoryEntry::type)
        .doesNotContain(CaseEventType.LETTER_DOWNLOADED);
  }

  @Test
  void aLetterEmailedToTheParentIsCheckedAndAudited() {
    CaseReference reference = casework.openCase(aChildWithoutUpn(), aSchoolReferralDetails(), OFFICER, NOW);
    StoredLetter stored = letters.store(reference, "s437-notice", "Notice", "s437-notice", "1", PDF, OFFICER, NOW);
    assertThat(letters.forEmail(reference, stored.id(), NOW).pdf()).isEqualTo(PDF);
    assertThat(casework.history(reference)).extracting(CaseHistoryEntry::type)
        .contains(CaseEventType.LETTER_EMAILED);
    jdbc.update("UPDATE cme_case_letter SET content = ? WHERE id = ?", new byte[] {1}, stored.id());
    assertThatThrownBy(() -> letters.forEmail(reference, stored.id(), NOW))
        .isInstanceOf(LetterIntegrityException.class);
  }

  @Test
  void aLetterOfAnotherCaseIsNotThere() {
    CaseReference one = casework.openCase(aChildWithoutUpn(), aSchoolReferralDetails(), OFFICER, NOW);
    CaseReference other = casework.openCase(CaseworkTestData.aChild().legalForename("Other").build(CaseworkTestData.TODAY),
        aSchoolReferralDetails(), OFFICER, NOW);
    StoredLetter stored = letters.store(one, "s437-notice", "Notice", "s437-notice", "1", PDF, OFFICER, NOW);
    assertThatThrownBy(() -> letters.download(other, stored.id(), OFFICER, NOW))
        .isInstanceOf(CaseNotFoundException.class);
  }
}
