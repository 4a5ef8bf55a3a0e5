package fr.fejdoc.importer;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.check.Checker;
import fr.fejdoc.model.Beneficiaries;
import fr.fejdoc.model.CharacteristicBlock;
import fr.fejdoc.model.CharacteristicRow;
import fr.fejdoc.model.Choice;
import fr.fejdoc.model.Count;
import fr.fejdoc.model.DocumentKind;
import fr.fejdoc.model.OtherInformation;
import fr.fejdoc.model.Planned;
import fr.fejdoc.model.finding.Severity;
import fr.fejdoc.text.YamlWriter;
import fr.fejdoc.write.LayoutRule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tableau 1 read back: from our own DOCX (examples and synthetic projects) and from the AP1_027
 * seed text, the imported {@code beneficiaires} block, loaded by the real loader with the rest of
 * the original experiment.yaml, gives the model's figures.
 */
class Tableau1ReaderTest {
  private static final Path SEED =
      Path.of("src/test/resources/seeds/restitution-finale-AP1_027-CMA-Mayenne.txt");

  @TempDir Path tmp;

  static Draft read(Source s) {
    Draft d = new Draft(s, DocumentKind.RESTITUTION_FINALE);
    new Tableau1Reader().read(s, d);
    return d;
  }

  /** Found / expected per sub-block, and facts imported that the model does not have. */
  static final class Score {
    final Map<String, int[]> per = new TreeMap<>();
    final List<String> misses = new ArrayList<>();

    void add(
        String who,
        Map<String, Map<String, String>> expected,
        Map<String, Map<String, String>> got) {
      for (var block : expected.entrySet()) {
        int[] s = per.computeIfAbsent(block.getKey(), k -> new int[3]);
        Map<String, String> g = got.getOrDefault(block.getKey(), Map.of());
        for (var fact : block.getValue().entrySet()) {
          s[1]++;
          String v = g.get(fact.getKey());
          boolean ok =
              block.getKey().equals("remarques")
                  ? v != null && v.startsWith(fact.getValue())
                  : fact.getValue().equals(v);
          if (ok) s[0]++;
          else
            misses.add(
                who
                    + " "
                    + block.getKey()
                    + "."
                    + fact.getKey()
                    + " = "
                    + fact.getValue()
                    + ", lu "
                    + v);
        }
      }
      for (var block : got.entrySet()) {
        Map<String, String> e = expected.getOrDefault(block.getKey(), Map.of());
        for (var fact : block.getValue().entrySet()) {
          if (!e.containsKey(fact.getKey())) {
            per.computeIfAbsent(block.getKey(), k -> new int[3])[2]++;
            misses.add(
                who + " en trop " + block.getKey() + "." + fact.getKey() + " = " + fact.getValue());
          }
        }
      }
    }

    String report(String title) {
      StringBuilder sb = new StringBuilder(title + "\n");
      int f = 0, n = 0;
      for (var e : per.entrySet()) {
        int[] s = e.getValue();
        f += s[0];
        n += s[1];
        sb.append(
            String.format(
                "  %-18s %4d / %4d  (%5.1f %%)  en trop %d%n",
                e.getKey(), s[0], s[1], s[1] == 0 ? 100.0 : 100.0 * s[0] / s[1], s[2]));
      }
      sb.append(
          String.format(
              "  %-18s %4d / %4d  (%5.1f %%)%n", "total", f, n, n == 0 ? 100.0 : 100.0 * f / n));
      for (String m : misses.subList(0, Math.min(40, misses.size())))
        sb.append("  - ").append(m).append('\n');
      return sb.toString();
    }
  }

