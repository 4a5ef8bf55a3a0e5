package fr.fejdoc.catalogue;

import static fr.fejdoc.catalogue.Html.esc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
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
  static final String DASH = "—";

  private final List<CatalogueEntry> entries;
  private final String documentsFromRoot;

  /**
   * @param entries the experiments, in the order listed
   * @param documentsFromRoot the build output folder relative to the catalogue's root, with a
   *     trailing slash ("../"), or "" when they are the same folder
   */
  public CatalogueSite(List<CatalogueEntry> entries, String documentsFromRoot) {
    this.entries = List.copyOf(entries);
    this.documentsFromRoot = documentsFromRoot;
  }

  /** Every file of the site, by its relative path (sorted, so written in a stable order). */
  public Map<String, byte[]> files() {
    // the longest first (the printed edition, then the workbook), so that the cores end together
    List<Supplier<Map<String, byte[]>>> parts = new ArrayList<>(PrintedEdition.parts(entries));
    parts.add(() -> Map.of(CatalogueWorkbook.XLSX, CatalogueWorkbook.xlsx(entries)));
    parts.add(() -> Map.of(SEARCH_DATA, utf8(searchData())));
    parts.add(() -> Map.of("index.html", utf8(index())));
    parts.add(() -> Map.of(COMPARE, utf8(comparePage()), COMPARE_DATA, utf8(compareData())));
    parts.add(() -> Map.of(CHARTS, utf8(chartsPage())));
    parts.add(
        () ->
            Map.of(
                CatalogueData.CSV, CatalogueData.csv(entries),
                CatalogueData.JSON, CatalogueData.json(entries),
                CatalogueData.DATAPACKAGE, CatalogueData.datapackage()));
    int slice = Math.max(1, entries.size() / 16);
    for (int from = 0; from < entries.size(); from += slice) {
      List<CatalogueEntry> some = entries.subList(from, Math.min(entries.size(), from + slice));
      parts.add(
          () -> {
            Map<String, byte[]> pages = new TreeMap<>();
            for (CatalogueEntry e : some) pages.put(PAGES + "/" + pageFile(e), utf8(page(e)));
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

  // ---------------------------------------------------------------------------------------------
  // Index

  String index() {
    StringBuilder h = new StringBuilder();
    // the scripts only add filters, search and sort: the table is complete without them
    head(h, "Catalogue des expérimentations du FEJ", "", List.of(SEARCH_DATA, SCRIPT));
    h.append("<header class=\"site\"><h1>Catalogue des expérimentations</h1>\n");
    h.append("<p class=\"lead\">Fonds d'Expérimentation pour la Jeunesse — ")
        .append(esc(Html.plural(entries.size(), "expérimentation", "expérimentations")))
        .append(". Les chiffres d'un projet en erreur ne sont pas publiés.</p>\n");
    nav(h, "");
    h.append("</header>\n<main id=\"contenu\">\n");
    filters(h);
    h.append("<form action=\"")
        .append(COMPARE)
        .append("\" method=\"get\" id=\"selection\">\n")
        .append("<p class=\"compare-bar\"><button type=\"submit\" id=\"comparer\">")
        .append("Comparer les expérimentations cochées</button>")
        .append(" <span class=\"muted\" id=\"nombre-coches\"></span></p>\n");
    h.append("<div class=\"scroll\"><table class=\"catalogue\" id=\"experiences\">\n")
        .append("<caption class=\"visually-hidden\">Expérimentations du FEJ</caption>\n")
        .append("<thead><tr><th scope=\"col\" class=\"nosort\">Comparer</th>");
    for (String c : INDEX_COLUMNS) h.append("<th scope=\"col\">").append(esc(c)).append("</th>");
    h.append("</tr></thead>\n<tbody>\n");
    for (CatalogueEntry e : entries) indexRow(h, e);
    h.append("</tbody>\n</table></div>\n</form>\n</main>\n");
    foot(h);
    return h.toString();
  }

  static final List<String> INDEX_COLUMNS =
      List.of(
          "Dossier",
          "Titre",
          "Thématique / programme",
          "Région(s)",
          "Porteur",
          "Évaluateur",
          "Démarrage",
          "Durées",
          "Bénéficiaires prévus / entrés",
          "Budget total",
          "FEJ",
          "Documents",
          "Vérification");

  /** The site's navigation and downloads (same on every page but the experiment pages). */
  private static void nav(StringBuilder h, String root) {
    h.append("<nav aria-label=\"Catalogue\" class=\"site-nav\"><ul>")
        .append("<li><a href=\"")
        .append(root)
        .append("index.html\">Liste</a></li><li><a href=\"")
        .append(root)
        .append(COMPARE)
        .append("\">Comparer</a></li><li><a href=\"")
        .append(root)
        .append(CHARTS)
        .append("\">Graphiques</a></li></ul></nav>\n");
    h.append("<p class=\"downloads\">Données : <a href=\"")
        .append(root)
        .append(CatalogueData.CSV)
        .append("\">experiences.csv</a> · <a href=\"")
        .append(root)
        .append(CatalogueWorkbook.XLSX)
        .append("\">experiences.xlsx</a> · <a href=\"")
        .append(root)
        .append(CatalogueData.JSON)
        .append("\">experiences.json</a> · <a href=\"")
        .append(root)
        .append(CatalogueData.DATAPACKAGE)
        .append("\">datapackage.json</a> (description des colonnes)</p>\n");
    h.append("<p class=\"downloads\">Édition imprimable : <a href=\"")
        .append(root)
        .append(PrintedEdition.PDF)
        .append("\">catalogue.pdf</a> · <a href=\"")
        .append(root)
        .append(PrintedEdition.DOCX)
        .append("\">catalogue.docx</a></p>\n");
  }

  /** A facet of the index: its URL key, label, and the values of an entry. */
  record Facet(String key, String label, Function<CatalogueEntry, List<String>> values) {}

  static final List<Facet> FACETS =
      List.of(
          new Facet("region", "Région", CatalogueEntry::regions),
          new Facet("thematique", "Thématique", e -> one(e.theme())),
          new Facet("annee", "Année de démarrage", e -> one(year(e))),
          new Facet("porteur", "Type de porteur", e -> one(e.holderType())),
          new Facet("etat", "Vérification", e -> one(stateLabel(e))));

  static String year(CatalogueEntry e) {
    return e.start() == null || e.start().length() < 4 ? null : e.start().substring(0, 4);
  }

  static String stateLabel(CatalogueEntry e) {
    return e.errors() > 0 ? "En erreur" : e.warnings() > 0 ? "Avec avertissements" : "Vérifié";
  }

  private static List<String> one(String s) {
    return s == null || s.isEmpty() ? List.of() : List.of(s);
  }

  /**
   * The filter form, hidden until catalogue.js shows it (it does nothing without the script). Each
   * option carries its count over the whole catalogue; the script updates the counts.
   */
  private void filters(StringBuilder h) {
    h.append("<form class=\"filters\" id=\"filtres\" role=\"search\" hidden>\n")
        .append("<div class=\"field wide\"><label for=\"recherche\">Rechercher</label>")
        .append("<input type=\"search\" id=\"recherche\" name=\"q\" autocomplete=\"off\"")
        .append(" aria-describedby=\"aide-recherche\">")
        .append("<span class=\"muted\" id=\"aide-recherche\">Titre, fiche synthétique,")
        .append(" porteur… sans tenir compte des accents ni du pluriel.</span></div>\n");
    for (Facet f : FACETS) {
      Map<String, Integer> counts = new TreeMap<>(java.text.Collator.getInstance(Locale.FRENCH));
      for (CatalogueEntry e : entries) {
        for (String v : f.values().apply(e)) counts.merge(v, 1, Integer::sum);
      }
      h.append("<div class=\"field\"><label for=\"f-")
          .append(f.key())
          .append("\">")
          .append(esc(f.label()))
          .append("</label><select id=\"f-")
          .append(f.key())
          .append("\" name=\"")
          .append(f.key())
          .append("\" data-facette=\"")
          .append(f.key())
          .append("\"><option value=\"\">Toutes (")
          .append(entries.size())
          .append(")</option>");
      for (var c : counts.entrySet()) {
        h.append("<option value=\"")
            .append(esc(c.getKey()))
            .append("\" data-libelle=\"")
            .append(esc(c.getKey()))
            .append("\">")
            .append(esc(c.getKey()))
            .append(" (")
            .append(c.getValue())
            .append(")</option>");
      }
      h.append("</select></div>\n");
    }
    h.append("<div class=\"field actions\"><button type=\"reset\" id=\"effacer\">")
        .append("Effacer les filtres</button></div>\n")
        .append("<p class=\"count\" id=\"compte\" role=\"status\"></p>\n</form>\n");
  }

  private void indexRow(StringBuilder h, CatalogueEntry e) {
    h.append("<tr data-projet=\"").append(esc(e.project())).append('"');
    for (Facet f : FACETS) {
      h.append(" data-")
          .append(f.key())
          .append("=\"")
          .append(esc(String.join("|", f.values().apply(e))))
          .append('"');
    }
    h.append(e.verified() ? "" : " class=\"failed\"").append('>');
    h.append("<td class=\"pick\"><input type=\"checkbox\" name=\"p\" value=\"")
        .append(esc(e.project()))
        .append("\" id=\"c-")
        .append(esc(e.project()))
        .append("\"><label for=\"c-")
        .append(esc(e.project()))
        .append("\" class=\"visually-hidden\">Comparer ")
        .append(esc(e.displayTitle()))
        .append("</label></td>");
    cell(h, e.dossier() != null ? e.dossier() : e.project());
    h.append("<td><a href=\"")
        .append(PAGES)
        .append('/')
        .append(Html.segment(pageFile(e)))
        .append("\">")
        .append(esc(e.displayTitle()))
        .append("</a></td>");
    h.append("<td>").append(esc(orDash(e.theme())));
    if (e.programme() != null) h.append("<br><span class=\"muted\">").append(esc(e.programme()));
    if (e.programme() != null) h.append("</span>");
    h.append("</td>");
    cell(h, e.regions().isEmpty() ? null : String.join(", ", e.regions()));
    organisation(h, e.holder(), e.holderType());
    organisation(h, e.evaluator(), e.evaluatorType());
    valued(h, "", Html.date(e.start()), e.start());
    cell(h, durations(e));
    if (!e.verified()) {
      h.append(
          "<td colspan=\"3\" class=\"unverified\" data-valeur=\"\">Chiffres non publiés :"
              + " projet en erreur</td>");
    } else {
      StringBuilder b = new StringBuilder();
      b.append(e.figures().plannedText() != null ? e.figures().plannedText() : DASH)
          .append(" / ")
          .append(e.figures().reached() != null ? Html.number(e.figures().reached()) : DASH);
      if (e.figures().rate() != null)
        b.append(" (").append(Html.percent(e.figures().rate())).append(')');
      valued(h, "n", b.toString(), e.figures().reached());
      valued(h, "n", Html.money(e.figures().financingTotal()), e.figures().financingTotal());
      String fej = Html.money(e.figures().fejAmount());
      if (fej != null && e.figures().fejShare() != null)
        fej += " (" + Html.percent(e.figures().fejShare()) + ")";
      valued(h, "n", fej, e.figures().fejAmount());
    }
    h.append("<td>");
    documents(h, e, documentsFromRoot, true);
    h.append("</td>");
    h.append("<td data-valeur=\"").append(e.errors() * 100_000 + e.warnings()).append("\">");
    state(h, e);
    h.append("</td></tr>\n");
  }

  private static void organisation(StringBuilder h, String name, String type) {
    h.append("<td>").append(esc(orDash(name)));
    if (type != null) h.append("<br><span class=\"muted\">").append(esc(type)).append("</span>");
    h.append("</td>");
  }

  private static String durations(CatalogueEntry e) {
    if (e.initialMonths() == null && e.effectiveMonths() == null) return null;
    String s = "initiale : " + orDash(Html.months(e.initialMonths()));
    if (e.effectiveMonths() != null) s += ", effective : " + Html.months(e.effectiveMonths());
    return s;
  }

  private static void state(StringBuilder h, CatalogueEntry e) {
    if (e.errors() > 0) {
      h.append("<span class=\"state error\">")
          .append(esc(Html.plural(e.errors(), "erreur", "erreurs")))
          .append("</span>");
    } else if (e.warnings() > 0) {
      h.append("<span class=\"state warning\">Vérifié, ")
          .append(esc(Html.plural(e.warnings(), "avertissement", "avertissements")))
          .append("</span>");
    } else {
      h.append("<span class=\"state ok\">Vérifié</span>");
    }
  }

  /** The documents with their links; {@code compact} lists formats only. */
  private static void documents(
      StringBuilder h, CatalogueEntry e, String documentsPrefix, boolean compact) {
    if (e.documents().isEmpty()) {
      h.append("<span class=\"muted\">Aucun document</span>");
      return;
    }
    h.append("<ul class=\"docs\">");
    for (CatalogueDocument d : e.documents()) {
      h.append("<li>").append(esc(d.label()));
      if (!d.published()) {
        h.append(" <span class=\"unpublished\">non publiée</span>");
      } else if (!e.verified()) {
        h.append(" <span class=\"unpublished\">non liée : projet en erreur</span>");
      } else if (d.formats().isEmpty()) {
        h.append(" <span class=\"muted\">non construit</span>");
      } else {
        h.append(compact ? " : " : " — ");
        for (int i = 0; i < d.formats().size(); i++) {
          String ext = d.formats().get(i);
          if (i > 0) h.append(compact ? ", " : " · ");
          h.append("<a href=\"")
              .append(esc(documentsPrefix))
              .append(Html.segment(e.project()))
              .append('/')
              .append(Html.segment(d.name() + "." + ext))
              .append("\">")
              .append(esc(ext.toUpperCase(java.util.Locale.ROOT)))
              .append("</a>");
        }
      }
      h.append("</li>");
    }
    h.append("</ul>");
  }

  // ---------------------------------------------------------------------------------------------
  // Experiment page

  String page(CatalogueEntry e) {
    StringBuilder h = new StringBuilder();
    head(h, e.displayTitle() + " — Catalogue FEJ", "../", List.of());
    h.append("<nav class=\"crumbs\"><a href=\"../index.html\">Catalogue des expérimentations</a>")
        .append(" · <a href=\"../")
        .append(COMPARE)
        .append("?p=")
        .append(Html.segment(e.project()))
        .append("\">Comparer avec d'autres</a></nav>\n<main id=\"contenu\">\n");
    h.append("<h1>");
    if (e.dossier() != null)
      h.append("<span class=\"num\">").append(esc(e.dossier())).append("</span> ");
    h.append(esc(e.displayTitle())).append("</h1>\n");
    h.append("<p class=\"check\">Vérification : ");
    state(h, e);
    if (!e.verified()) {
      h.append(" — les chiffres de ce projet ne sont pas publiés tant qu'il est en erreur.");
    }
    h.append("</p>\n");

    h.append("<h2>Identité</h2>\n<dl class=\"facts\">");
    fact(h, "Dossier", e.dossier());
    fact(h, "Projet", e.project());
    fact(h, "Thématique", e.theme());
    fact(h, "Programme", e.programme());
    fact(h, "Région(s)", e.regions().isEmpty() ? null : String.join(", ", e.regions()));
    fact(h, "Porteur", withType(e.holder(), e.holderType()));
    fact(h, "Évaluateur", withType(e.evaluator(), e.evaluatorType()));
    fact(h, "Démarrage", Html.date(e.start()));
    fact(h, "Fin", Html.date(e.end()));
    fact(h, "Durée initiale", Html.months(e.initialMonths()));
    fact(h, "Durée effective", Html.months(e.effectiveMonths()));
    h.append("</dl>\n");

    if (e.synthesis() != null) {
      h.append("<h2>Fiche synthétique</h2>\n<dl class=\"synthesis\">");
      prose(h, "Objectifs", e.synthesis().objectives());
      prose(h, "Public cible", e.synthesis().targetPublic());
      prose(h, "Descriptif", e.synthesis().description());
      prose(h, "Territoires", e.synthesis().territories());
      prose(h, "Valeur ajoutée", e.synthesis().addedValue());
      h.append("</dl>\n");
    }

    if (e.verified()) {
      figures(h, e);
      if ((e.figures().planned() != null && e.figures().reached() != null)
          || !e.figures().financing().isEmpty()) {
        h.append("<h2>Graphiques</h2>\n");
        Charts.experiment(h, e);
      }
    }

    if (!e.partners().isEmpty()) {
      h.append("<h2>Partenaires opérationnels</h2>\n<ul>");
      for (String p : e.partners()) h.append("<li>").append(esc(p)).append("</li>");
      h.append("</ul>\n");
    }

    h.append("<h2>Documents</h2>\n");
    documents(h, e, "../" + documentsFromRoot, false);
    h.append('\n');

    h.append("<h2>Constats de vérification</h2>\n");
    if (e.findings().isEmpty()) {
      h.append("<p>Aucun constat.</p>\n");
    } else {
      h.append("<table class=\"findings\"><thead><tr><th scope=\"col\">Lieu</th>")
          .append("<th scope=\"col\">Gravité</th><th scope=\"col\">Code</th>")
          .append("<th scope=\"col\">Constat</th></tr></thead>\n<tbody>\n");
      for (CatalogueEntry.FindingLine f : e.findings()) {
        String sev =
            switch (f.severity()) {
              case ERROR -> "erreur";
              case WARNING -> "avertissement";
              case INFO -> "information";
            };
        h.append("<tr class=\"").append(sev.equals("erreur") ? "error" : "").append("\">");
        cell(h, f.place());
        cell(h, sev);
        cell(h, f.code());
        cell(h, f.message());
        h.append("</tr>\n");
      }
      h.append("</tbody></table>\n");
    }
    h.append("</main>\n");
    foot(h);
    return h.toString();
  }

  private static void figures(StringBuilder h, CatalogueEntry e) {
    h.append("<h2>Chiffres clés</h2>\n<dl class=\"keys\">");
    key(h, "Bénéficiaires prévus", e.figures().plannedText());
    key(h, "Bénéficiaires entrés", Html.number(e.figures().reached()));
    key(h, "Taux de réalisation", Html.percent(e.figures().rate()));
    key(h, "Financement total", Html.money(e.figures().financingTotal()));
    key(h, "Montant FEJ", Html.money(e.figures().fejAmount()));
    key(h, "Part du FEJ", Html.percent(e.figures().fejShare()));
    h.append("</dl>\n");

    h.append("<h2>Tableau 1 — bénéficiaires</h2>\n<table class=\"figures\"><thead><tr>")
        .append("<td></td><th scope=\"col\">Prévus</th>")
        .append("<th scope=\"col\">Entrés</th><th scope=\"col\">Taux</th></tr></thead>\n")
        .append("<tbody>");
    CatalogueEntry.Tableau1 t = e.figures().tableau1();
    if (t != null) {
      tableau1Row(h, "Jeunes", t.plannedYoung(), Html.number(t.young()), null, false);
      tableau1Row(h, "Adultes", t.plannedAdults(), Html.number(t.adults()), null, false);
    }
    tableau1Row(
        h,
        "Nombre total de bénéficiaires",
        e.figures().plannedText(),
        Html.number(e.figures().reached()),
        Html.percent(e.figures().rate()),
        true);
    if (t != null && t.abandons() != null) {
      tableau1Row(h, "Abandons ou exclusions", null, Html.number(t.abandons()), null, false);
    }
    h.append("</tbody></table>\n");

    if (!e.figures().financing().isEmpty()) {
      h.append("<h2>Financement</h2>\n<table class=\"figures\"><thead><tr>")
          .append("<th scope=\"col\">Catégorie</th><th scope=\"col\">Financeurs</th>")
          .append(
              "<th scope=\"col\">Montant</th><th scope=\"col\">Part</th></tr></thead>\n<tbody>");
      for (CatalogueEntry.Financing f : e.figures().financing()) {
        h.append("<tr><th scope=\"row\">").append(esc(category(f.category()))).append("</th>");
        cell(h, f.funders());
        numberCell(h, Html.money(f.amount()));
        numberCell(h, Html.percent(f.share()));
        h.append("</tr>\n");
      }
      h.append("<tr class=\"total\"><th scope=\"row\">Total</th><td></td>");
      numberCell(h, Html.money(e.figures().financingTotal()));
      numberCell(h, Html.percent(100));
      h.append("</tr></tbody></table>\n");
      if (e.figures().chargesActual() != null) {
        h.append("<p>Charges réalisées (bilan) : ")
            .append(esc(Html.money(e.figures().chargesActual())))
            .append("</p>\n");
      }
    }
  }

  private static void tableau1Row(
      StringBuilder h, String label, String planned, String entered, String rate, boolean total) {
    h.append(total ? "<tr class=\"total\">" : "<tr>")
        .append("<th scope=\"row\">")
        .append(esc(label))
        .append("</th>");
    numberCell(h, planned);
    numberCell(h, entered);
    numberCell(h, rate);
    h.append("</tr>\n");
  }

  static String category(String key) {
    return switch (key) {
      case "fej" -> "Fonds d'Expérimentation pour la Jeunesse";
      case "cofinancement" -> "Cofinancements";
      case "autofinancement" -> "Autofinancement";
      default -> key;
    };
  }

  private static String withType(String name, String type) {
    if (name == null) return type == null ? null : "(" + type + ")";
    return type == null ? name : name + " (" + type + ")";
  }

  private static void fact(StringBuilder h, String label, String value) {
    if (value == null) return;
    h.append("<dt>").append(esc(label)).append("</dt><dd>").append(esc(value)).append("</dd>");
  }

  private static void key(StringBuilder h, String label, String value) {
    h.append("<div><dt>")
        .append(esc(label))
        .append("</dt><dd>")
        .append(esc(orDash(value)))
        .append("</dd></div>");
  }

  /** A Markdown field shown as plain text paragraphs (blank lines separate them). */
  private static void prose(StringBuilder h, String label, String markdown) {
    if (markdown == null || markdown.isBlank()) return;
    h.append("<dt>").append(esc(label)).append("</dt><dd>");
    for (String para : markdown.strip().split("\\n\\s*\\n")) {
      h.append("<p>").append(esc(para.strip())).append("</p>");
    }
    h.append("</dd>");
  }

  // ---------------------------------------------------------------------------------------------
  // Search index, compare view and charts

  /** catalogue-recherche.js: the stemmed terms of each experiment (see {@link SearchIndex}). */
  String searchData() {
    List<String> projects = new java.util.ArrayList<>(), terms = new java.util.ArrayList<>();
    for (CatalogueEntry e : entries) {
      projects.add(e.project());
      terms.add(e.searchTerms());
    }
    return SearchIndex.script(projects, terms);
  }

  /** The rows of the compare view: the fiche synthétique's fields, then the figures. */
  static final List<Map.Entry<String, Function<CatalogueEntry, String>>> COMPARE_ROWS =
      List.of(
          Map.entry("Dossier", e -> e.dossier()),
          Map.entry("Thématique", e -> e.theme()),
          Map.entry("Programme", e -> e.programme()),
          Map.entry(
              "Région(s)", e -> e.regions().isEmpty() ? null : String.join(", ", e.regions())),
          Map.entry("Porteur", e -> withType(e.holder(), e.holderType())),
          Map.entry("Évaluateur", e -> withType(e.evaluator(), e.evaluatorType())),
          Map.entry("Démarrage", e -> Html.date(e.start())),
          Map.entry("Fin", e -> Html.date(e.end())),
          Map.entry("Durée initiale", e -> Html.months(e.initialMonths())),
          Map.entry("Durée effective", e -> Html.months(e.effectiveMonths())),
          Map.entry("Objectifs", e -> e.synthesis() == null ? null : e.synthesis().objectives()),
          Map.entry(
              "Public cible", e -> e.synthesis() == null ? null : e.synthesis().targetPublic()),
          Map.entry("Descriptif", e -> e.synthesis() == null ? null : e.synthesis().description()),
          Map.entry("Territoires", e -> e.synthesis() == null ? null : e.synthesis().territories()),
          Map.entry(
              "Valeur ajoutée", e -> e.synthesis() == null ? null : e.synthesis().addedValue()),
          Map.entry("Bénéficiaires prévus", e -> e.figures().plannedText()),
          Map.entry("Bénéficiaires entrés", e -> Html.number(e.figures().reached())),
          Map.entry("Taux de réalisation", e -> Html.percent(e.figures().rate())),
          Map.entry("Financement total", e -> Html.money(e.figures().financingTotal())),
          Map.entry("Montant FEJ", e -> Html.money(e.figures().fejAmount())),
          Map.entry("Part du FEJ", e -> Html.percent(e.figures().fejShare())),
          Map.entry("Charges réalisées", e -> Html.money(e.figures().chargesActual())),
          Map.entry("Vérification", e -> stateLabel(e)));

  /** The first row of figures in {@link #COMPARE_ROWS} ("Bénéficiaires prévus"). */
  static final int FIRST_FIGURE_ROW = 15;

  /**
   * catalogue-comparaison.js: every experiment's compare rows, as display texts; the figures of a
   * project in error read « non publié (projet en erreur) ».
   */
  String compareData() {
    StringBuilder out = new StringBuilder("window.FEJ_COMPARAISON = {\n\"lignes\": [");
    for (int i = 0; i < COMPARE_ROWS.size(); i++) {
      out.append(i == 0 ? "" : ", ").append(Json.string(COMPARE_ROWS.get(i).getKey()));
    }
    out.append("],\n\"experiences\": [");
    for (int i = 0; i < entries.size(); i++) {
      CatalogueEntry e = entries.get(i);
      out.append(i == 0 ? "\n" : ",\n")
          .append("{\"projet\": ")
          .append(Json.string(e.project()))
          .append(", \"titre\": ")
          .append(Json.string(e.displayTitle()))
          .append(", \"page\": ")
          .append(Json.string(PAGES + "/" + Html.segment(pageFile(e))))
          .append(", \"valeurs\": [");
      for (int j = 0; j < COMPARE_ROWS.size(); j++) {
        String v =
            e.verified() || j < FIRST_FIGURE_ROW || j == COMPARE_ROWS.size() - 1
                ? COMPARE_ROWS.get(j).getValue().apply(e)
                : "non publié (projet en erreur)";
        out.append(j == 0 ? "" : ", ").append(Json.string(orDash(v)));
      }
      out.append("]}");
    }
    return out.append("\n]\n};\n").toString();
  }

  /** comparer.html: built by catalogue.js from catalogue-comparaison.js and the URL. */
  String comparePage() {
    StringBuilder h = new StringBuilder();
    head(h, "Comparer des expérimentations — Catalogue FEJ", "", List.of(COMPARE_DATA, SCRIPT));
    h.append("<header class=\"site\"><h1>Comparer des expérimentations</h1>\n");
    nav(h, "");
    h.append("</header>\n<main id=\"contenu\" class=\"comparaison\">\n")
        .append("<p>Cochez des expérimentations dans la <a href=\"index.html\">liste</a>, ou")
        .append(" ajoutez-les ci-dessous ; l'adresse de cette page garde la sélection et peut")
        .append(" être partagée.</p>\n")
        .append("<noscript><p class=\"unverified\">La comparaison a besoin de JavaScript ;")
        .append(" chaque expérimentation a sa page dans la liste.</p></noscript>\n")
        .append("<div id=\"choix\" hidden></div>\n")
        .append("<div class=\"scroll\" id=\"vue\"></div>\n</main>\n");
    foot(h);
    return h.toString();
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

  // ---------------------------------------------------------------------------------------------
  // Shared

  private static void head(StringBuilder h, String title, String root, List<String> scripts) {
    h.append("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"fejdoc catalogue\">\n")
        .append("<title>")
        .append(esc(title))
        .append("</title>\n<link rel=\"stylesheet\" href=\"")
        .append(root)
        .append(CSS)
        .append("\">\n");
    for (String script : scripts)
      h.append("<script src=\"").append(root).append(script).append("\" defer></script>\n");
    // the first stop of the keyboard; catalogue.js keeps the view's state when it is followed
    h.append("</head>\n<body>\n<a class=\"evitement\" href=\"#contenu\">Aller au contenu</a>\n");
  }

  private static void foot(StringBuilder h) {
    h.append("<footer>Produit par fejdoc à partir des projets vérifiés.</footer>\n")
        .append("</body>\n</html>\n");
  }

  private static void cell(StringBuilder h, String s) {
    h.append("<td>").append(esc(orDash(s))).append("</td>");
  }

  /** A cell with its machine value (ISO date, plain number) for the optional sort script. */
  private static void valued(StringBuilder h, String cls, String shown, Object value) {
    h.append("<td");
    if (!cls.isEmpty()) h.append(" class=\"").append(cls).append('"');
    h.append(" data-valeur=\"").append(esc(Column.machine(value))).append('"'); // "" if unknown
    h.append('>').append(esc(orDash(shown))).append("</td>");
  }

  private static void numberCell(StringBuilder h, String s) {
    h.append("<td class=\"n\">").append(esc(orDash(s))).append("</td>");
  }

  private static String orDash(String s) {
    return s == null || s.isEmpty() ? DASH : s;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
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
