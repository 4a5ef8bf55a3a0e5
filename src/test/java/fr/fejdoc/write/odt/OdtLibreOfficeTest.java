package fr.fejdoc.write.odt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import fr.fejdoc.document.Block;
import fr.fejdoc.document.PlainText;
import fr.fejdoc.edition.Tools;
import fr.fejdoc.write.docx.ExampleDocs;
import fr.fejdoc.write.pdf.PdfWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every document of the example projects as ODT, converted to PDF by LibreOffice headless (one
 * conversion for all), shows the same headings and the same figures as fejdoc's own PDF edition of
 * that document (text read with PDFBox, running header and footer left out). Needs LibreOffice
 * (Debian: libreoffice-writer-nogui); {@code -Dfejdoc.libreofficeTests=off} skips it.
 */
class OdtLibreOfficeTest {

  private record Case(ExampleDocs.Example example, Path odt, String ownPdfText) {}

  @Test
  void everyExampleOdtConvertsWithTheHeadingsAndFiguresOfThePdfEdition(@TempDir Path tmp)
      throws Exception {
    Assumptions.assumeFalse(
        "off".equals(System.getProperty("fejdoc.libreofficeTests")),
        "LibreOffice conversion switched off by -Dfejdoc.libreofficeTests=off");
    String soffice = Tools.executable("soffice", "/usr/lib/libreoffice/program/soffice");
    if (soffice == null)
      fail(
          "LibreOffice (soffice) is missing: install libreoffice-writer-nogui, or skip this test"
              + " with -Dfejdoc.libreofficeTests=off");
    Path in = Files.createDirectories(tmp.resolve("in"));
    Map<String, Case> cases = new LinkedHashMap<>();
    int n = 0;
    for (ExampleDocs.Example e : ExampleDocs.all()) {
      String stem = (n++) + "-" + e.project() + "-" + e.name();
      Path odt = in.resolve(stem + ".odt");
      Files.write(odt, new OdtWriter().write(e.doc(), e.resources()));
      String own = text(new PdfWriter().write(e.doc(), e.resources()), e);
      cases.put(stem, new Case(e, odt, own));
    }
    Path out = Files.createDirectories(tmp.resolve("out"));
    List<String> command = new ArrayList<>();
    command.add(soffice);
    command.add("-env:UserInstallation=" + tmp.resolve("profile").toUri());
    command.add("--headless");
    command.add("--convert-to");
    command.add("pdf");
    command.add("--outdir");
    command.add(out.toString());
    for (Case c : cases.values()) command.add(c.odt().toString());
    String log = Tools.run(command, 300, true);

    for (Map.Entry<String, Case> entry : cases.entrySet()) {
      Case c = entry.getValue();
      Path pdf = out.resolve(entry.getKey() + ".pdf");
      assertThat(pdf).as("PDF of %s (LibreOffice said: %s)", c.example(), log).exists();
      String converted = text(Files.readAllBytes(pdf), c.example());
      List<String> headings = headings(c.example().doc().blocks());
      assertThat(headings).as("headings of %s", c.example()).isNotEmpty();
      for (String h : headings) {
        assertThat(c.ownPdfText()).as("heading in fejdoc's PDF of %s", c.example()).contains(h);
        assertThat(converted).as("heading in the converted ODT of %s", c.example()).contains(h);
      }
      TreeSet<String> figures = figures(c.example().doc().blocks());
      assertThat(figures).as("figures of %s", c.example()).isNotEmpty();
      List<String> differ = new ArrayList<>();
      for (String f : figures) {
        int inPdf = count(c.ownPdfText(), f);
        int inOdt = count(converted, f);
        if (inPdf == 0 || inOdt != inPdf) differ.add(f + ": PDF " + inPdf + ", ODT " + inOdt);
      }
      assertThat(differ).as("figures of %s printed differently", c.example()).isEmpty();
    }
  }

  /** The number and title of every section, as printed. */
  private static List<String> headings(List<Block> blocks) {
    List<String> out = new ArrayList<>();
    for (Block b : blocks == null ? List.<Block>of() : blocks) {
      if (b instanceof Block.Section s) {
        String title = PlainText.of(s.title()).strip();
        String number = s.number() == null ? "" : s.number().strip();
        String h = norm((number.isEmpty() ? "" : number + " ") + title).strip();
        if (!h.isBlank()) out.add(h);
      }
      out.addAll(headings(Block.children(b)));
    }
    return out;
  }

