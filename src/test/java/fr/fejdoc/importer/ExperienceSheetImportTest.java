package fr.fejdoc.importer;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.model.Document;
import fr.fejdoc.model.DocumentKind;
import fr.fejdoc.model.FormPlan;
import fr.fejdoc.model.Project;
import fr.fejdoc.model.Section;
import fr.fejdoc.model.Text;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fiche d'expérience reader: the seed (a real sheet, extracted text) against the example
 * projects/passeport-accueil-commun that re-typed it, and build → DOCX → import round trips of the
 * example and of synthetic projects, compared model to model.
 */
class ExperienceSheetImportTest {
  private static final Path SEED =
      Path.of("src/test/resources/seeds/fiche-experience-Passeport-Accueil-Commun.txt");
  private static final Path EXAMPLE = Path.of("projects/passeport-accueil-commun");

  @TempDir Path tmp;

  /** One fact compared: its name, the original's value, the imported one. */
  record Fact(String name, String expected, String actual) {}

  // ------------------------------------------------------------ the seed

  @Test
  void theSeedGivesTheFactsTheExampleHolds() throws Exception {
    Draft draft = Importer.read(Sources.read(SEED, SEED.getFileName().toString()));
    assertThat(draft.kind()).isEqualTo(DocumentKind.FICHE_EXPERIENCE);
    Project imported = load(draft, tmp.resolve("seed"));
    Project original = Rendered.model(EXAMPLE);
    List<Fact> facts = facts(original, imported, ExperienceSheetImportTest::loose);
    List<Fact> found =
        facts.stream().filter(f -> same(f, ExperienceSheetImportTest::loose)).toList();
    double share = 100.0 * found.size() / facts.size();
    System.out.printf(
        Locale.ROOT,
        "fiche (seed vs passeport-accueil-commun): %d / %d facts (%.0f %%)%n",
        found.size(),
        facts.size(),
        share);
    printExperiment("seed", experimentFacts(original, imported), ExperienceSheetImportTest::loose);
    for (Fact f : facts) {
      if (!same(f, ExperienceSheetImportTest::loose)) {
        System.out.println(
            "  differs: " + f.name() + " « " + f.expected() + " » / « " + f.actual() + " »");
      }
    }
    System.out.println("  counts " + draft.counts());
    draft.leftovers().forEach(l -> System.out.println("  leftover: " + l));
    draft.review().forEach(r -> System.out.println("  review: " + r));
    if (System.getProperty("isheet.keep") != null) {
      copy(tmp.resolve("seed"), Path.of(System.getProperty("isheet.keep")));
    }
    // the holder rewrote the sheet's words for the example; its band, identity labels, figures,
    // resources and contacts are the seed's
    assertThat(share).isGreaterThanOrEqualTo(60);
    Document.ExperienceSheet s = sheet(imported);
    assertThat(s.number().value()).isEqualTo(1);
    assertThat(s.date().date().toString()).isEqualTo("2011-01-01");
    assertThat(s.identity().actionName().value()).isEqualTo("Passeport Accueil Commun");
    assertThat(s.contacts()).hasSize(2);
    assertThat(s.publisher().organisation().value()).isEqualTo("Ressources & Territoires");
    assertThat(s.publisher().phone().value()).isEqualTo("05 62 11 38 34");
    assertThat(s.reports()).hasSize(3);
    assertThat(s.reports().get(2).pages().value()).isEqualTo("256");
    assertThat(s.reports().get(2).date().value()).isEqualTo("2010-10-20");
    assertThat(s.sites()).hasSize(3);
    assertThat(s.keyFigures()).hasSize(3);
    for (FormPlan.Item item : FormPlan.of(DocumentKind.FICHE_EXPERIENCE).items()) {
      assertThat(s.source().section(item.id())).as(item.id()).isNotNull();
    }
    assertThat(draft.leftovers().stream().map(Draft.Leftover::text))
        .anyMatch(t -> t.contains("05 62 11 38 54")); // the fax: no field for it
  }

  // ------------------------------------------------------------ round trips

  @Test
  void theExampleComesBackFromItsDocx() throws Exception {
    double share = roundTrip(List.of(EXAMPLE), "example");
    assertThat(share).isGreaterThanOrEqualTo(95);
  }

