package fr.fejdoc.importer;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.model.Document;
import fr.fejdoc.model.DocumentKind;
import fr.fejdoc.model.DurationText;
import fr.fejdoc.model.Experiment;
import fr.fejdoc.model.Funder;
import fr.fejdoc.model.OperationalPartner;
import fr.fejdoc.model.Organisation;
import fr.fejdoc.model.Project;
import fr.fejdoc.model.Text;
import fr.fejdoc.text.YamlWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link RestitutionReader}: every identity, fiche synthétique and partner fact of the examples and
 * of synthetic projects, written as DOCX by fejdoc and read back, equals the model's; the AP1_027
 * seed gives the figures and names of projects/AP1_027.
 */
class RestitutionReaderTest {
  @TempDir Path tmp;

  /** Facts found right / compared, per block. */
  static final class Score {
    final Map<String, int[]> blocks = new TreeMap<>();
    final List<String> misses = new ArrayList<>();

    void check(String block, String what, Object expected, Object actual) {
      if (expected == null) return; // nothing to find
      int[] s = blocks.computeIfAbsent(block, b -> new int[2]);
      s[1]++;
      if (loose(expected).equals(loose(actual))) s[0]++;
      else misses.add(block + " " + what + ": expected «" + expected + "» got «" + actual + "»");
    }

    int found() {
      return blocks.values().stream().mapToInt(s -> s[0]).sum();
    }

    int total() {
      return blocks.values().stream().mapToInt(s -> s[1]).sum();
    }

    String report() {
      StringBuilder b = new StringBuilder();
      blocks.forEach(
          (k, s) ->
              b.append(
                  String.format(
                      Locale.ROOT,
                      "  %-18s %4d / %4d  %5.1f %%%n",
                      k,
                      s[0],
                      s[1],
                      100.0 * s[0] / s[1])));
      return b.toString();
    }
  }

