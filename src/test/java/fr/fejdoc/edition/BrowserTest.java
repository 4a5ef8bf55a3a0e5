package fr.fejdoc.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import fr.fejdoc.edition.Editions.Edition;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.ThrowingConsumer;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The HTML edition of every example in a real browser (Debian's headless Chromium through
 * Selenium): no console error, no Content-Security-Policy violation, no table wider than a 1024 px
 * screen, and no table wider than the printed A4 page.
 *
 * <p>Needs {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} (Debian packages chromium
 * and chromium-driver, which .ci/run installs); fails without them, unless {@code
 * -Dfejdoc.browserTests=off} skips it. {@code -Dfejdoc.screenshots=/tmp/shots} also saves full-page
 * screenshots of every document at 1280 px and 390 px.
 */
class BrowserTest {

  static final Path CHROMIUM = fr.fejdoc.edition.Chromium.BINARY;
  static final Path CHROMEDRIVER = fr.fejdoc.edition.Chromium.DRIVER;
  static final String SWITCH = "fejdoc.browserTests";
  static final String SHOTS = "fejdoc.screenshots";

  /** A4 at 96 px per inch. */
  static final double A4_SHORT_PX = 210 / 25.4 * 96; // 793.7: the "794 px window" of paper

  static final double A4_LONG_PX = 297 / 25.4 * 96; // 1122.5

  static final int SCREEN_WIDTH = 1024;
  static final int PHONE_WIDTH = 390;

  /**
   * Debian's Chromium is newer than the CDP bindings Selenium ships, which it says at every start;
   * the test only sends raw CDP commands through chromedriver, which need no bindings.
   */
  static final List<Logger> QUIET =
      List.of(
          Logger.getLogger("org.openqa.selenium.devtools"),
          Logger.getLogger("org.openqa.selenium.chromium"));

  static {
    for (Logger l : QUIET) l.setLevel(Level.SEVERE);
  }

  @TempDir static Path tmp;

  static ChromeDriverService service;
  static ChromeDriver driver;

  /** The written page of every example document, by {@code <project>/<doc>.html}. */
  static final Map<String, Path> PAGES = new LinkedHashMap<>();

  /** Records CSP violations from the very start of every page (injected before its own code). */
  static final String CSP_LISTENER =
      "window.__fejdocCsp = [];"
          + "document.addEventListener('securitypolicyviolation', e =>"
          + " window.__fejdocCsp.push(e.violatedDirective + ' blocked ' + e.blockedURI"
          + " + ' (' + e.sourceFile + ':' + e.lineNumber + ')'));";

  /** Why the browser tests are skipped (-Dfejdoc.browserTests=off), or null. */
  static String skipped;

  @BeforeAll
  static void startChromium() throws Exception {
    if (System.getProperty(SWITCH, "").strip().equalsIgnoreCase("off")) {
      skipped = "browser tests switched off with -D" + SWITCH + "=off: Chromium is not run";
      System.out.println("BrowserTest: " + skipped);
      return;
    }
    List<String> missing = new ArrayList<>();
    for (Path p : List.of(CHROMIUM, CHROMEDRIVER))
      if (!Files.isExecutable(p)) missing.add(p.toString());
    if (!missing.isEmpty()) {
      fail(
          "The browser tests need "
              + String.join(" and ", missing)
              + ": install Debian's chromium and chromium-driver"
              + " (apt-get install chromium chromium-driver; CI's .ci/run installs them),"
              + " or skip these tests with -D"
              + SWITCH
              + "=off.");
    }

    Path html = tmp.resolve("html");
    for (Edition e : Editions.examples()) {
      Path page = html.resolve(e.file());
      Files.createDirectories(page.getParent());
      Files.write(page, e.bytes());
      PAGES.put(e.file(), page);
    }

    service = fr.fejdoc.edition.Chromium.service();
    driver = fr.fejdoc.edition.Chromium.driver(service, tmp.resolve("profile"), SCREEN_WIDTH, 768);
    cdp("Page.addScriptToEvaluateOnNewDocument", Map.of("source", CSP_LISTENER));
  }

