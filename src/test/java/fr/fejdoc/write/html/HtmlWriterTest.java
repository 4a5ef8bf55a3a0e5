package fr.fejdoc.write.html;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.document.Block;
import fr.fejdoc.document.Block.Align;
import fr.fejdoc.document.Block.Cell;
import fr.fejdoc.document.Block.Column;
import fr.fejdoc.document.Block.ParaStyle;
import fr.fejdoc.document.Block.Row;
import fr.fejdoc.document.Block.RowKind;
import fr.fejdoc.document.Doc;
import fr.fejdoc.document.Inline;
import fr.fejdoc.write.Resources;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

class HtmlWriterTest {

  static final String XSS = "<script>alert(1)</script>";

  /** A 1×1 transparent PNG. */
  static final byte[] PNG =
      Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

  static final byte[] SVG =
      "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
          .getBytes(StandardCharsets.UTF_8);

  static final Resources RESOURCES =
      source -> Optional.ofNullable(Map.of("img/logo.png", PNG, "img/evil.svg", SVG).get(source));

  // ------------------------------------------------------------------ tree helpers

  static Inline t(String s) {
    return new Inline.Text(s);
  }

  static List<Inline> ts(String s) {
    return List.of(t(s));
  }

  static Block.Para p(String s) {
    return new Block.Para(ts(s));
  }

  static Block.Para p(Inline... in) {
    return new Block.Para(List.of(in));
  }

  static Cell c(String s) {
    return new Cell(List.of(p(s)), 1, 1, Align.LEFT, false);
  }

  static Cell c(String s, int colspan, int rowspan, Align align, boolean header) {
    return new Cell(List.of(p(s)), colspan, rowspan, align, header);
  }

  static Inline.Note note(String s) {
    return new Inline.Note(List.of(p(s)));
  }

  static Doc fullDoc() {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Para(ts("NOTE DE RESTITUTION FINALE"), ParaStyle.COVER_TITLE));
    blocks.add(new Block.Para(ts("Porteur"), ParaStyle.COVER));
    blocks.add(new Block.PageBreak());

    Block.Table table =
        new Block.Table(
            "tableau-1",
            List.of(t("Tableau 1 "), t(XSS)),
            List.of(
                new Column(3, Align.LEFT), new Column(1, Align.RIGHT), new Column(1, Align.RIGHT)),
            List.of(
                new Row(
                    List.of(
                        c("Public", 1, 2, Align.LEFT, true),
                        c("Bénéficiaires", 2, 1, Align.CENTER, true)),
                    RowKind.HEADER),
                new Row(List.of(c("Prévus"), c("Entrés")), RowKind.HEADER),
                new Row(List.of(c("1. Jeunes", 3, 1, Align.LEFT, true)), RowKind.GROUP),
                new Row(
                    List.of(c("Jeunes", 1, 1, Align.LEFT, true), c("120"), c(XSS)), RowKind.BODY),
                new Row(
                    List.of(c("Adultes", 1, 1, Align.LEFT, true), c("10"), c("12")), RowKind.BODY),
                new Row(
                    List.of(c("Total", 1, 1, Align.LEFT, true), c("130"), c("140")),
                    RowKind.TOTAL)),
            true);

    Block.Form form =
        new Block.Form(
            List.of(
                new Block.FormRow(ts("Thématique"), List.of(p("Décrochage scolaire")), false),
                new Block.FormRow(ts("LE DISPOSITIF EXPERIMENTE"), List.of(), true),
                new Block.FormRow(ts("Titre"), List.of(p("Passeport")), false)));

