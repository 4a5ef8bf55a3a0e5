package fr.fejdoc.catalogue;

import static fr.fejdoc.catalogue.CatalogueSite.*;
import static fr.fejdoc.catalogue.IndexPage.stateLabel;
import static fr.fejdoc.catalogue.SitePage.*;

import fr.fejdoc.text.Json;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * comparer.html and its data (catalogue-comparaison.js): experiments side by side, one column each,
 * on the rows of the fiche synthétique and the figures; the selection lives in the URL.
 */
final class ComparePage {
  private final List<CatalogueEntry> entries;
  private final String base;

  /** {@code base}: the site's published address, with a final slash, or null. */
  ComparePage(List<CatalogueEntry> entries, String base) {
    this.entries = entries;
    this.base = base;
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
          Map.entry("Taux de réalisation", e -> e.figures().rateText()),
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
  String data() {
    java.io.StringWriter w = new java.io.StringWriter();
    try {
      data(w);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e); // memory: not reached
    }
    return w.toString();
  }

  /** The same, written to {@code w} one experiment at a time. */
  void data(java.io.Writer w) throws java.io.IOException {
    StringBuilder out = new StringBuilder("window.FEJ_COMPARAISON = {\n\"lignes\": [");
    for (int i = 0; i < COMPARE_ROWS.size(); i++) {
      out.append(i == 0 ? "" : ", ").append(Json.string(COMPARE_ROWS.get(i).getKey()));
    }
    out.append("],\n\"experiences\": [");
    for (int i = 0; i < entries.size(); i++) {
      w.append(out);
      out.setLength(0);
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
    w.append(out.append("\n]\n};\n"));
  }

  /** comparer.html: built by catalogue.js from catalogue-comparaison.js and the URL. */
  String html() {
    StringBuilder h = new StringBuilder();
    head(
        h,
        "Comparer des expérimentations — Catalogue FEJ",
        "",
        List.of(COMPARE_DATA, SCRIPT),
        base == null ? null : base + COMPARE);
    h.append("<header class=\"site\"><h1>Comparer des expérimentations</h1>\n");
    nav(h, "", entries);
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
}