  /** Accents, case, apostrophes, punctuation, markup and spacing ignored. */
  static String loose(Object o) {
    if (o == null) return "∅";
    if (o instanceof BigDecimal d) return d.stripTrailingZeros().toPlainString();
    String s = o instanceof YamlWriter.Raw r ? r.text() : String.valueOf(o);
    if (s.matches("-?[0-9]+(\\.[0-9]+)?"))
      return new BigDecimal(s).stripTrailingZeros().toPlainString();
    String t = Normalizer.normalize(Texts.plain(s), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return t.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
  }

  private static String text(Text t) {
    return t == null ? null : t.value();
  }

  private static Object get(Map<String, Object> tree, String path) {
    Object v = tree;
    for (String k : path.split("\\.")) {
      v = Draft.unwrap(v);
      if (!(v instanceof Map<?, ?> m)) return null;
      v = m.get(k);
    }
    return Draft.unwrap(v);
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Map<String, Object> tree, String path) {
    Object v = get(tree, path);
    return v instanceof List<?> l ? (List<Map<String, Object>>) l : List.of();
  }

  private static String dossier(Object written) {
    if (written == null) return null;
    String s = String.valueOf(written).replaceAll("(?i)n°", "");
    return s.replaceAll("[\\s–-]+", "_").replaceAll("_+", "_").toUpperCase(Locale.ROOT);
  }

  private static Object duration(DurationText d) {
    if (d == null) return null;
    return d.text() != null ? d.text() : d.wholeMonths();
  }

  /** Compares every fact of {@code project} this reader covers with {@code draft}. */
  static void compare(Project project, Draft draft, Score score, boolean texts) {
    Experiment e = project.experiment();
    Map<String, Object> x = draft.experiment();
    String id = project.name() + " ";
    score.check(
        "identite",
        id + "dossier",
        e.dossier() == null ? null : e.dossier().underscore(),
        dossier(get(x, "dossier")));
    score.check("identite", id + "titre", text(e.title()), get(x, "titre"));
    score.check("identite", id + "thematique", text(e.theme()), get(x, "thematique"));
    score.check("identite", id + "programme", text(e.programme()), get(x, "programme"));
    organisation(score, id + "porteur", e.holder(), x, "porteur");
    organisation(score, id + "evaluateur", e.evaluator(), x, "evaluateur");
    if (e.call() != null) {
      score.check(
          "identite", id + "appel.code", text(e.call().code()), get(x, "appel_a_projets.code"));
      score.check(
          "identite",
          id + "appel.lancement",
          e.call().launched() == null ? null : e.call().launched().iso(),
          get(x, "appel_a_projets.lancement"));
    }
    if (e.schedule() != null) {
      score.check(
          "identite",
          id + "duree initiale",
          duration(e.schedule().initial()),
          get(x, "calendrier.duree_initiale_mois"));
      score.check(
          "identite",
          id + "duree effective",
          duration(e.schedule().effective()),
          get(x, "calendrier.duree_effective_mois"));
    }
    for (Document d : project.documents()) {
      if (!(d instanceof Document.FinalReport f)) continue;
      Map<String, Object> front = draft.front();
      score.check("identite", id + "redigee_par", text(f.writtenBy()), get(front, "redigee_par"));
      score.check(
          "identite",
          id + "date_remise",
          f.submitted() == null ? null : f.submitted().iso(),
          get(front, "date_remise"));
      if (f.certificate() != null) {
        score.check(
            "identite",
            id + "certificat.signataire",
            text(f.certificate().signatory()),
            get(front, "certificat.signataire"));
        score.check(
            "identite",
            id + "certificat.qualite",
            printedQuality(text(f.certificate().quality())),
            printedQuality((String) get(front, "certificat.qualite")));
        score.check(
            "identite",
            id + "certificat.lieu",
            text(f.certificate().place()),
            get(front, "certificat.lieu"));
        score.check(
            "identite",
            id + "certificat.date",
            f.certificate().date() == null ? null : f.certificate().date().iso(),
            get(front, "certificat.date"));
      }
    }
    if (texts && e.synthesis() != null) {
      var s = e.synthesis();
      score.check(
          "fiche_synthetique",
          id + "objectifs",
          text(s.objectives()),
          get(x, "synthese.objectifs"));
      score.check(
          "fiche_synthetique",
          id + "public_cible",
          text(s.targetPublic()),
          get(x, "synthese.public_cible"));
      score.check(
          "fiche_synthetique",
          id + "descriptif",
          text(s.description()),
          get(x, "synthese.descriptif"));
      score.check(
          "fiche_synthetique",
          id + "territoires",
          text(s.territories()),
          get(x, "synthese.territoires"));
      score.check(
          "fiche_synthetique",
          id + "valeur_ajoutee",
          text(s.addedValue()),
          get(x, "synthese.valeur_ajoutee"));
    }
    if (e.partners() == null) return;
    List<Map<String, Object>> ops = list(x, "partenaires.operationnels");
    for (OperationalPartner p : e.partners().operational()) {
      Map<String, Object> got = byName(ops, text(p.name()));
      String pid = id + "operationnel " + text(p.name());
      score.check(
          "partenaires", pid + " nom", text(p.name()), got == null ? null : get(got, "nom"));
      if (texts)
        score.check(
            "partenaires", pid + " role", text(p.role()), got == null ? null : get(got, "role"));
      score.check(
          "partenaires", pid + " type", text(p.type()), got == null ? null : get(got, "type"));
      score.check(
          "partenaires",
          pid + " prevu",
          Boolean.TRUE.equals(p.planned()),
          got == null ? null : get(got, "prevu"));
      score.check(
          "partenaires",
          pid + " effectif",
          Boolean.TRUE.equals(p.effective()),
          got == null ? null : get(got, "effectif"));
    }
    List<Map<String, Object>> fins = list(x, "partenaires.financiers");
    List<Funder> funders = e.partners().funders();
    for (int i = 0; i < funders.size(); i++) {
      Funder f = funders.get(i);
      Map<String, Object> got = byName(fins, text(f.name()));
      // a hand-made YAML may name a funder otherwise than the note: the one at the same place
      if (got == null && !texts && fins.size() == funders.size()) got = fins.get(i);
      String fid = id + "financier " + text(f.name());
      if (texts)
        score.check(
            "partenaires", fid + " nom", text(f.name()), got == null ? null : get(got, "nom"));
      score.check(
          "partenaires",
          fid + " categorie",
          f.category() == null ? null : f.category().key(),
          got == null ? null : get(got, "categorie"));
      score.check(
          "partenaires",
          fid + " montant",
          f.amount() == null ? null : f.amount().value(),
          got == null ? null : get(got, "montant"));
    }
  }

  /** The quality as the certificate prints it: the form adds the holder's words when missing. */
  private static String printedQuality(String q) {
    String d = "responsable de la structure porteuse du projet";
    if (q == null || q.isBlank()) return d;
    return Texts.normalize(q).contains("structure porteuse") ? q : q + ", " + d;
  }

  private static void organisation(
      Score score, String what, Organisation o, Map<String, Object> x, String key) {
    if (o == null) return;
    score.check("identite", what + ".nom", text(o.name()), get(x, key + ".nom"));
    score.check("identite", what + ".type", text(o.type()), get(x, key + ".type"));
  }

  private static Map<String, Object> byName(List<Map<String, Object>> items, String name) {
    for (Map<String, Object> m : items) if (loose(name).equals(loose(get(m, "nom")))) return m;
    // the seed's names differ from the hand-made YAML: the first whose name starts alike
    for (Map<String, Object> m : items) {
      String a = loose(name);
      String b = loose(get(m, "nom"));
      if (a.length() >= 3 && b.length() >= 3 && (a.startsWith(b) || b.startsWith(a))) return m;
    }
    return null;
  }

  /** The leftovers before the narrative's first part: the cover, introduction and fiche's. */
  private static List<Draft.Leftover> early(Draft d) {
    int first = d.parts().isEmpty() ? Integer.MAX_VALUE : d.parts().get(0).where().line();
    return d.leftovers().stream().filter(l -> l.where().line() < first).toList();
  }

  private static Draft importRestitution(Path dir, String format) throws Exception {
    for (Source s : Rendered.sources(dir, format)) {
      if (s.file().startsWith("restitution-finale")) {
        Draft d = Importer.read(s);
        assertThat(d.kind()).isEqualTo(DocumentKind.RESTITUTION_FINALE);
        return d;
      }
    }
    return null;
  }

  @Test
  void examplesAndSyntheticProjectsRoundTripThroughDocx() throws Exception {
    List<Path> dirs = new ArrayList<>(Rendered.examples());
    dirs.addAll(Rendered.synthetic(tmp.resolve("synth"), 24));
    Score examples = new Score();
    Score synthetic = new Score();
    int projects = 0;
    List<String> leftovers = new ArrayList<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Path dir : dirs) {
      Project model = Rendered.model(dir);
      if (model.experiment() == null) continue;
      if (model.documents().stream().noneMatch(d -> d instanceof Document.FinalReport)) continue;
      Draft draft = importRestitution(dir, "docx");
      if (draft == null) continue;
      projects++;
      draft.counts().forEach((k, v) -> counts.merge(k, v, Integer::sum));
      compare(model, draft, dir.startsWith("projects") ? examples : synthetic, true);
      // nothing of the cover, the introduction or the fiche is left over
      early(draft).forEach(l -> leftovers.add(dir + ": " + l));
    }
    System.out.println(
        "RestitutionReader, DOCX round trip, " + projects + " restitutions; facts read " + counts);
    System.out.println(
        " examples: " + examples.found() + " / " + examples.total() + "\n" + examples.report());
    System.out.println(
        " synthetic: " + synthetic.found() + " / " + synthetic.total() + "\n" + synthetic.report());
    examples.misses.forEach(m -> System.out.println("  miss " + m));
    synthetic.misses.stream().limit(40).forEach(m -> System.out.println("  miss " + m));
    assertThat(leftovers).isEmpty();
    assertThat(projects).isGreaterThanOrEqualTo(22);
    assertThat(synthetic.total()).as("synthetic facts compared").isGreaterThan(500);
    assertThat(examples.misses).isEmpty();
    assertThat(synthetic.misses).isEmpty();
  }

