package fr.fejdoc.fidelity;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.cli.Main;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every edition of every note de restitution finale carries the fixed texts of the FEJ's form in
 * their order. The oracle is independent of the templates: the texts as the real 2011 note shows
 * them (src/test/resources/forms/restitution-finale-textes-fixes.txt, copied from the seed).
 */
class FixedTextsTest {
  private static final Path FORMS = Path.of("src/test/resources/forms");

  @TempDir static Path out;

  /** The example projects that hold a restitution or a note d'étape. */
  static List<String> projects() throws IOException {
    List<String> out = new ArrayList<>();
    for (String[] d : documents()) if (!out.contains(d[0])) out.add(d[0]);
    return out;
  }

  /**
   * Each restitution, note d'étape and fiche d'expérience of the examples: {project, stem, form}.
   */
  static List<String[]> documents() throws IOException {
    List<String[]> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(Path.of("projects"))) {
      for (Path p : s.sorted().toList()) {
        if (!Files.isDirectory(p)) continue;
        try (Stream<Path> files = Files.list(p)) {
          for (Path f : files.sorted().toList()) {
            String name = f.getFileName().toString();
            if (!name.endsWith(".md")) continue;
            String stem = name.substring(0, name.length() - 3);
            String form =
                stem.equals("restitution-finale")
                    ? "restitution-finale"
                    : stem.startsWith("note-etape")
                        ? "note-etape"
                        : stem.equals("fiche-experience") ? "fiche-experience" : null;
            if (form != null) out.add(new String[] {p.getFileName().toString(), stem, form});
          }
        }
      }
    }
    return out;
  }

  @BeforeAll
  static void build() throws IOException {
    List<String> args =
        new ArrayList<>(List.of("build", "-q", "--sans-catalogue", "--inclure-non-publies"));
    args.addAll(List.of("--format", "html,pdf,docx"));
    args.addAll(List.of("--out", out.toString()));
    for (String p : projects()) args.add("projects/" + p);
    // warnings only: every restitution example builds (exit 0)
    assertThat(Main.run(args.toArray(String[]::new))).isZero();
  }

  static List<String> fixedTexts(String form) throws IOException {
    Path oracle = FORMS.resolve(form + "-textes-fixes.txt");
    return Files.readAllLines(oracle, StandardCharsets.UTF_8).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#"))
        .toList();
  }

  static Stream<String[]> editions() throws IOException {
    List<String[]> all = new ArrayList<>();
    for (String[] d : documents())
      for (String ext : List.of("html", "pdf", "docx"))
        all.add(new String[] {d[0], d[1] + "." + ext, d[2]});
    return all.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("editions")
  void fixedTextsInTheFormsOrder(String project, String file, String form) throws IOException {
    String ext = file.substring(file.lastIndexOf('.') + 1);
    String raw = text(out.resolve(project).resolve(file));
    // HTML and DOCX: in the text's order. PDF: page by page, since a page's drawing order is not
    // its reading order (a page's note may be drawn before its heading; tagging is what gives a
    // PDF its reading order): each text on the page of the one before it, or a later page.
    List<String> pages =
        ext.equals("pdf")
            ? List.of(raw.split("\f")).stream().map(FixedTextsTest::normal).toList()
            : List.of(normal(raw));
    int page = 0, at = 0;
    List<String> missing = new ArrayList<>();
    for (String fixed : fixedTexts(form)) {
      String f = normal(fixed);
      int found = -1, foundPage = page;
      for (int p = page; p < pages.size() && found < 0; p++) {
        int from = ext.equals("pdf") ? 0 : (p == page ? at : 0);
        found = pages.get(p).indexOf(f, from);
        foundPage = p;
      }
      if (found < 0) {
        String text = pages.get(page);
        int near = text.indexOf(f.split(" ")[0], at);
        missing.add(
            fixed
                + "  (page "
                + (page + 1)
                + ", après le caractère "
                + at
                + (near < 0
                    ? ")"
                    : ") ; le texte a : « "
                        + text.substring(near, Math.min(text.length(), near + f.length() + 20))
                        + " »"));
      } else {
        page = foundPage;
        at = found + f.length();
      }
    }
    assertThat(missing).as("textes fixes absents ou hors d'ordre").isEmpty();
  }

  @ParameterizedTest(name = "exemple-complet restitution-finale.{0}")
  @org.junit.jupiter.params.provider.ValueSource(strings = {"html", "pdf", "docx"})
  void anAcknowledgedReasonAskedInTheNoteIsPrintedInTableau1sRemarks(String ext)
      throws IOException {
    String text = normal(text(out.resolve("exemple-complet").resolve("restitution-finale." + ext)));
    String reason = normal("Prévisions par âge reprises telles quelles de la demande de 2009.");
    int remarks = text.indexOf(normal("Remarques :"));
    assertThat(remarks).as("Remarques of Tableau 1").isNotNegative();
    assertThat(text.indexOf(reason, remarks)).as("the reason after « Remarques : »").isPositive();
    // printed once, only where asked
    assertThat(text.indexOf(reason, text.indexOf(reason) + 1)).isNegative();
  }

  @Test
  void theOracleCanFail() {
    String text = normal("B. Partenariats … A. Actions mises en œuvre");
    int b = text.indexOf(normal("A. Actions mises en œuvre"));
    assertThat(text.indexOf(normal("B. Partenariats"), b)).isNegative();
    assertThat(normal("L’ÉVALUATEUR  du\nprojet")).isEqualTo(normal("l'evaluateur du projet"));
  }

  /** Case, accents, typographic apostrophes and quotes, and spacing do not count. */
  static String normal(String s) {
    String t = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    t = t.replace('’', '\'').replace('“', '"').replace('”', '"');
    t = t.replace("«", "\"").replace("»", "\"").replace('\u00a0', ' ').replace('\u202f', ' ');
    t = t.replace("\u00ad", "").replace("œ", "oe").replace("Œ", "OE");
    t = t.replaceAll("\"\\s+", "\"").replaceAll("\\s+\"", "\"");
    return t.replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
  }

  static String text(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    String name = file.getFileName().toString();
    if (name.endsWith(".pdf")) {
      // one form feed between pages: the order is checked page by page (see pdfOrder)
      try (PDDocument pdf = Loader.loadPDF(bytes)) {
        StringBuilder b = new StringBuilder();
        PDFTextStripper stripper = new PDFTextStripper();
        for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
          stripper.setStartPage(i);
          stripper.setEndPage(i);
          b.append(stripper.getText(pdf)).append('\f');
        }
        return b.toString();
      }
    }
    if (name.endsWith(".docx")) return EditionText.docxText(bytes);
    // HTML: the text a reader sees (tags dropped, entities of the writer decoded)
    return EditionText.htmlText(new String(bytes, StandardCharsets.UTF_8));
  }
}
