package uk.gov.cme.casework;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Test helper: several referrals for one child recorded at the same moment, each in its own
 * transaction as the referral process records it (match, then open a case or join the match). Used on
 * H2 and on PostgreSQL.
 */
final class ConcurrentIntake {

  private ConcurrentIntake() {
  }

  /** The case each referral ended up in, in no particular order. */
  static List<CaseReference> referAtOnce(Casework casework, PlatformTransactionManager transactions,
      ChildDetails child, ReferralDetails referral, int referrals, Instant at) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(referrals);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<CaseReference>> results = new ArrayList<>();
      for (int i = 0; i < referrals; i++) {
        Callable<CaseReference> intake = () -> {
          start.await();
          return new TransactionTemplate(transactions).execute(status -> {
            MatchResult match = casework.findMatch(child);
            if (match.kind() == MatchKind.EXACT) {
              casework.addReferral(match.caseReference(), referral, "cme.officer", at);
              return match.caseReference();
            }
            return casework.openCase(child, referral, "cme.officer", at);
          });
        };
        results.add(pool.submit(intake));
      }
      start.countDown();
      List<CaseReference> cases = new ArrayList<>();
      for (Future<CaseReference> result : results) {
        cases.add(result.get(60, TimeUnit.SECONDS));
      }
      return cases;
    } finally {
      pool.shutdownNow();
    }
  }
}
