package fr.fejdoc.importer;

import static fr.fejdoc.cli.CommandRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.check.Checker;
import fr.fejdoc.cli.CommandRun.Run;
import fr.fejdoc.load.ProjectLoader;
import fr.fejdoc.model.Document;
import fr.fejdoc.model.Experiment;
import fr.fejdoc.model.Project;
import fr.fejdoc.model.finding.Severity;
import fr.fejdoc.write.LayoutRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fejdoc importer} on the plain-text seeds: the facts and texts of the real notes. */
class TextNoteImportTest {
  private static final Path SEEDS = Path.of("src/test/resources/seeds");
  private static final String AP1_140 = "note-etape-AP1_140-Cnam-PdL.txt";
  private static final String AP1_393 = "note-etape-AP1_393-ARML-LR.txt";

  @TempDir Path tmp;

  /**
   * Case, accents, punctuation and spacing ignored: "LANGUEDOC ROUSSILLON" =
   * "Languedoc-Roussillon".
   */
  private static String n(String s) {
    if (s == null) return null;
    String t = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return t.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
  }

  private static String v(fr.fejdoc.model.Text t) {
    return t == null ? null : t.value();
  }

  private Project importSeed(String seed, String folder) {
    Path out = tmp.resolve("out");
    Run r = run("importer", SEEDS.resolve(seed).toString(), "--out", out.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).as(r.out()).isZero();
    assertThat(r.out()).contains("0 erreur(s)").contains("parties du formulaire : 2 sur 2");
    Path dir = out.resolve(folder);
    Checker.Checked checked = LayoutRule.checker().check(dir, folder);
    assertThat(checked.findings().stream().filter(f -> f.severity() == Severity.ERROR))
        .as("errors of the imported project")
        .isEmpty();
    return ProjectLoader.load(dir, folder).project();
  }

  private static void sameFacts(Project imported, Project example) {
    Experiment a = imported.experiment();
    Experiment b = example.experiment();
    assertThat(a.dossier().underscore()).isEqualTo(b.dossier().underscore());
    assertThat(n(v(a.title()))).isEqualTo(n(v(b.title())));
    // the note names the holder by its name or by its acronym (AP1_393: "ARML LR")
    assertThat(n(v(a.holder().name()))).isIn(n(v(b.holder().name())), n(v(b.holder().acronym())));
    assertThat(n(v(a.evaluator().name()))).isEqualTo(n(v(b.evaluator().name())));
    assertThat(a.regions().stream().map(t -> n(t.value())).toList())
        .isEqualTo(b.regions().stream().map(t -> n(t.value())).toList());
    assertThat(a.schedule().start().iso()).isEqualTo(b.schedule().start().iso());
    Document.ProgressNote x = (Document.ProgressNote) imported.documents().get(0);
    Document.ProgressNote y = (Document.ProgressNote) example.documents().get(0);
    assertThat(x.asOf().date()).isEqualTo(y.asOf().date());
    assertThat(n(v(x.writtenBy()))).isEqualTo(n(v(y.writtenBy())));
    assertThat(v(x.certificate().signatory())).isEqualTo(v(y.certificate().signatory()));
    assertThat(v(x.certificate().quality())).isEqualTo(v(y.certificate().quality()));
    assertThat(x.certificate().publication()).isEqualTo(y.certificate().publication());
    if (y.certificate().date() != null) {
      assertThat(x.certificate().date().date()).isEqualTo(y.certificate().date().date());
    } else {
      assertThat(x.certificate().date()).isNull();
    }
  }

