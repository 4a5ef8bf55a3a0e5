package fr.fejdoc.write.odt;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.document.Block;
import fr.fejdoc.document.Block.Align;
import fr.fejdoc.document.Block.Cell;
import fr.fejdoc.document.Block.Column;
import fr.fejdoc.document.Block.Row;
import fr.fejdoc.document.Block.RowKind;
import fr.fejdoc.document.Doc;
import fr.fejdoc.document.Inline;
import fr.fejdoc.write.Resources;
import fr.fejdoc.write.Writers;
import fr.fejdoc.write.odf.OdfXml;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.odftoolkit.odfdom.doc.OdfDocument;
import org.odftoolkit.odfdom.doc.OdfTextDocument;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The ODT edition read back with the ODF Toolkit (odfdom): structure, merged cells, notes. */
class OdtWriterTest {
  private static final String TEXT = OdfXml.NS_TEXT;
  private static final String TABLE = OdfXml.NS_TABLE;
  private static final String STYLE = OdfXml.NS_STYLE;
  private static final String DRAW = OdfXml.NS_DRAW;
  private static final String SVG = OdfXml.NS_SVG;
  private static final String FO = OdfXml.NS_FO;

  private static List<Inline> t(String s) {
    return List.of(new Inline.Text(s));
  }

  private static Cell cell(String s, int colspan, int rowspan) {
    return new Cell(List.of(new Block.Para(t(s))), colspan, rowspan, Align.LEFT, false);
  }

  private static Block.Table merged() {
    List<Row> rows =
        List.of(
            new Row(List.of(cell("Action", 1, 2), cell("Ressources", 2, 1)), RowKind.HEADER),
            new Row(List.of(cell("ETP", 1, 1), cell("Achats", 1, 1)), RowKind.HEADER),
            new Row(
                List.of(cell("Phase 1", 1, 2), cell("2", 1, 1), cell("2 200,64 €", 1, 1)),
                RowKind.BODY),
            new Row(List.of(cell("1", 1, 1), cell("300 €", 1, 1)), RowKind.BODY),
            new Row(List.of(cell("Total 2 500,64 €", 3, 1)), RowKind.TOTAL));
    return new Block.Table(
        "tableau-2",
        t("Tableau 2 — Calendrier"),
        List.of(new Column(3, Align.LEFT), new Column(1, Align.RIGHT), new Column(2, Align.RIGHT)),
        rows,
        false);
  }

  private static Block.Table wide() {
    return new Block.Table(
        "tableau-3",
        t("Tableau 3 — Large"),
        List.of(new Column(1, Align.LEFT), new Column(1, Align.RIGHT)),
        List.of(
            new Row(List.of(cell("Nom", 1, 1), cell("Montant", 1, 1)), RowKind.HEADER),
            new Row(List.of(cell("Ligne", 1, 1), cell("107 710 €", 1, 1)), RowKind.BODY)),
        true);
  }