    Block.Section sub =
        new Block.Section(
            "objectifs",
            "A.",
            ts("Objectifs de l'expérimentation"),
            2,
            List.of(
                new Block.Heading(1, ts("Sous-titre du porteur")),
                p(
                    t("Texte "),
                    new Inline.Emph(ts("emph")),
                    t(" "),
                    new Inline.Strong(ts("strong")),
                    t(" "),
                    new Inline.Underline(ts("souligné")),
                    t(" 1"),
                    new Inline.Superscript(ts("er")),
                    t(" "),
                    new Inline.Code("a<b"),
                    new Inline.LineBreak(),
                    new Inline.Link("https://example.org/?a=1&b=2", List.of(t(XSS))),
                    t(" appel"),
                    note("Première note."),
                    t(" et "),
                    new Inline.Note(
                        List.of(p(t("Deuxième note avec une note"), note("Note dans la note."))))),
                new Block.Para(List.of(), ParaStyle.MISSING),
                new Block.BulletList(List.of(List.of(p("un")), List.of(p("deux"), p("suite")))),
                new Block.OrderedList(3, List.of(List.of(p("trois")), List.of(p("quatre")))),
                table,
                form));

    blocks.add(
        new Block.Section(
            "rappel",
            "I.",
            List.of(t("Rappel des objectifs"), note("Note du titre.")),
            1,
            List.of(sub)));
    blocks.add(new Block.Section("rappel", "II.", ts("Déroulement"), 1, List.of(p("Suite."))));
    blocks.add(new Block.Section("fn-1", "", ts("Id de note"), 1, List.of()));

    blocks.add(new Block.Figure("img/logo.png", "Logo du FEJ", ts("Le logo"), ts("© FEJ"), 50));
    blocks.add(new Block.Figure("img/evil.svg", "Schéma refusé", ts("SVG"), List.of(), 0));
    blocks.add(new Block.Figure("img/absent.png", "Photo absente", List.of(), List.of(), 0));
    blocks.add(new Block.Quote(List.of(p("Soyons clair.")), ts("Thierry GORSSE"), true));
    blocks.add(new Block.Quote(List.of(p("Citation.")), List.of(), false));
    blocks.add(
        new Block.KeyFigures(
            List.of(
                new Block.KeyFigure("245", ts("JEUNES ont été inclus")),
                new Block.KeyFigure("4", ts("territoires")))));
    blocks.add(new Block.Box(Block.BoxKind.ACTOR, ts("L'ARML"), List.of(p("Acteur."))));
    blocks.add(new Block.Box(Block.BoxKind.BAND, List.of(), List.of(p("Bandeau."))));
    blocks.add(new Block.Columns(2, List.of(p("Colonne."))));
    blocks.add(new Block.PageBreak());