  private static void textsFound(Path dir, String seed) throws IOException {
    String md;
    try (Stream<Path> s = Files.list(dir)) {
      Path file = s.filter(p -> p.toString().endsWith(".md")).findFirst().orElseThrow();
      md = Files.readString(file);
    }
    // every narrative paragraph of the seed (its first 60 characters) is in the imported note
    List<String> lines = Files.readAllLines(SEEDS.resolve(seed));
    int from = -1;
    int to = lines.size();
    for (int i = 0; i < lines.size(); i++) {
      if (from < 0 && lines.get(i).startsWith("## 1.")) from = i;
      if (lines.get(i).contains("CERTIFICAT")) to = i;
    }
    assertThat(from).isPositive();
    List<String> checked = new ArrayList<>();
    for (String l : lines.subList(from, to)) {
      if (l.startsWith("#") || l.startsWith("<sup>") || l.length() < 80) continue;
      String start = l.substring(0, 60);
      if (start.contains("<")) continue;
      assertThat(md).as("text of line « %s »", start).contains(start);
      checked.add(start);
    }
    assertThat(checked.size()).isGreaterThan(5);
    assertThat(md)
        .contains("\n# Rappel des objectifs de l'expérimentation et du public cible\n")
        .contains("\n# Modalités opérationnelles et état d'avancement\n");
  }

  @Test
  void noteEtapeAp1_140() throws IOException {
    Project p = importSeed(AP1_140, "AP1_140");
    sameFacts(p, ProjectLoader.load(Path.of("projects/AP1_140"), "AP1_140").project());
    Path dir = tmp.resolve("out/AP1_140");
    textsFound(dir, AP1_140);
    String yaml = Files.readString(dir.resolve("experiment.yaml"));
    assertThat(yaml)
        .startsWith("# yaml-language-server: $schema=")
        .contains("nom: Cnam Pays de la Loire    # importé : ligne 19");
    String md = Files.readString(dir.resolve("note-etape-2010-12-31.md"));
    assertThat(md)
        .contains("[^1]: Un quatrième acteur")
        .contains("l'organisme de formation)[^1], sur la");
    // the signature's description is kept for review, not dropped
    assertThat(Files.readString(dir.resolve(ProjectDraft.LEFTOVERS)))
        .contains("ligne 104 : A handwritten signature")
        .doesNotContain("Direction de la jeunesse");
  }

  @Test
  void noteEtapeAp1_393() throws IOException {
    Project p = importSeed(AP1_393, "AP1_393");
    sameFacts(p, ProjectLoader.load(Path.of("projects/AP1_393"), "AP1_393").project());
    textsFound(tmp.resolve("out/AP1_393"), AP1_393);
    assertThat(Files.readString(tmp.resolve("out/AP1_393/" + ProjectDraft.LEFTOVERS)))
        .contains("date du certificat");
  }

