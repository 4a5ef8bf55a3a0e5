package fr.fejdoc.write.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.check.Checker;
import fr.fejdoc.document.assemble.Assembler;
import fr.fejdoc.synth.SyntheticProjects;
import fr.fejdoc.write.Resources;
import fr.fejdoc.write.Writers;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Every PDF fejdoc writes is tagged PDF/UA-1 and PDF/A-2a as veraPDF, the reference validator, sees
 * it: each document of each example project, and the documents of synthetic projects (bilan side by
 * side, notes, fiches d'expérience with their images).
 */
public class PdfAConformanceTest {
  @TempDir static Path synthetic;

  @BeforeAll
  static void start() throws Exception {
    VeraGreenfieldFoundryProvider.initialise();
    SyntheticProjects.generate(synthetic, 6, 11);
  }

  @TestFactory
  Stream<DynamicTest> everyExampleDocumentIsPdfUaAndPdfA2a() {
    return Examples.all().stream()
        .map(
            e ->
                DynamicTest.dynamicTest(
                    e.toString(), () -> assertPdfA(e.toString(), pdf(e.doc(), e.resources()))));
  }

  @TestFactory
  Stream<DynamicTest> everySyntheticDocumentIsPdfUaAndPdfA2a() throws Exception {
    List<DynamicTest> out = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(synthetic)) {
      for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
        Checker.Checked checked = fr.fejdoc.write.LayoutRule.checker().check(dir, dir.toString());
        for (Assembler.Assembled a : Assembler.assemble(checked.project())) {
          String name = dir.getFileName() + "/" + a.name();
          out.add(
              DynamicTest.dynamicTest(name, () -> assertPdfA(name, pdf(a, Resources.folder(dir)))));
        }
      }
    }
    assertThat(out).hasSizeGreaterThan(10);
    return out.stream();
  }

  /**
   * A draft (mark band over every page, pale "BROUILLON" under the content, findings appended) is
   * PDF/UA-1 and PDF/A-2a too: a document with a cover page and one with landscape pages.
   */
  @TestFactory
  Stream<DynamicTest> draftsArePdfUaAndPdfA2a() {
    List<fr.fejdoc.document.assemble.Drafts.Line> lines =
        List.of(
            new fr.fejdoc.document.assemble.Drafts.Line(
                "projects/AP1_027/experiment.yaml:135:7",
                fr.fejdoc.model.finding.Severity.ERROR,
                "FEJ106",
                "Tableau 1 : la somme par sexe (105) diffère du total (104) — écart : 1."));
    return Stream.of(Examples.get("AP1_027", "restitution"), Examples.get("AP1_027", "annexes"))
        .map(
            e ->
                DynamicTest.dynamicTest(
                    "brouillon " + e,
                    () -> {
                      Assembler.Assembled draft =
                          fr.fejdoc.document.assemble.Drafts.draft(e.doc(), 2, lines);
                      byte[] bytes = pdf(draft, e.resources());
                      assertPdfA("brouillon " + e, bytes);
                      // deterministic: the same draft gives the same bytes
                      assertThat(pdf(draft, e.resources())).isEqualTo(bytes);
                    }));
  }

  /** The check itself can fail: a plain PDF (no XMP, no output intent) is refused. */
  @org.junit.jupiter.api.Test
  void aPlainPdfIsRefused() throws Exception {
    java.io.ByteArrayOutputStream plain = new java.io.ByteArrayOutputStream();
    try (org.apache.pdfbox.pdmodel.PDDocument d = new org.apache.pdfbox.pdmodel.PDDocument()) {
      d.addPage(new org.apache.pdfbox.pdmodel.PDPage());
      d.save(plain);
    }
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> assertPdfA("plain", plain.toByteArray()))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("6.6") // metadata clauses of ISO 19005-2
        .hasMessageContaining("7.1"); // ISO 14289-1: no structure, no title
  }

  private static byte[] pdf(Assembler.Assembled a, Resources resources) {
    return Writers.all().get("pdf").write(a.doc(), resources);
  }

  /** The standards every PDF fejdoc writes meets: accessible PDF (PDF/UA-1) and PDF/A-2a. */
  static final List<PDFAFlavour> FLAVOURS = List.of(PDFAFlavour.PDFA_2_A, PDFAFlavour.PDFUA_1);

  /**
   * Fails, naming each broken rule, unless veraPDF finds {@code pdf} both PDF/A-2a and PDF/UA-1
   * compliant (the file is parsed once, both profiles run on it).
   */
  public static void assertPdfA(String name, byte[] pdf) throws Exception {
    List<String> failed = new ArrayList<>();
    try (PDFAParser parser =
            Foundries.defaultInstance()
                .createParser(new ByteArrayInputStream(pdf), FLAVOURS.get(0), FLAVOURS.get(1));
        PDFAValidator validator = Foundries.defaultInstance().createValidator(FLAVOURS)) {
      List<ValidationResult> results = validator.validateAll(parser);
      assertThat(results).as(name).hasSize(FLAVOURS.size());
      for (ValidationResult result : results) {
        for (TestAssertion t : result.getTestAssertions()) {
          if (t.getStatus() == TestAssertion.Status.FAILED)
            failed.add(
                result.getPDFAFlavour()
                    + " "
                    + t.getRuleId().getClause()
                    + "-"
                    + t.getRuleId().getTestNumber()
                    + " "
                    + t.getMessage());
        }
        if (failed.isEmpty())
          assertThat(result.isCompliant()).as(name + " " + result.getPDFAFlavour()).isTrue();
      }
    }
    assertThat(failed).as(name + " (veraPDF, PDF/A-2a and PDF/UA-1)").isEmpty();
  }
}