  @Test
  void theAp1027SeedGivesTheExampleFigures() throws Exception {
    Path seed = Path.of("src/test/resources/seeds/restitution-finale-AP1_027-CMA-Mayenne.txt");
    Source source =
        TextSource.read(
            seed.getFileName().toString(), Files.readString(seed, StandardCharsets.UTF_8));
    Draft d = Importer.read(source);
    Map<String, Object> x = d.experiment();
    Score score = new Score();
    compare(Rendered.model(Path.of("projects/AP1_027")), d, score, false);
    System.out.println(
        "RestitutionReader, AP1_027 seed: "
            + score.found()
            + " / "
            + score.total()
            + "\n"
            + score.report());
    score.misses.forEach(m -> System.out.println("  miss " + m));
    assertThat(dossier(get(x, "dossier"))).isEqualTo("AP1_027");
    assertThat(get(x, "titre"))
        .isEqualTo("Plateforme de sécurisation des contrats d'apprentissage");
    assertThat(get(x, "porteur.nom"))
        .isEqualTo("Chambre de Métiers et de l'Artisanat de la Mayenne");
    assertThat(get(x, "porteur.sigle")).isEqualTo("CMA");
    assertThat(get(x, "porteur.type")).isEqualTo("Établissement public économique de l'État");
    assertThat(get(x, "evaluateur.nom")).isEqualTo("Cabinet AMNYOS");
    assertThat(get(x, "evaluateur.type")).isEqualTo("structure privée");
    assertThat(get(x, "thematique")).isNull();
    assertThat(loose(get(x, "appel_a_projets.lancement"))).isEqualTo(loose("2009-04"));
    assertThat(get(x, "appel_a_projets.code")).isEqualTo("AP1");
    assertThat(get(x, "calendrier.duree_initiale_mois")).isEqualTo(27);
    assertThat(get(x, "calendrier.duree_effective_mois")).isEqualTo(27);
    assertThat(String.valueOf(get(x, "synthese.objectifs")))
        .startsWith("Sécuriser les parcours des jeunes");
    List<Map<String, Object>> fins = list(x, "partenaires.financiers");
    assertThat(fins).hasSize(4);
    assertThat(fins.stream().map(f -> loose(get(f, "montant"))).toList())
        .containsExactly("107710", "56838.64", "51700", "2600");
    assertThat(fins.stream().map(f -> get(f, "categorie")).toList())
        .containsExactly("fej", "autofinancement", "cofinancement", "cofinancement");
    assertThat(get(fins.get(1), "nom"))
        .isEqualTo("Chambre de Métiers et de l'Artisanat de la Mayenne");
    List<Map<String, Object>> ops = list(x, "partenaires.operationnels");
    Map<String, Object> fjt = byName(ops, "FJT");
    assertThat(fjt).isNotNull();
    assertThat(get(fjt, "prevu")).isEqualTo(true);
    assertThat(get(fjt, "effectif")).isEqualTo(false);
    Map<String, Object> ml = byName(ops, "Mission Locale");
    assertThat(String.valueOf(get(ml, "role")))
        .startsWith("- Gestion des problèmes liés à la santé");
    Map<String, Object> cma = byName(ops, "Chambre de Métiers et de l'Artisanat de la Mayenne");
    assertThat(get(cma, "prevu")).isEqualTo(true);
    assertThat(String.valueOf(get(cma, "role")))
        .startsWith("Structure porteuse du projet :\n- Suivi des jeunes");
    // the cover, the introduction, the ministry blocks and the fiche are used, never leftovers
    assertThat(early(d)).isEmpty();
    assertThat(d.counts()).containsKeys("identite", "fiche_synthetique", "partenaires");
    // the misses left are where the hand-made YAML departs from the note: « Rédigée par » not
    // printed in the note, « Assistants sociaux » named « Conseil Général (…) », the holder's type
    // given to its partner row
    assertThat(score.found() * 1.0 / score.total()).isGreaterThanOrEqualTo(0.85);
  }

