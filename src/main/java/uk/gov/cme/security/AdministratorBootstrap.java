package uk.gov.cme.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.DefaultPasswordPolicyImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Production: the first administrator comes from the environment. The application refuses to start
 * (before the engine does anything) when CME_ADMIN_USER or CME_ADMIN_PASSWORD is missing, or when the
 * password fails the engine's password policy. The account is created once; later start-ups leave it
 * (and any password changed in Admin) alone.
 */
@Component
@Profile("prod")
class AdministratorBootstrap implements DirectorySetup {

  private static final Logger LOG = LoggerFactory.getLogger(AdministratorBootstrap.class);
  private static final String FIRST_NAME = "Administrator";

  private final IdentityService identity;
  private final AdministratorProperties admin;

  AdministratorBootstrap(IdentityService identity, AdministratorProperties admin,
                         @Value("${cme.published-passwords:}") List<String> publishedPasswords) {
    validate(admin, publishedPasswords);
    this.identity = identity;
    this.admin = admin;
  }

  /** Checks the settings at start-up, before the first request; throws with every fault listed. */
  static void validate(AdministratorProperties admin, List<String> publishedPasswords) {
    List<String> faults = new ArrayList<>();
    if (admin.password() != null && publishedPasswords.contains(admin.password())) {
      faults.add("CME_ADMIN_PASSWORD is a published password (the demo accounts' password)");
    }
    if (admin.user() == null || admin.user().isBlank()) {
      faults.add("CME_ADMIN_USER is not set");
    }
    if (admin.password() == null || admin.password().isBlank()) {
      faults.add("CME_ADMIN_PASSWORD is not set");
    } else {
      PasswordPolicy policy = new DefaultPasswordPolicyImpl();
      User candidate = new UserEntity(admin.user() == null ? "" : admin.user().trim());
      candidate.setFirstName(FIRST_NAME);
      candidate.setLastName(candidate.getId());
      candidate.setEmail(admin.email());
      for (PasswordPolicyRule rule : policy.getRules()) {
        if (!rule.execute(admin.password(), candidate)) {
          faults.add("CME_ADMIN_PASSWORD is too weak: " + describe(rule));
        }
      }
    }
    if (!faults.isEmpty()) {
      throw new StartupConfigurationException("The prod profile needs a first administrator from the environment: "
          + String.join("; ", faults)
          + ". Set CME_ADMIN_USER and a CME_ADMIN_PASSWORD of at least 10 characters with an upper-case"
          + " letter, a lower-case letter, a digit and a special character.",
          "Set CME_ADMIN_USER and CME_ADMIN_PASSWORD in the environment of the application.");
    }
  }

  private static String describe(PasswordPolicyRule rule) {
    String what = switch (rule.getPlaceholder()) {
      case "PASSWORD_POLICY_LENGTH" -> "fewer than %s characters";
      case "PASSWORD_POLICY_LOWERCASE" -> "fewer than %s lower-case letters";
      case "PASSWORD_POLICY_UPPERCASE" -> "fewer than %s upper-case letters";
      case "PASSWORD_POLICY_DIGIT" -> "fewer than %s digits";
      case "PASSWORD_POLICY_SPECIAL" -> "fewer than %s special characters";
      case "PASSWORD_POLICY_USER_DATA" -> "contains the user id, name or e-mail address";
      default -> rule.getPlaceholder() + " %s";
    };
    String minimum = rule.getParameters() == null ? "" : String.join(",", rule.getParameters().values());
    return what.contains("%s") ? String.format(what, minimum) : what;
  }

  @Override
  public void apply() {
    String id = admin.user().trim();
    if (identity.createUserQuery().userId(id).count() == 0) {
      User user = identity.newUser(id);
      user.setFirstName(FIRST_NAME);
      user.setLastName(id);
      user.setEmail(admin.email());
      user.setPassword(admin.password());
      identity.saveUser(user);
      LOG.info("Created the first administrator account");
    }
    if (identity.createUserQuery().userId(id).memberOfGroup(Groups.ADMIN).count() == 0) {
      identity.createMembership(id, Groups.ADMIN);
    }
  }
}
