package fr.fejdoc.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.check.Checker;
import fr.fejdoc.check.TestProjects;
import fr.fejdoc.document.assemble.Assembler;
import fr.fejdoc.model.finding.Finding;
import fr.fejdoc.model.finding.Severity;
import fr.fejdoc.write.Resources;
import fr.fejdoc.write.Writers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Test helper of the identity/forms fidelity tests: a small project written to a folder, checked
 * (no error allowed), assembled, and one document written in HTML, PDF and DOCX, read back as text
 * (HTML as written, PDF through PDFBox, DOCX through POI), spaces normalised.
 */
final class EditionText {
  private EditionText() {}

  /**
   * The editions of one document of a project: {@code html} is the text of the page's body (tags
   * removed, entities decoded), {@code rawHtml} the file as written; a format not built is null.
   */
  record Texts(String html, String rawHtml, String pdf, String docx, List<Finding> findings) {
    /** Each edition built, with its name, for assertions on all of them. */
    Map<String, String> all() {
      Map<String, String> m = new java.util.LinkedHashMap<>();
      m.put("html", html);
      if (pdf != null) m.put("pdf", pdf);
      if (docx != null) m.put("docx", docx);
      return m;
    }
  }

  static Checker.Checked check(Path root, Map<String, String> files) {
    Path dir = TestProjects.write(root, TestProjects.FOLDER, files);
    return TestProjects.check(dir);
  }

  /** Builds {@code document} (file stem) of the project made of {@code files}, in all formats. */
  static Texts build(Path root, Map<String, String> files, String document) {
    return build(root, files, document, true);
  }

  /** Builds {@code document} in HTML only. */
  static Texts html(Path root, Map<String, String> files, String document) {
    return build(root, files, document, false);
  }

  private static Texts build(
      Path root, Map<String, String> files, String document, boolean allFormats) {
    Path dir = TestProjects.write(root, TestProjects.FOLDER, files);
    Checker.Checked checked = TestProjects.check(dir);
    List<Finding> errors =
        checked.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
    assertThat(errors).as("errors").isEmpty();
    try {
      Assembler.Assembled doc =
          Assembler.assemble(checked.project()).stream()
              .filter(a -> a.name().equals(document))
              .findFirst()
              .orElseThrow();
      Resources resources = Resources.folder(dir);
      byte[] html = Writers.all().get("html").write(doc.doc(), resources);
      String raw = new String(html, StandardCharsets.UTF_8);
      if (!allFormats) return new Texts(htmlText(raw), raw, null, null, checked.findings());
      byte[] pdf = Writers.all().get("pdf").write(doc.doc(), resources);
      byte[] docx = Writers.all().get("docx").write(doc.doc(), resources);
      return new Texts(
          htmlText(raw),
          raw,
          normalise(pdfText(pdf)),
          normalise(docxText(docx)),
          checked.findings());
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  static String pdfText(byte[] pdf) {
    try (PDDocument d = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(d);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String docxText(byte[] docx) {
    try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor x = new XWPFWordExtractor(d)) {
      return x.getText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The text of an HTML page's body: inline tags removed, other tags made spaces, entities decoded,
   * spaces normalised.
   */
  static String htmlText(String html) {
    int body = html.indexOf("<body");
    String t = body < 0 ? html : html.substring(body);
    t = t.replaceAll("</?(a|strong|em|b|i|u|span|sup|sub|code)\\b[^>]*>", "");
    t = t.replaceAll("<[^>]*>", " ");
    t =
        t.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&apos;", "'")
            .replace("&amp;", "&");
    return normalise(t);
  }

  /** No-break spaces as spaces, apostrophes straight, runs of spaces and line ends collapsed. */
  static String normalise(String s) {
    return s.replace('\u202F', ' ')
        .replace('\u00A0', ' ')
        .replace('\u2019', '\'')
        .replaceAll("\\s+", " ");
  }
}