  @Test
  void syntheticSheetsComeBackFromTheirDocx() throws Exception {
    List<Path> withSheet = new ArrayList<>();
    for (Path p : Rendered.synthetic(tmp.resolve("synth"), 80)) {
      if (Files.exists(p.resolve("fiche-experience.md"))) withSheet.add(p);
    }
    assertThat(withSheet).hasSizeGreaterThanOrEqualTo(20);
    double share = roundTrip(withSheet, "synthetic");
    assertThat(share).isGreaterThanOrEqualTo(95);
  }

  private double roundTrip(List<Path> dirs, String what) throws Exception {
    int total = 0;
    int found = 0;
    Map<String, int[]> perFact = new LinkedHashMap<>();
    List<String> misses = new ArrayList<>();
    List<String> leftovers = new ArrayList<>();
    List<Fact> experiment = new ArrayList<>();
    for (Path dir : dirs) {
      Project original = Rendered.model(dir);
      Source source = null;
      for (Source s : Rendered.sources(dir, "docx")) {
        if (s.file().startsWith("fiche-experience")) source = s;
      }
      assertThat(source).as(dir.toString()).isNotNull();
      Draft draft = Importer.read(source);
      assertThat(draft.kind()).isEqualTo(DocumentKind.FICHE_EXPERIENCE);
      Project imported = load(draft, tmp.resolve("rt-" + dir.getFileName()));
      experiment.addAll(experimentFacts(original, imported));
      for (Fact f : facts(original, imported, ExperienceSheetImportTest::exact)) {
        String kind = f.name().replaceAll("\\[\\d+]", "[]");
        int[] c = perFact.computeIfAbsent(kind, k -> new int[2]);
        c[1]++;
        total++;
        if (same(f, ExperienceSheetImportTest::exact)) {
          c[0]++;
          found++;
        } else if (misses.size() < 30) {
          misses.add(
              dir.getFileName()
                  + " "
                  + f.name()
                  + " « "
                  + f.expected()
                  + " » / « "
                  + f.actual()
                  + " »");
        }
      }
      for (Draft.Leftover l : draft.leftovers()) leftovers.add(dir.getFileName() + " " + l);
    }
    double share = 100.0 * found / total;
    System.out.printf(
        Locale.ROOT,
        "fiche (%s, %d projects, DOCX): %d / %d facts (%.1f %%)%n",
        what,
        dirs.size(),
        found,
        total,
        share);
    perFact.forEach(
        (k, c) -> {
          if (c[0] < c[1]) System.out.println("  " + k + ": " + c[0] + " / " + c[1]);
        });
    printExperiment(what, experiment, ExperienceSheetImportTest::exact);
    misses.forEach(m -> System.out.println("  differs: " + m));
    leftovers.forEach(m -> System.out.println("  leftover: " + m));
    assertThat(leftovers).isEmpty();
    return share;
  }

  // ------------------------------------------------------------ the facts of a sheet

  private static Document.ExperienceSheet sheet(Project p) {
    for (Document d : p.documents()) if (d instanceof Document.ExperienceSheet s) return s;
    throw new AssertionError("no fiche d'expérience in " + p.name());
  }

  private static String v(Text t) {
    return t == null ? null : t.value();
  }

