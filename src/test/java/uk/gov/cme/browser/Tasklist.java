package uk.gov.cme.browser;

import static uk.gov.cme.browser.Browser.literal;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Camunda Tasklist as a person uses it: log in, start a process, fill a Camunda Form by its labels. */
final class Tasklist {

  private final Browser browser;
  private final String base;

  Tasklist(Browser browser, String base) {
    this.browser = browser;
    this.base = base;
  }

  void logIn(String user, String password) {
    browser.logIn(base + "/camunda/app/tasklist/", user, password, By.cssSelector(".start-process-action a"));
  }

  void startProcess(String name) {
    browser.click(By.cssSelector(".start-process-action a"));
    browser.click(By.xpath("//ul[contains(@class,'processes')]//a[normalize-space()=" + literal(name) + "]"));
    browser.visible(By.cssSelector(".modal-body form, .modal-body .fjs-container"));
  }

  /** The form-js input whose label starts with {@code label}. */
  WebElement field(String label) {
    By byLabel = By.xpath("//label[starts-with(normalize-space(), " + literal(label) + ")]");
    WebElement labelElement = browser.visible(byLabel);
    String id = labelElement.getAttribute("for");
    return browser.visible(By.id(id));
  }

  void fill(String label, String value) {
    WebElement input = field(label);
    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
    input.clear();
    input.sendKeys(value);
  }

  /**
   * The open task's form as a person reads it: each field's label and what it shows (form-js puts a
   * field's value in its input, not in the page's text), one line each, once the form has loaded.
   */
  String taskForm() {
    browser.visible(By.cssSelector(".task-details .fjs-form .fjs-form-field"));
    Object lines = ((JavascriptExecutor) browser.driver()).executeScript("""
        return Array.from(document.querySelectorAll('.task-details .fjs-form .fjs-form-field'))
          .map(field => {
            const label = field.querySelector('label');
            const input = field.querySelector('input, textarea, select');
            return (label ? label.innerText.trim() : '') + ': ' + (input ? input.value : field.innerText.trim());
          }).join('\\n');
        """);
    return String.valueOf(lines);
  }

  void submitStartForm() {
    browser.click(By.xpath("//div[contains(@class,'modal-footer')]//button[@type='submit']"));
    browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-dialog")));
  }

  /** Opens a tab of the open task (Form, History, Diagram, Description, or a plugin's, such as Case). */
  void openTaskTab(String name) {
    browser.click(By.xpath("//*[contains(@class,'task-details')]//ul[contains(@class,'nav-tabs')]//a[normalize-space()="
        + literal(name) + "]"));
  }

  void openFilter(String name) {
    browser.click(By.xpath("//*[contains(@class,'task-filters')]//a[starts-with(normalize-space(), " + literal(name) + ")]"));
  }

  WebElement taskCard(String text) {
    return browser.visible(By.xpath("//ol[contains(@class,'tasks-list')]/li[contains(normalize-space(), "
        + literal(text) + ")]"));
  }

  void open(WebElement card) {
    card.findElement(By.cssSelector("h4.task a")).click();
  }

  /** Waits for the current filter's list to load, and gives its tasks' cards. */
  List<WebElement> tasksShown() {
    browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[cam-tasks] .loader")));
    browser.visible(By.xpath("//*[@cam-tasks]//*[contains(@class,'well') or contains(@class,'tasks-list')]"));
    return browser.all(By.cssSelector("ol.tasks-list > li.task"));
  }
}
