package fr.fejdoc.write.odt;

import fr.fejdoc.document.Block;
import fr.fejdoc.write.odf.OdfPackage;
import fr.fejdoc.write.odf.OdfXml;

/**
 * styles.xml of the ODT edition: the named styles (Heading 1–6 with their outline levels, the
 * tree's paragraph styles under French names, captions, quotes, key figures, notes), list styles,
 * the outline and note configuration, and the page styles: « Standard » (A4 portrait), « Paysage »
 * (A4 landscape, for landscape tables) and « Couverture » (a first page without running header and
 * footer), each with the running header (after the draft mark of a draft) and the footer with its
 * page fields. Looks as the DOCX edition does (same sizes, colours and spacing).
 */
final class OdtStyles {
  static final String STANDARD = "Standard";
  static final String LANDSCAPE = "Paysage";
  static final String COVER = "Couverture";

  static final String TABLE_TEXT = "Texte_20_de_20_tableau";
  static final String CAPTION = "Caption";
  static final String QUOTE = "Quotations";
  static final String PULL_QUOTE = "Citation_20_en_20_exergue";
  static final String KEY_FIGURE = "Chiffre_20_cle";
  static final String KEY_FIGURE_CAPTION = "Legende_20_chiffre_20_cle";
  static final String BOX_TITLE = "Titre_20_encadre";
  static final String FOOTNOTE = "Footnote";
  static final String SMALL = "Petit_20_texte";
  static final String FIGURE = "Figure";
  static final String CODE = "Code";
  static final String LINK = "Internet_20_link";
  static final String BULLETS = "Puces";
  static final String NUMBERS = "Numeros";

  private OdtStyles() {}

  /** The style of heading level {@code level} (clamped to 1–6). */
  static String heading(int level) {
    return "Heading_20_" + clampLevel(level);
  }

  static int clampLevel(int level) {
    return Math.max(1, Math.min(6, level));
  }

  /** The named style of a paragraph style of the tree; null for the container's default. */
  static String of(Block.ParaStyle style) {
    if (style == null) return null;
    return switch (style) {
      case NORMAL -> null;
      case LEAD -> "Chapeau";
      case COVER_TITLE -> "Titre_20_couverture";
      case COVER -> "Texte_20_couverture";
      case SMALL -> SMALL;
      case MISSING -> "Partie_20_non_20_renseignee";
      case INSTRUCTION -> "Consigne";
      case SIGNATURE -> "Signature";
    };
  }

