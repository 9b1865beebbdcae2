package uk.gov.cme.security;

import java.util.List;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once the engine has started and deployed the models (the context is refreshed), before the
 * application takes requests: accounts for the active profile, then the
 * access policy, then the Tasklist filters. Each step is idempotent, so every start-up runs them all;
 * a failure stops the start-up.
 */
@Component
public class PlatformSetup {

  private final List<DirectorySetup> directory;
  private final AccessPolicy accessPolicy;
  private final TasklistFilters filters;

  PlatformSetup(List<DirectorySetup> directory, AccessPolicy accessPolicy, TasklistFilters filters) {
    this.directory = directory;
    this.accessPolicy = accessPolicy;
    this.filters = filters;
  }

  @EventListener(ApplicationStartedEvent.class)
  public void apply() {
    accessPolicy.ensureGroups();
    directory.forEach(DirectorySetup::apply);
    accessPolicy.grantAll();
    filters.apply();
  }
}