  private static List<Fact> facts(
      Project original, Project imported, Function<String, String> norm) {
    Document.ExperienceSheet a = sheet(original);
    Document.ExperienceSheet b = sheet(imported);
    List<Fact> out = new ArrayList<>();
    out.add(
        new Fact(
            "numero",
            a.number() == null ? null : "" + a.number().value(),
            b.number() == null ? null : "" + b.number().value()));
    out.add(
        new Fact(
            "date",
            a.date() == null ? null : a.date().date() + "/" + a.date().precision(),
            b.date() == null ? null : b.date().date() + "/" + b.date().precision()));
    out.add(new Fact("serie", v(a.series()), v(b.series())));
    out.add(new Fact("territoire", v(a.territory()), v(b.territory())));
    out.add(new Fact("thematique", theme(original, a), theme(imported, b)));
    out.add(
        new Fact(
            "titre",
            a.title() != null ? v(a.title()) : v(original.experiment().title()),
            v(b.title())));
    out.add(new Fact("chapeau", v(a.lead()), v(b.lead())));
    Document.SheetIdentity ia = a.identity();
    Document.SheetIdentity ib = b.identity();
    String name = v(ia.actionName());
    if (name == null) {
      name = v(original.experiment().shortName());
      if (name == null) name = v(original.experiment().title());
    }
    out.add(new Fact("identite.nom_action", name, v(ib.actionName())));
    String target = v(ia.targetPublic());
    if (target == null && original.experiment().synthesis() != null) {
      target = v(original.experiment().synthesis().targetPublic());
    }
    if (target != null) out.add(new Fact("identite.public_cible", target, v(ib.targetPublic())));
    if (ia.duration() != null)
      out.add(new Fact("identite.duree", v(ia.duration()), v(ib.duration())));
    out.add(new Fact("identite.pilotage", v(ia.steering()), v(ib.steering())));
    out.add(new Fact("identite.financement", v(ia.funding()), v(ib.funding())));
    for (int i = 0; i < a.quotes().size(); i++) {
      Document.Quote q = a.quotes().get(i);
      Document.Quote r = i < b.quotes().size() ? b.quotes().get(i) : null;
      out.add(new Fact("citations[" + i + "].texte", v(q.text()), r == null ? null : v(r.text())));
      out.add(
          new Fact("citations[" + i + "].auteur", v(q.author()), r == null ? null : v(r.author())));
    }
    out.add(new Fact("citations.nombre", "" + a.quotes().size(), "" + b.quotes().size()));
    for (int i = 0; i < a.keyFigures().size(); i++) {
      Document.KeyFigure k = a.keyFigures().get(i);
      Document.KeyFigure r = i < b.keyFigures().size() ? b.keyFigures().get(i) : null;
      out.add(
          new Fact(
              "chiffres_cles[" + i + "].valeur", v(k.value()), r == null ? null : v(r.value())));
      out.add(
          new Fact(
              "chiffres_cles[" + i + "].libelle",
              v(k.caption()),
              r == null ? null : v(r.caption())));
    }
    out.add(
        new Fact(
            "actualisation",
            String.valueOf(a.updated() == null ? null : a.updated().date()),
            String.valueOf(b.updated() == null ? null : b.updated().date())));
    resources(out, "rapports", a.reports(), b.reports());
    resources(out, "docs_techniques", a.technicalDocs(), b.technicalDocs());
    resources(out, "sites", a.sites(), b.sites());
    for (int i = 0; i < a.contacts().size(); i++) {
      contact(
          out,
          "contacts[" + i + "]",
          a.contacts().get(i),
          i < b.contacts().size() ? b.contacts().get(i) : null);
    }
    if (a.publisher() != null) contact(out, "editeur", a.publisher(), b.publisher());
    for (FormPlan.Item item : FormPlan.of(DocumentKind.FICHE_EXPERIENCE).items()) {
      Section sa = a.source().section(item.id());
      Section sb = b.source().section(item.id());
      if (sa == null || !sa.hasText()) continue;
      out.add(
          new Fact(
              "partie " + item.id(), body(sa.markdown()), sb == null ? null : body(sb.markdown())));
    }
    return out;
  }

  /** The facts of experiment.yaml a sheet gives (or suggests: title, holder, to review). */
  private static List<Fact> experimentFacts(Project original, Project imported) {
    fr.fejdoc.model.Experiment a = original.experiment();
    fr.fejdoc.model.Experiment b = imported.experiment();
    List<Fact> out = new ArrayList<>();
    out.add(new Fact("nom_court", v(a.shortName()), v(b.shortName())));
    out.add(new Fact("titre", v(a.title()), v(b.title())));
    out.add(new Fact("thematique", v(a.theme()), v(b.theme())));
    out.add(new Fact("regions", names(a.regions()), names(b.regions())));
    out.add(new Fact("calendrier.duree_initiale_mois", months(a), months(b)));
    out.add(
        new Fact(
            "porteur.nom",
            a.holder() == null ? null : v(a.holder().name()),
            b.holder() == null ? null : v(b.holder().name())));
    return out;
  }

  private static String names(List<Text> l) {
    return l == null ? null : String.join(", ", l.stream().map(Text::value).toList());
  }

  private static String months(fr.fejdoc.model.Experiment e) {
    if (e.schedule() == null || e.schedule().initialMonths() == null) return null;
    return "" + e.schedule().initialMonths().value();
  }