  /** A figure as the tree prints it: groups of thousands joined by a (narrow) no-break space. */
  private static final Pattern FIGURE =
      Pattern.compile(
          "(?<![\\d,])\\d{1,3}(?:[\\u00A0\\u202F]\\d{3})+(?:,\\d+)?|(?<![\\d,])\\d{2,}(?:,\\d+)?");

  /** The figures of the document tree (two digits or more), spaces made plain. */
  private static TreeSet<String> figures(List<Block> blocks) {
    StringBuilder text = new StringBuilder();
    collect(blocks, text);
    TreeSet<String> out = new TreeSet<>();
    Matcher m = FIGURE.matcher(text);
    while (m.find()) out.add(norm(m.group()));
    return out;
  }

  private static void collect(List<Block> blocks, StringBuilder out) {
    for (Block b : blocks == null ? List.<Block>of() : blocks) {
      switch (b) {
        case Block.Para p -> out.append(PlainText.of(p.content())).append('\n');
        case Block.Heading h -> out.append(PlainText.of(h.content())).append('\n');
        case Block.Section s -> out.append(PlainText.of(s.title())).append('\n');
        case Block.Table t -> {
          out.append(PlainText.of(t.caption())).append('\n');
          for (Block.Row r : t.rows() == null ? List.<Block.Row>of() : t.rows()) {
            if (r == null || r.cells() == null) continue;
            for (Block.Cell c : r.cells()) if (c != null) collect(c.content(), out);
          }
        }
        case Block.Form f -> {
          for (Block.FormRow r : f.rows() == null ? List.<Block.FormRow>of() : f.rows()) {
            if (r == null) continue;
            out.append(PlainText.of(r.label())).append('\n');
            collect(r.value(), out);
          }
        }
        case Block.KeyFigures k -> {
          for (Block.KeyFigure f : k.figures() == null ? List.<Block.KeyFigure>of() : k.figures())
            if (f != null) out.append(f.value()).append('\n').append(PlainText.of(f.caption()));
        }
        case Block.BulletList l -> {
          for (List<Block> item : l.items()) collect(item, out);
        }
        case Block.OrderedList l -> {
          for (List<Block> item : l.items()) collect(item, out);
        }
        case Block.Box x -> out.append(PlainText.of(x.title())).append('\n');
        case Block.Quote q -> out.append(PlainText.of(q.attribution())).append('\n');
        case Block.Figure f -> out.append(PlainText.of(f.caption())).append('\n');
        case null -> {}
        default -> {}
      }
      collect(Block.children(b), out);
    }
  }

  /** How many times {@code figure} stands in {@code text} as a whole figure. */
  private static int count(String text, String figure) {
    Matcher m =
        Pattern.compile("(?<![\\d,])" + Pattern.quote(figure) + "(?![\\d]|,\\d)").matcher(text);
    int n = 0;
    while (m.find()) n++;
    return n;
  }

  /** The text of a PDF, pages joined, running header and footer lines left out. */
  private static String text(byte[] pdf, ExampleDocs.Example e) throws Exception {
    try (PDDocument d = Loader.loadPDF(pdf)) {
      PDFTextStripper s = new PDFTextStripper();
      s.setSortByPosition(false);
      String raw = s.getText(d);
      var page = e.doc().page();
      StringBuilder b = new StringBuilder();
      Pattern footer = running(page == null ? null : page.footer());
      Pattern header = running(page == null ? null : page.header());
      for (String line : raw.split("\\R")) {
        String l = norm(line).strip();
        if (footer != null && footer.matcher(l).matches()) continue;
        if (header != null && header.matcher(l).matches()) continue;
        if (l.startsWith("BROUILLON")) continue;
        b.append(l).append(' ');
      }
      return norm(b.toString());
    }
  }

  /** A running text with its page fields as a pattern. */
  private static Pattern running(String text) {
    if (text == null || text.isBlank()) return null;
    String t = norm(text).strip();
    StringBuilder p = new StringBuilder();
    int i = 0;
    while (i < t.length()) {
      int at = t.indexOf('{', i);
      if (at < 0 || !(t.startsWith("{page}", at) || t.startsWith("{pages}", at))) {
        int end = at < 0 ? t.length() : at + 1;
        p.append(Pattern.quote(t.substring(i, end)));
        i = end;
        continue;
      }
      p.append(Pattern.quote(t.substring(i, at))).append("\\d+");
      i = at + (t.startsWith("{pages}", at) ? 7 : 6);
    }
    return Pattern.compile(p.toString());
  }

  /** Spaces of every kind collapsed to one plain space; ligatures and typographic quotes kept. */
  private static String norm(String s) {
    return s.replaceAll("[\\s\\u00A0\\u202F\\u2009\\u2007]+", " ");
  }
}
