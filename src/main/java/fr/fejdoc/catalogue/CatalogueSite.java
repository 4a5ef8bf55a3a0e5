package fr.fejdoc.catalogue;

import static fr.fejdoc.catalogue.Html.esc;
import static fr.fejdoc.catalogue.SitePage.*;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The catalogue's files, in memory: index.html, one page per experiment under {@code experiences/},
 * the style sheet, the data downloads and the printed edition. Hand-written HTML: every text
 * escaped, relative links only, no script, no external resource; works from {@code file://}.
 */
public final class CatalogueSite {
  static final String CSS = "catalogue.css";
  static final String SCRIPT = "catalogue.js";
  static final String PAGES = "experiences";
  static final String SEARCH_DATA = "catalogue-recherche.js";
  static final String COMPARE = "comparer.html";
  static final String COMPARE_DATA = "catalogue-comparaison.js";
  static final String CHARTS = "graphiques.html";
  static final String SITEMAP = "sitemap.xml";

  private final List<CatalogueEntry> entries;
  private final String documentsFromRoot;
  private final String base;

  /**
   * @param entries the experiments, in the order listed
   * @param documentsFromRoot the build output folder relative to the catalogue's root, with a
   *     trailing slash ("../"), or "" when they are the same folder
   */
  public CatalogueSite(List<CatalogueEntry> entries, String documentsFromRoot) {
    this(entries, documentsFromRoot, null);
  }

  private CatalogueSite(List<CatalogueEntry> entries, String documentsFromRoot, String base) {
    this.entries = List.copyOf(entries);
    this.documentsFromRoot = documentsFromRoot;
    this.base = base;
  }

  /**
   * The same site published at {@code base} (an http or https address ending with "/"): each page
   * names its address (canonical link), datapackage.json its home page, and a sitemap.xml lists the
   * pages. Links between files stay relative.
   */
  public CatalogueSite publishedAt(String base) {
    return new CatalogueSite(entries, documentsFromRoot, base);
  }

  /**
   * The fingerprint of everything the site is made from: the program (its code, templates, styles
   * and fonts, and the date stamped in documents), where the documents are, the publication address
   * and every entry, whole. Two sites with the same key have the same bytes.
   */
  public String key() {
    java.security.MessageDigest sha;
    try {
      sha = java.security.MessageDigest.getInstance("SHA-256");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    java.util.function.Consumer<String> add =
        t -> {
          sha.update(t.getBytes(java.nio.charset.StandardCharsets.UTF_8));
          sha.update((byte) 0);
        };
    add.accept("catalogue 1");
    add.accept(fr.fejdoc.write.ProjectWriter.program());
    add.accept(documentsFromRoot);
    add.accept(String.valueOf(base));
    for (CatalogueEntry e : entries) {
      fr.fejdoc.model.Deadline.check();
      add.accept(fr.fejdoc.text.RecordJson.write(e));
    }
    return java.util.HexFormat.of().formatHex(sha.digest());
  }

  /** Every file of the site, by its relative path (sorted, so written in a stable order). */
  public Map<String, byte[]> files() {
    // the longest first (the printed edition, then the workbook), so that the cores end together
    List<Supplier<Map<String, byte[]>>> parts = new ArrayList<>(PrintedEdition.parts(entries));
    parts.add(() -> Map.of(CatalogueWorkbook.XLSX, CatalogueWorkbook.xlsx(entries)));
    parts.add(() -> Map.of(SEARCH_DATA, utf8(searchData())));
    parts.add(
        () -> Map.of("index.html", utf8(new IndexPage(entries, documentsFromRoot, base).html())));
    ComparePage compare = new ComparePage(entries, base);
    parts.add(() -> Map.of(COMPARE, utf8(compare.html()), COMPARE_DATA, utf8(compare.data())));
    parts.add(() -> Map.of(CHARTS, utf8(chartsPage())));
    parts.add(
        () ->
            Map.of(
                CatalogueData.CSV, CatalogueData.csv(entries),
                CatalogueData.JSON, CatalogueData.json(entries),
                CatalogueData.DATAPACKAGE, CatalogueData.datapackage(base)));
    if (base != null) parts.add(() -> Map.of(SITEMAP, utf8(sitemap())));
    int slice = Math.max(1, entries.size() / 16);
    for (int from = 0; from < entries.size(); from += slice) {
      List<CatalogueEntry> some = entries.subList(from, Math.min(entries.size(), from + slice));
      parts.add(
          () -> {
            Map<String, byte[]> pages = new TreeMap<>();
            ExperimentPage page = new ExperimentPage(documentsFromRoot, base);
            for (CatalogueEntry e : some) pages.put(PAGES + "/" + pageFile(e), utf8(page.html(e)));
            return pages;
          });
    }
    parts.add(() -> Map.of(CSS, resource(CSS), SCRIPT, resource(SCRIPT)));
    Map<String, byte[]> out = new TreeMap<>();
    Parallel.all(parts).forEach(out::putAll);
    return out;
  }

  static String pageFile(CatalogueEntry e) {
    return e.project() + ".html";
  }

  /** catalogue-recherche.js: the stemmed terms of each experiment (see {@link SearchIndex}). */
  String searchData() {
    List<String> projects = new java.util.ArrayList<>(), terms = new java.util.ArrayList<>();
    for (CatalogueEntry e : entries) {
      projects.add(e.project());
      terms.add(e.searchTerms());
    }
    return SearchIndex.script(projects, terms);
  }

  /** graphiques.html: the catalogue's charts, drawn at build time (see {@link Charts}). */
  String chartsPage() {
    StringBuilder h = new StringBuilder();
    head(h, "Graphiques — Catalogue FEJ", "", List.of());
    h.append("<header class=\"site\"><h1>Graphiques</h1>\n");
    nav(h, "");
    h.append("</header>\n<main id=\"contenu\">\n")
        .append("<p>Chiffres des seuls projets vérifiés (un projet en erreur n'a pas de chiffres")
        .append(" publiés). Chaque graphique est suivi de ses données en tableau.</p>\n");
    Charts.overview(h, entries);
    h.append("</main>\n");
    foot(h);
    return h.toString();
  }

  /** sitemap.xml (sitemaps.org 0.9): every page's absolute address, for search engines. */
  String sitemap() {
    StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    x.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    List<String> pages = new ArrayList<>(List.of("index.html", COMPARE, CHARTS));
    for (CatalogueEntry e : entries) pages.add(PAGES + "/" + Html.segment(pageFile(e)));
    for (String p : pages) x.append("<url><loc>").append(esc(base + p)).append("</loc></url>\n");
    return x.append("</urlset>\n").toString();
  }

  private static byte[] resource(String name) {
    try (InputStream in = CatalogueSite.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("missing resource " + name);
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
