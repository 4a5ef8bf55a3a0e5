package fr.fejdoc.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The DOCX source reader on hand-written Word XML (each feature of real notes: heading styles in
 * French and English, lists, marks, links, notes, pictures, merged and nested cells, content
 * controls, text boxes; headers left out) and on bad input (each gives its key, nothing else is
 * thrown).
 */
class DocxSourceTest {
  static final String NS =
      "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
          + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
          + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
          + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
          + " xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\""
          + " xmlns:v=\"urn:schemas-microsoft-com:vml\""
          + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"";

  static final byte[] PNG = {
    (byte) 0x89,
    'P',
    'N',
    'G',
    13,
    10,
    26,
    10,
    0,
    0,
    0,
    13,
    'I',
    'H',
    'D',
    'R',
    0,
    0,
    0,
    1,
    0,
    0,
    0,
    1,
    8,
    6,
    0,
    0,
    0,
    0x1f,
    0x15,
    (byte) 0xc4,
    (byte) 0x89,
    0,
    0,
    0,
    0,
    'I',
    'E',
    'N',
    'D',
    (byte) 0xae,
    0x42,
    0x60,
    (byte) 0x82
  };

  static final String STYLES =
      "<w:styles "
          + NS
          + ">"
          + style("Titre2", "Titre 2", "")
          + style("Heading3", "heading 3", "")
          + style("MonTitre", "Mon titre", "<w:basedOn w:val=\"Heading3\"/>")
          + style("Plan", "Plan", "<w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr>")
          + style("T4", "Titre4", "")
          + style(
              "Puces", "Liste à puces", "<w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr>")
          + "<w:style w:type=\"character\" w:styleId=\"Fort\"><w:name w:val=\"Strong\"/>"
          + "<w:rPr><w:b/></w:rPr></w:style>"
          + "</w:styles>";

  static String style(String id, String name, String inner) {
    return "<w:style w:type=\"paragraph\" w:styleId=\""
        + id
        + "\"><w:name w:val=\""
        + name
        + "\"/>"
        + inner
        + "</w:style>";
  }

  static final String NUMBERING =
      "<w:numbering "
          + NS
          + "><w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"bullet\"/>"
          + "</w:lvl></w:abstractNum><w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\">"
          + "<w:numFmt w:val=\"decimal\"/></w:lvl><w:lvl w:ilvl=\"1\"><w:numFmt w:val=\"lowerLetter\"/>"
          + "</w:lvl></w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
          + "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num></w:numbering>";

  static final String FOOTNOTES =
      "<w:footnotes "
          + NS
          + "><w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p>"
          + "</w:footnote><w:footnote w:id=\"5\"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t"
          + " xml:space=\"preserve\"> Source : la demande de 2009.</w:t></w:r></w:p></w:footnote>"
          + "<w:footnote w:id=\"7\"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t>Seconde"
          + " note.</w:t></w:r></w:p></w:footnote></w:footnotes>";

  static final String HEADER =
      "<w:hdr "
          + NS
          + "><w:p><w:r><w:t>Fonds d'expérimentation pour la jeunesse</w:t></w:r></w:p>"
          + "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE "
          + "</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>1"
          + "</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p></w:hdr>";

  static String p(String inner) {
    return "<w:p>" + inner + "</w:p>";
  }

  static String p(String ppr, String inner) {
    return "<w:p><w:pPr>" + ppr + "</w:pPr>" + inner + "</w:p>";
  }

  static String r(String text) {
    return "<w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
  }

  static String r(String rpr, String text) {
    return "<w:r><w:rPr>" + rpr + "</w:rPr><w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
  }

  static String tc(String inner) {
    return "<w:tc>" + inner + "</w:tc>";
  }

  static String tc(String tcpr, String inner) {
    return "<w:tc><w:tcPr>" + tcpr + "</w:tcPr>" + inner + "</w:tc>";
  }

  /** A DOCX whose body is {@code body}, with styles, numbering, notes, a picture, a header. */
  static byte[] docx(String body) throws IOException {
    return docx(body, true);
  }