  private static void printExperiment(String what, List<Fact> facts, Function<String, String> n) {
    Map<String, int[]> per = new LinkedHashMap<>();
    for (Fact f : facts) {
      if (f.expected() == null) continue;
      int[] c = per.computeIfAbsent(f.name(), k -> new int[2]);
      c[1]++;
      if (same(f, n)) c[0]++;
    }
    StringBuilder b = new StringBuilder("experiment.yaml from the sheet (" + what + "):");
    per.forEach(
        (k, c) -> b.append(' ').append(k).append(' ').append(c[0]).append('/').append(c[1]));
    System.out.println(b);
  }

  private static String theme(Project p, Document.ExperienceSheet s) {
    return s.theme() != null ? v(s.theme()) : v(p.experiment().theme());
  }

  private static void resources(
      List<Fact> out, String name, List<Document.Resource> a, List<Document.Resource> b) {
    for (int i = 0; i < a.size(); i++) {
      Document.Resource x = a.get(i);
      Document.Resource y = i < b.size() ? b.get(i) : null;
      String n = "ressources." + name + "[" + i + "].";
      out.add(new Fact(n + "titre", v(x.title()), y == null ? null : v(y.title())));
      if (x.date() != null)
        out.add(new Fact(n + "date", v(x.date()), y == null ? null : v(y.date())));
      if (x.pages() != null)
        out.add(new Fact(n + "pages", v(x.pages()), y == null ? null : v(y.pages())));
      if (x.link() != null)
        out.add(new Fact(n + "lien", v(x.link()), y == null ? null : v(y.link())));
    }
  }

  private static void contact(List<Fact> out, String n, Document.Contact a, Document.Contact b) {
    out.add(
        new Fact(n + ".organisation", v(a.organisation()), b == null ? null : v(b.organisation())));
    if (a.phone() != null)
      out.add(new Fact(n + ".telephone", v(a.phone()), b == null ? null : v(b.phone())));
    if (a.email() != null)
      out.add(new Fact(n + ".email", v(a.email()), b == null ? null : v(b.email())));
    if (a.address() != null)
      out.add(new Fact(n + ".adresse", v(a.address()), b == null ? null : v(b.address())));
    if (a.site() != null)
      out.add(new Fact(n + ".site", v(a.site()), b == null ? null : v(b.site())));
    if (a.description() != null) {
      out.add(
          new Fact(n + ".description", v(a.description()), b == null ? null : v(b.description())));
    }
  }

  /**
   * A part's text as compared: links as their text and footnotes left out (the DOCX reader keeps
   * neither the links' targets nor the footnotes yet), hint comments dropped.
   */
  private static String body(String markdown) {
    String t = markdown.replaceAll("(?s)<!--.*?-->", "");
    t = t.replaceAll("(?m)^\\[\\^[^\\]]+\\]:.*$", "");
    t = t.replaceAll("\\[\\^[^\\]]+\\]|\\[footnoteRef:[0-9]+\\]", "");
    t = t.replaceAll("\\[([^\\]]*)\\]\\(([^)]*)\\)", "$1");
    return t;
  }

  private static boolean same(Fact f, Function<String, String> norm) {
    if (f.expected() == null) return f.actual() == null || norm.apply(f.actual()).isEmpty();
    if (f.actual() == null) return false;
    return norm.apply(f.expected()).equals(norm.apply(f.actual()));
  }

  /** The same words: Texts.key (case, accents, markup, apostrophes and spacing ignored). */
  private static String exact(String s) {
    return Texts.key(s.replace("\n", " "));
  }

  /** Letters and digits alone, for the holder's own re-typing of the seed. */
  private static String loose(String s) {
    String t = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    t = t.toLowerCase(Locale.ROOT).replace("https://", "").replace("http://", "");
    return t.replaceAll("[^a-z0-9]+", "");
  }

  private static void copy(Path from, Path to) throws Exception {
    Files.createDirectories(to);
    try (var files = Files.list(from)) {
      for (Path f : files.toList()) {
        Files.copy(
            f, to.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  // ------------------------------------------------------------ a draft as a project

  /** Writes the draft as a project folder (as fejdoc importer writes it) and loads it. */
  static Project load(Draft draft, Path dir) throws Exception {
    return Rendered.model(Rendered.write(List.of(draft), dir));
  }
}
