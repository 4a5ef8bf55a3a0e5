package fr.fejdoc.write.docx;

import fr.fejdoc.document.Doc;
import fr.fejdoc.write.Resources;
import java.util.List;

/**
 * One rendering of one document: the package being built, the body's XML and the helpers that share
 * its state (numbering, notes, pictures, bookmarks, page layout). A new instance is made for every
 * write.
 */
final class DocxRenderer {
  final DocxPackage pkg = new DocxPackage();
  final StringBuilder body = new StringBuilder(64 * 1024);
  final Resources resources;
  final DocxNumbering numbering = new DocxNumbering();
  final DocxPage page;
  final DocxRuns runs;
  final DocxBlocks blocks;
  final DocxTables tables;
  final DocxNotes notes;
  final DocxPictures pictures;
  final DocxBookmarks bookmarks = new DocxBookmarks();

  DocxRenderer(Resources resources) {
    this.resources = resources == null ? Resources.NONE : resources;
    this.page = new DocxPage(this);
    this.runs = new DocxRuns(this);
    this.blocks = new DocxBlocks(this);
    this.tables = new DocxTables(this);
    this.notes = new DocxNotes(this);
    this.pictures = new DocxPictures(this);
  }

  byte[] render(Doc d) {
    Doc.Meta meta = d.meta();
    String lang = language(meta == null ? null : meta.lang());
    // the relationships as POI numbered them: settings, styles, then parts in order of creation
    pkg.document.add(DocxPackage.REL + "settings", "settings.xml", false);
    pkg.document.add(DocxPackage.REL + "styles", "styles.xml", false);
    pkg.add("styles.xml", DocxPackage.CT + "styles+xml", DocxStyles.part(lang));
    page.start(d.page(), d.isDraft() ? d.draft().mark() : null);
    DocxFlow flow = page.body();
    blocks.blocks(flow, d.blocks());
    page.finish(flow);
    numbering.finish(pkg);
    notes.finish(pkg);
    pkg.add("settings.xml", DocxPackage.CT + "settings+xml", settings(lang, notes.used()));
    String keywords = null;
    if (meta != null) {
      List<String> words = meta.keywords() == null ? List.of() : meta.keywords();
      keywords = String.join("; ", words.stream().filter(w -> w != null && !w.isBlank()).toList());
    }
    StringBuilder x = new StringBuilder(body.length() + 512);
    x.append(DocxXml.DECLARATION)
        .append("<w:document xmlns:w=\"")
        .append(DocxXml.NS_W)
        .append("\" xmlns:r=\"")
        .append(DocxXml.NS_R)
        .append("\" xmlns:wp=\"")
        .append(DocxXml.NS_WP)
        .append("\"><w:body>")
        .append(body)
        .append("</w:body></w:document>");
    return pkg.bytes(
        DocxXml.bytes(x),
        meta == null ? null : meta.title(),
        meta == null ? null : meta.author(),
        meta == null ? null : meta.subject(),
        keywords,
        lang);
  }

  /** "fr" → "fr-FR"; a full tag is kept; nothing → "fr-FR". */
  static String language(String lang) {
    if (lang == null || lang.isBlank()) return "fr-FR";
    String l = lang.strip().replace('_', '-');
    if (!l.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")) return "fr-FR";
    if (l.contains("-")) return l;
    return l.equalsIgnoreCase("fr") ? "fr-FR" : l.toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * Word settings: tab stops, Word 2013+ layout (no compatibility mode), proofing language, and the
   * separator notes when the document has footnotes.
   */
  static byte[] settings(String lang, boolean footnotes) {
    return DocxXml.bytes(
        DocxXml.DECLARATION
            + "<w:settings xmlns:w=\""
            + DocxXml.NS_W
            + "\"><w:defaultTabStop w:val=\"708\"/>"
            + "<w:characterSpacingControl w:val=\"doNotCompress\"/>"
            + (footnotes
                ? "<w:footnotePr><w:footnote w:id=\"-1\"/><w:footnote w:id=\"0\"/></w:footnotePr>"
                : "")
            + "<w:compat><w:compatSetting w:name=\"compatibilityMode\""
            + " w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
            + "<w:themeFontLang w:val=\""
            + lang
            + "\"/></w:settings>");
  }
}