  @Test
  void notANoteWritesNothing() throws IOException {
    Path file = tmp.resolve("recette.txt");
    Files.writeString(file, "# Tarte aux pommes\n\nDossier : quatre pommes.\n");
    Path out = tmp.resolve("out");
    Run r = run("importer", file.toString(), "--out", out.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("n'est pas une note du FEJ").doesNotContain("Exception");
    assertThat(out).doesNotExist();
    Run en = run("importer", file.toString(), "--out", out.toString(), "--lang", "en");
    assertThat(en.err()).contains("is not a FEJ note");
  }

  @Test
  void brokenPdfWritesNothing() throws IOException {
    Path file = tmp.resolve("note.pdf");
    Files.writeString(file, "%PDF-1.4");
    Path out = tmp.resolve("out");
    Run r = run("importer", file.toString(), "--out", out.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains(file.toString()).doesNotContain("Exception");
    assertThat(out).doesNotExist();
  }

  @Test
  void truncatedNoteImportsWhatItHas() throws IOException {
    List<String> lines = Files.readAllLines(SEEDS.resolve(AP1_393));
    Path file = tmp.resolve("tronque.txt");
    Files.writeString(file, String.join("\n", lines.subList(0, 10)) + "\n");
    Path out = tmp.resolve("out");
    Run r = run("importer", file.toString(), "--out", out.toString(), "--dossier", "AP1_393");
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains("parties du formulaire : 0 sur 2").contains("absent de la note");
    Path dir = out.resolve("AP1_393");
    String left = Files.readString(dir.resolve(ProjectDraft.LEFTOVERS));
    assertThat(left)
        .contains("titre", "porteur", "evaluateur", "regions", "demarrage", "signataire")
        .contains("partie « Rappel des objectifs de l'expérimentation et du public cible »");
    assertThat(Files.readString(dir.resolve("note-etape-2010-12-31.md")))
        .contains("au: 2010-12-31")
        .contains("absent de la note importée");
    assertThat(Files.readString(dir.resolve("experiment.yaml")))
        .contains("dossier: AP1_393    # donné par --dossier");
    // without the form's title (the first 10 lines of AP1_140): a French message, nothing written
    List<String> other = Files.readAllLines(SEEDS.resolve(AP1_140));
    Path head = tmp.resolve("debut.txt");
    Files.writeString(head, String.join("\n", other.subList(0, 10)) + "\n");
    Run r2 = run("importer", head.toString(), "--out", tmp.resolve("out2").toString());
    assertThat(r2.code()).isEqualTo(2);
    assertThat(r2.err()).contains("tronqué");
    assertThat(tmp.resolve("out2")).doesNotExist();
  }

  @Test
  void refusesNonEmptyTarget() throws IOException {
    Path out = tmp.resolve("out");
    Files.createDirectories(out.resolve("AP1_140"));
    Files.writeString(out.resolve("AP1_140/notes.txt"), "à garder");
    Run r = run("importer", SEEDS.resolve(AP1_140).toString(), "--out", out.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("n'est pas vide");
    assertThat(Files.readString(out.resolve("AP1_140/notes.txt"))).isEqualTo("à garder");
  }

  @Test
  void hostileValuesStayText() throws Exception {
    String text =
        """
        **NOTE D'ETAPE SUR L'EXPERIMENTATION AU 31 DECEMBRE 2010**

        **DOSSIER : AP1\\_n° 140**

        ***Intitulé du projet : Titre "cité" \\\\ avec: deux-points # et dièse***

        ***Porteur du projet : {porteur: [x]} &amp; <script>alert(1)</script>***

        ## 1. RAPPEL DES OBJECTIFS DE L'EXPÉRIMENTATION ET DU PUBLIC CIBLE

        Texte.

        ## 2. Modalites operationnelles et etat d'avancement

        Texte deux.
        """;
    Draft note = Importer.read(TextSource.read("x.txt", text));
    assertThat(note.parts()).hasSize(2);
    Path dir = tmp.resolve("AP1_140");
    Files.createDirectories(dir);
    for (var f : ProjectDraft.files(List.of(note), "schema.json", null).texts().entrySet()) {
      Files.writeString(dir.resolve(f.getKey()), f.getValue());
    }
    Experiment e = ProjectLoader.load(dir, "AP1_140").project().experiment();
    assertThat(e.title().value()).isEqualTo("Titre \"cité\" \\ avec: deux-points # et dièse");
    assertThat(e.holder().name().value()).isEqualTo("{porteur: [x]} &amp; alert(1)");
  }

  @Test
  void theCertificatesPictureIsItsSignature() throws Exception {
    String text =
        """
        **NOTE D'ETAPE SUR L'EXPERIMENTATION AU 31 DECEMBRE 2010**

        **DOSSIER : AP1\\_n° 140**

        ## 1. RAPPEL DES OBJECTIFS DE L'EXPÉRIMENTATION ET DU PUBLIC CIBLE

        Texte.

        **CERTIFICAT :**

        Je soussigné, Jean Exemple, directeur, certifie exact l'ensemble des informations.

        Le 28 janvier 2011

        **Signature :**

        ![signature](images/image-1.png)
        """;
    Draft note = Importer.read(TextSource.read("x.txt", text));
    String md = ProjectDraft.document(note);
    assertThat(md).contains("signature: images/image-1.png").contains("signataire: Jean Exemple");
    assertThat(note.leftovers()).noneMatch(l -> l.text().contains("image-1"));
  }
}
