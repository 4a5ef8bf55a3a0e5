package fr.fejdoc.report;

import fr.fejdoc.check.Checker;
import fr.fejdoc.check.Messages;
import fr.fejdoc.model.finding.Code;
import fr.fejdoc.model.finding.Finding;
import fr.fejdoc.model.finding.Severity;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * SARIF 2.1.0, the format GitHub code scanning and other review tools read.
 *
 * <ul>
 *   <li>One run; {@code tool.driver} is fejdoc (version, semantic version, the form registry's
 *       version in its properties) with one rule per finding code, every code whether found or not,
 *       sorted by code. A rule's short description is the first sentence of its message, its full
 *       description the message itself ("…" where the figures go), in the run's language ({@code
 *       run.language}: fr-FR, or en-US with {@code --lang en}).
 *   <li>The other language is the SARIF way of translations (§3.19.4): {@code run.translations}
 *       holds one tool component, {@code language} set, tied to the driver by its GUID and {@code
 *       associatedComponent}, with the same rules' descriptions in that language.
 *   <li>A rule's documentation is {@code docs/constats.md#fejNNN} in fejdoc's repository: a
 *       relative path, written in {@code help} and in the rule's properties ({@code
 *       documentation}), since a SARIF {@code helpUri} must be absolute and fejdoc has no public
 *       address of its own; {@code --docs-url} gives one (the address of the {@code docs/} folder),
 *       and then each rule has its {@code helpUri}.
 *   <li>Each finding is a result: its level (error, warning, note; warnings are errors under {@code
 *       --strict}, as in the GitHub annotations), the message of the text report, its file relative
 *       to {@code %SRCROOT%} (the folder {@code check} was run from, in {@code originalUriBaseIds})
 *       and its line and column when it has them, and a partial fingerprint ({@code fejdoc/v1}: see
 *       {@link FindingKey}) that a line moved does not change. A finding the holder accepted
 *       ({@code constats_acceptes}) carries a suppression with the holder's reason, except under
 *       {@code --strict}, where it fails the run.
 * </ul>
 */
final class SarifReporter implements Reporter {
  static final String SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

  /** Where the rules are documented, relative to fejdoc's repository. */
  static final String DOCS = "docs/constats.md";

  /** The fingerprint's name in {@code partialFingerprints}; bump its version if it changes. */
  static final String FINGERPRINT = "fejdoc/v1";

  /** The driver's GUID, the same in every run (translations name it). */
  static final String GUID =
      UUID.nameUUIDFromBytes("fejdoc".getBytes(StandardCharsets.UTF_8)).toString();

  private final String docsUrl;
  private final Path root;

  /**
   * @param docsUrl absolute address of fejdoc's {@code docs/} folder ending with "/", or null
   * @param root the folder whose files the findings name relative to (the working folder)
   */
  SarifReporter(String docsUrl, Path root) {
    this.docsUrl = docsUrl;
    this.root = root;
  }

