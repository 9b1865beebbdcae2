package uk.gov.cme.casewide;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * What every case-wide test over real HTTP starts from: the application on a random port in the demo
 * and test profiles, the SMTP server the test profile sends mail to (GreenMail), and a {@link CaseWorld}
 * to work the case through the application's public ways in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
abstract class CaseWorldTest {

  @RegisterExtension
  static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP)
      .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

  @Autowired
  TestRestTemplate http;
  @Autowired
  ProcessEngine engine;

  CaseWorld world;

  @BeforeEach
  void setUpWorld() {
    world = new CaseWorld(http, engine, smtp);
  }
}
