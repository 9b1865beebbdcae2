package uk.gov.cme.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 9, "a browser test in the suite": the school referral as its users see it, in Chromium.
 * A Riverside user logs in to Tasklist, starts "Refer a child to the CME team" and fills the Camunda
 * Form by its labels; the CME officer finds the acknowledgement task for that child in "CME team —
 * unassigned" and opens it; Hillcrest's user finds no task and no trace of the child. The application
 * runs on a random port with a fresh in-memory database and the demo accounts (profiles demo and
 * test). Every step is a screenshot in {@code target/browser-screenshots/}; with
 * {@code -Dcme.screenshots.docs=true} the window is 1280x800 and the documentation's screenshots are
 * also written to {@code docs/screens/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SchoolReferralBrowserIT {

  @RegisterExtension
  static final Browser browser = new Browser(1920, 1080);

  static final String PASSWORD = "Demo-Pass-2026";
  static final String SCHOOL_USER = "riverside.dsl";
  static final String OTHER_SCHOOL_USER = "hillcrest.dsl";
  static final String OFFICER = "cme.officer";
  static final String FORENAME = "Zofia";
  static final String SURNAME = "Kowalski";

  @LocalServerPort
  int port;

  Tasklist tasklist() {
    return new Tasklist(browser, "http://localhost:" + port);
  }

  @Test
  @Order(1)
  void a_school_refers_a_child_from_tasklist() {
    Tasklist tasklist = tasklist();
    tasklist.logIn(SCHOOL_USER, PASSWORD);
    browser.screenshot("school-logged-in");
    tasklist.startProcess("Refer a child to the CME team");
    browser.screenshot("school-start-form", "school-start-form");
    tasklist.fill("Your name", "Dana Shah");
    tasklist.fill("Your email", "dsl@riverside.example");
    tasklist.fill("Legal forename(s)", FORENAME);
    tasklist.fill("Legal surname", SURNAME);
    tasklist.fill("Date of birth", "2014-05-17");
    tasklist.fill("Last known address", "14 Orchard Way, Winchester");
    tasklist.fill("Postcode", "SO23 7QT");
    tasklist.fill("Last school attended", "Riverside Primary School");
    tasklist.fill("What has happened?", "Not seen since the half-term holiday; the family's phone is off.");
    tasklist.fill("First-day calls and texts to parents and carers: date", "2026-11-30");
    tasklist.fill("First-day calls and texts to parents and carers: result", "No answer on either number");
    browser.screenshot("school-form-filled");
    tasklist.submitStartForm();
    tasklist.notification("The process has been started");
    browser.screenshot("school-referral-submitted");
  }

  @Test
  @Order(2)
  void the_officer_finds_the_acknowledgement_for_that_child_in_the_unassigned_filter() {
    Tasklist tasklist = tasklist();
    tasklist.logIn(OFFICER, PASSWORD);
    tasklist.openFilter("CME team — unassigned");
    WebElement card = tasklist.taskCard(FORENAME);
    browser.screenshot("officer-unassigned-tasks", "cme-team-unassigned");
    assertThat(card.getText()).contains("Acknowledge");
    tasklist.open(card);
    String form = tasklist.taskForm();
    browser.screenshot("officer-acknowledge-form", "acknowledge-the-referral");
    assertThat(browser.bodyText()).contains("Acknowledge the referral");
    assertThat(form).contains(FORENAME).contains(SURNAME).containsPattern("2014-05-17|17 May 2014")
        .as("what the officer needs: address, postcode and the school's attempts to locate")
        .contains("14 Orchard Way, Winchester").contains("SO23 7QT").contains("No answer on either number");
  }

  @Test
  @Order(3)
  void the_other_school_sees_no_task_and_no_trace_of_the_child() {
    Tasklist tasklist = tasklist();
    tasklist.logIn(OTHER_SCHOOL_USER, PASSWORD);
    List<WebElement> tasks = tasklist.tasksShown();
    browser.screenshot("other-school-tasklist");
    assertThat(tasks).as("Hillcrest's tasks").isEmpty();
    assertThat(browser.bodyText()).contains("My school's tasks").doesNotContain(FORENAME).doesNotContain(SURNAME);
  }
}
