package fr.fejdoc.catalogue;

import static fr.fejdoc.catalogue.Html.esc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The catalogue's files, in memory: index.html, one page per experiment under {@code experiences/},
 * the style sheet and the data downloads. Hand-written HTML: every text escaped, relative links
 * only, no script, no external resource; works from {@code file://}.
 */
public final class CatalogueSite {
  static final String CSS = "catalogue.css";
  static final String SCRIPT = "catalogue.js";
  static final String PAGES = "experiences";
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
    Map<String, byte[]> out = new TreeMap<>();
    out.put(CSS, resource(CSS));
    out.put(SCRIPT, resource(SCRIPT));
    out.put("index.html", utf8(index()));
    for (CatalogueEntry e : entries) out.put(PAGES + "/" + pageFile(e), utf8(page(e)));
    out.put(CatalogueData.CSV, CatalogueData.csv(entries));
    out.put(CatalogueData.JSON, CatalogueData.json(entries));
    out.put(CatalogueData.DATAPACKAGE, CatalogueData.datapackage());
    return out;
  }

  static String pageFile(CatalogueEntry e) {
    return e.project() + ".html";
  }

  // ---------------------------------------------------------------------------------------------
  // Index

  String index() {
    StringBuilder h = new StringBuilder();
    // the script only adds search and sort: the table is complete and usable without it
    head(h, "Catalogue des expérimentations du FEJ", "", true);
    h.append("<header class=\"site\"><h1>Catalogue des expérimentations</h1>\n");
    h.append("<p class=\"lead\">Fonds d'Expérimentation pour la Jeunesse — ")
        .append(esc(Html.plural(entries.size(), "expérimentation", "expérimentations")))
        .append(". Les chiffres d'un projet en erreur ne sont pas publiés.</p>\n");
    h.append("<p class=\"downloads\">Données : <a href=\"")
        .append(CatalogueData.CSV)
        .append("\">experiences.csv</a> · <a href=\"")
        .append(CatalogueData.JSON)
        .append("\">experiences.json</a> · <a href=\"")
        .append(CatalogueData.DATAPACKAGE)
        .append("\">datapackage.json</a> (description des colonnes)</p></header>\n");
    h.append(
        "<main>\n<div class=\"scroll\"><table class=\"catalogue\" id=\"experiences\">\n<thead><tr>");
    for (String c :
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
            "Vérification")) {
      h.append("<th scope=\"col\">").append(esc(c)).append("</th>");
    }
    h.append("</tr></thead>\n<tbody>\n");
    for (CatalogueEntry e : entries) indexRow(h, e);
    h.append("</tbody>\n</table></div>\n</main>\n");
    foot(h);
    return h.toString();
  }

  private void indexRow(StringBuilder h, CatalogueEntry e) {
    h.append("<tr").append(e.verified() ? "" : " class=\"failed\"").append('>');
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
      b.append(e.plannedText() != null ? e.plannedText() : DASH)
          .append(" / ")
          .append(e.reached() != null ? Html.number(e.reached()) : DASH);
      if (e.rate() != null) b.append(" (").append(Html.percent(e.rate())).append(')');
      valued(h, "n", b.toString(), e.reached());
      valued(h, "n", Html.money(e.financingTotal()), e.financingTotal());
      String fej = Html.money(e.fejAmount());
      if (fej != null && e.fejShare() != null) fej += " (" + Html.percent(e.fejShare()) + ")";
      valued(h, "n", fej, e.fejAmount());
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
    head(h, e.displayTitle() + " — Catalogue FEJ", "../", false);
    h.append("<nav class=\"crumbs\"><a href=\"../index.html\">Catalogue des expérimentations</a>")
        .append("</nav>\n<main>\n");
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

    if (e.verified()) figures(h, e);

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
    key(h, "Bénéficiaires prévus", e.plannedText());
    key(h, "Bénéficiaires entrés", Html.number(e.reached()));
    key(h, "Taux de réalisation", Html.percent(e.rate()));
    key(h, "Financement total", Html.money(e.financingTotal()));
    key(h, "Montant FEJ", Html.money(e.fejAmount()));
    key(h, "Part du FEJ", Html.percent(e.fejShare()));
    h.append("</dl>\n");

    h.append("<h2>Tableau 1 — bénéficiaires</h2>\n<table class=\"figures\"><thead><tr>")
        .append("<th scope=\"col\"></th><th scope=\"col\">Prévus</th>")
        .append("<th scope=\"col\">Entrés</th><th scope=\"col\">Taux</th></tr></thead>\n")
        .append("<tbody>");
    CatalogueEntry.Tableau1 t = e.tableau1();
    if (t != null) {
      tableau1Row(h, "Jeunes", t.plannedYoung(), Html.number(t.young()), null, false);
      tableau1Row(h, "Adultes", t.plannedAdults(), Html.number(t.adults()), null, false);
    }
    tableau1Row(
        h,
        "Nombre total de bénéficiaires",
        e.plannedText(),
        Html.number(e.reached()),
        Html.percent(e.rate()),
        true);
    if (t != null && t.abandons() != null) {
      tableau1Row(h, "Abandons ou exclusions", null, Html.number(t.abandons()), null, false);
    }
    h.append("</tbody></table>\n");

    if (!e.financing().isEmpty()) {
      h.append("<h2>Financement</h2>\n<table class=\"figures\"><thead><tr>")
          .append("<th scope=\"col\">Catégorie</th><th scope=\"col\">Financeurs</th>")
          .append(
              "<th scope=\"col\">Montant</th><th scope=\"col\">Part</th></tr></thead>\n<tbody>");
      for (CatalogueEntry.Financing f : e.financing()) {
        h.append("<tr><th scope=\"row\">").append(esc(category(f.category()))).append("</th>");
        cell(h, f.funders());
        numberCell(h, Html.money(f.amount()));
        numberCell(h, Html.percent(f.share()));
        h.append("</tr>\n");
      }
      h.append("<tr class=\"total\"><th scope=\"row\">Total</th><td></td>");
      numberCell(h, Html.money(e.financingTotal()));
      numberCell(h, Html.percent(100));
      h.append("</tr></tbody></table>\n");
      if (e.chargesActual() != null) {
        h.append("<p>Charges réalisées (bilan) : ")
            .append(esc(Html.money(e.chargesActual())))
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
  // Shared

  private static void head(StringBuilder h, String title, String root, boolean script) {
    h.append("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"fejdoc catalogue\">\n")
        .append("<title>")
        .append(esc(title))
        .append("</title>\n<link rel=\"stylesheet\" href=\"")
        .append(root)
        .append(CSS)
        .append("\">\n");
    if (script)
      h.append("<script src=\"").append(root).append(SCRIPT).append("\" defer></script>\n");
    h.append("</head>\n<body>\n");
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
