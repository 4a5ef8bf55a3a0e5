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
   * and every entry, whole (the keys of all its parts). Two sites with the same key have the same
   * bytes.
   */
  public String key() {
    StringBuilder all = new StringBuilder("site\0");
    for (Part p : parts()) all.append(p.key()).append('\0');
    return sha(all.toString());
  }

  /** Every file of the site, by its relative path (sorted, so written in a stable order). */
  public Map<String, byte[]> files() {
    return files(Kept.NONE).made();
  }

  /**
   * A part of the site: its files, made together, and the key of what they show (the program, where
   * the documents are, the publication address and the fields of the entries the part prints).
   */
  record Part(String key, Supplier<Map<String, byte[]>> make) {}

  /**
   * What an earlier publication left: its parts' keys with their files, and whether a file of it is
   * still as it was published (same size and time: not changed by hand since). A part whose key is
   * there, with all its files intact, is kept as it is.
   */
  public record Kept(Map<String, List<String>> parts, java.util.function.Predicate<String> intact) {
    public static final Kept NONE = new Kept(Map.of(), name -> false);
  }

  /**
   * The files of a site: those made now (by relative path), those kept in place from the earlier
   * publication, and each part's key and files (for the site's stamp).
   */
  public record Files(
      Map<String, byte[]> made, java.util.Set<String> kept, Map<String, List<String>> parts) {
    /** How many files are kept as they are. */
    public int reused() {
      return kept.size();
    }
  }

  /**
   * Every file of the site; a part whose key {@code kept} has (with all its files intact) is kept
   * in place instead of made again: editing one experiment's narrative remakes its own page and the
   * search data, not the printed edition of every experiment.
   */
  public Files files(Kept kept) {
    List<Supplier<Map<String, byte[]>>> todo = new ArrayList<>();
    Map<String, List<String>> keys = new TreeMap<>();
    java.util.Set<String> keptNames = new java.util.TreeSet<>();
    for (Part part : parts()) {
      List<String> old = kept.parts().get(part.key());
      if (old != null && !old.isEmpty() && old.stream().allMatch(kept.intact())) {
        keptNames.addAll(old);
        keys.put(part.key(), old);
        continue;
      }
      todo.add(
          () -> {
            Map<String, byte[]> made = part.make().get();
            synchronized (keys) {
              keys.put(part.key(), List.copyOf(new java.util.TreeSet<>(made.keySet())));
            }
            return made;
          });
    }
    Map<String, byte[]> out = new TreeMap<>();
    Parallel.all(todo).forEach(out::putAll);
    return new Files(out, keptNames, keys);
  }

  /**
   * The parts, the longest first (the printed edition, then the workbook), so that the cores end
   * together. Each key names what the part shows: the printed edition, the workbook, the index, the
   * comparison, the charts and the data every entry's fields but its search terms; the search data
   * every entry's search terms; an experiment's page its own entry.
   */
  private List<Part> parts;

  /** The parts (made once per site: their keys hash every entry). */
  synchronized List<Part> parts() {
    if (parts == null) parts = List.copyOf(makeParts());
    return parts;
  }

  private List<Part> makeParts() {
    String common =
        "catalogue 2\0"
            + fr.fejdoc.write.ProjectWriter.program()
            + "\0"
            + documentsFromRoot
            + "\0"
            + base
            + "\0";
    StringBuilder shown = new StringBuilder(common);
    StringBuilder terms = new StringBuilder(common);
    List<String> pageKeys = new ArrayList<>();
    List<String> shownOf = new ArrayList<>(entries.size()); // each entry's fields, as in shown
    for (CatalogueEntry e : entries) {
      fr.fejdoc.model.Deadline.check();
      // an entry once as JSON without its search terms, and its terms apart: the page shows both
      String fields = fr.fejdoc.text.RecordJson.write(e.withSearchTerms(null));
      String searched = fr.fejdoc.text.Json.string(String.valueOf(e.searchTerms()));
      shown.append(fields).append('\0');
      shownOf.add(sha(fields));
      terms.append(fr.fejdoc.text.Json.string(e.project())).append(searched).append('\0');
      pageKeys.add(sha(common + "page\0" + fields + "\0" + searched));
    }
    String figures = sha(shown.toString());
    List<Part> parts = new ArrayList<>();
    // each volume of the printed edition shows its own entries, and the whole catalogue's count,
    // date and volumes on its cover
    String cover =
        sha(
            common
                + PrintedEdition.dataDate(entries)
                + "\0"
                + entries.size()
                + "\0"
                + entries.stream().filter(e -> !e.verified()).count());
    for (PrintedEdition.Volume v : PrintedEdition.volumes(entries)) {
      List<Supplier<Map<String, byte[]>>> printed = PrintedEdition.parts(v, entries);
      String volume =
          sha(
              cover
                  + "\0"
                  + v.number()
                  + "/"
                  + v.of()
                  + "\0"
                  + String.join("\0", shownOf.subList(first(v), first(v) + v.entries().size())));
      for (int i = 0; i < printed.size(); i++)
        parts.add(new Part(sha("imprime " + i + "\0" + volume), printed.get(i)));
    }
    parts.add(
        new Part(
            sha("classeur\0" + figures),
            () -> Map.of(CatalogueWorkbook.XLSX, CatalogueWorkbook.xlsx(entries))));
    parts.add(new Part(sha("recherche\0" + terms), () -> Map.of(SEARCH_DATA, utf8(searchData()))));
    parts.add(
        new Part(
            sha("index\0" + figures),
            () ->
                Map.of(
                    "index.html", utf8(new IndexPage(entries, documentsFromRoot, base).html()))));
    ComparePage compare = new ComparePage(entries, base);
    parts.add(
        new Part(
            sha("comparer\0" + figures),
            () -> Map.of(COMPARE, utf8(compare.html()), COMPARE_DATA, utf8(compare.data()))));
    parts.add(new Part(sha("graphiques\0" + figures), () -> Map.of(CHARTS, utf8(chartsPage()))));
    parts.add(
        new Part(
            sha("donnees\0" + figures),
            () ->
                Map.of(
                    CatalogueData.CSV, CatalogueData.csv(entries),
                    CatalogueData.JSON, CatalogueData.json(entries),
                    CatalogueData.DATAPACKAGE, CatalogueData.datapackage(base),
                    CatalogueData.SCHEMA, CatalogueData.tableSchema(base))));
    if (base != null)
      parts.add(new Part(sha("sitemap\0" + figures), () -> Map.of(SITEMAP, utf8(sitemap()))));
    ExperimentPage page = new ExperimentPage(documentsFromRoot, base);
    for (int k = 0; k < entries.size(); k++) {
      CatalogueEntry e = entries.get(k);
      parts.add(
          new Part(pageKeys.get(k), () -> Map.of(PAGES + "/" + pageFile(e), utf8(page.html(e)))));
    }
    parts.add(
        new Part(
            sha(common + "styles"), () -> Map.of(CSS, resource(CSS), SCRIPT, resource(SCRIPT))));
    return parts;
  }

  /** The index in {@code entries} of a volume's first entry. */
  private int first(PrintedEdition.Volume v) {
    return (v.number() - 1) * PrintedEdition.volumeSize();
  }

  private static String sha(String text) {
    try {
      return java.util.HexFormat.of()
          .formatHex(
              java.security.MessageDigest.getInstance("SHA-256")
                  .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
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
    nav(h, "", entries);
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
