package fr.fejdoc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every fixed line {@code build}, {@code catalogue}, {@code generate} and picocli's parse errors
 * print is English with {@code --lang en}, and byte for byte what it was in French without it: the
 * per-project lines (written, drafts, kept), the problems under a project, the summaries, the
 * refusals of an output folder that cannot be written. No English line holds a French fixed word
 * outside the paths and the holders' own text.
 */
class EnglishOutputTest {
  @TempDir Path tmp;

  /** Every line the English runs of a test printed, paths left out, for {@link #noFrench}. */
  private final List<String> english = new ArrayList<>();

  /** Words of fejdoc's French fixed texts that no English line may hold. */
  private static final List<String> FRENCH =
      List.of("projet", "fichier", "écrit", "erreur", "vérifiée", "dans ", "dossier", "à jour");

  private CommandRun.Run run(String... args) {
    CommandRun.Run r = CommandRun.run(args);
    if (List.of(args).contains("en")) {
      for (String l : (r.out() + r.err()).split("\n"))
        english.add(l.replace(tmp.toString(), "<tmp>"));
    }
    return r;
  }

  /** No English line says a French fixed word (paths taken out; findings quote no French here). */
  @AfterEach
  void noFrench() {
    assertThat(english).isNotEmpty();
    for (String line : english) {
      String l = line.toLowerCase(Locale.ROOT);
      // the holder's own text quoted by a finding (a heading the document shows) is theirs
      if (l.contains("partie non renseignée")) l = l.replace("partie non renseignée", "");
      for (String w : FRENCH) assertThat(l).as("English line: %s", line).doesNotContain(w);
    }
  }

  private static List<String> lines(String text) {
    return text.lines().toList();
  }

  @Test
  void fejdocsOwnLangReachesTheCommandUnlessItHasItsOwn() {
    CommandRun.Run inner = run("check", "--lang", "en", "projects/AP1_140");
    CommandRun.Run outer = run("--lang", "en", "check", "projects/AP1_140");
    assertThat(inner.out()).isNotBlank();
    assertThat(outer.out()).isEqualTo(inner.out());
    assertThat(outer.code()).isEqualTo(inner.code());
    // the command's own --lang wins (not collected as English: it is the French run)
    CommandRun.Run french =
        CommandRun.run("--lang", "en", "check", "--lang", "fr", "projects/AP1_140");
    assertThat(french.out())
        .isEqualTo(CommandRun.run("check", "projects/AP1_140").out())
        .isNotEqualTo(inner.out());
  }

  @Test
  void buildSaysWrittenKeptAndDraftInEnglishAndStillInFrench() throws IOException {
    for (String lang : List.of("en", "fr")) {
      boolean en = lang.equals("en");
      Path out = tmp.resolve(lang + "-out");
      // the reproducer of the issue
      CommandRun.Run annexes =
          run(
              "build",
              "--lang",
              lang,
              "--format",
              "html",
              "--doc",
              "annexes",
              "--out",
              out.toString(),
              "projects/AP1_027");
      assertThat(annexes.code()).isZero();
      assertThat(lines(annexes.out()))
          .endsWith(
              "projects/AP1_027 → annexes.html",
              en
                  ? "1 project: 1 file written in " + out + "; 0 projects without documents."
                  : "1 projet : 1 fichier écrit dans " + out + " ; 0 projet sans documents.");
      assertThat(annexes.err()).isEmpty();

      CommandRun.Run all =
          run(
              "build",
              "--lang",
              lang,
              "--format",
              "html",
              "--out",
              out.toString(),
              "projects/AP1_027");
      assertThat(lines(all.out()))
          .endsWith(
              "projects/AP1_027 → restitution-finale.html, annexes.html",
              en
                  ? "1 project: 2 files written in " + out + "; 0 projects without documents."
                  : "1 projet : 2 fichiers écrits dans " + out + " ; 0 projet sans documents.");

      // nothing changed: kept
      CommandRun.Run kept =
          run(
              "build",
              "--lang",
              lang,
              "--format",
              "html",
              "--out",
              out.toString(),
              "projects/AP1_027");
      assertThat(kept.code()).isZero();
      assertThat(lines(kept.out()))
          .endsWith(
              en
                  ? "projects/AP1_027 → up to date: restitution-finale.html, annexes.html"
                  : "projects/AP1_027 → à jour : restitution-finale.html, annexes.html",
              en
                  ? "1 project: 0 files written in "
                      + out
                      + "; 1 project up to date, documents kept (--force to redo everything); 0"
                      + " projects without documents."
                  : "1 projet : 0 fichier écrit dans "
                      + out
                      + " ; 1 projet à jour, documents gardés (--force pour tout refaire) ; 0"
                      + " projet sans documents.");

      // a project in error: drafts, and the problem under it
      Path drafts = tmp.resolve(lang + "-drafts").resolve("drafts");
      TestProjects.ap1027WithAnError(drafts);
      Path out2 = tmp.resolve(lang + "-out2");
      CommandRun.Run draft =
          run(
              "build",
              "--lang",
              lang,
              "--format",
              "html",
              "--sans-catalogue",
              "--out",
              out2.toString(),
              drafts.toString());
      assertThat(draft.code()).isEqualTo(1);
      assertThat(lines(draft.out()))
          .endsWith(
              en
                  ? "drafts/AP1_027 → drafts: restitution-finale.html, annexes.html"
                  : "drafts/AP1_027 → brouillons : restitution-finale.html, annexes.html",
              en
                  ? "  1 error: documents written as drafts (\"DRAFT — not compliant\"), not linked"
                      + " by the catalogue; findings to fix at the end of each (details: fejdoc"
                      + " check drafts/AP1_027)."
                  : "  1 erreur : documents écrits en brouillon (« BROUILLON — non conforme »),"
                      + " non liés par le catalogue ; constats à corriger à la fin de chacun"
                      + " (détail : fejdoc check drafts/AP1_027).",
              en
                  ? "1 project: 2 files written in "
                      + out2
                      + "; 1 project in error, as drafts; 0 projects without documents."
                  : "1 projet : 2 fichiers écrits dans "
                      + out2
                      + " ; 1 projet en erreur, en brouillon ; 0 projet sans documents.");
      assertThat(draft.out())
          .contains(en ? "1 project checked: 1 error" : "1 projet vérifié : 1 erreur");

      // --doc in a folder of projects: no catalogue, said
      CommandRun.Run partial =
          run(
              "build",
              "--lang",
              lang,
              "--format",
              "html",
              "--doc",
              "annexes",
              "-q",
              "--out",
              tmp.resolve(lang + "-out4").toString(),
              drafts.toString());
      assertThat(lines(partial.out()))
          .endsWith(
              en
                  ? "Catalogue not written: partial build (--doc); \"fejdoc catalogue\" writes it."
                  : "Catalogue non écrit : construction partielle (--doc) ; « fejdoc catalogue »"
                      + " l'écrit.");
    }
  }

