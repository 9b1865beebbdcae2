package uk.gov.cme.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Prints, in one log block, where the service answers once it is ready (addresses only, no data). */
@Component
class StartupReport {

  private static final Logger LOG = LoggerFactory.getLogger(StartupReport.class);

  private final Environment environment;
  private final String webappPath;
  private final String actuatorPath;

  StartupReport(Environment environment,
                @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath,
                @Value("${management.endpoints.web.base-path:/actuator}") String actuatorPath) {
    this.environment = environment;
    this.webappPath = webappPath;
    this.actuatorPath = actuatorPath;
  }

  @EventListener
  public void onReady(ApplicationReadyEvent event) {
    int port = event.getApplicationContext() instanceof WebServerApplicationContext web
        ? web.getWebServer().getPort() : 8080;
    LOG.info(report("http://localhost:" + port));
  }

  String report(String base) {
    String[] profiles = environment.getActiveProfiles().length == 0
        ? environment.getDefaultProfiles() : environment.getActiveProfiles();
    String webapps = base + webappPath;
    String health = base + actuatorPath + "/health";
    return """
        %s is ready (profiles: %s)
          Tasklist      %s/app/tasklist/
          Cockpit       %s/app/cockpit/
          Admin         %s/app/admin/
          REST API      %s/engine-rest (HTTP Basic)
          Referral API  POST %s/api/referrals (HTTP Basic, school accounts)
          Off-roll API  POST %s/api/off-roll-notifications (HTTP Basic, school accounts)
          Health        %s
          Liveness      %s/liveness
          Readiness     %s/readiness""".formatted(
        environment.getProperty("cme.service-name"), String.join(",", profiles),
        webapps, webapps, webapps, base, base, base, health, health, health);
  }
}
