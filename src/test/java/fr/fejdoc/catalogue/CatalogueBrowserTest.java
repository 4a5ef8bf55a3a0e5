package fr.fejdoc.catalogue;

import static fr.fejdoc.catalogue.CatalogueFixtures.PROJECTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import fr.fejdoc.synth.SyntheticProjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The catalogue in headless Chromium (as {@code edition.BrowserTest}): search, filters with counts,
 * sort, URL state and the compare view, on the examples and on 1,000 synthetic projects; axe-core
 * finds no violation; nothing is logged as an error. Skipped without /usr/bin/chromium and
 * /usr/bin/chromedriver, or with {@code -Dfejdoc.browserTests=off}.
 */
class CatalogueBrowserTest {
  static final Path CHROMIUM = fr.fejdoc.edition.Chromium.BINARY;
  static final Path CHROMEDRIVER = fr.fejdoc.edition.Chromium.DRIVER;

  @TempDir static Path tmp;
  static ChromeDriverService service;
  static ChromeDriver driver;
  static Path site;

  @BeforeAll
  static void start() throws Exception {
    boolean off = System.getProperty("fejdoc.browserTests", "").strip().equalsIgnoreCase("off");
    if (off) return; // reported as skipped by every test, with the reason
    // nothing is skipped silently: without the browser the tests fail and say what to install
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      throw new IllegalStateException(
          "Chromium and chromedriver are needed: apt-get install chromium chromium-driver"
              + " (.ci/run does), or -Dfejdoc.browserTests=off to skip them on purpose");
    }
    site = CatalogueFixtures.site(PROJECTS, CatalogueFixtures.fakeOutput(tmp));
    service = fr.fejdoc.edition.Chromium.service();
    driver = fr.fejdoc.edition.Chromium.driver(service, tmp.resolve("profile"), 1280, 900);
  }

  @AfterAll
  static void stop() {
    if (driver != null) driver.quit();
    if (service != null) service.stop();
  }

  @AfterEach
  void noConsoleError() {
    if (driver == null) return;
    for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
      assertThat(e.getLevel()).as(e.getMessage()).isNotEqualTo(Level.SEVERE);
    }
  }

  private static void open(Path root, String page) {
    driver.get(root.resolve(page).toUri().toString());
  }

  private static void open(Path root, String page, String rest) {
    driver.get(root.resolve(page).toUri() + rest);
  }

  @Test
  void searchAndSortWork() {
    assumeTrue(driver != null, "Chromium and chromedriver are needed (or tests switched off)");
    open(site, "index.html");
    assertThat(driver.findElements(By.cssSelector("#experiences tbody tr"))).hasSize(4);

    type("languedoc");
    assertThat(visibleFirstCells()).containsExactly("AP1_393");
    // accents, case and plural do not matter
    type("LANGUÉDOC");
    assertThat(visibleFirstCells()).containsExactly("AP1_393");
    type("jeune");
    List<String> jeune = visibleFirstCells();
    type("Jeunes");
    assertThat(visibleFirstCells()).isEqualTo(jeune).isNotEmpty();
    type("apprentissages");
    assertThat(visibleFirstCells()).contains("AP1_027");
    type("");
    assertThat(visibleFirstCells()).hasSize(4);

    // "Bénéficiaires prévus / entrés": ascending by beneficiaries entered, unknown last
    List<WebElement> buttons = driver.findElements(By.cssSelector("#experiences th button.sort"));
    assertThat(buttons).hasSize(IndexPage.INDEX_COLUMNS.size());
    buttons.get(8).click();
    assertThat(visibleFirstCells()).startsWith("AP1_027", "passeport-accueil-commun");
    assertThat(visibleFirstCells()).endsWith("AP1_140", "AP1_393");
    assertThat(driver.getCurrentUrl()).contains("tri=9").contains("ordre=asc");
    buttons.get(8).click();
    assertThat(visibleFirstCells()).startsWith("passeport-accueil-commun", "AP1_027");
    // by keyboard: a third press restores the original order
    buttons.get(8).sendKeys(Keys.ENTER);
    assertThat(visibleFirstCells())
        .containsExactly("AP1_027", "AP1_140", "AP1_393", "passeport-accueil-commun");
    // every column sorts
    for (WebElement b : buttons) {
      b.click();
      assertThat(visibleFirstCells()).hasSize(4);
    }
  }

  @Test
  void everyControlIsReachableByKeyboard() {
    assumeTrue(driver != null, "Chromium and chromedriver are needed (or tests switched off)");
    open(site, "index.html");
    java.util.Set<String> reached = new java.util.HashSet<>();
    WebElement body = driver.findElement(By.tagName("body"));
    body.sendKeys(Keys.TAB);
    for (int i = 0; i < 80; i++) {
      WebElement active = driver.switchTo().activeElement();
      String id = active.getAttribute("id");
      if (id != null && !id.isEmpty()) reached.add(id);
      if ("sort".equals(active.getAttribute("class"))) reached.add("sort");
      active.sendKeys(Keys.TAB);
    }
    assertThat(reached)
        .contains("recherche", "f-region", "f-etat", "effacer", "comparer", "c-AP1_027", "sort");
    // the compare view's controls too
    open(site, "comparer.html", "?p=AP1_027");
    driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
    reached.clear();
    for (int i = 0; i < 20; i++) {
      WebElement active = driver.switchTo().activeElement();
      reached.add(active.getAttribute("id") + "/" + active.getAttribute("class"));
      active.sendKeys(Keys.TAB);
    }
    assertThat(reached).contains("ajout/", "ajouter/", "/remove");
  }

  @Test
  void skipLinkComesFirstAndKeepsTheViewState() {
    assumeTrue(driver != null, "Chromium and chromedriver are needed (or tests switched off)");
    open(site, "index.html", "#q=languedoc");
    assertThat(visibleFirstCells()).containsExactly("AP1_393");
    driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
    WebElement skip = driver.switchTo().activeElement();
    assertThat(skip.getText()).isEqualTo("Aller au contenu");
    assertThat(skip.getRect().getY()).isGreaterThanOrEqualTo(0); // shown when focused
    skip.sendKeys(Keys.ENTER);
    assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("contenu");
    assertThat(driver.getCurrentUrl()).endsWith("#q=languedoc");
    assertThat(visibleFirstCells()).containsExactly("AP1_393");
    // every page has it, and its target
    for (String page : List.of("comparer.html", "graphiques.html", "experiences/AP1_027.html")) {
      open(site, page);
      assertThat(driver.findElement(By.cssSelector("body > a.evitement")).getAttribute("href"))
          .endsWith("#contenu");
      assertThat(driver.findElements(By.id("contenu"))).as(page).hasSize(1);
    }
  }

  @Test
  void filtersCountAndLiveInTheUrl() {
    assumeTrue(driver != null, "Chromium and chromedriver are needed (or tests switched off)");
    open(site, "index.html");
    Select region = new Select(driver.findElement(By.id("f-region")));
    assertThat(region.getOptions())
        .extracting(WebElement::getText)
        .contains("Pays de la Loire (2)");
    region.selectByValue("Pays de la Loire");
    assertThat(visibleFirstCells()).containsExactly("AP1_027", "AP1_140");
    assertThat(driver.findElement(By.id("compte")).getText()).contains("2").contains("sur 4");
    // the other facets count within the région chosen
    Select year = new Select(driver.findElement(By.id("f-annee")));
    assertThat(year.getOptions().get(0).getText()).isEqualTo("Toutes (2)");
    assertThat(year.getOptions()).extracting(WebElement::getText).contains("2010 (1)");
    year.selectByValue("2010");
    assertThat(visibleFirstCells()).containsExactly("AP1_140");
    driver.findElements(By.cssSelector("#experiences th button.sort")).get(1).click();

    String url = driver.getCurrentUrl();
    assertThat(url).contains("region=Pays+de+la+Loire").contains("annee=2010").contains("tri=2");
    driver.get("about:blank");
    driver.get(url);
    assertThat(visibleFirstCells()).containsExactly("AP1_140");
    assertThat(new Select(driver.findElement(By.id("f-annee"))).getFirstSelectedOption().getText())
        .isEqualTo("2010 (1)");

    driver.findElement(By.id("effacer")).click();
    assertThat(visibleFirstCells()).hasSize(4);
    open(site, "index.html", "#etat=V%C3%A9rifi%C3%A9&q=agir");
    assertThat(visibleFirstCells()).containsExactly("AP1_140");
  }

  @Test
  void compareViewShowsTheChosenExperimentsSideBySide() {
    assumeTrue(driver != null, "Chromium and chromedriver are needed (or tests switched off)");
    open(site, "index.html");
    driver.findElement(By.id("c-AP1_027")).click();
    driver.findElement(By.id("c-AP1_393")).click();
    driver.findElement(By.id("comparer")).click();
    waitFor("comparer.html");
    assertThat(driver.getCurrentUrl()).contains("comparer.html?p=AP1_027&p=AP1_393");
    assertThat(compared()).containsExactly("AP1_027", "AP1_393");
    List<WebElement> rows = driver.findElements(By.cssSelector("#comparaison-table tbody tr"));
    assertThat(rows).hasSize(ComparePage.COMPARE_ROWS.size());
    assertThat(driver.findElement(By.id("comparaison-table")).getText())
        .contains("Public cible")
        .contains("Part du FEJ")
        .contains("848,64");

    new Select(driver.findElement(By.id("ajout"))).selectByValue("AP1_140");
    driver.findElement(By.id("ajouter")).click();
    assertThat(compared()).containsExactly("AP1_027", "AP1_393", "AP1_140");
    String url = driver.getCurrentUrl();
    assertThat(url).contains("#p=AP1_027&p=AP1_393&p=AP1_140");
    driver.findElements(By.cssSelector("#comparaison-table button.remove")).get(0).click();
    assertThat(compared()).containsExactly("AP1_393", "AP1_140");
    driver.get("about:blank");
    driver.get(url);
    assertThat(compared()).containsExactly("AP1_027", "AP1_393", "AP1_140");
  }

  @Test
  void axeFindsNoViolation() {
    assumeTrue(driver != null, "Chromium and chromedriver are needed (or tests switched off)");
    for (String page :
        List.of(
            "index.html",
            "experiences/AP1_027.html",
            "experiences/AP1_393.html",
            "comparer.html?p=AP1_027&p=AP1_140",
            "graphiques.html")) {
      driver.get(site.toUri() + page);
      Results r = new AxeBuilder().analyze(driver);
      driver.manage().logs().get(LogType.BROWSER); // axe's own messages are not the site's
      assertThat(r.getViolations()).as(page + ": " + describe(r.getViolations())).isEmpty();
    }
  }

  @Test
  void thousandSyntheticProjects() throws Exception {
    assumeTrue(driver != null, "Chromium and chromedriver are needed (or tests switched off)");
    Path projects = tmp.resolve("synth");
    SyntheticProjects.generate(projects, 1000, 7);
    Path output = Files.createDirectories(tmp.resolve("synth-out"));
    // stamped as built from their current inputs with no document: the catalogue builds nothing
    try (var dirs = Files.list(projects)) {
      for (Path dir : dirs.filter(Files::isDirectory).toList()) {
        fr.fejdoc.write.ProjectWriter.stamp(
            dir, output.resolve(dir.getFileName().toString()), List.of());
      }
    }
    Path big = CatalogueFixtures.site(projects, output);
    open(big, "index.html");
    List<WebElement> rows = driver.findElements(By.cssSelector("#experiences tbody tr"));
    assertThat(rows).hasSize(1000);

    // what it costs is a bench figure (bench/), never a timed assertion: here, what it does
    type("jeunes");
    long shown = visibleCount();
    assertThat(shown).isPositive().isLessThanOrEqualTo(1000);
    type("jeune");
    assertThat(visibleCount()).isEqualTo(shown);
    type("");

    Select region = new Select(driver.findElement(By.id("f-region")));
    WebElement second = region.getOptions().get(1);
    int expected = count(second.getText());
    region.selectByIndex(1);
    assertThat(visibleCount()).isEqualTo(expected);
    region.selectByIndex(0);

    WebElement sort = driver.findElements(By.cssSelector("#experiences th button.sort")).get(9);
    sort.click();
    assertThat(driver.findElements(By.cssSelector("#experiences th[aria-sort]")))
        .as("the sorted column says so")
        .hasSize(1);
    assertThat(driver.findElements(By.cssSelector("#experiences tbody tr"))).hasSize(1000);

    List<WebElement> boxes = driver.findElements(By.cssSelector("#experiences td.pick input"));
    boxes.get(0).click();
    boxes.get(999).click();
    driver.findElement(By.id("comparer")).click();
    waitFor("comparer.html");
    assertThat(compared()).as(driver.getCurrentUrl()).hasSize(2);
    Results r = new AxeBuilder().analyze(driver);
    driver.manage().logs().get(LogType.BROWSER);
    assertThat(r.getViolations()).as(describe(r.getViolations())).isEmpty();
  }

  private static void waitFor(String page) {
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(
            d ->
                d.getCurrentUrl().contains(page)
                    && !d.findElements(By.id("comparaison-table")).isEmpty());
  }

  private static int count(String option) {
    return Integer.parseInt(option.replaceAll(".*\\((\\d+)\\)$", "$1"));
  }

  private static String describe(List<Rule> rules) {
    return rules.stream()
        .map(
            v ->
                v.getId()
                    + " "
                    + v.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget()))
                        .limit(3)
                        .collect(Collectors.joining(", ")))
        .collect(Collectors.joining("; "));
  }

  private static void type(String text) {
    WebElement search = driver.findElement(By.id("recherche"));
    search.clear();
    if (text.isEmpty()) {
      driver.executeScript(
          "var i = document.getElementById('recherche'); i.value = '';"
              + " i.dispatchEvent(new Event('input'));");
    } else {
      search.sendKeys(text);
    }
  }

  private static long visibleCount() {
    Object n =
        driver.executeScript(
            "return document.querySelectorAll('#experiences tbody tr:not([hidden])').length;");
    return ((Number) n).longValue();
  }

  /** The projects in the compare view, in order (from their page links). */
  private static List<String> compared() {
    return driver.findElements(By.cssSelector("#comparaison-table thead th a")).stream()
        .map(a -> a.getAttribute("href").replaceAll(".*/experiences/(.*)\\.html$", "$1"))
        .toList();
  }

  private static List<String> visibleFirstCells() {
    return driver.findElements(By.cssSelector("#experiences tbody tr")).stream()
        .filter(WebElement::isDisplayed)
        .map(r -> r.findElement(By.cssSelector("td:nth-child(2)")).getText().strip())
        .toList();
  }
}