    return new Doc(
        new Doc.Meta(
            "Note " + XSS + " \"titre\"",
            "Chambre de Métiers & de l'Artisanat",
            "Restitution finale AP1_027",
            List.of("FEJ", "apprentissage"),
            "fr"),
        new Doc.Page(
            false,
            "Fonds d'Expérimentation pour la Jeunesse – Note de restitution finale",
            "AP1_027 – {page} / {pages}",
            true),
        blocks);
  }

  static String html(Doc doc) {
    return new String(new HtmlWriter().write(doc, RESOURCES), StandardCharsets.UTF_8);
  }

  // ------------------------------------------------------------------ well-formedness

  static final Pattern VOID = Pattern.compile("<(meta|br|img|col|hr|wbr)(\\s[^>]*)?>");

  /** Parses the HTML as XML once void elements are self-closed; fails if it is not well formed. */
  static org.w3c.dom.Document parse(String html) throws Exception {
    Matcher m = VOID.matcher(html);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String attrs = m.group(2) == null ? "" : m.group(2);
      m.appendReplacement(b, Matcher.quoteReplacement("<" + m.group(1) + attrs + "/>"));
    }
    m.appendTail(b);
    String xml = b.toString().replaceFirst("^<!DOCTYPE html>", "");
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setExpandEntityReferences(false);
    return f.newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  static List<Element> all(org.w3c.dom.Document d, String tag) {
    NodeList nl = d.getElementsByTagName(tag);
    List<Element> r = new ArrayList<>();
    for (int i = 0; i < nl.getLength(); i++) r.add((Element) nl.item(i));
    return r;
  }

  // ------------------------------------------------------------------ tests

  @Test
  void extensionIsHtml() {
    assertThat(new HtmlWriter().extension()).isEqualTo("html");
  }

  @Test
  void headHasMetadataAndStrictPolicy() throws Exception {
    String h = html(fullDoc());
    assertThat(h)
        .startsWith("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">");
    assertThat(h)
        .contains(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; style-src 'unsafe-inline';")
        .contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .contains("<title>Note &lt;script&gt;alert(1)&lt;/script&gt; &quot;titre&quot;</title>")
        .contains("<meta name=\"author\" content=\"Chambre de Métiers &amp; de l&#39;Artisanat\">")
        .contains("<meta name=\"description\" content=\"Restitution finale AP1_027\">")
        .contains("<meta name=\"keywords\" content=\"FEJ, apprentissage\">")
        .contains("<style>\n")
        .contains("font-family: \"Liberation Sans\", Arial")
        .contains("@page { size: A4; margin: 2cm 1.8cm; }")
        .doesNotContainIgnoringCase("<script")
        .doesNotContain("<link")
        .doesNotContain("@import");
    assertThat(h.indexOf("<style>")).isEqualTo(h.lastIndexOf("<style>"));
    parse(h);
  }

  @Test
  void languageComesFromMeta() {
    Doc doc =
        new Doc(
            new Doc.Meta("T", "", "", List.of(), "en\" onload=\"x"),
            new Doc.Page(false, "", "", false),
            List.of(p("x")));
    assertThat(html(doc)).contains("<html lang=\"enonloadx\">");
  }

  @Test
  void sectionsAndHeadingsAreNumberedAndInOrder() throws Exception {
    String h = html(fullDoc());
    assertThat(h)
        .contains("<section id=\"rappel\">\n<h1><span class=\"num\">I.</span> Rappel des objectifs")
        .contains(
            "<section id=\"objectifs\">\n<h2><span class=\"num\">A.</span> Objectifs de l&#39;expérimentation</h2>")
        .contains("<h3>Sous-titre du porteur</h3>")
        // duplicate id suffixed, footnote-like id never reused
        .contains("<section id=\"rappel-2\">")
        .contains("<section id=\"fn-1-2\">");
    parse(h);
  }

  @Test
  void headingLevelsAreCappedAtSix() {
    Block deep =
        new Block.Section(
            "d", "", ts("Profond"), 8, List.of(new Block.Heading(3, ts("Sous-titre"))));
    String h = html(new Doc(new Doc.Meta("T", "", "", List.of(), "fr"), null, List.of(deep)));
    assertThat(h)
        .contains("<h6>Profond</h6>")
        .contains("<h6>Sous-titre</h6>")
        .doesNotContain("<h7");
  }

  @Test
  void paragraphsListsAndInlines() {
    String h = html(fullDoc());
    assertThat(h)
        .contains("<p class=\"cover-title\">NOTE DE RESTITUTION FINALE</p>")
        .contains("<p class=\"cover\">Porteur</p>")
        .contains("<p class=\"missing\" role=\"note\">Partie non renseignée</p>")
        .contains("<em>emph</em>")
        .contains("<strong>strong</strong>")
        .contains("<u>souligné</u>")
        .contains("1<sup>er</sup>")
        .contains("<code>a&lt;b</code><br>")
        .contains(
            "<a href=\"https://example.org/?a=1&amp;b=2\" rel=\"noopener\">&lt;script&gt;alert(1)&lt;/script&gt;</a>")
        .contains("<ul>\n<li>un</li>\n<li><p>deux</p>\n<p>suite</p>\n</li>\n</ul>")
        .contains("<ol start=\"3\">\n<li>trois</li>");
  }

  @Test
  void footnotesAreNumberedInOrderWithBackLinks() throws Exception {
    String h = html(fullDoc());
    // The note in the section title comes first, then the two in the paragraph; the note
    // inside a note is numbered after all the notes of the text.
    assertThat(h)
        .contains(
            "Rappel des objectifs<sup class=\"fn\"><a href=\"#fn-1\" id=\"fnref-1\">1</a></sup>")
        .contains(" appel<sup class=\"fn\"><a href=\"#fn-2\" id=\"fnref-2\">2</a></sup>")
        .contains(" et <sup class=\"fn\"><a href=\"#fn-3\" id=\"fnref-3\">3</a></sup>")
        .contains("<section class=\"footnotes\" aria-label=\"Notes\">")
        .contains("<li id=\"fn-1\">Note du titre. <a href=\"#fnref-1\" class=\"fn-back\"")
        .contains("<li id=\"fn-2\">Première note. <a href=\"#fnref-2\"")
        .contains(
            "<li id=\"fn-3\">Deuxième note avec une note<sup class=\"fn\"><a href=\"#fn-4\" id=\"fnref-4\">4</a></sup>")
        .contains("<li id=\"fn-4\">Note dans la note. <a href=\"#fnref-4\"");
    assertThat(h.indexOf("<li id=\"fn-1\"")).isLessThan(h.indexOf("<li id=\"fn-2\""));
    assertThat(h.indexOf("<section class=\"footnotes\"")).isLessThan(h.indexOf("</main>"));

    // every call has its note and every back link its call
    org.w3c.dom.Document d = parse(h);
    List<String> ids = new ArrayList<>();
    for (String tag : List.of("section", "li", "a", "sup", "table")) {
      for (Element e : all(d, tag)) if (e.hasAttribute("id")) ids.add(e.getAttribute("id"));
    }
    assertThat(ids).doesNotHaveDuplicates();
    for (Element a : all(d, "a")) {
      String href = a.getAttribute("href");
      if (href.startsWith("#")) assertThat(ids).contains(href.substring(1));
    }
  }

  @Test
  void tablesHaveCaptionColumnsHeadersAndSpans() throws Exception {
    String h = html(fullDoc());
    assertThat(h)
        .contains(
            "<div class=\"table-wrap landscape\" role=\"region\" tabindex=\"0\" aria-label=\"Tableau 1 &lt;script&gt;alert(1)&lt;/script&gt;\">")
        .contains("<table id=\"tableau-1\">")
        .contains("<caption>Tableau 1 &lt;script&gt;alert(1)&lt;/script&gt;</caption>")
        .contains(
            "<colgroup><col style=\"width:60.0%\"><col style=\"width:20.0%\"><col style=\"width:20.0%\"></colgroup>")
        .contains(
            "<thead>\n<tr><th scope=\"col\" rowspan=\"2\">Public</th><th scope=\"colgroup\" colspan=\"2\" class=\"al-c\">Bénéficiaires</th></tr>\n")
        // second header row: the rowspan occupies column 1, so these take the right-aligned columns
        .contains(
            "<tr><th scope=\"col\" class=\"al-r\">Prévus</th><th scope=\"col\" class=\"al-r\">Entrés</th></tr>\n</thead>")
        .contains("<tr class=\"group\"><th scope=\"row\" colspan=\"3\">1. Jeunes</th></tr>")
        .contains(
            "<tr><th scope=\"row\">Jeunes</th><td class=\"al-r\">120</td><td class=\"al-r\">&lt;script&gt;alert(1)&lt;/script&gt;</td></tr>")
        .contains("<tr class=\"total\"><th scope=\"row\">Total</th>");
    org.w3c.dom.Document d = parse(h);
    assertThat(all(d, "thead")).hasSize(1);
    assertThat(all(d, "th").stream().filter(e -> e.getAttribute("scope").equals("col"))).hasSize(3);
  }

  @Test
  void formIsATwoColumnTable() {
    String h = html(fullDoc());
    assertThat(h)
        .contains("<table class=\"form\">")
        .contains("<tr><th scope=\"row\">Thématique</th><td>Décrochage scolaire</td></tr>")
        .contains(
            "<tr class=\"group\"><th scope=\"colgroup\" colspan=\"2\">LE DISPOSITIF EXPERIMENTE</th></tr>");
  }

  @Test
  void figuresEmbedPngAndRefuseSvgAndMissingImages() {
    String h = html(fullDoc());
    assertThat(h)
        .contains(
            "<figure style=\"width:50%\">\n<img src=\"data:image/png;base64,"
                + Base64.getEncoder().encodeToString(PNG)
                + "\" alt=\"Logo du FEJ\">")
        .contains("<figcaption>Le logo <small class=\"credit\">© FEJ</small></figcaption>")
        .contains(
            "<div class=\"img-missing\" role=\"img\" aria-label=\"Schéma refusé\">Schéma refusé</div>")
        .contains(
            "<div class=\"img-missing\" role=\"img\" aria-label=\"Photo absente\">Photo absente</div>")
        .doesNotContain("image/svg")
        .doesNotContain("alert(1)</script>");
  }

  @Test
  void imageFormatsAreSniffedFromBytes() {
    assertThat(ImageData.mimeType(PNG)).isEqualTo("image/png");
    assertThat(ImageData.mimeType(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}))
        .isEqualTo("image/jpeg");
    assertThat(ImageData.mimeType("GIF89a...".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo("image/gif");
    assertThat(ImageData.mimeType(SVG)).isNull();
    assertThat(ImageData.mimeType("<?xml version=\"1.0\"?><svg/>".getBytes(StandardCharsets.UTF_8)))
        .isNull();
    assertThat(ImageData.mimeType(new byte[0])).isNull();
    assertThat(ImageData.mimeType(null)).isNull();
  }

  @Test
  void quotesKeyFiguresBoxesColumnsAndBreaks() {
    String h = html(fullDoc());
    assertThat(h)
        .contains(
            "<blockquote class=\"pull\">\n<p>Soyons clair.</p>\n<footer><cite>Thierry GORSSE</cite></footer>\n</blockquote>")
        .contains("<blockquote>\n<p>Citation.</p>\n</blockquote>")
        .contains(
            "<ul class=\"key-figures\">\n<li><span class=\"kf-value\">245</span> <span class=\"kf-caption\">JEUNES ont été inclus</span></li>")
        .contains(
            "<aside class=\"box box-actor\">\n<p class=\"box-title\">L&#39;ARML</p>\n<p>Acteur.</p>\n</aside>")
        .contains("<aside class=\"box box-band\">\n<p>Bandeau.</p>")
        .contains("<div class=\"columns\" style=\"columns: 2\">\n<p>Colonne.</p>\n</div>")
        .contains("<div class=\"page-break\"></div>");
  }

  @Test
  void runningHeaderAfterCoverAndFooterWithoutPageNumbers() {
    String h = html(fullDoc());
    String header =
        "<header class=\"running-header\">Fonds d&#39;Expérimentation pour la Jeunesse – Note de restitution finale</header>";
    assertThat(h).contains(header).contains("<footer class=\"running-footer\">AP1_027</footer>");
    // the cover (before the first page break) carries no running header
    assertThat(h.indexOf(header)).isGreaterThan(h.indexOf("<div class=\"page-break\"></div>"));
    assertThat(h).doesNotContain("{page");

    assertThat(HtmlRenderer.runningText("Page {page} sur {pages}")).isNull();
    assertThat(HtmlRenderer.runningText("AP1_027 | page {page}/{pages} | FEJ"))
        .isEqualTo("AP1_027 | FEJ");
    assertThat(HtmlRenderer.runningText(" A - B ")).isEqualTo("A - B");
    assertThat(HtmlRenderer.runningText("")).isNull();
  }

  @Test
  void noCoverPutsHeaderAtTop() {
    Doc doc =
        new Doc(
            new Doc.Meta("T", "", "", List.of(), "fr"),
            new Doc.Page(true, "En-tête", "", false),
            List.of(new Block.PageBreak(), p("x")));
    String h = html(doc);
    assertThat(h)
        .contains(
            "<body class=\"landscape-doc\">\n<header class=\"running-header\">En-tête</header>\n<main>");
    assertThat(h).doesNotContain("<footer");
  }

  @Test
  void everythingFromTheTreeIsEscaped() throws Exception {
    String h = html(fullDoc());
    assertThat(h).doesNotContain("<script>").doesNotContain("onload=");
    // the only elements are the writer's own
    org.w3c.dom.Document d = parse(h);
    assertThat(all(d, "script")).isEmpty();
    // the text of the title survives unchanged once parsed
    assertThat(all(d, "title").get(0).getTextContent()).isEqualTo("Note " + XSS + " \"titre\"");
  }

  @Test
  void disallowedLinksBecomeText() {
    Doc doc =
        new Doc(
            new Doc.Meta("T", "", "", List.of(), "fr"),
            null,
            List.of(
                p(
                    new Inline.Link("javascript:alert(1)", ts("a")),
                    new Inline.Link("java\tscript:x", ts("b")),
                    new Inline.Link("#ancre", ts("c")),
                    new Inline.Link("mailto:fej@jeunesse.gouv.fr", List.of()),
                    new Inline.Link(
                        "https://a.fr", List.of(new Inline.Link("https://b.fr", ts("d")))))));
    String h = html(doc);
    assertThat(h)
        .doesNotContain("javascript")
        .contains("<p>ab<a href=\"#ancre\">c</a>")
        .contains(
            "<a href=\"mailto:fej@jeunesse.gouv.fr\" rel=\"noopener\">mailto:fej@jeunesse.gouv.fr</a>")
        .contains("<a href=\"https://a.fr\" rel=\"noopener\">d</a>")
        .doesNotContain("b.fr");
  }

  @Test
  void noExternalReferenceOutsideLinks() throws Exception {
    String h = html(fullDoc());
    org.w3c.dom.Document d = parse(h);
    checkAttributes(d.getDocumentElement());
    // no url() or remote reference in the style sheet
    String css = all(d, "style").get(0).getTextContent();
    assertThat(css).doesNotContain("url(").doesNotContain("http").doesNotContain("//");
  }

  /** An attribute may name an http(s) address only as the href of a link; src is data: only. */
  private static void checkAttributes(Element e) {
    NamedNodeMap attrs = e.getAttributes();
    for (int i = 0; i < attrs.getLength(); i++) {
      Attr a = (Attr) attrs.item(i);
      String v = a.getValue().toLowerCase(java.util.Locale.ROOT);
      boolean linkHref = e.getTagName().equals("a") && a.getName().equals("href");
      if (!linkHref) assertThat(v).as("%s/@%s", e.getTagName(), a.getName()).doesNotContain("http");
      if (a.getName().equals("src")) assertThat(v).startsWith("data:image/");
      assertThat(a.getName()).doesNotStartWith("on");
    }
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c) checkAttributes(c);
    }
  }

  @Test
  void outputIsDeterministic() {
    byte[] a = new HtmlWriter().write(fullDoc(), RESOURCES);
    byte[] b = new HtmlWriter().write(fullDoc(), RESOURCES);
    assertThat(a).isEqualTo(b);
  }

  @Test
  void controlCharactersAndNullsAreHarmless() throws Exception {
    Doc doc =
        new Doc(
            new Doc.Meta(null, null, null, null, null),
            null,
            List.of(
                p("a\u0000b\u0007c\u0085d"),
                new Block.Section(null, null, null, 1, null),
                new Block.Table(null, null, null, List.of(new Row(null, null)), false)));
    String h = html(doc);
    assertThat(h)
        .contains("<html lang=\"fr\">")
        .contains("<title>Document</title>")
        .contains("<p>a\uFFFDb\uFFFDc\uFFFDd</p>");
    parse(h);
  }

  @Test
  void bigDocumentIsWellFormedWithEveryNote() throws Exception {
    String h =
        new String(
            new HtmlWriter().write(BigDoc.build(), Resources.NONE),
            java.nio.charset.StandardCharsets.UTF_8);
    parse(h);
    assertThat(h).contains("id=\"fn-200\"").doesNotContain("id=\"fn-201\"");
  }
}
