package fr.fejdoc.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.fejdoc.check.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The preview in headless Chromium (as {@code catalogue.CatalogueBrowserTest}): the served page's
 * script runs under its policy (no console error: a policy violation would be one), places the
 * markers of the findings, and reloads the page by itself when the Markdown is saved.
 */
class PreviewBrowserTest {
  static final Path CHROMIUM = fr.fejdoc.edition.Chromium.BINARY;
  static final Path CHROMEDRIVER = fr.fejdoc.edition.Chromium.DRIVER;
  static final String DOC = "note-etape-2010-12-31";

  @TempDir static Path tmp;
  static ChromeDriverService service;
  static ChromeDriver driver;
  static PreviewSession session;
  static PreviewServer server;
  static Path project;

  @BeforeAll
  static void start() throws Exception {
    boolean off = System.getProperty("fejdoc.browserTests", "").strip().equalsIgnoreCase("off");
    if (off) return;
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      throw new IllegalStateException(
          "Chromium and chromedriver are needed: apt-get install chromium chromium-driver"
              + " (.ci/run does), or -Dfejdoc.browserTests=off to skip them on purpose");
    }
    project = tmp.resolve("AP1_393");
    try (Stream<Path> s = Files.walk(Path.of("projects/AP1_393"))) {
      for (Path p : s.toList()) {
        Path t = project.resolve(Path.of("projects/AP1_393").relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(t);
        else Files.copy(p, t, StandardCopyOption.COPY_ATTRIBUTES);
      }
    }
    session =
        new PreviewSession(
            List.of(new PreviewSession.Source(project, "AP1_393")),
            Files.createDirectory(tmp.resolve("apercu")),
            Messages.of(Messages.Lang.FR),
            false);
    server = PreviewServer.start(session, 0);
    session.buildAll();
    service = fr.fejdoc.edition.Chromium.service();
    driver = fr.fejdoc.edition.Chromium.driver(service, tmp.resolve("profile"), 1280, 900);
  }

  @AfterAll
  static void stop() {
    if (driver != null) driver.quit();
    if (service != null) service.stop();
    if (server != null) server.close();
    if (session != null) session.close();
  }

  @Test
  void thePageReloadsItselfAndShowsTheFindingsWhereTheyPoint() throws Exception {
    assumeTrue(driver != null, "Chromium and chromedriver are needed (or tests switched off)");
    Path md = project.resolve(DOC + ".md");
    // a part left empty: a finding in the Markdown, at a part the page has
    Files.writeString(md, Files.readString(md) + "\n# Conclusion\n\n");
    session.buildAll();
    driver.get(server.address() + "AP1_393/" + DOC + ".html");
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    wait.until(d -> !d.findElements(By.id("fejdoc-apercu-constats")).isEmpty());
    assertThat(driver.findElements(By.cssSelector(".fejdoc-apercu-marque"))).isNotEmpty();
    // the page listens: a save reloads it with the new text, by itself
    wait.until(d -> server.listening() > 0);
    Files.writeString(md, Files.readString(md) + "\nRechargementautomatique réussi.\n");
    wait.until(d -> d.getPageSource().contains("Rechargementautomatique"));
    for (LogEntry e : driver.manage().logs().get(LogType.BROWSER))
      assertThat(e.getLevel()).as(e.getMessage()).isNotEqualTo(Level.SEVERE);
  }
}
