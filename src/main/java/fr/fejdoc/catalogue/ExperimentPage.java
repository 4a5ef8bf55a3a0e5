package fr.fejdoc.catalogue;

import static fr.fejdoc.catalogue.CatalogueSite.*;
import static fr.fejdoc.catalogue.Html.esc;
import static fr.fejdoc.catalogue.SitePage.*;

import fr.fejdoc.model.form.ClosedList;
import fr.fejdoc.model.form.FormRegistry;
import java.util.List;

/**
 * experiences/<projet>.html: an experiment's identity and fiche synthétique, key figures, Tableau 1
 * in short, financing, partners, charts, its documents in every format built, and its findings.
 */
final class ExperimentPage {
  private final String documentsFromRoot;
  private final String base;

  /** {@code base}: the site's published address, with a final slash, or null. */
  ExperimentPage(String documentsFromRoot, String base) {
    this.documentsFromRoot = documentsFromRoot;
    this.base = base;
  }

  String html(CatalogueEntry e) {
    StringBuilder h = new StringBuilder();
    head(
        h,
        e.displayTitle() + " — Catalogue FEJ",
        "../",
        List.of(),
        base == null ? null : base + PAGES + "/" + Html.segment(pageFile(e)));
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

  /** Tableau 1's lines, as the form names them. */
  private static final ClosedList LINES = FormRegistry.BENEFICIARY_LINES;

  private static void figures(StringBuilder h, CatalogueEntry e) {
    h.append("<h2>Chiffres clés</h2>\n<dl class=\"keys\">");
    key(h, "Bénéficiaires prévus", e.figures().plannedText());
    key(h, "Bénéficiaires entrés", Html.number(e.figures().reached()));
    key(h, "Taux de réalisation", e.figures().rateText());
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
      tableau1Row(h, LINES.label("jeunes"), t.plannedYoung(), Html.number(t.young()), null, false);
      tableau1Row(
          h, LINES.label("adultes"), t.plannedAdults(), Html.number(t.adults()), null, false);
    }
    tableau1Row(
        h,
        LINES.label("total"),
        e.figures().plannedText(),
        Html.number(e.figures().reached()),
        e.figures().rateText(),
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
        h.append("<tr><th scope=\"row\">").append(esc(f.label())).append("</th>");
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
}
