package uk.gov.cme.process.shared.forms;

import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import uk.gov.cme.security.Groups;

/**
 * School names from the engine's groups: the name of the group {@code school-<URN>} (Admin, or the
 * demo profile's {@code cme.demo.schools}). Read without the caller's authorizations (an officer may
 * not read groups, yet the form should name the school). Used for a school the schools file does
 * not list ({@link DirectorySchoolNames}).
 */
@Component
class GroupSchoolNames implements SchoolNames {

  private final ObjectProvider<IdentityService> identity;

  GroupSchoolNames(ObjectProvider<IdentityService> identity) {
    this.identity = identity;
  }

  @Override
  public Optional<String> nameOf(String urn) {
    if (urn == null || !urn.strip().matches("[0-9]{6}")) {
      return Optional.empty();
    }
    String groupId = Groups.SCHOOL_PREFIX + urn.strip();
    CommandContext command = Context.getCommandContext();
    Group group = command == null ? find(groupId) : command.runWithoutAuthorization(() -> find(groupId));
    return Optional.ofNullable(group).map(Group::getName).filter(name -> !name.isBlank());
  }

  private Group find(String groupId) {
    return identity.getObject().createGroupQuery().groupId(groupId).singleResult();
  }
}
