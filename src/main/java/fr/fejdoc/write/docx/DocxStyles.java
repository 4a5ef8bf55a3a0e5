package fr.fejdoc.write.docx;

import fr.fejdoc.document.Block;
import java.nio.charset.StandardCharsets;

/**
 * The style sheet of every DOCX: Word's built-in styles where one exists (Normal, heading 1–6,
 * caption, Quote, header, footer, footnote text, Hyperlink — Word and LibreOffice show them under
 * their French names "Titre 1", "Légende", "Citation"…) and custom styles with French names for the
 * document's own paragraph styles ("Titre de couverture", "Chapeau", "Partie non renseignée"…).
 * Headings carry their outline level, so the navigation pane and a table of contents work.
 */
final class DocxStyles {

  static final String ACCENT = "000091";
  static final String HEAD_FILL = "D9D9D9";
  static final String GROUP_FILL = "EFEFEF";
  static final String RULE = "6B6B6B";

  static final String TABLE_TEXT = "TexteTableau";
  static final String CAPTION = "Caption";
  static final String QUOTE = "Quote";
  static final String PULL_QUOTE = "CitationExergue";
  static final String KEY_FIGURE = "ChiffreCle";
  static final String KEY_FIGURE_CAPTION = "LegendeChiffreCle";
  static final String BOX_TITLE = "TitreEncadre";
  static final String HEADER = "Header";
  static final String FOOTER = "Footer";
  static final String FOOTNOTE_TEXT = "FootnoteText";
  static final String FOOTNOTE_REFERENCE = "FootnoteReference";
  static final String HYPERLINK = "Hyperlink";
  static final String CODE = "Code";
  static final String SMALL = "PetitTexte";

  private DocxStyles() {}

  /** The style id of heading level {@code level} (clamped to 1–6). */
  static String heading(int level) {
    return "Heading" + Math.max(1, Math.min(6, level));
  }

  /** The style id of a paragraph style of the tree; null for the container's default. */
  static String of(Block.ParaStyle style) {
    if (style == null) return null;
    return switch (style) {
      case NORMAL -> null;
      case LEAD -> "Chapeau";
      case COVER_TITLE -> "TitreCouverture";
      case COVER -> "TexteCouverture";
      case SMALL -> SMALL;
      case MISSING -> "PartieNonRenseignee";
      case INSTRUCTION -> "Consigne";
      case SIGNATURE -> "Signature";
    };
  }

  /** The style sheet's bytes per language (a handful of languages: the tag is validated). */
  private static final java.util.Map<String, byte[]> BYTES =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** word/styles.xml; {@code lang} is the proofing language ("fr-FR"). */
  static byte[] part(String lang) {
    return BYTES.computeIfAbsent(
        lang,
        l ->
            (DocxXml.DECLARATION + STYLES.replace("fr-FR", DocxXml.attr(new StringBuilder(), l)))
                .getBytes(StandardCharsets.UTF_8));
  }

  private static String heading(int level, int size, String extra) {
    return """
        <w:style w:type="paragraph" w:styleId="Heading%1$d"><w:name w:val="heading %1$d"/>\
        <w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>\
        <w:pPr><w:keepNext/><w:keepLines/>%3$s<w:spacing w:before="%4$d" w:after="120"/>\
        <w:outlineLvl w:val="%5$d"/></w:pPr><w:rPr><w:b/><w:bCs/>%6$s<w:color w:val="%7$s"/>\
        <w:sz w:val="%2$d"/><w:szCs w:val="%2$d"/></w:rPr></w:style>
        """
        .formatted(
            level,
            size,
            level == 1
                ? "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"12\" w:space=\"2\" w:color=\""
                    + ACCENT
                    + "\"/></w:pBdr>"
                : "",
            level == 1 ? 360 : 240,
            level - 1,
            extra,
            ACCENT);
  }