  @Test
  void examplesAndSyntheticProjectsRoundTrip() throws Exception {
    List<Path> dirs = new ArrayList<>(Rendered.examples());
    dirs.addAll(Rendered.synthetic(tmp.resolve("syn"), 22));
    Score score = new Score();
    int sources = 0, withTable = 0;
    for (Path dir : dirs) {
      Checker.Checked original = LayoutRule.checker().check(dir, dir.getFileName().toString());
      Beneficiaries model = original.project().experiment().beneficiaries();
      for (Source s : Rendered.sources(dir, "docx")) {
        Draft d = read(s);
        if (!d.counts().containsKey("tableau1")) continue;
        sources++;
        Checker.Checked again = reload(dir, d, "rt" + sources);
        Beneficiaries back = again.project().experiment().beneficiaries();
        assertThat(errors(again)).as(dir + " " + s.file()).isEqualTo(errors(original));
        if (model != null) withTable++;
        score.add(dir.getFileName() + "/" + s.file(), facts(model), facts(back));
        // every table of Tableau 1 is consumed
        for (Source.Block b : s.blocks()) {
          if (b instanceof Source.Table t && isTableau1(t)) assertThat(d.used(t)).isTrue();
        }
      }
    }
    System.out.println(
        score.report(
            "Tableau 1, DOCX de "
                + dirs.size()
                + " projets ("
                + sources
                + " documents, "
                + withTable
                + " avec Tableau 1)"));
    assertThat(withTable).isGreaterThan(10);
    for (var e : score.per.entrySet()) {
      int[] s = e.getValue();
      if (!e.getKey().equals("remarques")) {
        assertThat(s[0]).as(e.getKey() + "\n" + String.join("\n", score.misses)).isEqualTo(s[1]);
      }
      assertThat(s[2]).as(e.getKey() + " en trop\n" + String.join("\n", score.misses)).isZero();
    }
  }

  @Test
  void seedGivesTheFiguresOfAp1027() throws Exception {
    Source s =
        TextSource.read(
            SEED.getFileName().toString(), Files.readString(SEED, StandardCharsets.UTF_8));
    Draft d = read(s);
    Path dir = Path.of("projects/AP1_027");
    Checker.Checked original = LayoutRule.checker().check(dir, "AP1_027");
    Beneficiaries model = original.project().experiment().beneficiaries();
    Checker.Checked again = reload(dir, d, "seed");
    Beneficiaries back = again.project().experiment().beneficiaries();
    assertThat(errors(again)).isEqualTo(errors(original)).isEmpty();
    Map<String, Map<String, String>> expected = facts(model), got = facts(back);
    expected.remove("remarques"); // projects/AP1_027 rewrites the remarks
    assertThat(got.remove("remarques")).isNotNull();
    Score score = new Score();
    score.add("seed", expected, got);
    System.out.println(score.report("Tableau 1, texte de la note AP1_027"));
    System.out.println(YamlWriter.write(d.experiment(), List.of()));
    System.out.println("à vérifier : " + d.review());
    assertThat(score.misses).isEmpty();
    assertThat(d.review()).anyMatch(r -> r.path().endsWith("niveau.ii"));
    assertThat(d.counts().get("tableau1")).isGreaterThanOrEqualTo(39);
    for (Source.Block b : s.blocks()) {
      if (b instanceof Source.Table t && isTableau1(t))
        assertThat(d.used(t)).as(t.where().toString()).isTrue();
    }
    assertThat(d.leftovers()).isEmpty();
    // the whole import: nothing of Tableau 1 (lines 99 to 172) left over or put under a heading
    Draft full = Importer.read(s);
    assertThat(full.counts().get("tableau1")).isEqualTo(d.counts().get("tableau1"));
    assertThat(full.leftovers()).noneMatch(l -> l.where().line() >= 99 && l.where().line() <= 172);
    for (Draft.Part p : full.parts()) {
      assertThat(String.join("\n", p.markdown()))
          .doesNotContain("Bénéficiaires prévus", "logement ADLJ étaient");
    }
  }

