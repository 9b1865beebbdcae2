package uk.gov.cme.browser;

import org.openqa.selenium.By;

/** Camunda Cockpit as a person uses it: log in, and the dashboard. */
final class Cockpit {

  private final Browser browser;
  private final String base;

  Cockpit(Browser browser, String base) {
    this.browser = browser;
    this.base = base;
  }

  void logIn(String user, String password) {
    // logged in: the header offers the processes
    browser.logIn(base + "/camunda/app/cockpit/", user, password, By.cssSelector("a[href='#/processes']"));
  }

  /** Opens a process instance's runtime view and, in it, the detail tab with this label (e.g. a plugin's). */
  void openProcessInstanceTab(String processInstanceId, String tabLabel) {
    browser.open(base + "/camunda/app/cockpit/default/#/process-instance/" + processInstanceId + "/runtime");
    browser.click(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space()=" + Browser.literal(tabLabel) + "]"));
  }
}