  private static final String STYLES =
      """
      <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
      <w:docDefaults><w:rPrDefault><w:rPr>\
      <w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/>\
      <w:sz w:val="21"/><w:szCs w:val="21"/><w:lang w:val="fr-FR" w:eastAsia="fr-FR" w:bidi="ar-SA"/>\
      </w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>\
      <w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>\
      <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>\
      <w:rPr><w:color w:val="1E1E1E"/></w:rPr></w:style>\
      <w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">\
      <w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>\
      <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>\
      <w:uiPriority w:val="99"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>\
      <w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="85" w:type="dxa"/>\
      <w:bottom w:w="0" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>\
      <w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/>\
      <w:uiPriority w:val="99"/><w:semiHidden/></w:style>\
      <w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/>\
      <w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/><w:tblPr><w:tblBorders>\
      <w:top w:val="single" w:sz="4" w:space="0" w:color="6B6B6B"/>\
      <w:left w:val="single" w:sz="4" w:space="0" w:color="6B6B6B"/>\
      <w:bottom w:val="single" w:sz="4" w:space="0" w:color="6B6B6B"/>\
      <w:right w:val="single" w:sz="4" w:space="0" w:color="6B6B6B"/>\
      <w:insideH w:val="single" w:sz="4" w:space="0" w:color="6B6B6B"/>\
      <w:insideV w:val="single" w:sz="4" w:space="0" w:color="6B6B6B"/></w:tblBorders></w:tblPr></w:style>\
      """
          + heading(1, 30, "")
          + heading(2, 26, "")
          + heading(3, 23, "")
          + heading(4, 21, "<w:i/><w:iCs/>")
          + heading(5, 21, "")
          + heading(6, 21, "<w:i/><w:iCs/>")
          + """
          <w:style w:type="paragraph" w:customStyle="1" w:styleId="TitreCouverture">\
          <w:name w:val="Titre de couverture"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>\
          <w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="240"/><w:jc w:val="center"/>\
          </w:pPr><w:rPr><w:b/><w:bCs/><w:color w:val="000091"/><w:sz w:val="32"/><w:szCs w:val="32"/>\
          </w:rPr></w:style>\
          <w:style w:type="paragraph" w:customStyle="1" w:styleId="TexteCouverture">\
          <w:name w:val="Texte de couverture"/><w:basedOn w:val="Normal"/><w:qFormat/>\
          <w:pPr><w:spacing w:before="120" w:after="120"/><w:jc w:val="center"/></w:pPr>\
          <w:rPr><w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr></w:style>\
          <w:style w:type="paragraph" w:customStyle="1" w:styleId="Chapeau"><w:name w:val="Chapeau"/>\
          <w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>\
          <w:pPr><w:spacing w:before="120" w:after="240"/></w:pPr>\
          <w:rPr><w:b/><w:bCs/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>\
          <w:style w:type="paragraph" w:customStyle="1" w:styleId="PetitTexte">\
          <w:name w:val="Petit texte"/><w:basedOn w:val="Normal"/><w:qFormat/>\
          <w:pPr><w:spacing w:after="60" w:line="240" w:lineRule="auto"/></w:pPr>\
          <w:rPr><w:color w:val="555555"/><w:sz w:val="17"/><w:szCs w:val="17"/></w:rPr></w:style>\
          <w:style w:type="paragraph" w:customStyle="1" w:styleId="Consigne"><w:name w:val="Consigne"/>\
          <w:basedOn w:val="Normal"/><w:qFormat/><w:rPr><w:i/><w:iCs/><w:color w:val="555555"/></w:rPr>\
          </w:style>\
          <w:style w:type="paragraph" w:customStyle="1" w:styleId="PartieNonRenseignee">\
          <w:name w:val="Partie non renseignée"/><w:basedOn w:val="Normal"/><w:qFormat/>\
          <w:pPr><w:pBdr><w:top w:val="dashed" w:sz="6" w:space="4" w:color="8A3500"/>\
          <w:left w:val="single" w:sz="24" w:space="4" w:color="8A3500"/>\
          <w:bottom w:val="dashed" w:sz="6" w:space="4" w:color="8A3500"/>\
          <w:right w:val="dashed" w:sz="6" w:space="4" w:color="8A3500"/></w:pBdr>\
          <w:shd w:val="clear" w:color="auto" w:fill="FFF4E5"/><w:spacing w:before="120" w:after="120"/>\
          <w:ind w:left="113" w:right="113"/></w:pPr>\
          <w:rPr><w:b/><w:bCs/><w:color w:val="8A3500"/></w:rPr></w:style>\
          <w:style w:type="paragraph" w:styleId="Signature"><w:name w:val="Signature"/>\
          <w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>\
          <w:spacing w:after="80"/></w:pPr></w:style>\
          <w:style w:type="paragraph" w:customStyle="1" w:styleId="TexteTableau">\
          <w:name w:val="Texte de tableau"/><w:basedOn w:val="Normal"/><w:qFormat/>\
          <w:pPr><w:spacing w:before="20" w:after="20" w:line="240" w:lineRule="auto"/></w:pPr>\
          <w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>\
          <w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/>\
          <w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="35"/><w:qFormat/>\
          <w:pPr><w:keepNext/><w:spacing w:before="160" w:after="60"/></w:pPr>\
          <w:rPr><w:b/><w:bCs/><w:sz w:val="19"/><w:szCs w:val="19"/></w:rPr></w:style>\
          <w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/>\
          <w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="29"/><w:qFormat/>\
          <w:pPr><w:ind w:left="567" w:right="567"/></w:pPr>\
          <w:rPr><w:i/><w:iCs/><w:color w:val="555555"/></w:rPr></w:style>\
          <w:style w:type="paragraph" w:customStyle="1" w:styleId="CitationExergue">\
          <w:name w:val="Citation en exergue"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>\
          <w:qFormat/><w:pPr><w:keepLines/><w:pBdr>\
          <w:top w:val="single" w:sz="12" w:space="6" w:color="000091"/>\
          <w:bottom w:val="single" w:sz="12" w:space="6" w:color="000091"/></w:pBdr>\
          <w:spacing w:before="240" w:after="240" w:line="276" w:lineRule="auto"/>\
          <w:ind w:left="567" w:right="567"/></w:pPr>\
          <w:rPr><w:i/><w:iCs/><w:color w:val="000091"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr>\
          </w:style>\
          <w:style w:type="paragraph" w:customStyle="1" w:styleId="ChiffreCle">\
          <w:name w:val="Chiffre clé"/><w:basedOn w:val="Normal"/><w:qFormat/>\
          <w:pPr><w:keepNext/><w:spacing w:before="60" w:after="0"/><w:jc w:val="center"/></w:pPr>\
          <w:rPr><w:b/><w:bCs/><w:color w:val="000091"/><w:sz w:val="36"/><w:szCs w:val="36"/></w:rPr>\
          </w:style>\
          <w:style w:type="paragraph" w:customStyle="1" w:styleId="LegendeChiffreCle">\
          <w:name w:val="Légende de chiffre clé"/><w:basedOn w:val="Normal"/><w:qFormat/>\
          <w:pPr><w:spacing w:after="60" w:line="240" w:lineRule="auto"/><w:jc w:val="center"/></w:pPr>\
          <w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>\
          <w:style w:type="paragraph" w:customStyle="1" w:styleId="TitreEncadre">\
          <w:name w:val="Titre d'encadré"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>\
          <w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="60" w:after="60"/></w:pPr>\
          <w:rPr><w:b/><w:bCs/><w:caps/><w:color w:val="000091"/></w:rPr></w:style>\
          <w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/>\
          <w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/>\
          <w:pPr><w:pBdr><w:bottom w:val="single" w:sz="4" w:space="4" w:color="6B6B6B"/></w:pBdr>\
          <w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>\
          <w:rPr><w:color w:val="555555"/><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>\
          <w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/>\
          <w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/>\
          <w:pPr><w:pBdr><w:top w:val="single" w:sz="4" w:space="4" w:color="6B6B6B"/></w:pBdr>\
          <w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="center"/></w:pPr>\
          <w:rPr><w:color w:val="555555"/><w:sz w:val="16"/><w:szCs w:val="16"/></w:rPr></w:style>\
          <w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/>\
          <w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/>\
          <w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>\
          <w:rPr><w:sz w:val="17"/><w:szCs w:val="17"/></w:rPr></w:style>\
          <w:style w:type="character" w:styleId="FootnoteReference">\
          <w:name w:val="footnote reference"/><w:uiPriority w:val="99"/>\
          <w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>\
          <w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/>\
          <w:uiPriority w:val="99"/><w:rPr><w:color w:val="000091"/><w:u w:val="single"/></w:rPr></w:style>\
          <w:style w:type="character" w:customStyle="1" w:styleId="Code"><w:name w:val="Code"/>\
          <w:qFormat/><w:rPr><w:rFonts w:ascii="Courier New" w:hAnsi="Courier New" w:cs="Courier New"/>\
          <w:noProof/></w:rPr></w:style>\
          </w:styles>""";
}
