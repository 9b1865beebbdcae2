package uk.gov.cme.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.cme.casework.CaseworkTestData.NOW;
import static uk.gov.cme.casework.CaseworkTestData.OFFICER;
import static uk.gov.cme.casework.CaseworkTestData.aChildWithoutUpn;
import static uk.gov.cme.casework.CaseworkTestData.aSchoolReferralDetails;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.data.jdbc.DataJdbcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link Casework} inside a caller's transaction, as a BPMN delegate calls it inside the engine's: its
 * changes commit or roll back with the caller's, and a refused call leaves the caller free to carry on
 * (catch it, throw a BPMN error) without its transaction being marked for rollback.
 */
@DataJdbcTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@Import({Casework.class, CaseReferenceGenerator.class, ChildLocks.class, MatchCandidates.class, CaseRegisterConfiguration.class,
    CaseworkTestData.FixedClock.class})
class CaseworkTransactionTest {

  @Autowired
  Casework casework;
  @Autowired
  PlatformTransactionManager transactionManager;
  @Autowired
  JdbcTemplate jdbc;

  @AfterEach
  void emptyTheRegister() {
    for (String table : new String[] {"cme_case_event", "cme_referral", "cme_enquiry", "cme_case_party", "cme_case"}) {
      jdbc.update("DELETE FROM " + table);
    }
  }

  @Test
  void a_refused_call_does_not_spoil_the_callers_transaction() {
    CaseReference reference = new TransactionTemplate(transactionManager).execute(status -> {
      CaseReference opened = casework.openCase(aChildWithoutUpn(), aSchoolReferralDetails(), OFFICER, NOW);
      assertThatThrownBy(() -> casework.openCase(aChildWithoutUpn(), aSchoolReferralDetails(), " ", NOW))
          .isInstanceOf(InvalidInputException.class);
      assertThatThrownBy(() -> casework.addReferral(new CaseReference(2026, 99_999), aSchoolReferralDetails(),
          OFFICER, NOW)).isInstanceOf(CaseNotFoundException.class);
      casework.close(opened, OutcomeCode.ON_ROLL_HERE, null, OFFICER, NOW);
      assertThatThrownBy(() -> casework.close(opened, OutcomeCode.ON_ROLL_HERE, null, OFFICER, NOW))
          .isInstanceOf(CaseStateException.class);
      assertThat(status.isRollbackOnly()).isFalse();
      return opened;
    });

    assertThat(casework.find(reference).orElseThrow().status()).isEqualTo(CaseStatus.CLOSED);
  }

  @Test
  void the_changes_roll_back_with_the_callers_transaction() {
    new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
      casework.openCase(aChildWithoutUpn(), aSchoolReferralDetails(), OFFICER, NOW);
      status.setRollbackOnly();
    });

    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cme_case", Integer.class)).isZero();
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cme_case_event", Integer.class)).isZero();
  }

  @Test
  void referrals_for_one_child_at_the_same_moment_make_one_case() throws Exception {
    List<CaseReference> cases = ConcurrentIntake.referAtOnce(casework, transactionManager, aChildWithoutUpn(),
        aSchoolReferralDetails(), 8, NOW);

    assertThat(cases).hasSize(8).containsOnly(cases.get(0));
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cme_case", Integer.class)).isEqualTo(1);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM cme_referral", Integer.class)).isEqualTo(8);
  }
}
