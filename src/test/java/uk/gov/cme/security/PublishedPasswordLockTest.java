package uk.gov.cme.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class PublishedPasswordLockTest {

  /** What Camunda's user-data rule refuses: a password containing the user's id or names. */
  private static Predicate<String> notContaining(String... userData) {
    return candidate -> {
      String lower = candidate.toLowerCase(Locale.ROOT);
      for (String data : userData) {
        if (lower.contains(data.toLowerCase(Locale.ROOT))) {
          return false;
        }
      }
      return true;
    };
  }

  @Test
  void a_random_password_never_holds_what_the_policy_refuses() {
    // two-letter names make refusals frequent enough that a lock without the check would fail here
    Predicate<String> policy = notContaining("tlp", "Sa", "Pa");
    for (int i = 0; i < 200; i++) {
      String password = PublishedPasswordLock.randomPassword(policy);
      assertThat(policy.test(password)).as(password).isTrue();
      assertThat(password).hasSizeGreaterThan(40);
    }
  }

  @Test
  void a_policy_nothing_can_meet_is_a_clear_error_not_an_endless_loop() {
    assertThatThrownBy(() -> PublishedPasswordLock.randomPassword(candidate -> false))
        .hasMessageContaining("password policy");
  }
}