  @Test
  void ambiguitiesBecomeValuesToReview() {
    String text =
        String.join(
            "\n",
            "Tableau 1 — Bénéficiaires directement touchés par l'action",
            "\tBénéficiaires prévus pour toute la durée de l'expérimentation\tBénéficiaires entrés : Année 1\tBénéficiaires entrés : Année 2\tBénéficiaires entrés pendant toute la durée de l'expérimentation",
            "JEUNES\t30 max\tenviron 12\t10\t25",
            "Adultes\t/\t\t\t\t3",
            "Nombre total de bénéficiaires\t30\t12\t11\t25",
            "",
            "\tPrévision initiale\tRéalisation",
            "1. Les jeunes bénéficiaires sont-ils inscrits et suivis par la mission locale (ML) ?\t\t",
            "Oui, tous les bénéficiaires directs sont inscrits et suivis par la ML\tX\tX",
            "Oui, une partie des bénéficiaires directs est inscrite et suivie par la ML\t\tx",
            "Non, aucun bénéficiaire direct n’est inscrit et suivi par la ML\t\t",
            "Communale (une ou plusieurs communes dans un même département)\tpeut-être\t",
            "");
    Draft d = read(TextSource.read("t.txt", text));
    assertThat(d.get("beneficiaires.prevus.jeunes")).isEqualTo("30 max");
    assertThat(d.get("beneficiaires.prevus.adultes")).isNull();
    assertThat(d.get("beneficiaires.prevus.total")).isEqualTo(30); // not the sum: the holder's
    List<String> paths = d.review().stream().map(Draft.Review::path).toList();
    assertThat(paths)
        .contains(
            "beneficiaires.entres.jeunes",
            "beneficiaires.entres.adultes",
            "beneficiaires.total_entres.jeunes",
            "beneficiaires.suivi_mission_locale.realise",
            "beneficiaires.echelle.prevu");
    assertThat(d.get("beneficiaires.suivi_mission_locale.prevu")).isEqualTo("tous");
    assertThat(d.get("beneficiaires.suivi_mission_locale.realise")).isEqualTo("tous");
    assertThat(d.get("beneficiaires.total_entres.jeunes")).isEqualTo(25);
  }

  private static boolean isTableau1(Source.Table t) {
    String first =
        t.rows().isEmpty()
            ? ""
            : Texts.key(
                String.join(" ", t.rows().get(0).cells().stream().map(Source.Cell::text).toList()));
    return first.contains("beneficiaires prevus pour toute")
        || first.contains("prevision initiale");
  }

  /** The project copied with its beneficiaires block replaced by the imported one, loaded. */
  private static List<String> errors(Checker.Checked c) {
    return c.findings().stream()
        .filter(f -> f.severity() == Severity.ERROR)
        .map(f -> f.code().toString())
        .sorted()
        .toList();
  }