  @Override
  public void write(List<Checker.Checked> results, Messages m, boolean strict, PrintWriter out) {
    Messages other =
        Messages.of(m.lang() == Messages.Lang.EN ? Messages.Lang.FR : Messages.Lang.EN);
    Map<String, List<Code>> codes = codes();
    List<String> ids = new ArrayList<>(codes.keySet());

    Map<String, Object> driver = new LinkedHashMap<>();
    driver.put("name", "fejdoc");
    driver.put("fullName", m.text("sarif.full-name"));
    driver.put("version", Version.program());
    driver.put("semanticVersion", Version.program());
    driver.put("language", tag(m));
    driver.put("guid", GUID);
    driver.put("rules", rules(codes, m, true));
    driver.put("properties", Map.of("formRegistryVersion", Version.registry()));

    Map<String, Object> translation = new LinkedHashMap<>();
    translation.put("name", "fejdoc");
    translation.put("fullName", other.text("sarif.full-name"));
    translation.put("version", Version.program());
    translation.put("semanticVersion", Version.program());
    translation.put("language", tag(other));
    translation.put("guid", GUID);
    translation.put("contents", List.of("localizedData"));
    translation.put("localizedDataSemanticVersion", Version.program());
    translation.put(
        "translationMetadata", Map.of("name", other.text("sarif.translation", tag(other))));
    Map<String, Object> translated = new LinkedHashMap<>();
    translated.put("name", "fejdoc");
    translated.put("guid", GUID);
    translation.put("associatedComponent", translated);
    translation.put("rules", rules(codes, other, false));

    List<Object> found = new ArrayList<>();
    List<Finding> all = new ArrayList<>();
    List<Checker.Checked> projects = new ArrayList<>();
    for (Checker.Checked c : results)
      for (Finding f : c.findings()) {
        all.add(f);
        projects.add(c);
      }
    List<String> keys = FindingKey.of(all);
    for (int i = 0; i < all.size(); i++) {
      found.add(result(all.get(i), keys.get(i), projects.get(i), ids, m, strict));
    }

    Map<String, Object> run = new LinkedHashMap<>();
    run.put("tool", Map.of("driver", driver));
    run.put("translations", List.of(translation));
    run.put("language", tag(m));
    run.put("columnKind", "utf16CodeUnits");
    run.put("originalUriBaseIds", Map.of("%SRCROOT%", Map.of("uri", rootUri(root))));
    run.put("results", found);

    Map<String, Object> log = new LinkedHashMap<>();
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    log.put("runs", List.of(run));
    out.println(JsonTree.write(log));
    out.flush();
  }

  /** The codes by id (two constants may share one), sorted by id, each in the enum's order. */
  private static Map<String, List<Code>> codes() {
    Map<String, List<Code>> byId = new TreeMap<>();
    for (Code c : Code.values()) byId.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(c);
    return byId;
  }

  private List<Object> rules(Map<String, List<Code>> codes, Messages m, boolean full) {
    List<Object> rules = new ArrayList<>();
    for (Map.Entry<String, List<Code>> e : codes.entrySet()) {
      String id = e.getKey();
      List<String> texts = new ArrayList<>();
      for (Code c : e.getValue()) {
        String t = m.template(c);
        if (!texts.contains(t)) texts.add(t);
      }
      String fullText = String.join("\n", texts);
      String doc = DOCS + "#" + anchor(id);
      String where = docsUrl == null ? doc : docsUrl + "constats.md#" + anchor(id);
      Map<String, Object> rule = new LinkedHashMap<>();
      rule.put("id", id);
      if (full) rule.put("name", e.getValue().get(0).messageKey());
      rule.put("shortDescription", Map.of("text", shortText(texts.get(0))));
      rule.put("fullDescription", Map.of("text", fullText));
      Map<String, Object> help = new LinkedHashMap<>();
      help.put("text", fullText + "\n\n" + m.text("sarif.help", id, where));
      help.put(
          "markdown",
          markdown(fullText)
              + "\n\n"
              + m.text(
                  "sarif.help",
                  id,
                  docsUrl == null ? "`" + doc + "`" : "[" + doc + "](" + where + ")"));
      rule.put("help", help);
      if (full) {
        if (docsUrl != null) rule.put("helpUri", where);
        Severity worst = e.getValue().get(0).severity();
        for (Code c : e.getValue()) if (c.severity().compareTo(worst) < 0) worst = c.severity();
        rule.put("defaultConfiguration", Map.of("level", level(worst, false)));
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("documentation", doc);
        props.put("acknowledgeable", e.getValue().get(0).acknowledgeable());
        props.put("tags", List.of("fejdoc"));
        rule.put("properties", props);
      }
      rules.add(rule);
    }
    return rules;
  }

