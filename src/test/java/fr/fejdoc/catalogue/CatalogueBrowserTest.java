package fr.fejdoc.catalogue;

import static fr.fejdoc.catalogue.CatalogueFixtures.PROJECTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The index's optional script in headless Chromium (as {@code edition.BrowserTest}): search hides
 * the rows that do not match, a header sorts, and nothing is logged as an error. Skipped without
 * /usr/bin/chromium and /usr/bin/chromedriver, or with {@code -Dfejdoc.browserTests=off}.
 */
class CatalogueBrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  @TempDir static Path tmp;
  static ChromeDriverService service;
  static ChromeDriver driver;
  static Path index;

  @BeforeAll
  static void start() throws Exception {
    boolean off = System.getProperty("fejdoc.browserTests", "").strip().equalsIgnoreCase("off");
    if (off || !Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) return;
    index =
        CatalogueFixtures.site(PROJECTS, CatalogueFixtures.fakeOutput(tmp)).resolve("index.html");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,900",
        "--user-data-dir=" + Files.createDirectories(tmp.resolve("profile")));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    driver = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stop() {
    if (driver != null) driver.quit();
    if (service != null) service.stop();
  }

  @Test
  void searchAndSortWork() {
    assumeTrue(driver != null, "Chromium and chromedriver are needed (or tests switched off)");
    driver.get(index.toUri().toString());
    List<WebElement> rows = driver.findElements(By.cssSelector("#experiences tbody tr"));
    assertThat(rows).hasSize(4);

    WebElement search = driver.findElement(By.id("recherche"));
    search.sendKeys("languedoc");
    assertThat(visibleFirstCells()).containsExactly("AP1_393");
    driver.executeScript(
        "var i = document.getElementById('recherche'); i.value = '';"
            + " i.dispatchEvent(new Event('input'));");
    assertThat(visibleFirstCells()).hasSize(4);

    // "Bénéficiaires prévus / entrés": ascending by beneficiaries entered, unknown last
    List<WebElement> buttons = driver.findElements(By.cssSelector("#experiences th button.sort"));
    buttons.get(8).click();
    assertThat(visibleFirstCells()).startsWith("AP1_027", "passeport-accueil-commun");
    assertThat(visibleFirstCells()).endsWith("AP1_140", "AP1_393");
    buttons.get(8).click();
    assertThat(visibleFirstCells()).startsWith("passeport-accueil-commun", "AP1_027");
    buttons.get(8).click(); // third click: the original order
    assertThat(visibleFirstCells())
        .containsExactly("AP1_027", "AP1_140", "AP1_393", "passeport-accueil-commun");

    for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
      assertThat(e.getLevel()).as(e.getMessage()).isNotEqualTo(Level.SEVERE);
    }
  }

  private static List<String> visibleFirstCells() {
    return driver.findElements(By.cssSelector("#experiences tbody tr")).stream()
        .filter(WebElement::isDisplayed)
        .map(r -> r.findElement(By.cssSelector("td")).getText().strip())
        .toList();
  }
}
