package fr.fejdoc.write.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import fr.fejdoc.document.Block;
import fr.fejdoc.edition.Tools;
import fr.fejdoc.write.xlsx.XlsxWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every DOCX of the example projects, and the XLSX of their annexes (with and without a bilan),
 * converted to PDF by LibreOffice headless without error, the converted text holding the expected
 * figures. Needs LibreOffice (Debian: libreoffice-writer-nogui, libreoffice-calc-nogui) and
 * pdftotext (poppler-utils): without them the test fails, unless {@code
 * -Dfejdoc.libreofficeTests=off} skips it.
 */
class LibreOfficeConversionTest {
  private static final String INSTALL =
      "apt-get install -y libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils";

  @Test
  void everyDocxAndTheAnnexWorkbooksConvertToPdfWithTheirFigures(@TempDir Path tmp)
      throws Exception {
    Assumptions.assumeFalse(
        "off".equals(System.getProperty("fejdoc.libreofficeTests")),
        "LibreOffice conversion switched off by -Dfejdoc.libreofficeTests=off");
    String soffice = Tools.executable("soffice", "/usr/lib/libreoffice/program/soffice");
    if (soffice == null)
      fail(
          "LibreOffice (soffice) is missing: install it with `"
              + INSTALL
              + "`, or skip this test with -Dfejdoc.libreofficeTests=off");
    String pdftotext = Tools.executable("pdftotext", null);
    if (pdftotext == null)
      fail(
          "pdftotext is missing: install it with `"
              + INSTALL
              + "`, or skip this test with -Dfejdoc.libreofficeTests=off");

    Path in = Files.createDirectories(tmp.resolve("in"));
    Map<Path, List<String>> expected = new LinkedHashMap<>();
    List<ExampleDocs.Example> docs = new ArrayList<>(ExampleDocs.all());
    Path budget = ExampleDocs.withBudget(Files.createDirectories(tmp.resolve("budget")));
    ExampleDocs.Example withBudget =
        ExampleDocs.of(budget).stream()
            .filter(e -> e.name().equals("annexes"))
            .findFirst()
            .orElseThrow();
    docs.add(withBudget);
    int n = 0;
    for (ExampleDocs.Example e : docs) {
      boolean bilan = e == withBudget;
      String stem = (n++) + "-" + e.project() + "-" + e.name();
      Path docx = in.resolve(stem + "-docx.docx");
      Files.write(docx, new DocxWriter().write(e.doc(), e.resources()));
      expected.put(docx, docxFigures(e, bilan));
      if (e.name().equals("annexes")) {
        Path xlsx = in.resolve(stem + "-xlsx.xlsx");
        Files.write(xlsx, new XlsxWriter().write(e.doc(), e.resources()));
        expected.put(xlsx, xlsxFigures(e, bilan));
      }
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
    for (Path p : expected.keySet()) command.add(p.toString());
    String log = Tools.run(command, 600, true);

    for (Map.Entry<Path, List<String>> e : expected.entrySet()) {
      String name = e.getKey().getFileName().toString();
      Path pdf = out.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
      assertThat(pdf).as("PDF of %s (LibreOffice said: %s)", name, log).exists();
      assertThat(Files.size(pdf)).as("size of the PDF of %s", name).isPositive();
      String text = norm(Tools.run(List.of(pdftotext, "-layout", pdf.toString(), "-"), 120, true));
      for (String figure : e.getValue())
        assertThat(text).as("text of the PDF of %s", name).contains(norm(figure));
    }
  }

  /** What the PDF of a DOCX must show: its first heading, and the seed figures of AP1_027. */
  private static List<String> docxFigures(ExampleDocs.Example e, boolean bilan) {
    List<String> out = new ArrayList<>();
    for (Block b : e.doc().blocks()) {
      if (b instanceof Block.Section s && !DocxRuns.plain(s.title()).isBlank()) {
        out.add(DocxRuns.plain(s.title()));
        break;
      }
    }
    if (e.project().equals("AP1_027") && e.name().equals("annexes")) {
      out.addAll(List.of("104", "2 200,64 €", "Filles", "42", "Garçons", "62", "page 1 / "));
    }
    if (bilan) out.addAll(List.of("TOTAL DES CHARGES", "218 848,64 €"));
    return out;
  }

  private static List<String> xlsxFigures(ExampleDocs.Example e, boolean withBudget) {
    List<String> out = new ArrayList<>(List.of("Numéro du projet"));
    if (e.project().equals("AP1_027")) {
      out.addAll(List.of("AP1_027", "104", "2 200,64 €", "120"));
    }
    if (withBudget) {
      out.addAll(List.of("TOTAL DES CHARGES", "200 000,00 €", "218 848,64 €", "162 010,00 €"));
    }
    return out;
  }

  /** Spaces of every kind collapsed to one plain space (pdftotext keeps layout spacing). */
  private static String norm(String s) {
    return s.replaceAll("[\\s\\u00A0\\u202F\\u2009\\u2007]+", " ");
  }
}