  private Map<String, Object> result(
      Finding f,
      String key,
      Checker.Checked project,
      List<String> ids,
      Messages m,
      boolean strict) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("ruleId", f.code().id());
    r.put("ruleIndex", ids.indexOf(f.code().id()));
    boolean suppressed = f.acknowledged() && !strict;
    r.put("level", f.acknowledged() && strict ? "error" : level(f.severity(), strict));
    r.put("message", Map.of("text", m.format(f)));
    Map<String, Object> artifact = new LinkedHashMap<>();
    String file = f.loc().file();
    String outside = outside(project, file);
    if (outside != null) {
      artifact.put("uri", outside);
    } else if (file.startsWith("/")) {
      artifact.put("uri", "file://" + encode(file));
    } else {
      artifact.put("uri", encode(file));
      artifact.put("uriBaseId", "%SRCROOT%");
    }
    Map<String, Object> physical = new LinkedHashMap<>();
    physical.put("artifactLocation", artifact);
    if (f.loc().line() > 0) {
      Map<String, Object> region = new LinkedHashMap<>();
      region.put("startLine", f.loc().line());
      if (f.loc().column() > 0) region.put("startColumn", f.loc().column());
      physical.put("region", region);
    }
    r.put("locations", List.of(Map.of("physicalLocation", physical)));
    r.put("partialFingerprints", Map.of(FINGERPRINT, key));
    if (suppressed) {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("kind", "inSource");
      s.put("status", "accepted");
      s.put("justification", f.acknowledgement());
      r.put("suppressions", List.of(s));
    }
    r.put("properties", Map.of("project", project.project().name()));
    return r;
  }

  /**
   * A project outside the root folder is displayed by its name alone (findings name no absolute
   * path): its files are then given as absolute file URIs, from the project's folder, so that the
   * location still leads to them. Null for a file of a project under the root.
   */
  private String outside(Checker.Checked c, String file) {
    Path dir = c.project().dir();
    if (dir == null) return null;
    Path abs = dir.toAbsolutePath().normalize();
    if (abs.startsWith(root.toAbsolutePath().normalize())) return null;
    String display = c.display();
    String rest;
    if (file.equals(display)) rest = "";
    else if (file.startsWith(display + "/")) rest = file.substring(display.length() + 1);
    else return null;
    return rootUri(abs) + encode(rest);
  }

  static String level(Severity s, boolean strict) {
    return switch (s) {
      case ERROR -> "error";
      case WARNING -> strict ? "error" : "warning";
      case INFO -> "note";
    };
  }

  /** The anchor of a code in docs/constats.md ({@code fej101}). */
  static String anchor(String id) {
    return id.toLowerCase(Locale.ROOT);
  }

  private static String tag(Messages m) {
    return m.lang() == Messages.Lang.EN ? "en-US" : "fr-FR";
  }

  /** The first sentence of a message, without its closing full stop, capitalised. */
  static String shortText(String message) {
    String s = message;
    // a sentence ends at ". " before a capital ("i.e. …" does not end one)
    for (int stop = s.indexOf(". "); stop > 0; stop = s.indexOf(". ", stop + 1)) {
      if (stop + 2 < s.length() && Character.isUpperCase(s.charAt(stop + 2))) {
        s = s.substring(0, stop);
        break;
      }
    }
    int dash = s.indexOf(" — ");
    if (dash > 0) s = s.substring(0, dash);
    s = s.strip();
    while (s.endsWith(".") && !s.endsWith("….")) s = s.substring(0, s.length() - 1);
    if (s.endsWith("….")) s = s.substring(0, s.length() - 1);
    if (s.length() > 200) s = s.substring(0, 199) + "…";
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  /** Markdown-escapes a message (its "*", "_", "[", "<"... are literal). */
  private static String markdown(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ("\\`*_{}[]<>()#+!|".indexOf(c) >= 0) b.append('\\');
      b.append(c);
    }
    return b.toString();
  }

  /** A file as a relative URI reference: each segment percent-encoded as UTF-8 (RFC 3986). */
  static String encode(String file) {
    StringBuilder b = new StringBuilder(file.length() + 16);
    for (byte x : file.replace('\\', '/').getBytes(StandardCharsets.UTF_8)) {
      int c = x & 0xff;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '.'
          || c == '_'
          || c == '~'
          || c == '/') b.append((char) c);
      else b.append('%').append(String.format("%02X", c));
    }
    return b.toString();
  }

  /** The root folder as an absolute file URI ending with "/", ASCII only. */
  static String rootUri(Path root) {
    String u = root.toAbsolutePath().normalize().toUri().toASCIIString();
    return u.endsWith("/") ? u : u + "/";
  }
}