  @AfterAll
  static void stopChromium() throws Exception {
    try {
      String shots = System.getProperty(SHOTS, "").strip();
      if (driver != null && !shots.isEmpty()) screenshots(Path.of(shots));
    } finally {
      if (driver != null) driver.quit();
      if (service != null) service.stop();
    }
  }

  // ------------------------------------------------------------------ tests

  /**
   * One dynamic test per page; when the browser tests are switched off, a single one reported as
   * skipped with the reason (an aborted @BeforeAll or factory would show nothing in the report).
   */
  static Stream<DynamicTest> perPage(ThrowingConsumer<Path> check) {
    if (skipped != null) {
      return Stream.of(dynamicTest("every page", () -> Assumptions.abort(skipped)));
    }
    return PAGES.entrySet().stream()
        .map(p -> dynamicTest(p.getKey(), () -> check.accept(p.getValue())));
  }

  @TestFactory
  Stream<DynamicTest> noConsoleErrorNorCspViolation() {
    return perPage(
        page -> {
          screen(SCREEN_WIDTH, 768);
          assertThat(loadAndListProblems(page)).as(page.toString()).isEmpty();
        });
  }

  @TestFactory
  Stream<DynamicTest> tablesFitA1024PixelScreen() {
    return perPage(
        page -> {
          screen(SCREEN_WIDTH, 768);
          load(page);
          assertThat(tablesWiderThanTheScreen()).as(page.toString()).isEmpty();
        });
  }

  @TestFactory
  Stream<DynamicTest> tablesFitThePrintedA4Page() {
    return perPage(page -> assertThat(tablesWiderThanPaper(page)).as(page.toString()).isEmpty());
  }

  /** On a phone the page itself never scrolls sideways: wide tables scroll in their wrapper. */
  @TestFactory
  Stream<DynamicTest> pageDoesNotScrollSidewaysOnAPhone() {
    return perPage(
        page -> {
          cdp(
              "Emulation.setDeviceMetricsOverride",
              Map.of("width", PHONE_WIDTH, "height", 844, "deviceScaleFactor", 1, "mobile", true));
          try {
            load(page);
            Object overflow =
                driver.executeScript(
                    "const d = document.documentElement;"
                        + "return d.scrollWidth > d.clientWidth"
                        + " ? 'page scrollWidth ' + d.scrollWidth + ' > clientWidth '"
                        + " + d.clientWidth : '';");
            assertThat(overflow).as(page.toString()).isEqualTo("");
          } finally {
            screen(SCREEN_WIDTH, 768);
          }
        });
  }

  /** The checks above see what they must see (so that their silence means something). */
  @Test
  void checksCatchViolationsErrorsAndWideTables() throws Exception {
    Assumptions.assumeTrue(skipped == null, skipped);
    String page =
        "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\">"
            + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"
            + " img-src data:; style-src 'unsafe-inline'\">"
            + "<style>@page { size: A4; margin: 2cm 1.8cm; }"
            + " @page landscape { size: A4 landscape; margin: 1.8cm 2cm; }</style></head><body>"
            + "<img src=\"https://127.0.0.1:9/blocked.png\" alt=\"\">"
            + "<div class=\"table-wrap\"><table id=\"wide\"><tr><td>"
            + "x".repeat(400)
            + "</td></tr></table></div>"
            + "<table class=\"form\"><tr><td>"
            + "y".repeat(120)
            + "</td></tr></table></body></html>";
    Path file = tmp.resolve("selftest.html");
    Files.writeString(file, page, StandardCharsets.UTF_8);

    screen(SCREEN_WIDTH, 768);
    List<String> problems = loadAndListProblems(file);
    assertThat(problems).anyMatch(p -> p.startsWith("CSP")).anyMatch(p -> p.startsWith("console"));
    assertThat(tablesWiderThanTheScreen()).anyMatch(p -> p.contains("table#wide"));
    List<String> paper = tablesWiderThanPaper(file);
    assertThat(paper)
        .anyMatch(p -> p.contains("table#wide"))
        .anyMatch(p -> p.contains("table.form"));
  }

  // ------------------------------------------------------------------ page checks