  /**
   * styles.xml for a document in {@code lang} ("fr-FR", "en"); {@code landscape} when every page is
   * landscape; {@code header} and {@code footer} the running texts ({@code {page}}, {@code {pages}}
   * as fields) or null; {@code draft} the mark of a draft or null; {@code cover}: the first page is
   * a cover without running header and footer.
   */
  static byte[] xml(
      String lang, boolean landscape, String header, String footer, String draft, boolean cover) {
    String language = OdfPackage.languageOf(lang);
    String country = OdfPackage.countryOf(lang);
    OdfXml x = new OdfXml(24 * 1024);
    x.open("office:document-styles")
        .attr("xmlns:office", OdfXml.NS_OFFICE)
        .attr("xmlns:style", OdfXml.NS_STYLE)
        .attr("xmlns:text", OdfXml.NS_TEXT)
        .attr("xmlns:table", OdfXml.NS_TABLE)
        .attr("xmlns:draw", OdfXml.NS_DRAW)
        .attr("xmlns:fo", OdfXml.NS_FO)
        .attr("xmlns:xlink", OdfXml.NS_XLINK)
        .attr("xmlns:svg", OdfXml.NS_SVG)
        .attr("xmlns:loext", OdfXml.NS_LOEXT)
        .attr("office:version", OdfXml.VERSION);
    x.raw(FONTS);
    x.open("office:styles");
    x.open("style:default-style").attr("style:family", "paragraph");
    x.raw(
        "<style:paragraph-properties fo:margin-top=\"0pt\" fo:margin-bottom=\"6pt\""
            + " fo:line-height=\"110%\" fo:hyphenation-ladder-count=\"no-limit\""
            + " style:writing-mode=\"lr-tb\"/>");
    x.open("style:text-properties")
        .attr("style:font-name", "Liberation Sans")
        .attr("fo:font-size", "10.5pt")
        .attr("fo:color", "#1e1e1e")
        .attr("fo:language", language)
        .attr("fo:country", country == null ? "none" : country)
        .attr("fo:hyphenate", "false")
        .close();
    x.close();
    x.raw(NAMED);
    for (int level = 1; level <= 6; level++) heading(x, level);
    x.raw(LISTS);
    x.raw(OUTLINE);
    x.raw(
        "<text:notes-configuration text:note-class=\"footnote\" text:citation-style-name=\""
            + "Footnote_20_anchor\" style:num-format=\"1\" text:start-value=\"0\""
            + " text:footnotes-position=\"page\" text:start-numbering-at=\"document\"/>");
    x.close(); // office:styles
    x.open("office:automatic-styles");
    boolean hasHeader = draft != null || (header != null && !header.isBlank());
    boolean hasFooter = footer != null && !footer.isBlank();
    pageLayout(x, "pm1", false, hasHeader, hasFooter);
    pageLayout(x, "pm2", true, hasHeader, hasFooter);
    pageLayout(x, "pm3", landscape, draft != null, false);
    x.close();
    x.open("office:master-styles");
    master(x, STANDARD, landscape ? "pm2" : "pm1", null, header, footer, draft);
    master(x, LANDSCAPE, "pm2", null, header, footer, draft);
    if (cover) master(x, COVER, "pm3", landscape ? LANDSCAPE : STANDARD, null, null, draft);
    x.close();
    x.close();
    return x.bytes();
  }

  private static void heading(OdfXml x, int level) {
    String size = level == 3 ? "11.5pt" : level == 1 ? "15pt" : level == 2 ? "13pt" : "10.5pt";
    boolean italic = level == 4 || level == 6;
    x.open("style:style")
        .attr("style:name", heading(level))
        .attr("style:display-name", "Heading " + level)
        .attr("style:family", "paragraph")
        .attr("style:parent-style-name", "Standard")
        .attr("style:next-style-name", "Standard")
        .attr("style:default-outline-level", level)
        .attr("style:class", "text");
    x.open("style:paragraph-properties")
        .attr("fo:margin-top", level == 1 ? "18pt" : "12pt")
        .attr("fo:margin-bottom", "6pt")
        .attr("fo:keep-with-next", "always")
        .attr("fo:keep-together", "always");
    if (level == 1) {
      x.attr("fo:border-bottom", "1.5pt solid #000091").attr("fo:padding-bottom", "2pt");
    }
    x.close();
    x.open("style:text-properties")
        .attr("fo:font-size", size)
        .attr("fo:font-weight", "bold")
        .attr("fo:color", "#000091");
    if (italic) x.attr("fo:font-style", "italic");
    x.close();
    x.close();
  }

  private static void pageLayout(
      OdfXml x, String name, boolean landscape, boolean header, boolean footer) {
    x.open("style:page-layout").attr("style:name", name);
    x.open("style:page-layout-properties")
        .attr("fo:page-width", landscape ? "29.7cm" : "21cm")
        .attr("fo:page-height", landscape ? "21cm" : "29.7cm")
        .attr("style:print-orientation", landscape ? "landscape" : "portrait")
        .attr("style:num-format", "1")
        .attr("fo:margin-top", header ? "1cm" : "2cm")
        .attr("fo:margin-bottom", footer ? "1cm" : "2cm")
        .attr("fo:margin-left", "2cm")
        .attr("fo:margin-right", "2cm")
        .attr("style:writing-mode", "lr-tb");
    x.empty(
        "style:footnote-sep",
        "style:width",
        "0.018cm",
        "style:distance-before-sep",
        "0.1cm",
        "style:distance-after-sep",
        "0.1cm",
        "style:line-style",
        "solid",
        "style:adjustment",
        "left",
        "style:rel-width",
        "25%",
        "style:color",
        "#000000");
    x.close();
    x.open("style:header-style");
    if (header) {
      x.empty(
          "style:header-footer-properties",
          "fo:min-height",
          "0.5cm",
          "fo:margin-bottom",
          "0.5cm",
          "fo:margin-left",
          "0cm",
          "fo:margin-right",
          "0cm");
    }
    x.close();
    x.open("style:footer-style");
    if (footer) {
      x.empty(
          "style:header-footer-properties",
          "fo:min-height",
          "0.5cm",
          "fo:margin-top",
          "0.5cm",
          "fo:margin-left",
          "0cm",
          "fo:margin-right",
          "0cm");
    }
    x.close();
    x.close();
  }

