package fr.fejdoc.cli;

import static fr.fejdoc.cli.CommandRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.check.Checker;
import fr.fejdoc.check.TestProjects;
import fr.fejdoc.cli.CommandRun.Run;
import fr.fejdoc.load.KeySchema;
import fr.fejdoc.load.KeySpec;
import fr.fejdoc.load.Keys;
import fr.fejdoc.model.DocumentKind;
import fr.fejdoc.model.FormPlan;
import fr.fejdoc.model.finding.Code;
import fr.fejdoc.model.finding.Finding;
import fr.fejdoc.model.finding.Severity;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code fejdoc nouveau}, run as a holder runs it (through {@link Main}): the new project checks
 * with no error and lists what is left to fill in; it builds; its hints never print; nothing is
 * ever overwritten; help in French, and in English with {@code --lang en}; the README's path.
 */
class NewCommandTest {
  @TempDir Path tmp;

  /** The required keys a fresh file leaves empty: required, under required blocks only. */
  private static Set<String> required(KeySpec block, String prefix, Set<String> out) {
    for (KeySpec k : block.children()) {
      if (!k.required() || k.kind() == KeySpec.Kind.BLOCK_LIST) continue;
      String path = prefix + k.name();
      if (k.children().isEmpty()) out.add(path);
      else required(k, path + ".", out);
    }
    return out;
  }

