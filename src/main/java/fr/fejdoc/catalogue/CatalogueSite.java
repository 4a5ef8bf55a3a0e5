package fr.fejdoc.catalogue;

import static fr.fejdoc.catalogue.Html.esc;
import static fr.fejdoc.catalogue.SitePage.*;

import fr.fejdoc.text.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The catalogue's files: index.html, one page per experiment under {@code experiences/}, the style
 * sheet, the data downloads and the printed edition, each written out as soon as it is made (see
 * {@link #write}), or all in memory ({@link #files}). Hand-written HTML: every text escaped,
 * relative links only, no script, no external resource; works from {@code file://}.
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
    this.entries = entries instanceof StoredEntries ? entries : List.copyOf(entries);
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
   * the documents are, the publication address and the fields of the entries the part prints). The
   * parts of one volume of the printed edition share {@code volume} (its number; 0 for the others).
   */
  record Part(String key, Maker make, int volume) {
    Part(String key, Maker make) {
      this(key, make, 0);
    }
  }

  /** Makes a part's files, each written to the sink as soon as it is made. */
  interface Maker {
    void make(Sink out) throws IOException;
  }

  /**
   * Where the site's files go: a new file by its relative path, written then closed by the maker.
   */
  public interface Sink {
    java.io.OutputStream open(String name) throws IOException;
  }

  /** A maker of files made whole in memory (one file of a printed volume, the workbook...). */
  static Maker whole(Supplier<Map<String, byte[]>> files) {
    return out -> {
      for (var f : files.get().entrySet()) {
        try (java.io.OutputStream o = out.open(f.getKey())) {
          o.write(f.getValue());
        }
      }
    };
  }

  /** A file of text written as it is made (UTF-8), by {@code text}. */
  interface Text {
    void write(java.io.Writer w) throws IOException;
  }

  /** Writes the text file {@code name} to {@code out}. */
  static void text(Sink out, String name, Text text) throws IOException {
    try (java.io.Writer w =
        new java.io.OutputStreamWriter(out.open(name), java.nio.charset.StandardCharsets.UTF_8)) {
      text.write(w);
    }
  }

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

  /** The same, once the files made are written: their names only. */
  public record Written(
      java.util.Set<String> made, java.util.Set<String> kept, Map<String, List<String>> parts) {}

  /**
   * Every file of the site, in memory (tests, preview); a part whose key {@code kept} has (with all
   * its files intact) is kept in place instead of made again: editing one experiment's narrative
   * remakes its own page and the search data, not the printed edition of every experiment.
   */
  public Files files(Kept kept) {
    Map<String, java.io.ByteArrayOutputStream> made = new TreeMap<>();
    Written w;
    try {
      w =
          write(
              kept,
              name -> {
                java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
                synchronized (made) {
                  made.put(name, b);
                }
                return b;
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e); // memory: not reached
    }
    Map<String, byte[]> out = new TreeMap<>();
    made.forEach((name, b) -> out.put(name, b.toByteArray()));
    return new Files(out, w.kept(), w.parts());
  }

  /**
   * Makes the site's files into {@code sink}, each as soon as it is made, the parts {@code kept}
   * has left out (see {@link #files(Kept)}). The volumes of the printed edition are made one at a
   * time (its formats at once, sharing the volume's document tree), the other parts on the cores a
   * volume leaves idle: what is in memory at once is one volume and a few pages, whatever the
   * number of experiments.
   */
  public Written write(Kept kept, Sink sink) throws IOException {
    Map<String, List<String>> keys = new TreeMap<>();
    java.util.Set<String> keptNames = new java.util.TreeSet<>();
    java.util.Set<String> madeNames = new java.util.TreeSet<>();
    Map<Integer, List<Parallel.Task>> volumes = new TreeMap<>();
    List<Parallel.Task> free = new ArrayList<>();
    for (Part part : parts()) {
      List<String> old = kept.parts().get(part.key());
      if (old != null && !old.isEmpty() && old.stream().allMatch(kept.intact())) {
        keptNames.addAll(old);
        keys.put(part.key(), old);
        continue;
      }
      Parallel.Task task =
          () -> {
            java.util.Set<String> names = new java.util.TreeSet<>();
            part.make()
                .make(
                    name -> {
                      synchronized (names) {
                        names.add(name);
                      }
                      return sink.open(name);
                    });
            synchronized (keys) {
              keys.put(part.key(), List.copyOf(names));
              madeNames.addAll(names);
            }
          };
      if (part.volume() > 0)
        volumes.computeIfAbsent(part.volume(), v -> new ArrayList<>()).add(task);
      else free.add(task);
    }
    Parallel.run(new ArrayList<>(volumes.values()), free);
    return new Written(madeNames, keptNames, keys);
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
    // the keys of every entry, hashed as they come (the same keys as the whole texts would give)
    java.security.MessageDigest shown = digest(common);
    java.security.MessageDigest terms = digest(common);
    List<String> pageKeys = new ArrayList<>(entries.size());
    List<String> shownOf = new ArrayList<>(entries.size()); // each entry's fields, as in shown
    // a page's key hashes the common text then its entry: the common part is hashed once, and each
    // page's digest begins as a copy of it (the same key as the whole text hashed)
    java.security.MessageDigest pages = digest(common + "page\0");
    byte[] nul = {0};
    for (CatalogueEntry e : entries) {
      fr.fejdoc.model.Deadline.check();
      // an entry once as JSON without its search terms, and its terms apart: the page shows both;
      // each as UTF-8 once (JSON texts begin and end with ASCII: their bytes put end to end are
      // those of the texts joined)
      byte[] fields =
          fr.fejdoc.text.RecordJson.write(e.withSearchTerms(null))
              .getBytes(java.nio.charset.StandardCharsets.UTF_8);
      byte[] searched =
          fr.fejdoc.text.Json.string(String.valueOf(e.searchTerms()))
              .getBytes(java.nio.charset.StandardCharsets.UTF_8);
      shown.update(fields);
      shown.update(nul);
      shownOf.add(hex(Sha256.digest(), fields));
      update(terms, fr.fejdoc.text.Json.string(e.project()));
      terms.update(searched);
      terms.update(nul);
      java.security.MessageDigest own = copy(pages);
      own.update(fields);
      own.update(nul);
      pageKeys.add(hex(own, searched));
    }
    String figures = hex(shown);
    String searchKey = hex(terms);
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
        parts.add(new Part(sha("imprime " + i + "\0" + volume), whole(printed.get(i)), v.number()));
    }
    parts.add(
        new Part(
            sha("classeur\0" + figures),
            whole(() -> Map.of(CatalogueWorkbook.XLSX, CatalogueWorkbook.xlsx(entries)))));
    parts.add(
        new Part(sha("recherche\0" + searchKey), out -> text(out, SEARCH_DATA, this::searchData)));
    parts.add(
        new Part(
            sha("index\0" + figures),
            out -> text(out, "index.html", new IndexPage(entries, documentsFromRoot, base)::html)));
    ComparePage compare = new ComparePage(entries, base);
    parts.add(
        new Part(
            sha("comparer\0" + figures),
            out -> {
              text(out, COMPARE, w -> w.write(compare.html()));
              text(out, COMPARE_DATA, compare::data);
            }));
    parts.add(
        new Part(
            sha("graphiques\0" + figures), out -> text(out, CHARTS, w -> w.write(chartsPage()))));
    parts.add(
        new Part(
            sha("donnees\0" + figures),
            out -> {
              text(out, CatalogueData.CSV, w -> CatalogueData.csv(entries, w));
              text(out, CatalogueData.JSON, w -> CatalogueData.json(entries, w));
              whole(
                      () ->
                          Map.of(
                              CatalogueData.DATAPACKAGE, CatalogueData.datapackage(base),
                              CatalogueData.SCHEMA, CatalogueData.tableSchema(base)))
                  .make(out);
            }));
    if (base != null)
      parts.add(
          new Part(sha("sitemap\0" + figures), out -> text(out, SITEMAP, w -> w.write(sitemap()))));
    ExperimentPage page = new ExperimentPage(documentsFromRoot, base);
    for (int k = 0; k < entries.size(); k++) {
      int at = k; // the entry is fetched when its page is made (it may wait on disk)
      parts.add(
          new Part(
              pageKeys.get(k),
              out -> {
                CatalogueEntry e = entries.get(at);
                text(out, PAGES + "/" + pageFile(e), w -> w.write(page.html(e)));
              }));
    }
    parts.add(
        new Part(
            sha(common + "styles"),
            whole(() -> Map.of(CSS, resource(CSS), SCRIPT, resource(SCRIPT)))));
    return parts;
  }

  private static java.security.MessageDigest digest(String first) {
    java.security.MessageDigest d = Sha256.digest();
    update(d, first);
    return d;
  }

  private static void update(java.security.MessageDigest d, String text) {
    d.update(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** The digest {@code d} ends with {@code last}, in hexadecimal. */
  private static String hex(java.security.MessageDigest d, byte[] last) {
    d.update(last);
    return hex(d);
  }

  /** A copy of {@code d} as it is (what was hashed so far), to go on with apart. */
  private static java.security.MessageDigest copy(java.security.MessageDigest d) {
    try {
      return (java.security.MessageDigest) d.clone();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException(e); // SHA-256 of the JDK is cloneable
    }
  }

  private static String hex(java.security.MessageDigest d) {
    return java.util.HexFormat.of().formatHex(d.digest());
  }

  /** The index in {@code entries} of a volume's first entry. */
  private int first(PrintedEdition.Volume v) {
    return (v.number() - 1) * PrintedEdition.volumeSize();
  }

  private static String sha(String text) {
    return Sha256.hex(text);
  }

  static String pageFile(CatalogueEntry e) {
    return e.project() + ".html";
  }

  /** catalogue-recherche.js: the stemmed terms of each experiment (see {@link SearchIndex}). */
  String searchData() {
    java.io.StringWriter w = new java.io.StringWriter();
    try {
      searchData(w);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // memory: not reached
    }
    return w.toString();
  }

  /** The same, written to {@code out}. */
  void searchData(java.io.Writer out) throws IOException {
    List<String> projects = new java.util.ArrayList<>(entries.size());
    for (CatalogueEntry e : entries) projects.add(e.project());
    // each entry's terms read once, as the index numbers its words (the entries may wait on disk)
    List<String> terms =
        new java.util.AbstractList<>() {
          @Override
          public String get(int i) {
            return entries.get(i).searchTerms();
          }

          @Override
          public int size() {
            return entries.size();
          }
        };
    SearchIndex.script(projects, terms, out);
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