  /** The same, the first page's header left out when {@code header} is false. */
  static byte[] docx(String body, boolean header) throws IOException {
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put(
        "[Content_Types].xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types"
            + " xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\""
            + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Default Extension=\"png\" ContentType=\"image/png\"/>"
            + override("document", "document.main")
            + override("styles", "styles")
            + override("numbering", "numbering")
            + override("footnotes", "footnotes")
            + override("header1", "header")
            + "</Types>");
    parts.put(
        "_rels/.rels",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships"
            + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
            + "2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
    String rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    parts.put(
        "word/_rels/document.xml.rels",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships"
            + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + relation("rSt", rel + "styles", "styles.xml", false)
            + relation("rNum", rel + "numbering", "numbering.xml", false)
            + relation("rFn", rel + "footnotes", "footnotes.xml", false)
            + relation("rHd", rel + "header", "header1.xml", false)
            + relation("rImg", rel + "image", "media/image1.png", false)
            + relation("rWeb", rel + "hyperlink", "https://www.example.org/rapport", true)
            + relation("rJs", rel + "hyperlink", "javascript:alert(1)", true)
            + "</Relationships>");
    parts.put(
        "word/document.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document "
            + NS
            + "><w:body>"
            + body
            + "<w:sectPr>"
            + (header ? "<w:headerReference w:type=\"first\" r:id=\"rHd\"/>" : "")
            + "<w:titlePg/>"
            + "</w:sectPr></w:body></w:document>");
    parts.put("word/styles.xml", STYLES);
    parts.put("word/numbering.xml", NUMBERING);
    parts.put("word/footnotes.xml", FOOTNOTES);
    parts.put("word/header1.xml", HEADER);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, String> e : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
      }
      zip.putNextEntry(new ZipEntry("word/media/image1.png"));
      zip.write(PNG);
    }
    return out.toByteArray();
  }

  static String override(String part, String type) {
    return "<Override PartName=\"/word/"
        + part
        + ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml."
        + type
        + "+xml\"/>";
  }

  static String relation(String id, String type, String target, boolean external) {
    return "<Relationship Id=\""
        + id
        + "\" Type=\""
        + type
        + "\" Target=\""
        + target
        + "\""
        + (external ? " TargetMode=\"External\"" : "")
        + "/>";
  }

  static final String PICTURE =
      "<w:r><w:drawing><wp:inline><wp:extent cx=\"10\" cy=\"10\"/><wp:docPr id=\"1\" name=\"i\""
          + " descr=\"Logo du projet\"/><a:graphic><a:graphicData"
          + " uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic>"
          + "<pic:blipFill><a:blip r:embed=\"rImg\"/></pic:blipFill></pic:pic></a:graphicData>"
          + "</a:graphic></wp:inline></w:drawing></w:r>";

  static final String TEXT_BOX =
      "<w:r><mc:AlternateContent><mc:Choice Requires=\"v\"><w:pict><v:shape><v:textbox>"
          + "<w:txbxContent><w:p><w:r><w:t>Dans une zone de texte</w:t></w:r></w:p>"
          + "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Choice><mc:Fallback><w:pict>"
          + "<v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>Doublon</w:t></w:r></w:p>"
          + "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent>"
          + "</w:r>";

  static Source read(String body) throws Exception {
    return Sources.read(docx(body), "note.docx");
  }

  static List<Source.Para> paras(Source s) {
    List<Source.Para> out = new ArrayList<>();
    for (Source.Block b : s.blocks()) if (b instanceof Source.Para p) out.add(p);
    return out;
  }

  static Source.Para para(Source s, String startsWith) {
    return paras(s).stream()
        .filter(p -> p.text().startsWith(startsWith))
        .findFirst()
        .orElseThrow(() -> new AssertionError(startsWith + " not in " + paras(s)));
  }

  @Test
  void headingsFromFrenchAndEnglishStyleNamesOutlineLevelsAndBasedOn() throws Exception {
    Source s =
        read(
            p("<w:pStyle w:val=\"Titre2\"/>", r("Deux"))
                + p("<w:pStyle w:val=\"MonTitre\"/>", r("Trois hérité"))
                + p("<w:pStyle w:val=\"Plan\"/>", r("Un par niveau"))
                + p("<w:outlineLvl w:val=\"4\"/>", r("Cinq direct"))
                + p("<w:pStyle w:val=\"T4\"/>", r("Quatre ancien"))
                + p("<w:pStyle w:val=\"Inconnu\"/>", r("Corps")));
    assertThat(para(s, "Deux").heading()).isEqualTo(2);
    assertThat(para(s, "Trois").heading()).isEqualTo(3);
    assertThat(para(s, "Un par").heading()).isEqualTo(1);
    assertThat(para(s, "Cinq").heading()).isEqualTo(5);
    assertThat(para(s, "Quatre").heading()).isEqualTo(4);
    assertThat(para(s, "Corps").heading()).isZero();
  }

  @Test
  void marksLinksBreaksTabsNotesAndPictures() throws Exception {
    Source s =
        read(
            p(
                    r("Texte ")
                        + r("<w:u w:val=\"single\"/>", "souligné")
                        + r(" et m")
                        + r("<w:vertAlign w:val=\"superscript\"/>", "2")
                        + r(" et H")
                        + r("<w:vertAlign w:val=\"subscript\"/>", "2")
                        + r("O, ")
                        + r("<w:b/><w:i/>", "gras italique ")
                        + r("<w:rStyle w:val=\"Fort\"/>", "fort")
                        + r("<w:b w:val=\"0\"/>", " pas gras")
                        + "<w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr>"
                        + "<w:footnoteReference w:id=\"5\"/></w:r>"
                        + "<w:r><w:br/><w:t>ligne</w:t><w:tab/><w:t>tab</w:t></w:r>"
                        + "<w:del><w:r><w:delText>effacé</w:delText></w:r></w:del>"
                        + r("<w:vanish/>", "caché")
                        + "<w:ins><w:r><w:t> inséré</w:t></w:r></w:ins>"
                        + r(" 3 * 4 [x] a_b _c_"))
                + p(
                    r("Voir ")
                        + "<w:hyperlink r:id=\"rWeb\"><w:r><w:rPr><w:u w:val=\"single\"/></w:rPr>"
                        + "<w:t>le rapport</w:t></w:r></w:hyperlink>"
                        + r(" et ")
                        + "<w:hyperlink r:id=\"rJs\"><w:r><w:t>pas un lien</w:t></w:r></w:hyperlink>"
                        + "<w:r><w:footnoteReference w:id=\"7\"/></w:r>"
                        + "<w:r><w:footnoteReference w:id=\"5\"/></w:r>")
                + p(PICTURE + PICTURE));
    Source.Para first = para(s, "Texte");
    assertThat(first.text())
        .isEqualTo(
            "Texte <u>souligné</u> et m<sup>2</sup> et H<sub>2</sub>O, ***gras italique*** **fort**"
                + " pas gras[^1]\nligne\ttab inséré 3 \\* 4 \\[x\\] a_b \\_c\\_");
    assertThat(para(s, "Voir").text())
        .isEqualTo("Voir [le rapport](https://www.example.org/rapport) et pas un lien[^2][^1]");
    assertThat(s.notes()).extracting(Source.Note::id).containsExactly("1", "2");
    assertThat(s.notes().get(0).text()).isEqualTo("Source : la demande de 2009.");
    assertThat(s.notes().get(1).text()).isEqualTo("Seconde note.");
    assertThat(s.pictures()).hasSize(1);
    assertThat(s.pictures().get(0).name()).isEqualTo("image-1.png");
    assertThat(s.pictures().get(0).bytes()).isEqualTo(PNG);
    assertThat(para(s, "![").text())
        .isEqualTo("![Logo du projet](images/image-1.png)![Logo du projet](images/image-1.png)");
    assertThat(Texts.key(first.text())).contains("texte souligne et m2");
  }

  @Test
  void listsFromTheNumberingDefinitions() throws Exception {
    String bullet = "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>";
    String numbered = "<w:numPr><w:ilvl w:val=\"1\"/><w:numId w:val=\"2\"/></w:numPr>";
    Source s =
        read(
            p(bullet, r("Puce"))
                + p(numbered, r("Numéro"))
                + p("<w:pStyle w:val=\"Puces\"/>", r("Par le style"))
                + p("<w:numPr><w:numId w:val=\"0\"/></w:numPr>", r("Aucune")));
    assertThat(para(s, "Puce").list()).isEqualTo(Source.ListKind.BULLET);
    assertThat(para(s, "Numéro").list()).isEqualTo(Source.ListKind.NUMBERED);
    assertThat(para(s, "Numéro").listLevel()).isEqualTo(1);
    assertThat(para(s, "Par le style").list()).isEqualTo(Source.ListKind.BULLET);
    assertThat(para(s, "Aucune").list()).isEqualTo(Source.ListKind.NONE);
  }

  @Test
  void tablesMergedNestedControlsAndTextBoxes() throws Exception {
    String nested =
        "<w:tbl><w:tr>"
            + tc(p(r("x1")))
            + tc(p(r("x2")))
            + "</w:tr><w:tr>"
            + tc(p(r("y1")))
            + tc(p(r("y2")))
            + "</w:tr></w:tbl>";
    String table =
        "<w:tbl><w:tr>"
            + tc("<w:vMerge w:val=\"restart\"/>", p(r("Fusion")))
            + tc("<w:gridSpan w:val=\"2\"/>", p(r("Large")))
            + "</w:tr><w:tr>"
            + tc("<w:vMerge/>", p(""))
            + tc(p(r("Avant")) + nested)
            + "<w:sdt><w:sdtContent>"
            + tc(p(r("Cellule contrôlée")))
            + "</w:sdtContent></w:sdt></w:tr>"
            + "<w:tr>"
            + tc(p(""))
            + tc(p(""))
            + tc(p(""))
            + "</w:tr>"
            + "<w:sdt><w:sdtContent><w:tr>"
            + tc(p(r("Ligne contrôlée")))
            + "</w:tr>"
            + "</w:sdtContent></w:sdt></w:tbl>";
    Source s =
        read(
            p(r("Avant le tableau"))
                + table
                + "<w:sdt><w:sdtContent>"
                + p(r("Dans un contrôle"))
                + "</w:sdtContent></w:sdt>"
                + p(r("Boîte :") + TEXT_BOX));
    Source.Table t =
        s.blocks().stream()
            .filter(b -> b instanceof Source.Table)
            .map(b -> (Source.Table) b)
            .findFirst()
            .orElseThrow();
    assertThat(t.rows()).hasSize(4);
    assertThat(t.rows().get(0).cells())
        .containsExactly(new Source.Cell("Fusion", 1), new Source.Cell("Large", 2));
    assertThat(t.rows().get(1).text(0)).isEmpty();
    assertThat(t.rows().get(1).text(1)).isEqualTo("Avant\nx1\tx2\ny1\ty2");
    assertThat(t.rows().get(1).text(2)).isEqualTo("Cellule contrôlée");
    assertThat(t.rows().get(2).cells()).hasSize(3).allMatch(c -> c.text().isEmpty());
    assertThat(t.rows().get(3).text(0)).isEqualTo("Ligne contrôlée");
    assertThat(para(s, "Dans un contrôle")).isNotNull();
    assertThat(para(s, "Dans une zone de texte")).isNotNull();
    assertThat(paras(s)).noneMatch(p -> p.text().contains("Doublon"));
    // headers and footers are not read: running titles and page numbers are no text of the note
    assertThat(paras(s))
        .noneMatch(p -> p.text().contains("Fonds d'expérimentation pour la jeunesse"));
    assertThat(paras(s)).noneMatch(p -> p.text().equals("1"));
    // where: paragraphs and table rows counted in order
    assertThat(para(s, "Avant le tableau").where().line()).isLessThan(t.where().line());
    assertThat(t.rows().get(1).where().line()).isEqualTo(t.where().line() + 1);
  }

  @Test
  void aLongNoteIsReadInBoundedTime() throws Exception {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 4000; i++) {
      body.append(p(r("Paragraphe " + i + " ") + r("<w:b/>", "gras") + PICTURE));
    }
    body.append("<w:tbl>");
    for (int i = 0; i < 1000; i++) {
      body.append("<w:tr>")
          .append(tc(p(r("ligne " + i))))
          .append(tc(p(r("12 345"))))
          .append("</w:tr>");
    }
    body.append("</w:tbl>");
    byte[] bytes = docx(body.toString());
    long start = System.nanoTime();
    Source s = Sources.read(bytes, "long.docx");
    long ms = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(
        "DOCX of %d KB, 4000 paragraphs and 1000 rows: read in %d ms%n", bytes.length / 1024, ms);
    assertThat(paras(s)).hasSizeGreaterThanOrEqualTo(4000);
    assertThat(s.pictures()).hasSize(1);
    assertThat(ms).isLessThan(30_000);
  }

  // ---------------------------------------------------------------- bad input

  static String key(byte[] bytes) {
    Throwable t = catchThrowable(() -> Sources.read(bytes, "f.docx"));
    assertThat(t).as("refused").isInstanceOf(NotImportable.class);
    return ((NotImportable) t).key();
  }

  static byte[] zip(Map<String, byte[]> entries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue());
      }
    }
    return out.toByteArray();
  }

  @Test
  void otherZipFilesAreNotWord() throws Exception {
    ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      wb.createSheet("Tableau 1").createRow(0).createCell(0).setCellValue("Bénéficiaires");
      wb.write(xlsx);
    }
    assertThat(key(xlsx.toByteArray())).isEqualTo("import.docx-not-word");
    NotImportable e =
        (NotImportable) catchThrowable(() -> Sources.read(xlsx.toByteArray(), "t.xlsx"));
    assertThat(e.args()).containsExactly("Excel (.xlsx)");

    Map<String, byte[]> odt = new LinkedHashMap<>();
    odt.put("mimetype", "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.UTF_8));
    odt.put("content.xml", "<office:document-content/>".getBytes(StandardCharsets.UTF_8));
    assertThat(key(zip(odt))).isEqualTo("import.docx-not-word");
    e = (NotImportable) catchThrowable(() -> Sources.read(zip(odt), "n.odt"));
    assertThat(e.args()[0].toString()).contains(".odt");

    assertThat(key(zip(Map.of("a.txt", "bonjour".getBytes(StandardCharsets.UTF_8)))))
        .isEqualTo("import.docx-not-word");
  }

  @Test
  void truncatedEmptyAndDamagedFilesAreUnreadable() throws Exception {
    byte[] good = docx(p(r("Bonjour")));
    for (int cut : new int[] {good.length / 3, good.length / 2, good.length - 30, 10}) {
      assertThat(key(Arrays.copyOf(good, cut)))
          .as("cut at " + cut)
          .isEqualTo("import.docx-unreadable");
    }
    byte[] empty = new byte[22];
    empty[0] = 'P';
    empty[1] = 'K';
    empty[2] = 5;
    empty[3] = 6;
    assertThat(key(empty)).isEqualTo("import.docx-unreadable");
    // a document.xml that is not XML
    Map<String, byte[]> broken = new LinkedHashMap<>();
    broken.put("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8));
    broken.put("word/document.xml", "<<<".getBytes(StandardCharsets.UTF_8));
    assertThat(key(zip(broken))).isEqualTo("import.docx-unreadable");
  }

  @Test
  void encryptedDocxAndOldDocAreToldApart() throws Exception {
    byte[] good = docx(p(r("Bonjour")));
    EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
    Encryptor enc = info.getEncryptor();
    enc.confirmPassword("secret");
    ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(good));
          OutputStream os = enc.getDataStream(fs)) {
        opc.save(os);
      }
      fs.writeFilesystem(encrypted);
    }
    assertThat(key(encrypted.toByteArray())).isEqualTo("import.docx-encrypted");

    ByteArrayOutputStream doc = new ByteArrayOutputStream();
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      fs.createDocument(new ByteArrayInputStream(new byte[600]), "WordDocument");
      fs.writeFilesystem(doc);
    }
    assertThat(key(doc.toByteArray())).isEqualTo("import.doc-old");

    byte[] ole = Arrays.copyOf(doc.toByteArray(), 700);
    assertThat(key(ole)).isEqualTo("import.docx-unreadable");
  }

  @Test
  void zipBombsAndHugeXmlAreRefusedBeforeParsing() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      byte[] spaces = new byte[1 << 20];
      Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 50; i++) zip.write(spaces);
    }
    assertThat(out.size()).isLessThan(1 << 20);
    assertThat(key(out.toByteArray())).isEqualTo("import.docx-too-large");
  }

  @Test
  void aWordFileThatIsNoFejNoteIsSaidSo() throws Exception {
    Source s = Sources.read(docx(p(r("Liste des courses : pain, lait.")), false), "c.docx");
    Throwable t = catchThrowable(() -> Importer.read(s));
    assertThat(t).isInstanceOf(NotImportable.class);
    assertThat(((NotImportable) t).key()).isEqualTo("import.not-a-note");
  }

  @Test
  void damagedBytesGiveASourceOrAKeyNeverAnotherException() throws Exception {
    byte[] good = docx(p(r("Bonjour")) + p(PICTURE) + p(r("x") + TEXT_BOX));
    Random random = new Random(13);
    int refused = 0;
    for (int i = 0; i < 60; i++) {
      byte[] bad = good.clone();
      for (int j = 0; j < 1 + random.nextInt(8); j++) {
        bad[random.nextInt(bad.length)] = (byte) random.nextInt(256);
      }
      try {
        Sources.read(bad, "f.docx");
      } catch (NotImportable e) {
        refused++;
        assertThat(e.key()).startsWith("import.");
      }
    }
    assertThat(refused).isPositive();
  }

  @Test
  void everyKeyHasItsMessageInBothLanguages() throws Exception {
    for (String lang : List.of("fr", "en")) {
      Properties props = new Properties();
      try (InputStream in =
          getClass().getResourceAsStream("/fr/fejdoc/messages_" + lang + ".properties")) {
        props.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
      }
      for (String k :
          List.of(
              "docx-not-word",
              "docx-unreadable",
              "docx-encrypted",
              "doc-old",
              "docx-too-large",
              "not-a-note")) {
        assertThat(props.getProperty("cli.importer." + k)).as(lang + " " + k).isNotBlank();
      }
      assertThat(props.getProperty("cli.importer.docx-not-word")).contains(".docx");
    }
  }
}
