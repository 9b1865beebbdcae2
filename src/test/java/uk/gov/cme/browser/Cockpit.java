package uk.gov.cme.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Camunda Cockpit as a person uses it: log in, and the dashboard. */
final class Cockpit {

  private final Browser browser;
  private final String base;

  Cockpit(Browser browser, String base) {
    this.browser = browser;
    this.base = base;
  }

  void logIn(String user, String password) {
    browser.forget(base + "/camunda/app/cockpit/");
    browser.open(base + "/camunda/app/cockpit/");
    browser.visible(By.cssSelector("input[ng-model='username']")).sendKeys(user);
    browser.visible(By.cssSelector("input[ng-model='password']")).sendKeys(password);
    browser.click(By.cssSelector("button[type='submit']"));
    // logged in: the login form is gone and the header offers the processes
    browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
    browser.visible(By.cssSelector("a[href='#/processes']"));
  }

  /** Opens a process instance's runtime view and, in it, the detail tab with this label (e.g. a plugin's). */
  void openProcessInstanceTab(String processInstanceId, String tabLabel) {
    browser.open(base + "/camunda/app/cockpit/default/#/process-instance/" + processInstanceId + "/runtime");
    browser.click(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space()=" + Browser.literal(tabLabel) + "]"));
  }
}