  static byte[] png() throws Exception {
    BufferedImage img = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
    img.setRGB(3, 4, 0xFF0000);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, "png", out);
    return out.toByteArray();
  }

  static Doc doc(String lang, Doc.Draft draft) {
    List<Inline> rich = new ArrayList<>();
    rich.add(new Inline.Text("Un texte "));
    rich.add(new Inline.Strong(t("gras")));
    rich.add(new Inline.Text(", "));
    rich.add(new Inline.Emph(t("italique")));
    rich.add(new Inline.Text(", 1"));
    rich.add(new Inline.Superscript(t("er")));
    rich.add(new Inline.Text(", "));
    rich.add(new Inline.Link("https://exemple.fr/", t("un lien")));
    rich.add(new Inline.Note(List.of(new Block.Para(t("Le texte de la note.")))));
    rich.add(new Inline.Text(" fin."));
    List<Block> part2 =
        List.of(
            new Block.Para(rich),
            new Block.Heading(1, t("Un intertitre")),
            new Block.BulletList(
                List.of(
                    List.of(new Block.Para(t("premier"))), List.of(new Block.Para(t("second"))))),
            new Block.OrderedList(
                3,
                List.of(List.of(new Block.Para(t("trois"))), List.of(new Block.Para(t("quatre"))))),
            merged(),
            new Block.Figure("logo.png", "Logo du porteur", t("La légende"), List.of(), 50),
            new Block.Para(List.of(), Block.ParaStyle.MISSING));
    List<Block> blocks =
        List.of(
            new Block.Para(t("Titre de couverture"), Block.ParaStyle.COVER_TITLE),
            new Block.PageBreak(),
            new Block.Section(
                "partie-1",
                "I.",
                t("Première partie"),
                1,
                List.of(new Block.Section("partie-1-a", "A.", t("Sous-partie"), 2, part2))),
            new Block.Section("annexe", "", t("Annexe large"), 1, List.of(wide())),
            new Block.Para(t("Après le tableau large.")));
    return new Doc(
        new Doc.Meta("Note de restitution finale", "Porteur", "Sujet", List.of("FEJ"), lang),
        new Doc.Page(false, "En-tête courant", "page {page} / {pages}", true),
        blocks,
        draft);
  }

  static Resources resources() throws Exception {
    byte[] png = png();
    return source -> source.equals("logo.png") ? Optional.of(png) : Optional.empty();
  }

  private static List<Element> all(Node root, String ns, String local) {
    List<Element> out = new ArrayList<>();
    var list =
        root instanceof org.w3c.dom.Document d
            ? d.getElementsByTagNameNS(ns, local)
            : ((Element) root).getElementsByTagNameNS(ns, local);
    for (int i = 0; i < list.getLength(); i++) out.add((Element) list.item(i));
    return out;
  }

  private static List<Element> children(Element e) {
    List<Element> out = new ArrayList<>();
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling())
      if (n instanceof Element c) out.add(c);
    return out;
  }

  /** The automatic or named style {@code name} of {@code family} in the content or styles. */
  private static Element style(OdfDocument odt, String family, String name) throws Exception {
    for (org.w3c.dom.Document dom : List.of(odt.getContentDom(), odt.getStylesDom())) {
      for (Element s : all(dom, STYLE, "style")) {
        if (s.getAttributeNS(STYLE, "name").equals(name)
            && s.getAttributeNS(STYLE, "family").equals(family)) return s;
      }
    }
    throw new AssertionError("no " + family + " style " + name);
  }

  private static String prop(Element style, String local, String ns, String attr) {
    for (Element p : all(style, STYLE, local)) {
      String v = p.getAttributeNS(ns, attr);
      if (!v.isEmpty()) return v;
    }
    return "";
  }

  @Test
  void headingsTablesNotesListsImagesAndLandscapeReadBack() throws Exception {
    byte[] bytes = Writers.all().get("odt").write(doc("fr", new Doc.Draft(2)), resources());
    try (OdfDocument odt = OdfTextDocument.loadDocument(new ByteArrayInputStream(bytes))) {
      var content = odt.getContentDom();
      // headings and their outline levels (a narrative heading below its section's level)
      List<String> headings = new ArrayList<>();
      for (Element h : all(content, TEXT, "h"))
        headings.add(h.getAttributeNS(TEXT, "outline-level") + " " + text(h));
      assertThat(headings)
          .containsExactly(
              "1 I. Première partie", "2 A. Sous-partie", "3 Un intertitre", "1 Annexe large");
      Element h1 = all(content, TEXT, "h").get(0);
      Element h1Style = style(odt, "paragraph", h1.getAttributeNS(TEXT, "style-name"));
      assertThat(
              List.of(
                  h1Style.getAttributeNS(STYLE, "name"),
                  h1Style.getAttributeNS(STYLE, "parent-style-name")))
          .contains("Heading_20_1");
      assertThat(all(h1, TEXT, "bookmark").get(0).getAttributeNS(TEXT, "name"))
          .isEqualTo("partie-1");

      // inline marks, link, note
      Element bold =
          all(content, TEXT, "span").stream()
              .filter(s -> text(s).equals("gras"))
              .findFirst()
              .orElseThrow();
      assertThat(
              prop(
                  style(odt, "text", bold.getAttributeNS(TEXT, "style-name")),
                  "text-properties",
                  FO,
                  "font-weight"))
          .isEqualTo("bold");
      Element sup =
          all(content, TEXT, "span").stream()
              .filter(s -> text(s).equals("er"))
              .findFirst()
              .orElseThrow();
      assertThat(
              prop(
                  style(odt, "text", sup.getAttributeNS(TEXT, "style-name")),
                  "text-properties",
                  STYLE,
                  "text-position"))
          .startsWith("super");
      Element link = all(content, TEXT, "a").get(0);
      assertThat(link.getAttributeNS(OdfXml.NS_XLINK, "href")).isEqualTo("https://exemple.fr/");
      assertThat(text(link)).isEqualTo("un lien");
      List<Element> notes = all(content, TEXT, "note");
      assertThat(notes).hasSize(1);
      assertThat(notes.get(0).getAttributeNS(TEXT, "note-class")).isEqualTo("footnote");
      assertThat(text(all(notes.get(0), TEXT, "note-citation").get(0))).isEqualTo("1");
      assertThat(text(all(notes.get(0), TEXT, "note-body").get(0)))
          .isEqualTo("Le texte de la note.");

      // lists: bullets, and a numbered list starting at 3
      List<Element> lists = all(content, TEXT, "list");
      assertThat(lists).hasSize(2);
      assertThat(lists.get(0).getAttributeNS(TEXT, "style-name")).isEqualTo(OdtStyles.BULLETS);
      assertThat(children(lists.get(0))).hasSize(2);
      assertThat(lists.get(1).getAttributeNS(TEXT, "style-name")).isEqualTo(OdtStyles.NUMBERS);
      Element three = children(lists.get(1)).get(0);
      assertThat(three.getAttributeNS(TEXT, "start-value")).isEqualTo("3");
      assertThat(text(three)).isEqualTo("trois");

      // the merged table: covered cells where the spans put them, two header rows repeated
      Element table = all(content, TABLE, "table").get(0);
      assertThat(table.getAttributeNS(TABLE, "name")).isEqualTo("Tableau1");
      assertThat(all(table, TABLE, "table-column")).hasSize(3);
      Element header = all(table, TABLE, "table-header-rows").get(0);
      assertThat(all(header, TABLE, "table-row")).hasSize(2);
      List<String> grid = new ArrayList<>();
      for (Element row : all(table, TABLE, "table-row")) {
        StringBuilder b = new StringBuilder();
        for (Element c : children(row)) {
          if (c.getLocalName().equals("covered-table-cell")) {
            b.append("v ");
          } else {
            String cs = c.getAttributeNS(TABLE, "number-columns-spanned");
            String rs = c.getAttributeNS(TABLE, "number-rows-spanned");
            b.append(text(c))
                .append(cs.isEmpty() ? "" : " cs" + cs)
                .append(rs.isEmpty() ? "" : " rs" + rs)
                .append(" | ");
          }
        }
        grid.add(b.toString().strip());
      }
      assertThat(grid)
          .containsExactly(
              "Action rs2 | Ressources cs2 | v",
              "v ETP | Achats |",
              "Phase 1 rs2 | 2 | 2 200,64 € |",
              "v 1 | 300 € |",
              "Total 2 500,64 € cs3 | v v");
      // widths follow the columns' weights (3:1:2), alignment the column's
      List<Element> cols = all(table, TABLE, "table-column");
      double w0 =
          points(
              prop(
                  style(odt, "table-column", cols.get(0).getAttributeNS(TABLE, "style-name")),
                  "table-column-properties",
                  STYLE,
                  "column-width"));
      double w1 =
          points(
              prop(
                  style(odt, "table-column", cols.get(1).getAttributeNS(TABLE, "style-name")),
                  "table-column-properties",
                  STYLE,
                  "column-width"));
      assertThat(w0 / w1).isBetween(2.9, 3.1);
      Element amount =
          all(table, TEXT, "p").stream()
              .filter(p -> text(p).equals("2 200,64 €"))
              .findFirst()
              .orElseThrow();
      assertThat(
              prop(
                  style(odt, "paragraph", amount.getAttributeNS(TEXT, "style-name")),
                  "paragraph-properties",
                  FO,
                  "text-align"))
          .isEqualTo("end");

      // the image: embedded, with its alternative text as title and description
      Element frame = all(content, DRAW, "frame").get(0);
      assertThat(text(all(frame, SVG, "title").get(0))).isEqualTo("Logo du porteur");
      assertThat(text(all(frame, SVG, "desc").get(0))).isEqualTo("Logo du porteur");
      String href = all(frame, DRAW, "image").get(0).getAttributeNS(OdfXml.NS_XLINK, "href");
      assertThat(href).startsWith("Pictures/");
      assertThat(odt.getPackage().getBytes(href)).isEqualTo(png());
      assertThat(odt.getPackage().getFileEntry(href).getMediaTypeString()).isEqualTo("image/png");

      // the missing part's visible marker
      assertThat(content.getDocumentElement().getElementsByTagNameNS(TEXT, "p").getLength())
          .isPositive();
      assertThat(all(content, TEXT, "p").stream().map(OdtWriterTest::text))
          .contains(OdtRenderer.MISSING_TEXT, "La légende");

      // the landscape page: the wide section turns to « Paysage » at its heading, a landscape A4
      Element annex = all(content, TEXT, "h").get(3);
      assertThat(
              style(odt, "paragraph", annex.getAttributeNS(TEXT, "style-name"))
                  .getAttributeNS(STYLE, "master-page-name"))
          .isEqualTo(OdtStyles.LANDSCAPE);
      Element after =
          all(content, TEXT, "p").stream()
              .filter(p -> text(p).equals("Après le tableau large."))
              .findFirst()
              .orElseThrow();
      assertThat(
              style(odt, "paragraph", after.getAttributeNS(TEXT, "style-name"))
                  .getAttributeNS(STYLE, "master-page-name"))
          .isEqualTo(OdtStyles.STANDARD);
      var styles = odt.getStylesDom();
      Element landscapeMaster =
          all(styles, STYLE, "master-page").stream()
              .filter(m -> m.getAttributeNS(STYLE, "name").equals(OdtStyles.LANDSCAPE))
              .findFirst()
              .orElseThrow();
      Element layout =
          all(styles, STYLE, "page-layout").stream()
              .filter(
                  l ->
                      l.getAttributeNS(STYLE, "name")
                          .equals(landscapeMaster.getAttributeNS(STYLE, "page-layout-name")))
              .findFirst()
              .orElseThrow();
      Element props = all(layout, STYLE, "page-layout-properties").get(0);
      assertThat(props.getAttributeNS(STYLE, "print-orientation")).isEqualTo("landscape");
      assertThat(props.getAttributeNS(FO, "page-width")).isEqualTo("29.7cm");

      // the cover: first page without running header, the others with it, the draft mark on all
      Element first = all(content, TEXT, "p").get(0);
      assertThat(
              style(odt, "paragraph", first.getAttributeNS(TEXT, "style-name"))
                  .getAttributeNS(STYLE, "master-page-name"))
          .isEqualTo(OdtStyles.COVER);
      for (Element m : all(styles, STYLE, "master-page")) {
        String name = m.getAttributeNS(STYLE, "name");
        String head = text(all(m, STYLE, "header").get(0));
        assertThat(head).as(name).startsWith("BROUILLON — non conforme — 2 erreurs");
        if (name.equals(OdtStyles.COVER)) {
          assertThat(head).doesNotContain("En-tête courant");
          assertThat(all(m, STYLE, "footer")).isEmpty();
        } else {
          assertThat(head).endsWith("En-tête courant");
          Element foot = all(m, STYLE, "footer").get(0);
          assertThat(all(foot, TEXT, "page-number")).hasSize(1);
          assertThat(all(foot, TEXT, "page-count")).hasSize(1);
        }
      }

      // metadata: title and language
      assertThat(odt.getOfficeMetadata().getTitle()).isEqualTo("Note de restitution finale");
      assertThat(odt.getOfficeMetadata().getLanguage()).isEqualTo("fr-FR");
    }
  }

  @Test
  void englishDocumentsSayEnglishAndPublishedOnesHaveNoDraftMark() throws Exception {
    byte[] bytes = new OdtWriter().write(doc("en", null), resources());
    try (OdfDocument odt = OdfTextDocument.loadDocument(new ByteArrayInputStream(bytes))) {
      assertThat(odt.getOfficeMetadata().getLanguage()).isEqualTo("en");
      Element defaults = all(odt.getStylesDom(), STYLE, "default-style").get(0);
      assertThat(prop(defaults, "text-properties", FO, "language")).isEqualTo("en");
      for (Element m : all(odt.getStylesDom(), STYLE, "master-page"))
        assertThat(text(m)).doesNotContain("BROUILLON");
    }
  }

  @Test
  void sameTreeSameBytesAndTheDateFromSourceDateEpoch() throws Exception {
    Doc d = doc("fr", null);
    byte[] a = new OdtWriter().write(d, resources());
    assertThat(new OdtWriter().write(d, resources())).isEqualTo(a);
    String old = System.getProperty("fejdoc.sourceDateEpoch");
    System.setProperty("fejdoc.sourceDateEpoch", "1262304000");
    try {
      byte[] b = new OdtWriter().write(d, resources());
      assertThat(b).isNotEqualTo(a);
      try (OdfDocument odt = OdfTextDocument.loadDocument(new ByteArrayInputStream(b))) {
        assertThat(odt.getOfficeMetadata().getCreationDate().getTimeInMillis())
            .isEqualTo(1_262_304_000_000L);
      }
    } finally {
      if (old == null) System.clearProperty("fejdoc.sourceDateEpoch");
      else System.setProperty("fejdoc.sourceDateEpoch", old);
    }
  }

  @Test
  void hostileTextStaysWellFormed() throws Exception {
    Doc d =
        new Doc(
            new Doc.Meta("<titre> & \"guillemets\" \u0001", null, null, null, "xx-<>"),
            new Doc.Page(false, "{page}{pages}{page", null, false),
            List.of(
                new Block.Para(t("a\u0000b\uD800c <d> & e  \t f\ng")),
                new Block.Table(
                    null,
                    null,
                    null,
                    List.of(new Row(List.of(cell("x", 99, 99)), RowKind.BODY)),
                    true),
                new Block.Para(List.of(new Inline.Link("javascript:alert(1)", t("non"))))),
            null);
    byte[] bytes = new OdtWriter().write(d, Resources.NONE);
    try (OdfDocument odt = OdfTextDocument.loadDocument(new ByteArrayInputStream(bytes))) {
      assertThat(odt.getOfficeMetadata().getTitle()).isEqualTo("<titre> & \"guillemets\"");
      assertThat(text(all(odt.getContentDom(), TEXT, "p").get(0)))
          .isEqualTo("abc <d> & e  \t f\ng");
      assertThat(all(odt.getContentDom(), TEXT, "a")).isEmpty();
    }
  }

  /** The text of an element as a reader sees it (odfdom's getTextContent skips some). */
  static String text(Node n) {
    StringBuilder b = new StringBuilder();
    text(n, b);
    return b.toString();
  }

  private static void text(Node n, StringBuilder b) {
    for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof org.w3c.dom.Text t) {
        b.append(t.getData());
      } else if (c instanceof Element e && TEXT.equals(e.getNamespaceURI())) {
        switch (e.getLocalName()) {
          case "s" -> {
            String count = e.getAttributeNS(TEXT, "c");
            b.append(" ".repeat(count.isEmpty() ? 1 : Integer.parseInt(count)));
          }
          case "tab" -> b.append('\t');
          case "line-break" -> b.append('\n');
          default -> text(e, b);
        }
      } else {
        text(c, b);
      }
    }
  }

  private static double points(String length) {
    assertThat(length).endsWith("pt");
    return Double.parseDouble(length.substring(0, length.length() - 2));
  }
}