  private Checker.Checked reload(Path dir, Draft d, String name) throws IOException {
    Path copy = tmp.resolve(name).resolve(dir.getFileName().toString());
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.toList()) {
        Path to = copy.resolve(dir.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(to);
        else Files.copy(p, to);
      }
    }
    List<String> lines = Files.readAllLines(copy.resolve("experiment.yaml"));
    List<String> kept = new ArrayList<>();
    boolean skip = false;
    for (String l : lines) {
      if (l.startsWith("beneficiaires:")) skip = true;
      else if (!l.isEmpty() && !Character.isWhitespace(l.charAt(0)) && !l.startsWith("#"))
        skip = false;
      if (!skip) kept.add(l);
    }
    Map<String, Object> root = new LinkedHashMap<>();
    Object b = d.experiment().get("beneficiaires");
    if (b != null) root.put("beneficiaires", b);
    String yaml =
        String.join("\n", kept) + "\n" + (root.isEmpty() ? "" : YamlWriter.write(root, List.of()));
    Files.writeString(copy.resolve("experiment.yaml"), yaml);
    return LayoutRule.checker().check(copy, dir.getFileName().toString());
  }

  // ---- facts of a model ----

  static Map<String, Map<String, String>> facts(Beneficiaries b) {
    Map<String, Map<String, String>> f = new LinkedHashMap<>();
    if (b == null) return f;
    for (int i = 0; i < b.periods().size(); i++)
      put(f, "periodes", "p" + i, Texts.key(b.periods().get(i).value()));
    if (b.periods().size() > 1) put(f, "periodes", "sorte", b.kind().name());
    put(f, "prevus", "jeunes", planned(b.plannedYoung()));
    put(f, "prevus", "adultes", planned(b.plannedAdults()));
    put(f, "prevus", "total", b.plannedTotalText());
    for (int i = 0; i < b.periods().size(); i++) {
      put(f, "entres", "jeunes" + i, count(b.enteredYoung(), i));
      put(f, "entres", "adultes" + i, count(b.enteredAdults(), i));
      put(f, "entres", "abandons" + i, count(b.abandons(), i));
    }
    put(f, "totaux", "jeunes", str(b.youngTotalGiven()));
    put(f, "totaux", "adultes", str(b.adultTotalGiven()));
    put(f, "totaux", "abandons", str(b.abandonsGiven()));
    put(f, "totaux", "total", str(b.totalGiven()));
    List<CharacteristicBlock> blocks = new ArrayList<>(b.youngBlocks());
    if (b.adultQuality() != null) blocks.add(b.adultQuality());
    for (CharacteristicBlock block : blocks) {
      for (CharacteristicRow r : block.rows()) {
        String k =
            block.rubric() + "." + (r.key() != null ? r.key() : Texts.key(r.label().value()));
        put(f, "caracteristiques", k + ".prevu", planned(r.planned()));
        put(
            f,
            "caracteristiques",
            k + ".entre",
            r.entered() == null ? null : str(r.entered().value()));
      }
    }
    if (b.adultsCountedInYoungBlocks()) put(f, "caracteristiques", "inclut_adultes", "oui");
    OtherInformation o = b.other();
    if (o != null) {
      put(f, "autres_infos", "ml.prevu", choice(o.missionLocalePlanned()));
      put(f, "autres_infos", "ml.realise", choice(o.missionLocaleDone()));
      put(f, "autres_infos", "ml.nombre_prevu", planned(o.missionLocalePlannedCount()));
      put(
          f,
          "autres_infos",
          "ml.nombre_realise",
          o.missionLocaleDoneCount() == null ? null : str(o.missionLocaleDoneCount().value()));
      put(f, "autres_infos", "echelle.prevu", choices(o.scalePlanned()));
      put(f, "autres_infos", "echelle.realise", choices(o.scaleDone()));
      put(f, "autres_infos", "ville.prevu", choice(o.cityPolicyPlanned()));
      put(f, "autres_infos", "ville.realise", choice(o.cityPolicyDone()));
    }
    if (b.remarks() != null) put(f, "remarques", "texte", Texts.key(b.remarks().value()));
    return f;
  }

  private static void put(Map<String, Map<String, String>> f, String block, String key, String v) {
    if (v == null || v.isEmpty()) return;
    f.computeIfAbsent(block, k -> new LinkedHashMap<>()).put(key, v);
  }

  private static String planned(Planned p) {
    return p == null ? null : p.min() + ".." + p.max();
  }

  private static String count(List<Count> l, int i) {
    return i < l.size() && l.get(i) != null ? str(l.get(i).value()) : null;
  }

  private static String str(Integer i) {
    return i == null ? null : String.valueOf(i);
  }

  private static String choice(Choice c) {
    return c == null ? null : c.key();
  }

  private static String choices(List<Choice> l) {
    List<String> k = new ArrayList<>();
    for (Choice c : l) if (c != null) k.add(c.key());
    return k.isEmpty() ? null : String.join(",", k.stream().sorted().toList());
  }
}
