package fr.fejdoc.write.docx;

import fr.fejdoc.document.Doc;
import fr.fejdoc.write.Resources;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSettings;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.SettingsDocument;

/**
 * One rendering of one document: the POI document being built and the helpers that share its state
 * (numbering, notes, pictures, bookmarks, page layout). A new instance is made for every write.
 */
final class DocxRenderer {
  final XWPFDocument doc = new XWPFDocument();
  final Resources resources;
  final DocxNumbering numbering = new DocxNumbering(doc);
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
    DocxStyles.install(doc, lang);
    if (meta != null) {
      List<String> words = meta.keywords() == null ? List.of() : meta.keywords();
      String keywords =
          String.join("; ", words.stream().filter(w -> w != null && !w.isBlank()).toList());
      Ooxml.properties(doc, meta.title(), meta.author(), meta.subject(), keywords);
    } else {
      Ooxml.properties(doc, null, null, null, null);
    }
    page.start(d.page(), d.isDraft() ? d.draft().mark() : null);
    DocxFlow body = page.body();
    blocks.blocks(body, d.blocks());
    page.finish(body);
    numbering.finish();
    settings(lang, notes.used());
    return Ooxml.bytes(doc);
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
   * separator notes when the document has footnotes. Parsed from XML, as the POI schema subset has
   * no classes for them.
   */
  void settings(String lang, boolean footnotes) {
    String xml =
        "<w:settings xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
            + "<w:defaultTabStop w:val=\"708\"/>"
            + "<w:characterSpacingControl w:val=\"doNotCompress\"/>"
            + (footnotes
                ? "<w:footnotePr><w:footnote w:id=\"-1\"/><w:footnote w:id=\"0\"/></w:footnotePr>"
                : "")
            + "<w:compat><w:compatSetting w:name=\"compatibilityMode\""
            + " w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
            + "<w:themeFontLang w:val=\""
            + lang
            + "\"/></w:settings>";
    try {
      CTSettings parsed = SettingsDocument.Factory.parse(xml).getSettings();
      doc.getSettings().getCTSettings().set(parsed);
    } catch (XmlException e) {
      throw new IllegalStateException("invalid built-in settings", e);
    }
  }
}
