package uk.gov.cme.security;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Predicate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Production: no account keeps a published password. A database once run with the demo profile holds
 * the demo accounts (an administrator among them) with the password printed in the README; at every
 * production start-up each account whose password is one of {@code cme.published-passwords} gets a
 * random password nobody knows, and the account ids are logged, so an administrator resets them in
 * Admin or deletes them. The check reads the stored hashes; it makes no login attempt, so it counts no
 * failed logins against anyone.
 */
@Component
@Profile("prod")
@Order(100)
class PublishedPasswordLock implements DirectorySetup {

  private static final Logger LOG = LoggerFactory.getLogger(PublishedPasswordLock.class);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final ProcessEngine engine;
  private final List<String> published;

  PublishedPasswordLock(ProcessEngine engine, @Value("${cme.published-passwords:}") List<String> published) {
    this.engine = engine;
    this.published = List.copyOf(published);
  }

  @Override
  public void apply() {
    IdentityService identity = engine.getIdentityService();
    var passwords = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getPasswordManager();
    List<String> locked = new ArrayList<>();
    for (User user : identity.createUserQuery().list()) {
      UserEntity stored = (UserEntity) user;
      boolean isPublished = stored.getPassword() != null && published.stream().anyMatch(password ->
          passwords.check(EncryptionUtil.saltPassword(password, stored.getSalt()), stored.getPassword()));
      if (isPublished) {
        stored.setPassword(randomPassword(candidate -> identity.checkPasswordAgainstPolicy(candidate, stored).isValid()));
        identity.saveUser(stored);
        locked.add(stored.getId());
      }
    }
    if (!locked.isEmpty()) {
      LOG.warn("Accounts with a published password (left from the demo profile) were locked with a random password:"
          + " {}. An administrator resets their passwords in Admin, or deletes them.", locked);
    }
  }

  /**
   * Unguessable, and meets the password policy: upper, lower, digit, special, and none of the user's
   * own data (id, names, email) — random text can contain "sam" or "tlp", so a candidate the policy
   * refuses is drawn again.
   */
  static String randomPassword(Predicate<String> policyAccepts) {
    for (int attempt = 0; attempt < 1_000; attempt++) {
      byte[] bytes = new byte[32];
      RANDOM.nextBytes(bytes);
      String candidate = "Aa1!" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      if (policyAccepts.test(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("No random password met the password policy in 1,000 draws");
  }
}
