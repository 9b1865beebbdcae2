package uk.gov.cme.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 9, "a browser test in the suite": the school referral as its users see it, in Chromium.
 * A Riverside user logs in to Tasklist, starts "Refer a child to the CME team", fills the Camunda Form
 * by its labels and is given the case reference as its receipt, then finds the referral, received, in
 * "My school's referrals". The CME officer finds the acknowledgement task for that child in "CME team
 * — unassigned", opens it and its Case tab (the referral, the open task and the audit trail, with the
 * officer's own view recorded), and finds the child by part of the surname in "Find a case".
 * Hillcrest's user has no task, no case search and no referral, and sees no trace of the child. The
 * CME manager finds the case in Cockpit's case search and in the Case tab of its process instance.
 * The application runs on a random port with a fresh in-memory database and the demo accounts
 * (profiles demo and test). The steps run in order and share the case reference. Every step is a
 * screenshot in {@code target/browser-screenshots/}; with {@code -Dcme.screenshots.docs=true} the
 * window is 1280x800 and the documentation's screenshots are also written to {@code docs/screens/}.
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
  static final String MANAGER = "cme.manager";
  static final String FORENAME = "Zofia";
  static final String SURNAME = "Kowalski";

  /** The case reference the school is given as its receipt; the later steps look for it. */
  static String caseReference;

  @LocalServerPort
  int port;
  @Autowired
  ProcessEngine engine;

  Tasklist tasklist() {
    return new Tasklist(browser, "http://localhost:" + port);
  }

  Cockpit cockpit() {
    return new Cockpit(browser, "http://localhost:" + port);
  }

  @Test
  @Order(1)
  void a_school_refers_a_child_from_tasklist_and_gets_its_receipt() {
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

    WebElement receipt = browser.visible(By.id("cme-referral-received"));
    caseReference = receipt.findElement(By.cssSelector(".cme-case-reference")).getText();
    browser.screenshot("school-receipt", "referral-received");
    assertThat(caseReference).matches("CME-\\d{4}-\\d{5}");
    assertThat(receipt.getText()).startsWith("Referral received: " + caseReference);
  }

  @Test
  @Order(2)
  void the_school_sees_the_referral_received_in_its_referrals() {
    Tasklist tasklist = tasklist();
    tasklist.logIn(SCHOOL_USER, PASSWORD);
    browser.click(By.id("cme-my-referrals-button"));
    WebElement row = browser.visible(By.cssSelector("#cme-my-referrals .cme-receipt[data-reference='" + caseReference + "']"));
    browser.screenshot("school-my-referrals", "my-schools-referrals");
    assertThat(row.findElement(By.cssSelector(".cme-receipt-child")).getText()).isEqualTo(FORENAME + " " + SURNAME);
    assertThat(row.findElement(By.cssSelector(".cme-receipt-status")).getText()).startsWith("Received");
    assertThat(browser.all(By.id("cme-case-search-button"))).as("a school is offered no case search").isEmpty();
  }

  @Test
  @Order(3)
  void the_officer_finds_the_acknowledgement_for_that_child_in_the_unassigned_filter() {
    Tasklist tasklist = tasklist();
    tasklist.logIn(OFFICER, PASSWORD);
    tasklist.openFilter("CME team — unassigned");
    WebElement card = tasklist.taskCard(FORENAME);
    browser.screenshot("officer-unassigned-tasks", "cme-team-unassigned");
    assertThat(card.getText()).contains("Acknowledge").contains(caseReference);
    tasklist.open(card);
    String form = tasklist.taskForm();
    browser.screenshot("officer-acknowledge-form", "acknowledge-the-referral");
    assertThat(browser.bodyText()).contains("Acknowledge the referral");
    assertThat(form).contains(FORENAME).contains(SURNAME).contains("17 May 2014")
        .as("what the officer needs: address, postcode and the school's attempts to locate")
        .contains("14 Orchard Way, Winchester").contains("SO23 7QT").contains("No answer on either number");

    tasklist.openTaskTab("Case");
    browser.visible(By.cssSelector("#cme-case-view .cme-case-audit"));
    browser.screenshot("officer-case-tab", "case-tab-tasklist");
    assertThat(browser.visible(By.id("cme-case-reference")).getText()).isEqualTo(caseReference);
    WebElement referral = browser.visible(By.cssSelector("#cme-case-view .cme-case-referrals .cme-referral"));
    assertThat(referral.getText()).contains("Dana Shah").contains("Not seen since the half-term holiday");
    assertThat(texts("#cme-case-view .cme-case-tasks .cme-open-task")).anyMatch(t -> t.contains("Acknowledge the referral"));
    assertThat(texts("#cme-case-view .cme-case-audit .cme-audit-line"))
        .anyMatch(line -> line.contains("Case opened"))
        .anyMatch(line -> line.contains(OFFICER) && line.contains("Case viewed"));
  }

  @Test
  @Order(4)
  void the_officer_finds_the_child_by_part_of_the_name_in_the_case_search() {
    Tasklist tasklist = tasklist();
    tasklist.logIn(OFFICER, PASSWORD);
    browser.click(By.id("cme-case-search-button"));
    browser.visible(By.id("cme-case-search-input")).sendKeys("kowal");
    browser.click(By.id("cme-case-search-submit"));
    WebElement result = browser.visible(By.cssSelector(".cme-search-result[data-reference='" + caseReference + "']"));
    browser.screenshot("officer-case-search");
    assertThat(result.getText()).contains(FORENAME + " " + SURNAME).contains("17 May 2014");
    result.click();
    WebElement caseView = browser.visible(By.cssSelector("#cme-search-case-view .cme-case-referrals"));
    browser.screenshot("officer-case-from-search", "case-search-tasklist");
    assertThat(caseView.getText()).contains("Dana Shah");
  }

  @Test
  @Order(5)
  void the_other_school_sees_no_task_and_no_trace_of_the_child() {
    Tasklist tasklist = tasklist();
    tasklist.logIn(OTHER_SCHOOL_USER, PASSWORD);
    List<WebElement> tasks = tasklist.tasksShown();
    browser.screenshot("other-school-tasklist");
    assertThat(tasks).as("Hillcrest's tasks").isEmpty();
    assertThat(browser.bodyText()).contains("My school's tasks").doesNotContain(FORENAME).doesNotContain(SURNAME);
    assertThat(browser.all(By.id("cme-case-search-button"))).as("a school is offered no case search").isEmpty();

    browser.click(By.id("cme-my-referrals-button"));
    browser.visible(By.id("cme-my-referrals-none"));
    browser.screenshot("other-school-my-referrals");
    assertThat(browser.bodyText()).contains("Your school has made no referral yet.")
        .doesNotContain(FORENAME).doesNotContain(SURNAME).doesNotContain(caseReference);
  }

  @Test
  @Order(6)
  void the_manager_finds_the_case_in_cockpit() {
    Cockpit cockpit = cockpit();
    cockpit.logIn(MANAGER, PASSWORD);
    browser.visible(By.id("cme-case-search-input")).sendKeys("Kowalski");
    browser.click(By.id("cme-case-search-submit"));
    browser.click(By.cssSelector(".cme-search-result[data-reference='" + caseReference + "']"));
    WebElement caseView = browser.visible(By.cssSelector("#cme-search-case-view .cme-case-audit"));
    browser.scrollTo(By.id("cme-case-search"));
    browser.screenshot("manager-cockpit-case", "case-search-cockpit");
    assertThat(caseView.getText()).contains("Case viewed");
    assertThat(browser.visible(By.cssSelector("#cme-search-case-view .cme-case-tasks")).getText())
        .contains("Acknowledge the referral");
  }

  @Test
  @Order(7)
  void the_manager_sees_the_case_tab_of_the_process_instance_in_cockpit() {
    // the address Cockpit's process instance view has; the instance is looked up, not clicked through to
    String instance = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("cme-referral")
        .processInstanceBusinessKey(caseReference).singleResult().getId();
    Cockpit cockpit = cockpit();
    cockpit.logIn(MANAGER, PASSWORD);
    cockpit.openProcessInstanceTab(instance, "Case");
    WebElement caseView = browser.visible(By.cssSelector("#cme-case-view .cme-case-referrals"));
    browser.screenshot("manager-cockpit-instance-case-tab", "case-tab-cockpit");
    assertThat(browser.visible(By.id("cme-case-reference")).getText()).isEqualTo(caseReference);
    assertThat(caseView.getText()).contains("Dana Shah");
  }

  private List<String> texts(String css) {
    return browser.all(By.cssSelector(css)).stream().map(WebElement::getText).toList();
  }
}