  private static void master(
      OdfXml x,
      String name,
      String layout,
      String next,
      String header,
      String footer,
      String draft) {
    x.open("style:master-page")
        .attr("style:name", name)
        .attr("style:page-layout-name", layout)
        .attr("style:next-style-name", next);
    boolean hasHeader = header != null && !header.isBlank();
    if (draft != null || hasHeader) {
      x.open("style:header");
      if (draft != null)
        x.open("text:p").attr("text:style-name", "Brouillon").odfText(draft).close();
      if (hasHeader) running(x.open("text:p").attr("text:style-name", "Header"), header.strip());
      x.close();
    }
    if (footer != null && !footer.isBlank()) {
      x.open("style:footer");
      running(x.open("text:p").attr("text:style-name", "Footer"), footer.strip());
      x.close();
    }
    x.close();
  }

  /** The running text with {@code {page}} and {@code {pages}} as page-number and page-count. */
  private static void running(OdfXml x, String text) {
    int i = 0;
    while (i < text.length()) {
      int page = text.indexOf("{page}", i);
      int pages = text.indexOf("{pages}", i);
      int at = page < 0 ? pages : pages < 0 ? page : Math.min(page, pages);
      if (at < 0) {
        x.odfText(text.substring(i));
        break;
      }
      x.odfText(text.substring(i, at));
      boolean all = at == pages;
      if (all) x.open("text:page-count").text("1").close();
      else x.open("text:page-number").attr("text:select-page", "current").text("1").close();
      i = at + (all ? "{pages}" : "{page}").length();
    }
    x.close();
  }

  private static final String FONTS =
      """
      <office:font-face-decls>\
      <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'" \
      style:font-family-generic="swiss" style:font-pitch="variable"/>\
      <style:font-face style:name="Liberation Mono" svg:font-family="'Liberation Mono'" \
      style:font-family-generic="modern" style:font-pitch="fixed"/>\
      </office:font-face-decls>""";

  private static String para(String name, String display, String props, String text) {
    return "<style:style style:name=\""
        + name
        + "\" style:display-name=\""
        + display
        + "\" style:family=\"paragraph\" style:parent-style-name=\"Standard\" style:class=\"text\">"
        + (props.isEmpty() ? "" : "<style:paragraph-properties " + props + "/>")
        + (text.isEmpty() ? "" : "<style:text-properties " + text + "/>")
        + "</style:style>";
  }

  private static String chars(String name, String display, String text) {
    return "<style:style style:name=\""
        + name
        + "\" style:display-name=\""
        + display
        + "\" style:family=\"text\"><style:text-properties "
        + text
        + "/></style:style>";
  }

