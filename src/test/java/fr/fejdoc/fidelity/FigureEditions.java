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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Test helper for the fidelity of figures: a small project is checked, assembled and written in
 * every format the way {@code fejdoc build} does, and each edition is read back as plain text (HTML
 * without tags, PDFBox's text of the PDF, POI's text of the DOCX and of the XLSX), spaces of every
 * kind folded to one ordinary space so that assertions compare words.
 */
final class FigureEditions {
  private FigureEditions() {}

  /** One project written and checked, with the text of each document in each format. */
  record Built(Checker.Checked checked, Map<String, Map<String, String>> texts) {
    /** The text of {@code document} (file stem) in {@code format} (html, pdf, docx, xlsx). */
    String text(String document, String format) {
      Map<String, String> byFormat = texts.get(document);
      assertThat(byFormat).as("document %s among %s", document, texts.keySet()).isNotNull();
      String t = byFormat.get(format);
      assertThat(t).as("%s in %s", document, format).isNotNull();
      return t;
    }

    List<Finding> findings() {
      return checked.findings();
    }

    List<Finding> errors() {
      return checked.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }
  }

  /**
   * Writes {@code experimentYaml} and a complete restitution finale into {@code root}, checks the
   * project (no error allowed: a real note builds with warnings only) and writes every document in
   * HTML, PDF and DOCX, the annexes also in XLSX.
   */
  static Built build(Path root, String experimentYaml) {
    Path dir =
        TestProjects.write(
            root,
            TestProjects.FOLDER,
            TestProjects.files(
                TestProjects.EXPERIMENT,
                experimentYaml,
                "restitution-finale.md",
                TestProjects.finalReport()));
    Checker.Checked checked = TestProjects.check(dir);
    assertThat(checked.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList())
        .as("errors of the project")
        .isEmpty();
    Map<String, Map<String, String>> texts = new LinkedHashMap<>();
    try {
      Resources resources = Resources.folder(dir);
      for (Assembler.Assembled a : Assembler.assemble(checked.project())) {
        Map<String, String> byFormat = new LinkedHashMap<>();
        byFormat.put("html", html(Writers.all().get("html").write(a.doc(), resources)));
        byFormat.put("pdf", pdf(Writers.all().get("pdf").write(a.doc(), resources)));
        byFormat.put("docx", docx(Writers.all().get("docx").write(a.doc(), resources)));
        if (a.name().equals(Assembler.ANNEXES))
          byFormat.put("xlsx", xlsx(Writers.all().get("xlsx").write(a.doc(), resources)));
        texts.put(a.name(), byFormat);
      }
    } catch (Exception e) {
      throw new AssertionError("building the project failed", e);
    }
    return new Built(checked, texts);
  }

  /** Every space (no-break, narrow no-break, line breaks) as one ordinary space; ’ as '. */
  static String fold(String s) {
    return s.replace('\u2019', '\'').replaceAll("[\\s\\u00A0\\u202F\\u2007\\u2009]+", " ").strip();
  }

  static String html(byte[] bytes) {
    String h = new String(bytes, StandardCharsets.UTF_8);
    int body = h.indexOf("<body");
    if (body >= 0) h = h.substring(body);
    h = h.replaceAll("(?s)<style.*?</style>", " ").replaceAll("<[^>]*>", " ");
    h =
        h.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&nbsp;", " ")
            .replace("&amp;", "&");
    return fold(h);
  }

  static String pdf(byte[] bytes) {
    return fold(EditionText.pdfText(bytes));
  }

  static String docx(byte[] bytes) {
    return fold(EditionText.docxText(bytes));
  }

  static String xlsx(byte[] bytes) {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      DataFormatter f = new DataFormatter(java.util.Locale.FRANCE);
      var eval = wb.getCreationHelper().createFormulaEvaluator();
      StringBuilder b = new StringBuilder();
      for (Sheet s : wb) {
        for (Row r : s) {
          for (Cell c : r) b.append(f.formatCellValue(c, eval)).append(" | ");
          b.append('\n');
        }
      }
      return fold(b.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
