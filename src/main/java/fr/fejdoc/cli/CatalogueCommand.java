package fr.fejdoc.cli;

import fr.fejdoc.catalogue.*;
import fr.fejdoc.load.ProjectFinder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code fejdoc catalogue}: checks the projects, then writes the static catalogue site. */
// its help: fejdoc.catalogue.usage.* and cli.catalogue.* in the message bundles
@Command(name = "catalogue")
public final class CatalogueCommand implements Callable<Integer>, ProjectsOptions.Reader {
  private final ProjectsOptions projects = new ProjectsOptions();

  @Override
  public ProjectsOptions projects() {
    return projects;
  }

  @Option(
      names = "--out",
      paramLabel = Labels.FOLDER,
      defaultValue = "output/catalogue",
      descriptionKey = "cli.catalogue.out")
  Path out;

  @Option(
      names = "--documents",
      paramLabel = Labels.FOLDER,
      descriptionKey = "cli.catalogue.documents")
  Path documents;

  @Option(names = "--base-url", paramLabel = "URL", descriptionKey = "cli.catalogue.base-url")
  String baseUrl;

  @Option(
      names = {"-q", "--quiet"},
      descriptionKey = "cli.catalogue.quiet")
  boolean quiet;

  @Option(names = "--force", descriptionKey = "cli.catalogue.force")
  boolean force;

  /** Projects {@code build} has just checked and written, by absolute folder (none alone). */
  private java.util.Map<Path, Catalogue.Known> known = java.util.Map.of();

  /** The catalogue of projects {@code build} has just checked and written: not done again. */
  public CatalogueCommand reusing(java.util.Map<Path, Catalogue.Known> known) {
    this.known = known;
    return this;
  }

  /** Whether everything is to be made again, whatever is up to date ({@code build --force}). */
  public CatalogueCommand forcing(boolean force) {
    this.force = force;
    return this;
  }

  @Override
  public Integer call() {
    try (var claim =
        fr.fejdoc.write.OutputFolder.claim(projects.messages())) { // released when the run is over
      return run(claim);
    }
  }

  private Integer run(fr.fejdoc.write.OutputFolder.Claim claim) {
    fr.fejdoc.check.Messages m = projects.messages();
    List<Catalogue.Source> sources;
    try {
      sources =
          projects.projects().stream()
              .map(f -> new Catalogue.Source(f.dir(), f.display()))
              .toList();
    } catch (IOException e) {
      System.err.println(m.text("catalogue.unreadable", e.getMessage(), m.whyRead(e)));
      return 2;
    }
    String base = null;
    if (baseUrl != null) {
      base = baseUrl(baseUrl);
      if (base == null) {
        System.err.println(invalidBaseUrl(m, baseUrl));
        return 2;
      }
    }
    Path site = out.toAbsolutePath().normalize();
    Path docs = documentsDir(site);
    if (docs.startsWith(site)) {
      System.err.println(m.text("catalogue.documents-in-site"));
      return 2;
    }
    // folders fejdoc may write into, locked against another run; stale temporaries removed
    if (!claim.site(
        site, docs, projects.paths(), sources.stream().map(Catalogue.Source::dir).toList()))
      return 2;
    // the entries wait on disk, beside the site, while the site is made (see StoredEntries)
    StoredEntries entries;
    try {
      java.nio.file.Files.createDirectories(site.getParent());
      entries =
          Catalogue.stored(
              sources,
              docs,
              projects.messages(),
              known,
              force,
              site.getParent(),
              "." + site.getFileName() + ".new-");
    } catch (IOException e) {
      return writeFailed(e);
    }
    try (entries) {
      return publish(entries, site, docs, base);
    }
  }