  private static final String NAMED =
      "<style:style style:name=\"Standard\" style:family=\"paragraph\" style:class=\"text\"/>"
          + para(
              "Titre_20_couverture",
              "Titre de couverture",
              "fo:margin-top=\"12pt\" fo:margin-bottom=\"12pt\" fo:text-align=\"center\""
                  + " fo:keep-with-next=\"always\"",
              "fo:font-size=\"16pt\" fo:font-weight=\"bold\" fo:color=\"#000091\"")
          + para(
              "Texte_20_couverture",
              "Texte de couverture",
              "fo:margin-top=\"6pt\" fo:margin-bottom=\"6pt\" fo:text-align=\"center\"",
              "fo:font-size=\"11pt\"")
          + para(
              "Chapeau",
              "Chapeau",
              "fo:margin-top=\"6pt\" fo:margin-bottom=\"12pt\"",
              "fo:font-size=\"12pt\" fo:font-weight=\"bold\"")
          + para(
              SMALL,
              "Petit texte",
              "fo:margin-bottom=\"3pt\" fo:line-height=\"100%\"",
              "fo:font-size=\"8.5pt\" fo:color=\"#555555\"")
          + para("Consigne", "Consigne", "", "fo:font-style=\"italic\" fo:color=\"#555555\"")
          + para(
              "Partie_20_non_20_renseignee",
              "Partie non renseignée",
              "fo:margin-top=\"6pt\" fo:margin-bottom=\"6pt\" fo:margin-left=\"0.2cm\""
                  + " fo:margin-right=\"0.2cm\" fo:padding=\"0.14cm\" fo:background-color="
                  + "\"#fff4e5\" fo:border-top=\"0.75pt dashed #8a3500\" fo:border-bottom="
                  + "\"0.75pt dashed #8a3500\" fo:border-right=\"0.75pt dashed #8a3500\""
                  + " fo:border-left=\"3pt solid #8a3500\"",
              "fo:font-weight=\"bold\" fo:color=\"#8a3500\"")
          + para(
              "Signature",
              "Signature",
              "fo:margin-bottom=\"4pt\" fo:keep-with-next=\"always\" fo:keep-together=\"always\"",
              "")
          + para(
              TABLE_TEXT,
              "Texte de tableau",
              "fo:margin-top=\"1pt\" fo:margin-bottom=\"1pt\" fo:line-height=\"100%\"",
              "fo:font-size=\"9pt\"")
          + para(
              CAPTION,
              "Caption",
              "fo:margin-top=\"8pt\" fo:margin-bottom=\"3pt\" fo:keep-with-next=\"always\"",
              "fo:font-size=\"9.5pt\" fo:font-weight=\"bold\"")
          + para(
              QUOTE,
              "Quotations",
              "fo:margin-left=\"1cm\" fo:margin-right=\"1cm\"",
              "fo:font-style=\"italic\" fo:color=\"#555555\"")
          + para(
              PULL_QUOTE,
              "Citation en exergue",
              "fo:margin-top=\"12pt\" fo:margin-bottom=\"12pt\" fo:margin-left=\"1cm\""
                  + " fo:margin-right=\"1cm\" fo:line-height=\"115%\" fo:padding=\"0.2cm\""
                  + " fo:border-top=\"1.5pt solid #000091\" fo:border-bottom=\"1.5pt solid"
                  + " #000091\" fo:border-left=\"none\" fo:border-right=\"none\""
                  + " fo:keep-together=\"always\"",
              "fo:font-size=\"14pt\" fo:font-style=\"italic\" fo:color=\"#000091\"")
          + para(
              KEY_FIGURE,
              "Chiffre clé",
              "fo:margin-top=\"3pt\" fo:margin-bottom=\"0pt\" fo:text-align=\"center\""
                  + " fo:keep-with-next=\"always\"",
              "fo:font-size=\"18pt\" fo:font-weight=\"bold\" fo:color=\"#000091\"")
          + para(
              KEY_FIGURE_CAPTION,
              "Légende de chiffre clé",
              "fo:margin-bottom=\"3pt\" fo:line-height=\"100%\" fo:text-align=\"center\"",
              "fo:font-size=\"9pt\"")
          + para(
              BOX_TITLE,
              "Titre d'encadré",
              "fo:margin-top=\"3pt\" fo:margin-bottom=\"3pt\" fo:keep-with-next=\"always\"",
              "fo:font-weight=\"bold\" fo:text-transform=\"uppercase\" fo:color=\"#000091\"")
          + para(FIGURE, "Figure", "fo:text-align=\"center\" fo:keep-with-next=\"always\"", "")
          + para(
              "Header",
              "Header",
              "fo:margin-bottom=\"0pt\" fo:line-height=\"100%\" fo:padding-bottom=\"4pt\""
                  + " fo:border-bottom=\"0.5pt solid #6b6b6b\"",
              "fo:font-size=\"8pt\" fo:color=\"#555555\"")
          + para(
              "Footer",
              "Footer",
              "fo:margin-bottom=\"0pt\" fo:line-height=\"100%\" fo:padding-top=\"4pt\""
                  + " fo:border-top=\"0.5pt solid #6b6b6b\" fo:text-align=\"center\"",
              "fo:font-size=\"8pt\" fo:color=\"#555555\"")
          + para(
              "Brouillon",
              "Brouillon",
              "fo:margin-bottom=\"2pt\" fo:text-align=\"center\" fo:background-color=\"#fdecea\"",
              "fo:font-weight=\"bold\" fo:color=\"#b00020\"")
          + para(
              FOOTNOTE,
              "Footnote",
              "fo:margin-bottom=\"0pt\" fo:line-height=\"100%\" fo:margin-left=\"0.3cm\""
                  + " fo:text-indent=\"-0.3cm\"",
              "fo:font-size=\"8.5pt\"")
          + chars(CODE, "Code", "style:font-name=\"Liberation Mono\"")
          + chars(
              LINK,
              "Internet link",
              "fo:color=\"#000091\" style:text-underline-style="
                  + "\"solid\" style:text-underline-width=\"auto\" style:text-underline-color="
                  + "\"font-color\"")
          + chars("Footnote_20_anchor", "Footnote anchor", "style:text-position=\"super 58%\"");

