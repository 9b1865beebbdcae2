package uk.gov.cme.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: a user for every team in the access policy (id = group id with dots, e.g.
 * {@code cme.officer}), an administrator {@code admin}, and the demo schools with their users. All
 * share the demo password, printed at start-up. Each is named as a person with a role
 * ({@code cme.demo.people}: "Sam Patel (Riverside DSL)"), so Tasklist shows who claimed a task. Existing
 * users are left as they are, except that one still named "(demo)" from before is given its person.
 */
@Component
@Profile("demo")
class DemoDirectory implements DirectorySetup {

  private static final Logger LOG = LoggerFactory.getLogger(DemoDirectory.class);

  private final IdentityService identity;
  private final AccessProperties access;
  private final AccessPolicy accessPolicy;
  private final DemoProperties demo;

  DemoDirectory(IdentityService identity, AccessProperties access, AccessPolicy accessPolicy,
                DemoProperties demo) {
    this.identity = identity;
    this.access = access;
    this.accessPolicy = accessPolicy;
    this.demo = demo;
  }

  /** The demo user id of a team: {@code cme-officer} → {@code cme.officer}. */
  static String teamUserId(String groupId) {
    return groupId.replace('-', '.');
  }

  @Override
  public void apply() {
    if (demo.password() == null || demo.password().isBlank()) {
      throw new IllegalStateException("cme.demo.password must be set in the demo profile");
    }
    List<String> lines = new ArrayList<>();
    ensureUser("admin", "Administrator", Groups.ADMIN);
    lines.add(String.format("  %-24s %s", "admin", Groups.ADMIN));
    access.teams().forEach((groupId, team) -> {
      String userId = teamUserId(groupId);
      ensureUser(userId, team.name() == null ? groupId : team.name(), groupId);
      lines.add(String.format("  %-24s %s", userId, groupId));
    });
    for (DemoProperties.School school : demo.schools()) {
      accessPolicy.ensureSchool(school.urn(), school.name());
      String group = Groups.schoolGroup(school.urn());
      for (String userId : school.users()) {
        ensureUser(userId, school.name(), group);
        lines.add(String.format("  %-24s %s (%s)", userId, group, school.name()));
      }
    }
    LOG.info("Demo accounts (password for all: {}):\n{}", demo.password(), String.join("\n", lines));
  }

  private void ensureUser(String id, String teamName, String groupId) {
    DemoProperties.Person person = demo.people().get(id);
    String firstName = person == null ? teamName : person.firstName();
    String lastName = person == null ? "(demo)" : person.lastNameWithRole();
    User existing = identity.createUserQuery().userId(id).singleResult();
    if (existing == null) {
      User user = identity.newUser(id);
      user.setFirstName(firstName);
      user.setLastName(lastName);
      user.setEmail(id + "@demo.invalid");
      user.setPassword(demo.password());
      identity.saveUser(user);
    } else if (person != null && existing.getLastName() != null && existing.getLastName().equals("(demo)")) {
      // a demo database from before the accounts were people (issue 9): name them; nothing else changes
      existing.setFirstName(firstName);
      existing.setLastName(lastName);
      identity.saveUser(existing);
    }
    if (identity.createUserQuery().userId(id).memberOfGroup(groupId).count() == 0) {
      identity.createMembership(id, groupId);
    }
  }
}
