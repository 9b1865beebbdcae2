package uk.gov.cme.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The system Chromium, headless, driven by Selenium through the system chromedriver (no driver
 * download: Selenium Manager is never asked, because both paths are given). A JUnit extension: it
 * starts the browser before the class's tests, takes a screenshot (and keeps the page's HTML) when a
 * test fails, and quits the browser at the end. Every screenshot goes to
 * {@code target/browser-screenshots/NN-step-name.png}, numbered in the order taken.
 *
 * <p>The browser and the driver are {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver}
 * (Debian's {@code chromium} and {@code chromium-driver}); override with the system properties or
 * environment variables {@code CME_CHROMIUM} and {@code CME_CHROMEDRIVER}. If either is missing, the
 * test fails and says how to install them: a browser test that silently skips proves nothing.
 */
final class Browser implements BeforeAllCallback, AfterTestExecutionCallback, AfterAllCallback {

  static final Duration WAIT = Duration.ofSeconds(20);
  /**
   * {@code -Dcme.screenshots.docs=true}: a smaller window (1280x800), and the screenshots the test
   * marks for the documentation are also written to {@code docs/screens/}, to commit.
   */
  static final boolean DOCS = Boolean.getBoolean("cme.screenshots.docs");

  private final int width;
  private final int height;
  private final Path screenshots;
  private WebDriver driver;
  private ChromeDriverService service;
  private int shot;

  private final Path docs;

  Browser(int width, int height) {
    this.width = DOCS ? 1280 : width;
    this.height = DOCS ? 800 : height;
    Path project = Path.of(System.getProperty("project.basedir", "."));
    this.screenshots = project.resolve("target").resolve("browser-screenshots");
    this.docs = project.resolve("docs").resolve("screens");
  }

  @Override
  public void beforeAll(ExtensionContext context) throws IOException {
    File chromium = executable("CME_CHROMIUM", "/usr/bin/chromium", "chromium");
    File chromedriver = executable("CME_CHROMEDRIVER", "/usr/bin/chromedriver", "chromium-driver");
    if (Files.isDirectory(screenshots)) {
      try (Stream<Path> old = Files.walk(screenshots)) {
        old.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(screenshots)).forEach(p -> p.toFile().delete());
      }
    }
    Files.createDirectories(screenshots);
    service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver).usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium);
    options.addArguments("--headless=new", "--window-size=" + width + "," + height, "--no-sandbox",
        "--disable-dev-shm-usage", "--disable-gpu", "--lang=en-GB", "--force-device-scale-factor=1",
        "--disable-search-engine-choice-screen", "--no-first-run");
    driver = new ChromeDriver(service, options);
    // the window's size includes what little frame headless Chromium draws: size the page itself
    driver.manage().window().setSize(new Dimension(width, height));
    Object frame = ((JavascriptExecutor) driver).executeScript("return window.outerHeight - window.innerHeight;");
    driver.manage().window().setSize(new Dimension(width, height + ((Number) frame).intValue()));
  }

  private static File executable(String setting, String standard, String debianPackage) {
    String path = System.getProperty(setting, System.getenv().getOrDefault(setting, standard));
    File file = new File(path);
    if (!file.canExecute()) {
      fail("The browser test needs " + path + " (Debian package " + debianPackage + "): install it with "
          + "'apt-get install -y chromium chromium-driver' (.ci/run does this), or set " + setting
          + " to where it is. The test does not skip without a browser.");
    }
    return file;
  }

  @Override
  public void afterTestExecution(ExtensionContext context) {
    if (context.getExecutionException().isPresent() && driver != null) {
      screenshot("FAILED-" + context.getRequiredTestMethod().getName());
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (driver != null) {
      driver.quit();
    }
    if (service != null) {
      service.stop();
    }
  }

  WebDriver driver() {
    return driver;
  }

  /** Saves the page as it is now as {@code NN-name.png} (and, for a failure, its HTML beside it). */
  Path screenshot(String name) {
    shot++;
    String file = String.format(Locale.ROOT, "%02d-%s", shot, name.replaceAll("[^A-Za-z0-9_-]+", "-"));
    try {
      Path png = screenshots.resolve(file + ".png");
      Files.write(png, ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES));
      if (name.startsWith("FAILED")) {
        Files.writeString(screenshots.resolve(file + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
      }
      return png;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A step's screenshot that the documentation also shows, as {@code docs/screens/<docsName>.png}. */
  Path screenshot(String name, String docsName) {
    Path png = screenshot(name);
    if (DOCS) {
      try {
        Files.createDirectories(docs);
        Files.copy(png, docs.resolve(docsName + ".png"), StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return png;
  }

  WebDriverWait waiting() {
    return new WebDriverWait(driver, WAIT);
  }

  void open(String url) {
    driver.get(url);
  }

  /**
   * A new session: no cookies, nothing kept in the browser's storage. The cookies are deleted on a page
   * of the application's origin that runs no script (a static file, shown as text): deleted under a
   * running webapp, a request it still sends would come back with a new session cookie, and the next
   * login would carry that session with the new page's CSRF token and be refused ("Login Failed").
   */
  void forget(String anyPageOfTheApp) {
    driver.get("about:blank");
    driver.get(java.net.URI.create(anyPageOfTheApp).resolve("/cme-ui/case-view.js").toString());
    driver.manage().deleteAllCookies();
    ((JavascriptExecutor) driver).executeScript("window.localStorage.clear(); window.sessionStorage.clear();");
  }

  /**
   * Logs in to a webapp ({@code url}, Camunda's login page) as a new session, and waits for
   * {@code loggedIn}. The credentials are typed, read back, and only then sent: the login page may
   * still be settling when it first shows, and a login sent with half a name would count as a failed
   * one (the application locks an account after a few).
   */
  void logIn(String url, String user, String password, By loggedIn) {
    forget(url);
    open(url);
    By username = By.cssSelector("input[ng-model='username']");
    By secret = By.cssSelector("input[ng-model='password']");
    waiting().ignoring(StaleElementReferenceException.class)
        .withMessage(() -> "the login form to hold the user name and password").until(d -> {
      WebElement name = d.findElement(username);
      WebElement pass = d.findElement(secret);
      if (!name.isDisplayed() || !pass.isDisplayed()) {
        return false;
      }
      if (!holds(name, user)) {
        name.clear();
        name.sendKeys(user);
      }
      if (!holds(pass, password)) {
        pass.clear();
        pass.sendKeys(password);
      }
      return holds(d.findElement(username), user) && holds(d.findElement(secret), password);
    });
    click(By.cssSelector("button[type='submit']"));
    waiting().ignoring(StaleElementReferenceException.class)
        .withMessage(() -> user + " to be logged in at " + url).until(d -> {
      if (!d.findElements(By.xpath("//*[contains(normalize-space(), 'Login Failed')]")).isEmpty()) {
        throw new AssertionError("The login of " + user + " at " + url + " failed: " + bodyText());
      }
      return !d.findElements(loggedIn).isEmpty() && d.findElement(loggedIn).isDisplayed()
          && d.findElements(username).stream().noneMatch(WebElement::isDisplayed);
    });
  }

  /**
   * Whether a login field shows {@code value} and the page's model has it too: AngularJS marks a field
   * whose model is set {@code ng-not-empty}; a value typed before the page was ready is shown but not
   * sent.
   */
  private static boolean holds(WebElement field, String value) {
    String classes = field.getDomAttribute("class");
    return value.equals(field.getDomProperty("value")) && classes != null && classes.contains("ng-not-empty");
  }

  WebElement visible(By by) {
    return waiting().until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  WebElement clickable(By by) {
    return waiting().until(ExpectedConditions.elementToBeClickable(by));
  }

  void click(By by) {
    WebElement element = clickable(by);
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    element.click();
  }

  void scrollTo(By by) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'start'});", visible(by));
  }

  String bodyText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  List<WebElement> all(By by) {
    return driver.findElements(by);
  }

  /** An XPath string literal for {@code text}, whatever quotes it holds. */
  static String literal(String text) {
    if (!text.contains("'")) {
      return "'" + text + "'";
    }
    if (!text.contains("\"")) {
      return "\"" + text + "\"";
    }
    return "concat('" + text.replace("'", "', \"'\", '") + "')";
  }
}