  /** Writes the site of {@code entries}; the exit code. */
  private int publish(List<CatalogueEntry> entries, Path site, Path docs, String base) {
    fr.fejdoc.check.Messages m = projects.messages();
    String twice = duplicate(entries);
    if (twice != null) {
      System.err.println(m.text("catalogue.duplicate", twice));
      return 2;
    }
    CatalogueSite pages = new CatalogueSite(entries, relative(site, docs));
    if (base != null) pages = pages.publishedAt(base);
    String key = pages.key();
    boolean current = !force && SitePublisher.current(site, key);
    try {
      // a site made from the same entries by the same program has the same bytes: kept
      if (!current) {
        // the parts that show nothing changed are kept in the site as they are; the others are
        // written into the staging folder as each is made
        SitePublisher.publish(
            site, pages, force ? CatalogueSite.Kept.NONE : SitePublisher.kept(site), key);
      }
    } catch (IOException | java.io.UncheckedIOException failure) {
      // the entries waiting on disk are read back as the site is made: a failure there is one too
      IOException e =
          failure instanceof java.io.UncheckedIOException u ? u.getCause() : (IOException) failure;
      return writeFailed(e);
    }
    long failed = entries.stream().filter(e -> !e.verified()).count();
    if (!quiet) {
      for (CatalogueEntry e : entries) {
        if (!e.verified())
          System.out.println(
              m.text(
                  "catalogue.in-error",
                  e.project(),
                  m.plural(e.errors(), "catalogue.errors", e.errors())));
      }
    }
    System.out.println(
        m.text(
            current ? "catalogue.summary.kept" : "catalogue.summary",
            m.plural(entries.size(), "catalogue.experiments", (long) entries.size()),
            ProjectFinder.display(out),
            failed == 0
                ? m.text("catalogue.all-verified")
                : m.plural(failed, "catalogue.projects-in-error", failed)));
    return failed > 0 ? 1 : 0;
  }

  /** The message for an address {@link #baseUrl} refuses. */
  public static String invalidBaseUrl(fr.fejdoc.check.Messages m, String text) {
    return m.text("catalogue.bad-base-url", text);
  }

  /**
   * The publication address as the site will cite it, ending with "/"; null unless it is an
   * absolute http or https address with a host and nothing after the path (no query, no fragment).
   */
  public static String baseUrl(String text) {
    String t = text.strip();
    if (t.isEmpty() || t.chars().anyMatch(c -> c <= ' ' || "\"'<>\\`".indexOf(c) >= 0)) return null;
    try {
      java.net.URI u = new java.net.URI(t);
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(java.util.Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https")) return null;
      if (u.getHost() == null || u.getHost().isEmpty()) return null;
      if (u.getRawQuery() != null || u.getRawFragment() != null || u.getRawUserInfo() != null)
        return null;
    } catch (java.net.URISyntaxException e) {
      return null;
    }
    return t.endsWith("/") ? t : t + "/";
  }

  /** A project name given twice (entries are sorted by name), or null. */
  static String duplicate(List<CatalogueEntry> entries) {
    for (int i = 1; i < entries.size(); i++) {
      if (entries.get(i).project().equals(entries.get(i - 1).project()))
        return entries.get(i).project();
    }
    return null;
  }

  private Path documentsDir(Path site) {
    if (documents != null) return documents.toAbsolutePath().normalize();
    Path parent = site.getParent();
    return parent == null ? site : parent;
  }

  /** The documents folder as seen from the site's root: "../", or "" for the same folder. */
  static String relative(Path site, Path docs) {
    String r = site.relativize(docs).toString().replace('\\', '/');
    if (r.isEmpty()) return "";
    StringBuilder out = new StringBuilder();
    for (String part : r.split("/")) {
      out.append(part.equals("..") ? ".." : Html.segment(part)).append('/');
    }
    return out.toString();
  }

  /** Says that the catalogue could not be written, the previous site kept; exit code 2. */
  private int writeFailed(IOException e) {
    fr.fejdoc.check.Messages m = projects.messages();
    System.err.println(m.text("catalogue.write-failed", ProjectFinder.display(out), m.whyWrite(e)));
    return 2;
  }
}
