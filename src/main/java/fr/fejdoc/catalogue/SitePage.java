package fr.fejdoc.catalogue;

import static fr.fejdoc.catalogue.CatalogueSite.*;
import static fr.fejdoc.catalogue.Html.esc;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What every page of the catalogue shares: the head (style sheet, scripts, skip link), the
 * navigation and downloads, the footer, the check state, the list of documents with their links,
 * and table cells. Hand-written HTML: every text escaped, relative links only.
 */
final class SitePage {
  static final String DASH = "—";

  private SitePage() {}

  /** The site's navigation and downloads (same on every page but the experiment pages). */
  static void nav(StringBuilder h, String root, List<CatalogueEntry> entries) {
    h.append("<nav aria-label=\"Catalogue\" class=\"site-nav\"><ul>")
        .append("<li><a href=\"")
        .append(root)
        .append("index.html\">Liste</a></li><li><a href=\"")
        .append(root)
        .append(CatalogueSite.COMPARE)
        .append("\">Comparer</a></li><li><a href=\"")
        .append(root)
        .append(CatalogueSite.CHARTS)
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
        .append("\">datapackage.json</a> (description des colonnes ; <a href=\"")
        .append(root)
        .append(CatalogueData.SCHEMA)
        .append("\">schéma</a>) ; Licence Ouverte 2.0</p>\n");
    List<PrintedEdition.Volume> volumes = PrintedEdition.volumes(entries);
    h.append("<p class=\"downloads\">Édition imprimable");
    for (PrintedEdition.Volume v : volumes) {
      h.append(v.number() == 1 ? " : " : " ; ");
      if (v.of() > 1)
        h.append("tome ").append(v.number()).append(" (").append(esc(v.range())).append(") ");
      for (String ext : PrintedEdition.FORMATS) {
        String file = v.stem() + "." + ext;
        h.append(ext.equals("pdf") ? "" : " · ")
            .append("<a href=\"")
            .append(root)
            .append(file)
            .append("\">")
            .append(v.of() > 1 ? ext.toUpperCase(java.util.Locale.ROOT) : file)
            .append("</a>");
      }
    }
    h.append("</p>\n");
  }

  static void state(StringBuilder h, CatalogueEntry e) {
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
  static void documents(
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

  static void head(StringBuilder h, String title, String root, List<String> scripts) {
    head(h, title, root, scripts, null);
  }

  /**
   * The same, with the page's address on the published site ({@code canonical}, absolute; null when
   * no base address was given).
   */
  static void head(
      StringBuilder h, String title, String root, List<String> scripts, String canonical) {
    h.append("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"fejdoc catalogue\">\n")
        .append("<title>")
        .append(esc(title))
        .append("</title>\n<link rel=\"stylesheet\" href=\"")
        .append(root)
        .append(CatalogueSite.CSS)
        .append("\">\n");
    if (canonical != null)
      h.append("<link rel=\"canonical\" href=\"").append(esc(canonical)).append("\">\n");
    for (String script : scripts)
      h.append("<script src=\"").append(root).append(script).append("\" defer></script>\n");
    // the first stop of the keyboard; catalogue.js keeps the view's state when it is followed
    h.append("</head>\n<body>\n<a class=\"evitement\" href=\"#contenu\">Aller au contenu</a>\n");
  }

  static void foot(StringBuilder h) {
    h.append("<footer>Produit par fejdoc à partir des projets vérifiés.</footer>\n")
        .append("</body>\n</html>\n");
  }

  static void cell(StringBuilder h, String s) {
    h.append("<td>").append(esc(orDash(s))).append("</td>");
  }

  /** A cell with its machine value (ISO date, plain number) for the optional sort script. */
  static void valued(StringBuilder h, String cls, String shown, Object value) {
    h.append("<td");
    if (!cls.isEmpty()) h.append(" class=\"").append(cls).append('"');
    h.append(" data-valeur=\"").append(esc(Column.machine(value))).append('"'); // "" if unknown
    h.append('>').append(esc(orDash(shown))).append("</td>");
  }

  static void numberCell(StringBuilder h, String s) {
    h.append("<td class=\"n\">").append(esc(orDash(s))).append("</td>");
  }

  static String orDash(String s) {
    return s == null || s.isEmpty() ? DASH : s;
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static String withType(String name, String type) {
    if (name == null) return type == null ? null : "(" + type + ")";
    return type == null ? name : name + " (" + type + ")";
  }
}