  @Test
  void aDocumentHeldBackIsSaidUnderItsProjectInEnglish() throws IOException {
    for (String lang : List.of("en", "fr")) {
      boolean en = lang.equals("en");
      // a misspelt key in the certificate, where a "publication: false" may hide: no draft
      Path root = tmp.resolve(lang + "-held");
      Path dir = Files.createDirectories(root.resolve("AP1_140"));
      try (var files = Files.list(Path.of("projects/AP1_140"))) {
        for (Path f : files.toList())
          if (Files.isRegularFile(f)) Files.copy(f, dir.resolve(f.getFileName().toString()));
      }
      Path note = dir.resolve("note-etape-2010-12-31.md");
      String text = Files.readString(note);
      assertThat(text).contains("  publication: true");
      Files.writeString(note, text.replace("  publication: true", "  publicaton: false"));
      CommandRun.Run r =
          run(
              "build",
              "--lang",
              lang,
              "-q",
              "--sans-catalogue",
              "--format",
              "html",
              "--out",
              tmp.resolve(lang + "-held-out").toString(),
              dir.toString());
      assertThat(r.code()).isEqualTo(1);
      Path out = tmp.resolve(lang + "-held-out");
      assertThat(lines(r.out()))
          .endsWith(
              "AP1_140",
              en
                  ? "  1 error: documents not written (details: fejdoc check AP1_140)."
                  : "  1 erreur : documents non écrits (détail : fejdoc check AP1_140).",
              en
                  ? "  AP1_140/note-etape-2010-12-31.md: no draft, its front matter (where the"
                      + " publication consent is) has an error; fix it, or write it anyway with"
                      + " --inclure-non-publies."
                  : "  AP1_140/note-etape-2010-12-31.md : pas de brouillon, son en-tête (où est"
                      + " l'attestation de publication) a une erreur ; corrigez-la, ou écrivez-le"
                      + " quand même avec --inclure-non-publies.",
              en
                  ? "1 project: 0 files written in " + out + "; 1 project without documents."
                  : "1 projet : 0 fichier écrit dans " + out + " ; 1 projet sans documents.");
    }
  }