  @Test
  void amountsAreReadAsWritten() {
    assertThat(RestitutionReader.amount("56838.64€")).isEqualTo("56838.64");
    assertThat(RestitutionReader.amount("98 000 €")).isEqualTo("98000");
    assertThat(RestitutionReader.amount("56 838,64 €")).isEqualTo("56838.64");
    assertThat(RestitutionReader.amount("107710€,")).isEqualTo("107710");
    assertThat(RestitutionReader.amount("1.234.567,5")).isEqualTo("1234567.5");
    assertThat(RestitutionReader.amount("environ 2000")).isNull();
    assertThat(RestitutionReader.amount("12 34")).isNull();
  }

  @Test
  void oddFichesAreReadWithoutFailingAndWhatIsUnknownIsLeftOver() throws Exception {
    String big = "x ".repeat(30_000);
    StringBuilder t = new StringBuilder("NOTE DE RESTITUTION FINALE DU PORTEUR DE PROJET\n\n");
    t.append("FICHE SYNTHÉTIQUE DU PROJET\n\n");
    t.append("Titre : Un titre\t\n");
    t.append("Objectifs initiaux : ").append(big).append("\t\n");
    t.append("Numéro du projet\tAP1-1234\n");
    t.append("Une ligne que le formulaire n'a pas\t\n");
    t.append(
        "Partenaires financiers (avec montant) : - FEJ : environ deux mille - Ville : 1 200,50 €\t\n");
    t.append("Nom de la structure : Sans groupe\t\n");
    t.append("\nJe soussigné, ").append(big).append("\n");
    Source source = TextSource.read("odd.txt", t.toString());
    Draft d = Importer.read(source);
    Map<String, Object> x = d.experiment();
    assertThat(get(x, "titre")).isEqualTo("Un titre");
    assertThat(dossier(get(x, "dossier"))).isEqualTo("AP1_1234");
    assertThat(get(x, "porteur.nom")).isNull();
    List<Map<String, Object>> fins = list(x, "partenaires.financiers");
    assertThat(fins).hasSize(2);
    assertThat(get(fins.get(0), "montant")).isNull();
    assertThat(loose(get(fins.get(1), "montant"))).isEqualTo("1200.5");
    assertThat(d.review()).anyMatch(r -> r.reason().contains("montant illisible"));
    assertThat(d.leftovers()).anyMatch(l -> l.text().contains("le formulaire n'a pas"));
  }
}