  /** Loads the page and returns its SEVERE console entries and its CSP violations. */
  static List<String> loadAndListProblems(Path page) {
    driver.manage().logs().get(LogType.BROWSER); // drop what earlier pages logged
    load(page);
    List<String> problems = new ArrayList<>();
    Object csp = driver.executeScript("return window.__fejdocCsp || ['listener missing'];");
    for (Object v : (List<?>) csp) problems.add("CSP violation: " + v);
    for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
      if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
        problems.add("console " + e.getLevel() + ": " + e.getMessage());
      } else if (e.getMessage().contains("Content Security Policy")) {
        problems.add("CSP console " + e.getLevel() + ": " + e.getMessage());
      }
    }
    return problems;
  }

  static final String TABLE_NAME =
      "function name(t) {"
          + "  const cap = t.querySelector('caption');"
          + "  return 'table' + (t.id ? '#' + t.id : t.className ? '.' + t.className : '')"
          + "    + (cap ? ' «' + cap.textContent.slice(0, 60) + '»' : '');"
          + "}";

  /** Tables (and the page itself) wider than the screen's client width. */
  @SuppressWarnings("unchecked")
  static List<String> tablesWiderThanTheScreen() {
    return (List<String>)
        driver.executeScript(
            TABLE_NAME
                + "const cw = document.documentElement.clientWidth, out = [];"
                + "for (const t of document.querySelectorAll('table'))"
                + "  if (t.scrollWidth > cw)"
                + "    out.push(name(t) + ': scrollWidth ' + t.scrollWidth + ' > clientWidth ' + cw);"
                + "const sw = document.documentElement.scrollWidth;"
                + "if (sw > cw) out.push('page: scrollWidth ' + sw + ' > clientWidth ' + cw);"
                + "return out;");
  }

  /**
   * Tables wider than the printable width of the A4 page, print styles applied. Screen layout
   * ignores {@code @page} margins, so the window is made as wide as the printable area: the 794 px
   * of A4 paper less the page's left and right margins (read from the page's own {@code @page}
   * rules; landscape tables and documents are measured on a landscape page). A table outside the
   * writer's scroll wrapper must fit; a table inside it must leave the wrapper within the page, its
   * content included, since nothing scrolls on paper.
   */
  @SuppressWarnings("unchecked")
  static List<String> tablesWiderThanPaper(Path page) throws Exception {
    String html = Files.readString(page, StandardCharsets.UTF_8);
    List<String> out = new ArrayList<>();
    for (boolean landscape : List.of(false, true)) {
      double width =
          (landscape ? A4_LONG_PX : A4_SHORT_PX)
              - 2 * horizontalMargin(html, landscape ? "landscape" : "");
      screen((int) Math.floor(width), (int) Math.round(landscape ? A4_SHORT_PX : A4_LONG_PX));
      cdp("Emulation.setEmulatedMedia", Map.of("media", "print"));
      cdp("Emulation.setScrollbarsHidden", Map.of("hidden", true)); // paper has no scroll bar
      try {
        load(page);
        out.addAll(
            (List<String>)
                driver.executeScript(
                    TABLE_NAME
                        + "const W = arguments[0], landscape = arguments[1], out = [];"
                        + "const doc = document.body.classList.contains('landscape-doc');"
                        + "for (const t of document.querySelectorAll('table')) {"
                        + "  const wrap = t.closest('.table-wrap');"
                        + "  const l = doc || !!(wrap && wrap.classList.contains('landscape'));"
                        + "  if (l !== landscape) continue;"
                        + "  const where = (landscape ? 'landscape' : 'portrait') + ' page '"
                        + "    + W.toFixed(0) + ' px';"
                        + "  if (wrap) {"
                        + "    const r = wrap.getBoundingClientRect();"
                        + "    const extent = Math.max(r.right, r.left + wrap.scrollWidth);"
                        + "    if (r.left < -0.5 || extent > W + 1)"
                        + "      out.push(name(t) + ': its wrapper reaches ' + extent.toFixed(1)"
                        + "        + ' px (content ' + wrap.scrollWidth + ' px) on a ' + where);"
                        + "  } else {"
                        + "    const r = t.getBoundingClientRect();"
                        + "    if (r.left < -0.5 || r.right > W + 1)"
                        + "      out.push(name(t) + ': ' + r.width.toFixed(1) + ' px wide, right edge '"
                        + "        + r.right.toFixed(1) + ' px on a ' + where);"
                        + "  }"
                        + "}"
                        + "return out;",
                    width,
                    landscape));
      } finally {
        cdp("Emulation.setEmulatedMedia", Map.of("media", ""));
        cdp("Emulation.setScrollbarsHidden", Map.of("hidden", false));
      }
    }
    return out;
  }

  private static final Pattern PAGE_RULE =
      Pattern.compile("@page(\\s+[a-zA-Z-]+)?\\s*\\{([^}]*)\\}");
  private static final Pattern MARGIN = Pattern.compile("(?:^|;)\\s*margin\\s*:\\s*([^;]+)");

  /** The left margin of the named {@code @page} rule ("" for the default page), in px. */
  static double horizontalMargin(String html, String name) {
    Matcher m = PAGE_RULE.matcher(html);
    while (m.find()) {
      String n = m.group(1) == null ? "" : m.group(1).strip();
      if (!n.equals(name)) continue;
      Matcher margin = MARGIN.matcher(m.group(2));
      if (!margin.find()) continue;
      String[] v = margin.group(1).strip().split("\\s+");
      String left = v.length == 1 ? v[0] : v.length <= 3 ? v[1] : v[3];
      return px(left);
    }
    throw new AssertionError("no @page " + name + " rule with a margin in the page's style sheet");
  }

  static double px(String length) {
    Matcher m =
        Pattern.compile("([0-9.]+)(cm|mm|in|px|pt)").matcher(length.toLowerCase(Locale.ROOT));
    if (!m.matches()) throw new AssertionError("unexpected @page margin: " + length);
    double v = Double.parseDouble(m.group(1));
    return switch (m.group(2)) {
      case "cm" -> v / 2.54 * 96;
      case "mm" -> v / 25.4 * 96;
      case "in" -> v * 96;
      case "pt" -> v / 72 * 96;
      default -> v;
    };
  }

  // ------------------------------------------------------------------ screenshots

  /**
   * With -Dfejdoc.screenshots=DIR, after the tests: full-page PNGs of every document at 1280 and
   * 390 px wide, cut in tiles ({@code <project>_<doc>_<width>_<n>.png}) to stay readable.
   */
  static void screenshots(Path dir) throws Exception {
    Path out = Files.createDirectories(dir);
    for (var p : PAGES.entrySet()) {
      for (int width : List.of(1280, PHONE_WIDTH)) {
        boolean phone = width < 600;
        int tile = phone ? 1400 : 1600;
        cdp(
            "Emulation.setDeviceMetricsOverride",
            Map.of("width", width, "height", tile, "deviceScaleFactor", 1, "mobile", phone));
        load(p.getValue());
        long height =
            ((Number) driver.executeScript("return document.documentElement.scrollHeight;"))
                .longValue();
        String stem = p.getKey().replace(".html", "").replace('/', '_') + "_" + width;
        int n = 0;
        for (long y = 0; y < height; y += tile) {
          // one viewport at a time (the last one may overlap the one before)
          driver.executeScript(
              "window.scrollTo(0, arguments[0]);"
                  + " return new Promise(r => requestAnimationFrame(() => r()));",
              y);
          Map<String, Object> shot = cdp("Page.captureScreenshot", Map.of("format", "png"));
          Files.write(
              out.resolve(String.format("%s_%02d.png", stem, ++n)),
              Base64.getDecoder().decode((String) shot.get("data")));
        }
      }
    }
    System.out.println("BrowserTest: screenshots in " + out.toAbsolutePath());
  }

  // ------------------------------------------------------------------ driver helpers

  static void load(Path page) {
    driver.get(page.toUri().toString());
  }

  static void screen(int width, int height) {
    cdp(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
  }

  static Map<String, Object> cdp(String command, Map<String, Object> params) {
    return driver.executeCdpCommand(command, params);
  }
}