  @Test
  void catalogueSaysItsProjectsInErrorAndItsSiteKeptInEnglish() throws IOException {
    for (String lang : List.of("en", "fr")) {
      boolean en = lang.equals("en");
      Path drafts = tmp.resolve(lang + "-drafts").resolve("drafts");
      TestProjects.ap1027WithAnError(drafts);
      Path site = tmp.resolve(lang + "-out").resolve("catalogue");
      for (boolean again : new boolean[] {false, true}) {
        CommandRun.Run r =
            run("catalogue", "--lang", lang, "--out", site.toString(), drafts.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEmpty();
        String kept =
            again ? (en ? " (up to date, kept as it is)" : " (à jour, gardé tel quel)") : "";
        assertThat(lines(r.out()))
            .containsExactly(
                en
                    ? "AP1_027: 1 error, figures not published (details: fejdoc check)."
                    : "AP1_027 : 1\u00a0erreur, chiffres non publiés (détail : fejdoc check).",
                en
                    ? "1 experiment in " + site + kept + "; 1 project in error."
                    : "1\u00a0expérimentation dans " + site + kept + " ; 1\u00a0projet en erreur.");
      }
    }
  }

  @Test
  void refusalsOfTheCommandLineAndOfTheOutputFolderInEnglish() throws IOException {
    Path drafts = tmp.resolve("drafts");
    TestProjects.ap1027WithAnError(drafts);
    for (String lang : List.of("en", "fr")) {
      boolean en = lang.equals("en");
      Path file = tmp.resolve(lang + "-a-file");
      Files.writeString(file, "x");
      CommandRun.Run isFile =
          run(
              "build",
              "--lang",
              lang,
              "--format",
              "html",
              "--out",
              file.toString(),
              "projects/AP1_027");
      assertThat(isFile.code()).isEqualTo(2);
      assertThat(isFile.out()).isEmpty();
      assertThat(isFile.err())
          .isEqualTo(
              (en
                      ? "fejdoc: the output folder \""
                          + file
                          + "\" (--out) is a file: fejdoc would write a folder per project and"
                          + " the catalogue there, mixed with what is there, and could replace"
                          + " some of it. Choose a separate folder, absent or empty (for example"
                          + " --out output)."
                      : "fejdoc : le dossier de sortie « "
                          + file
                          + " » (--out) est un fichier : fejdoc y écrirait un dossier par projet"
                          + " et le catalogue, mêlés à ce qui s'y trouve, et pourrait en remplacer"
                          + " une partie. Choisissez un dossier à part, absent ou vide (par"
                          + " exemple --out output).")
                  + "\n");

      Path under = file.resolve("sub");
      CommandRun.Run cannot =
          run(
              "build",
              "--lang",
              lang,
              "--format",
              "html",
              "--out",
              under.toString(),
              "projects/AP1_027");
      assertThat(cannot.code()).isEqualTo(2);
      assertThat(cannot.err())
          .isEqualTo(
              (en
                      ? "fejdoc: the output folder \""
                          + under
                          + "\" (--out) cannot be prepared (a part of the path is a file, not a"
                          + " folder): check that it can be written, or choose another one."
                      : "fejdoc : le dossier de sortie « "
                          + under
                          + " » (--out) ne peut pas être préparé (un élément du chemin est un"
                          + " fichier, pas un dossier) : vérifiez qu'il est accessible en"
                          + " écriture, ou choisissez-en un autre.")
                  + "\n");

      CommandRun.Run site =
          run(
              "catalogue",
              "--lang",
              lang,
              "--out",
              under.resolve("catalogue").toString(),
              drafts.toString());
      assertThat(site.code()).isEqualTo(2);
      assertThat(site.err())
          .isEqualTo(
              (en
                      ? "fejdoc: the documents folder \""
                          + under
                          + "\" (--documents, by default the folder holding the site) cannot be"
                          + " prepared (a part of the path is a file, not a folder): check that"
                          + " it can be written, or choose another one."
                      : "fejdoc : le dossier des documents « "
                          + under
                          + " » (--documents, par défaut le dossier qui contient le site) ne peut"
                          + " pas être préparé (un élément du chemin est un fichier, pas un"
                          + " dossier) : vérifiez qu'il est accessible en écriture, ou"
                          + " choisissez-en un autre.")
                  + "\n");

      // the site would hold the documents
      Path out = tmp.resolve(lang + "-out");
      CommandRun.Run inside =
          run(
              "catalogue",
              "--lang",
              lang,
              "--out",
              out.toString(),
              "--documents",
              out.resolve("docs").toString(),
              drafts.toString());
      assertThat(inside.code()).isEqualTo(2);
      assertThat(inside.err())
          .isEqualTo(
              (en
                      ? "fejdoc: the documents folder cannot be inside the site, which is"
                          + " replaced whole."
                      : "fejdoc : le dossier des documents ne peut pas être dans le site, qui est"
                          + " remplacé en entier.")
                  + "\n");

      CommandRun.Run format =
          run(
              "build",
              "--lang",
              lang,
              "--format",
              "rtf",
              "--out",
              out.toString(),
              "projects/AP1_027");
      assertThat(format.code()).isEqualTo(2);
      assertThat(format.err())
          .isEqualTo(
              en
                  ? "fejdoc: unknown format \"rtf\"; available: html, pdf, docx, odt, xlsx, ods.\n"
                  : "fejdoc : format inconnu « rtf » ; disponibles : html, pdf, docx, odt, xlsx,"
                      + " ods.\n");

      for (String command : List.of("build", "catalogue")) {
        CommandRun.Run url =
            run(
                command,
                "--lang",
                lang,
                "--base-url",
                "ftp://x",
                "--out",
                out.toString(),
                drafts.toString());
        assertThat(url.code()).isEqualTo(2);
        assertThat(url.err())
            .isEqualTo(
                en
                    ? "fejdoc: invalid publication address \"ftp://x\": give a complete http or"
                        + " https address, without \"?\" or \"#\", for example"
                        + " https://experimentation.jeunes.gouv.fr/catalogue/.\n"
                    : "fejdoc : adresse de publication invalide « ftp://x » : donnez une adresse"
                        + " http ou https complète, sans « ? » ni « # », par exemple"
                        + " https://experimentation.jeunes.gouv.fr/catalogue/.\n");
      }

      Path none = tmp.resolve("nothing");
      CommandRun.Run missing =
          run("build", "--lang", lang, "--out", out.toString(), none.toString());
      assertThat(missing.code()).isEqualTo(2);
      assertThat(missing.err())
          .isEqualTo(
              en
                  ? "fejdoc: folder not found: " + none + " (file not found).\n"
                  : "fejdoc : dossier introuvable : " + none + " (fichier introuvable).\n");

      CommandRun.Run unread =
          run("catalogue", "--lang", lang, "--out", out.toString(), none.toString());
      assertThat(unread.code()).isEqualTo(2);
      assertThat(unread.err())
          .isEqualTo(
              en
                  ? "fejdoc: unreadable folder \"" + none + "\" (file not found).\n"
                  : "fejdoc : dossier illisible « " + none + " » (fichier introuvable).\n");

      CommandRun.Run preview = run("apercu", "--lang", lang, none.toString());
      assertThat(preview.code()).isEqualTo(2);
      assertThat(preview.err()).isEqualTo(missing.err());

      // nouveau already spoke English: its lines go through the check for French words
      CommandRun.Run fresh = run("nouveau", "--lang", lang, tmp.resolve(lang + "-new").toString());
      assertThat(fresh.code()).isZero();

      CommandRun.Run option = run("build", "--lang", lang, "--formt", "html");
      assertThat(option.code()).isEqualTo(2);
      assertThat(option.err())
          .isEqualTo(
              en
                  ? "fejdoc: unknown option: --formt (did you mean --format, --force?)\n"
                      + "See \"fejdoc build --help\" for usage.\n"
                  : "fejdoc : option inconnue : --formt (vouliez-vous dire --format, --force ?)\n"
                      + "Voir « fejdoc build --help » pour l'utilisation.\n");
    }
  }

  @Test
  void generateSaysWhatItWroteInEnglish() throws IOException {
    for (String lang : List.of("en", "fr")) {
      boolean en = lang.equals("en");
      Path two = tmp.resolve(lang + "-two");
      CommandRun.Run r = run("generate", "--lang", lang, "--count", "2", "--out", two.toString());
      assertThat(r.code()).isZero();
      assertThat(r.out())
          .isEqualTo(
              en
                  ? "2 synthetic projects written in " + two + ".\n"
                  : "2 projets synthétiques écrits dans " + two + ".\n");
      Path one = tmp.resolve(lang + "-one");
      r = run("generate", "--lang", lang, "--count", "1", "--out", one.toString());
      assertThat(r.out())
          .isEqualTo(
              en
                  ? "1 synthetic project written in " + one + ".\n"
                  : "1 projet synthétique écrit dans " + one + ".\n");
      r = run("generate", "--lang", lang, "--count", "-1", "--out", one.toString());
      assertThat(r.code()).isEqualTo(2);
      assertThat(r.err())
          .isEqualTo(
              en
                  ? "fejdoc: --count must be between 0 and 99999 (given: -1).\n"
                  : "fejdoc : --count doit être compris entre 0 et 99999 (reçu : -1).\n");
      Path file = tmp.resolve(lang + "-a-file");
      Files.writeString(file, "x");
      Path under = file.resolve("gen");
      r = run("generate", "--lang", lang, "--count", "1", "--out", under.toString());
      assertThat(r.code()).isEqualTo(2);
      // the operating system's own reason follows, as it was
      assertThat(r.err())
          .startsWith(
              en
                  ? "fejdoc: cannot write in " + under + ": "
                  : "fejdoc : impossible d'écrire dans " + under + " : ");
    }
  }
}
