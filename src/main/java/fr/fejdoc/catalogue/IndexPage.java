package fr.fejdoc.catalogue;

import static fr.fejdoc.catalogue.CatalogueSite.*;
import static fr.fejdoc.catalogue.Html.esc;
import static fr.fejdoc.catalogue.SitePage.*;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * index.html: one row per experiment with its comparable facts, documents and check state; the
 * filter form (shown by catalogue.js) with the count of each facet value. Complete without script.
 */
final class IndexPage {
  private final List<CatalogueEntry> entries;
  private final String documentsFromRoot;
  private final String base;

  /** {@code base}: the site's published address, with a final slash, or null. */
  IndexPage(List<CatalogueEntry> entries, String documentsFromRoot, String base) {
    this.entries = entries;
    this.documentsFromRoot = documentsFromRoot;
    this.base = base;
  }

  String html() {
    java.io.StringWriter w = new java.io.StringWriter();
    try {
      html(w);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e); // memory: not reached
    }
    return w.toString();
  }

  /** The same, written to {@code out} row by row. */
  void html(java.io.Writer out) throws java.io.IOException {
    StringBuilder h = new StringBuilder();
    // the scripts only add filters, search and sort: the table is complete without them
    head(
        h,
        "Catalogue des expérimentations du FEJ",
        "",
        List.of(SEARCH_DATA, SCRIPT),
        base == null ? null : base + "index.html");
    h.append("<header class=\"site\"><h1>Catalogue des expérimentations</h1>\n");
    h.append("<p class=\"lead\">Fonds d'Expérimentation pour la Jeunesse — ")
        .append(esc(Html.plural(entries.size(), "expérimentation", "expérimentations")))
        .append(". Les chiffres d'un projet en erreur ne sont pas publiés.</p>\n");
    nav(h, "", entries);
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
    for (CatalogueEntry e : entries) {
      out.append(h);
      h.setLength(0);
      indexRow(h, e);
    }
    h.append("</tbody>\n</table></div>\n</form>\n</main>\n");
    foot(h);
    out.append(h);
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
      if (e.figures().rateText() != null) b.append(" (").append(e.figures().rateText()).append(')');
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
}
