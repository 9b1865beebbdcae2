package uk.gov.cme.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Prints where the service answers once it is ready. */
@Component
class StartupReport {

  private static final Logger LOG = LoggerFactory.getLogger(StartupReport.class);

  private final Environment environment;
  private final String webappPath;

  StartupReport(Environment environment, @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
    this.environment = environment;
    this.webappPath = webappPath;
  }

  @EventListener
  public void onReady(ApplicationReadyEvent event) {
    int port = event.getApplicationContext() instanceof WebServerApplicationContext web
        ? web.getWebServer().getPort() : 8080;
    String base = "http://localhost:" + port;
    LOG.info("""
        {} is ready (profiles: {})
          Tasklist  {}{}/app/tasklist/
          Cockpit   {}{}/app/cockpit/
          Admin     {}{}/app/admin/
          REST API  {}/engine-rest (HTTP Basic)""",
        environment.getProperty("cme.service-name"), String.join(",", environment.getActiveProfiles().length == 0
            ? environment.getDefaultProfiles() : environment.getActiveProfiles()),
        base, webappPath, base, webappPath, base, webappPath, base);
  }
}