  private static List<String> lines(Path file) throws Exception {
    return Files.readAllLines(file, StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @ValueSource(strings = {"restitution-finale", "note-etape", "fiche-experience"})
  void aFreshProjectChecksWithNoErrorAndListsWhatIsLeftToFill(String document) throws Exception {
    Path dir = tmp.resolve("projets/mon-projet");
    Run r = run("nouveau", dir.toString(), "--document", document);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Projet « mon-projet » créé").contains("fejdoc check");
    DocumentKind kind = DocumentKind.ofKey(document.replace('-', '_'));
    String file = document.equals("note-etape") ? "note-etape.md" : document + ".md";
    assertThat(dir.resolve(file)).isRegularFile();

    Checker.Checked checked = TestProjects.check(dir);
    List<Finding> findings = checked.findings();
    assertThat(findings.stream().filter(f -> f.code().severity() == Severity.ERROR))
        .as("errors of a fresh project")
        .isEmpty();

    // every required key left empty is "à compléter", at its own line
    Set<String> expected = required(Keys.experimentSpec(), "", new TreeSet<>());
    expected.remove("dossier"); // its own warning (FEJ027): a dossier may be unknown yet
    for (String key : required(Keys.documentSpec(kind.key()), "", new TreeSet<>())) {
      if (!key.equals("document")) expected.add(key);
    }
    Set<String> toFill = new TreeSet<>();
    for (Finding f : findings) {
      if (f.code() != Code.TO_FILL) continue;
      String path = String.valueOf(f.args().get(0));
      toFill.add(path);
      String name = path.substring(path.lastIndexOf('.') + 1);
      Path in = dir.resolve(f.loc().file().substring(f.loc().file().lastIndexOf('/') + 1));
      assertThat(lines(in).get(f.loc().line() - 1).strip()).isEqualTo(name + ":");
    }
    assertThat(toFill).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(toFill).contains("titre", "porteur.nom", "calendrier.demarrage");
    assertThat(findings).anyMatch(f -> f.code() == Code.DOSSIER_ABSENT);
    assertThat(findings).anyMatch(f -> f.code() == Code.CERTIFICATE_TO_FILL);

    // every part the form requires is named as empty, at its heading
    Set<String> parts = new TreeSet<>();
    for (FormPlan.Item i : FormPlan.of(kind).items()) {
      if (i.required()) parts.add((i.number().isEmpty() ? "" : i.number() + " ") + i.title());
    }
    Set<String> empty = new TreeSet<>();
    for (Finding f : findings) {
      if (f.code() != Code.SECTION_EMPTY) continue;
      empty.add(String.valueOf(f.args().get(0)));
      assertThat(lines(dir.resolve(file)).get(f.loc().line() - 1)).startsWith("# ");
    }
    assertThat(empty).containsExactlyInAnyOrderElementsOf(parts);
    assertThat(findings).noneMatch(f -> f.code() == Code.SECTION_MISSING);
    assertThat(findings).noneMatch(f -> f.code() == Code.SECTION_UNKNOWN);

    // the command line says it too: exit 0, the French message with file:line
    Run check = run("check", dir.toString());
    assertThat(check.code()).isZero();
    assertThat(check.out()).contains("FEJ095  à compléter : titre est obligatoire");
  }

  @Test
  void aFreshProjectBuildsAndItsHintsNeverPrint() throws Exception {
    Path dir = tmp.resolve("AP1_999");
    assertThat(run("nouveau", dir.toString()).code()).isZero();
    assertThat(Files.readString(dir.resolve("experiment.yaml"))).contains("\ndossier: AP1_999\n");
    Path out = tmp.resolve("sortie");
    // HTML and DOCX (the PDF is laid out from the same document tree, and costs seconds more)
    Run build =
        run("build", "-q", "--format", "html,docx", "--out", out.toString(), dir.toString());
    assertThat(build.code()).as(build.err()).isZero();
    Path docs = out.resolve("AP1_999");
    List<String> texts = new ArrayList<>();
    texts.add(Files.readString(docs.resolve("restitution-finale.html")));
    try (InputStream in = Files.newInputStream(docs.resolve("restitution-finale.docx"));
        XWPFWordExtractor w = new XWPFWordExtractor(new XWPFDocument(in))) {
      texts.add(w.getText());
    }
    for (String text : texts) {
      String plain = text.replaceAll("\\s+", " ");
      assertThat(plain)
          .contains("Objectifs de l") // the form's parts are printed...
          .contains("Partie non renseignée") // ...marked as not filled in
          .doesNotContain("compléter")
          .doesNotContain("fejdoc nouveau")
          .doesNotContain("Écrivez")
          .doesNotContain("<!--")
          .doesNotContain("&lt;!--");
    }
  }

  @Test
  void aFolderThatExistsAndIsNotEmptyIsNeverWritten() throws Exception {
    Path dir = tmp.resolve("AP1_027");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("experiment.yaml"), "dossier: AP1_027\n");
    Run r = run("nouveau", dir.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .contains("existe déjà et n'est pas vide : rien n'est écrit")
        .doesNotContain("Exception");
    try (Stream<Path> s = Files.list(dir)) {
      assertThat(s.toList()).containsExactly(dir.resolve("experiment.yaml"));
    }
    assertThat(Files.readString(dir.resolve("experiment.yaml"))).isEqualTo("dossier: AP1_027\n");
    try (Stream<Path> s = Files.list(tmp)) {
      assertThat(s.toList()).containsExactly(dir); // no temporary folder left beside it
    }
    Run en = run("nouveau", dir.toString(), "--lang", "en");
    assertThat(en.code()).isEqualTo(2);
    assertThat(en.err()).contains("already exists and is not empty: nothing is written");

    Path file = tmp.resolve("fichier");
    Files.writeString(file, "x");
    Run f = run("nouveau", file.toString());
    assertThat(f.code()).isEqualTo(2);
    assertThat(f.err()).contains("n'est pas un dossier");
    assertThat(Files.readString(file)).isEqualTo("x");
  }

  @Test
  void anEmptyFolderIsFilledAndNoTemporaryFolderIsLeft() throws Exception {
    Path dir = tmp.resolve("vide");
    Files.createDirectories(dir);
    assertThat(run("nouveau", dir.toString()).code()).isZero();
    assertThat(dir.resolve("experiment.yaml")).isRegularFile();
    try (Stream<Path> s = Files.list(tmp)) {
      assertThat(s.map(p -> p.getFileName().toString()).toList()).containsExactly("vide");
    }
  }

  @Test
  void wrongUseIsSaidInFrenchWithExitCode2() {
    Run doc = run("nouveau", tmp.resolve("a").toString(), "--document", "rapport");
    assertThat(doc.code()).isEqualTo(2);
    assertThat(doc.err()).contains("document inconnu « rapport »");
    Run date =
        run(
            "nouveau",
            tmp.resolve("b").toString(),
            "--document",
            "note-etape",
            "--au",
            "2010-02-30");
    assertThat(date.code()).isEqualTo(2);
    assertThat(date.err()).contains("date « 2010-02-30 » illisible");
    Run au = run("nouveau", tmp.resolve("c").toString(), "--au", "2010-12-31");
    assertThat(au.code()).isEqualTo(2);
    assertThat(tmp.resolve("a")).doesNotExist();
    assertThat(tmp.resolve("b")).doesNotExist();
    assertThat(tmp.resolve("c")).doesNotExist();
  }

  @Test
  void aNoteDatedIsNamedByItsDate() throws Exception {
    Path dir = tmp.resolve("note");
    Run r = run("nouveau", dir.toString(), "--document", "note-etape", "--au", "2010-12-31");
    assertThat(r.code()).isZero();
    assertThat(Files.readString(dir.resolve("note-etape-2010-12-31.md")))
        .contains("\nau: 2010-12-31\n");
    assertThat(TestProjects.check(dir).findings())
        .noneMatch(f -> f.code().severity() == Severity.ERROR)
        .noneMatch(f -> f.code() == Code.TO_FILL && f.args().get(0).equals("au"));
  }

  @Test
  void helpIsFrenchAndEnglishWithLangEn() {
    Run fr = run("nouveau", "--help");
    assertThat(fr.code()).isZero();
    assertThat(fr.out())
        .startsWith("Utilisation : fejdoc nouveau")
        .contains("Crée un nouveau projet")
        .contains("--document=DOCUMENT")
        .contains("restitution-finale (par")
        .contains("Affiche cette aide.");
    Run en = run("nouveau", "--lang", "en", "--help");
    assertThat(en.code()).isZero();
    assertThat(en.out())
        .startsWith("Usage: fejdoc nouveau")
        .contains("Creates a new project")
        .contains("Parameters:")
        .contains("Shows this help.")
        .doesNotContain("Crée")
        .doesNotContain("Affiche");
    assertThat(run("--help").out()).contains("nouveau").contains("Crée un nouveau projet");
    assertThat(NewCommand.english("nouveau", "--lang=en")).isTrue();
    assertThat(NewCommand.english("nouveau", "--lang", "fr")).isFalse();
  }

  @Test
  void insideARepositoryTheSchemaIsTheRepositorysElsewhereACopy() throws Exception {
    Path repo = tmp.resolve("depot");
    Files.createDirectories(repo.resolve("schemas"));
    Files.createDirectories(repo.resolve("docs"));
    Files.writeString(repo.resolve("schemas/experiment.schema.json"), "{}");
    Files.writeString(repo.resolve("docs/reference-cles.md"), "#");
    Path inside = repo.resolve("projects/mon-projet");
    Run r = run("nouveau", inside.toString());
    assertThat(r.code()).isZero();
    assertThat(lines(inside.resolve("experiment.yaml")).get(0))
        .isEqualTo("# yaml-language-server: $schema=../../schemas/experiment.schema.json");
    assertThat(inside.resolve("schemas")).doesNotExist();
    assertThat(r.out()).contains("../../schemas/experiment.schema.json");

    Path outside = tmp.resolve("ailleurs/mon-projet");
    assertThat(run("nouveau", outside.toString()).code()).isZero();
    assertThat(lines(outside.resolve("experiment.yaml")).get(0))
        .isEqualTo("# yaml-language-server: $schema=schemas/experiment.schema.json");
    assertThat(Files.readString(outside.resolve("schemas/experiment.schema.json")))
        .isEqualTo(KeySchema.all().get(KeySchema.EXPERIMENT_FILE));
    // the copy is not a project's document: the project still checks without error
    assertThat(TestProjects.check(outside).findings())
        .noneMatch(f -> f.code().severity() == Severity.ERROR);
  }

  /**
   * The README's "Premier projet", as a holder follows it: {@code nouveau}, edit the required keys
   * and parts, {@code check} (no warning left of what was to fill), {@code build}.
   */
  @Test
  void theReadmePathWorksAsAHolderFollowsIt() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    int start = readme.indexOf("## Premier projet");
    assertThat(start).isPositive();
    String section = readme.substring(start, readme.indexOf("\n## ", start + 3));
    int nouveau = section.indexOf("./fejdoc nouveau projects/mon-projet");
    int check = section.indexOf("./fejdoc check projects/mon-projet");
    int build = section.indexOf("./fejdoc build projects/mon-projet");
    assertThat(nouveau).isPositive();
    assertThat(check).isGreaterThan(nouveau);
    assertThat(build).isGreaterThan(check);
    assertThat(section).contains("docs/reference-cles.md").contains("yaml-language-server");

    Path dir = tmp.resolve("projects/mon-projet");
    assertThat(run("nouveau", dir.toString()).code()).isZero();
    Path yaml = dir.resolve("experiment.yaml");
    String facts =
        Files.readString(yaml)
            .replace("\ndossier:\n", "\ndossier: AP1_027\n")
            .replace("\ntitre:\n", "\ntitre: Plateforme de sécurisation\n")
            .replaceFirst("\n  nom:\n", "\n  nom: Chambre de Métiers\n")
            .replace("\n  demarrage:\n", "\n  demarrage: 2009-10\n");
    Files.writeString(yaml, facts);
    Path doc = dir.resolve("restitution-finale.md");
    String text =
        Files.readString(doc)
            .replace("\n  signataire:\n", "\n  signataire: M. Jean Martin\n")
            .replaceAll("(?s)<!-- À compléter.*?-->", "Le texte du porteur.");
    Files.writeString(doc, text);

    Run checked = run("check", dir.toString());
    assertThat(checked.code()).as(checked.out()).isZero();
    assertThat(checked.out())
        .doesNotContain("FEJ095")
        .doesNotContain("FEJ096")
        .doesNotContain("FEJ053")
        .doesNotContain("FEJ027")
        .contains("0 erreur");
    Path out = tmp.resolve("output");
    Run built = run("build", "-q", "--format", "html", "--out", out.toString(), dir.toString());
    assertThat(built.code()).as(built.err()).isZero();
    String html = Files.readString(out.resolve("mon-projet/restitution-finale.html"));
    assertThat(html).contains("Plateforme de sécurisation").contains("Le texte du porteur.");
  }

  @Test
  void theProjectIsNamedAfterItsFolderAndADossierNumberIsTakenFromIt() {
    assertThat(NewCommand.dossier("AP1_027")).isEqualTo("AP1_027");
    assertThat(NewCommand.dossier("mon-projet")).isNull();
    assertThat(NewCommand.dossier("AP1_027: x")).isNull();
  }
}