  private static String listLevels(boolean bullets) {
    StringBuilder b = new StringBuilder();
    String[] chars = {"•", "–", "▪"};
    String[] formats = {"1", "a", "i"};
    for (int level = 1; level <= 10; level++) {
      String indent = String.format(java.util.Locale.ROOT, "%.2fcm", 0.63 * level);
      if (bullets) {
        b.append("<text:list-level-style-bullet text:level=\"")
            .append(level)
            .append("\" text:bullet-char=\"")
            .append(chars[(level - 1) % 3])
            .append("\">");
      } else {
        b.append("<text:list-level-style-number text:level=\"")
            .append(level)
            .append("\" style:num-suffix=\".\" style:num-format=\"")
            .append(formats[(level - 1) % 3])
            .append("\">");
      }
      b.append(
              "<style:list-level-properties text:list-level-position-and-space-mode="
                  + "\"label-alignment\"><style:list-level-label-alignment text:label-followed-by="
                  + "\"listtab\" text:list-tab-stop-position=\"")
          .append(indent)
          .append("\" fo:text-indent=\"-0.63cm\" fo:margin-left=\"")
          .append(indent)
          .append("\"/></style:list-level-properties>");
      b.append(bullets ? "</text:list-level-style-bullet>" : "</text:list-level-style-number>");
    }
    return b.toString();
  }

  private static final String LISTS =
      "<text:list-style style:name=\""
          + BULLETS
          + "\" style:display-name=\"Puces\">"
          + listLevels(true)
          + "</text:list-style><text:list-style style:name=\""
          + NUMBERS
          + "\" style:display-name=\"Numéros\">"
          + listLevels(false)
          + "</text:list-style>";

  private static String outline() {
    StringBuilder b = new StringBuilder("<text:outline-style style:name=\"Outline\">");
    for (int level = 1; level <= 10; level++) {
      b.append("<text:outline-level-style text:level=\"")
          .append(level)
          .append("\" style:num-format=\"\"><style:list-level-properties/>")
          .append("</text:outline-level-style>");
    }
    return b.append("</text:outline-style>").toString();
  }

  private static final String OUTLINE = outline();
}
