package fr.fejdoc.importer;

import static org.assertj.core.api.Assertions.assertThat;

import fr.fejdoc.model.Account;
import fr.fejdoc.model.Amount;
import fr.fejdoc.model.Budget;
import fr.fejdoc.model.BudgetLine;
import fr.fejdoc.model.BudgetTotal;
import fr.fejdoc.model.Document;
import fr.fejdoc.model.Experiment;
import fr.fejdoc.model.Project;
import fr.fejdoc.model.Share;
import fr.fejdoc.model.Shares;
import fr.fejdoc.model.Text;
import fr.fejdoc.text.FrenchNumbers;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bilan and the financing table read back from fejdoc's own DOCX: every bilan fact (accounts'
 * planned and realised amounts, detail lines with their funder, totals, comments) and every share
 * the holder stated equals the model's, for the examples and 24 synthetic projects.
 */
class BudgetImportTest {
  @TempDir Path tmp;

  /** Facts compared and facts found equal, per block. */
  private static final class Score {
    int bilan;
    int bilanOk;
    int shares;
    int sharesOk;
    int amounts;
    int amountsOk;
    int loaded;
    int loadedOk;
    final List<String> misses = new ArrayList<>();
  }

  @Test
  void examplesAndSyntheticProjects() throws Exception {
    List<Path> dirs = new ArrayList<>(Rendered.examples());
    dirs.addAll(Rendered.synthetic(tmp.resolve("synth"), 24));
    Score score = new Score();
    int withBudget = 0;
    for (Path dir : dirs) {
      Project p = Rendered.model(dir);
      boolean finalReport = p.documents().stream().anyMatch(d -> d instanceof Document.FinalReport);
      if (!finalReport) continue;
      List<Draft> drafts = new ArrayList<>();
      for (Source s : Rendered.sources(dir, "docx")) drafts.add(Importer.read(s));
      Experiment e = p.experiment();
      String name = dir.getFileName().toString();
      if (e.budget() != null) {
        withBudget++;
        for (Draft d : drafts) {
          if (d.get("budget") != null) bilan(name + " " + d.source().file(), e.budget(), d, score);
        }
        assertThat(drafts.stream().anyMatch(d -> d.get("budget") != null))
            .as("%s: a bilan read", name)
            .isTrue();
      }
      for (Draft d : drafts) shares(name + " " + d.source().file(), e, d, score);
      loaded(name, e, drafts, score);
    }
    System.out.printf(
        "written and loaded again: %d/%d bilan and share facts%n", score.loadedOk, score.loaded);
    System.out.printf(
        "bilan: %d/%d facts (%d projects with a bilan); parts déclarées: %d/%d; montants: %d/%d%n",
        score.bilanOk,
        score.bilan,
        withBudget,
        score.sharesOk,
        score.shares,
        score.amountsOk,
        score.amounts);
    score.misses.stream().limit(30).forEach(System.out::println);
    assertThat(withBudget).isGreaterThanOrEqualTo(8);
    assertThat(score.misses).isEmpty();
  }

  private static void check(Score s, boolean bilan, String what, Object expected, Object actual) {
    boolean ok = Objects.equals(expected, actual);
    if (bilan) {
      s.bilan++;
      if (ok) s.bilanOk++;
    }
    if (!ok) s.misses.add(what + ": expected " + expected + ", imported " + actual);
  }

  private static BigDecimal money(Object o) {
    if (o == null) return null;
    return FrenchNumbers.parseMoney(String.valueOf(o))
        .map(BigDecimal::stripTrailingZeros)
        .orElse(BigDecimal.valueOf(-1));
  }

  private static BigDecimal money(Amount a) {
    return a == null ? null : a.value().stripTrailingZeros();
  }

  private static String key(Text t) {
    return t == null ? null : squash(t.value());
  }

  private static String squash(Object o) {
    return o == null ? null : Texts.key(String.valueOf(o)).replaceAll("[\\s*_\\\\]+", " ").strip();
  }

  private static void bilan(String where, Budget b, Draft d, Score s) {
    for (String side : List.of("charges", "produits")) {
      List<Account> accounts = side.equals("charges") ? b.charges() : b.products();
      for (Account a : accounts) {
        String path = "budget." + side + "." + a.number();
        BigDecimal planned = a.plannedValue();
        BigDecimal actual = a.actualValue();
        check(
            s, true, where + " " + path + ".prevu", strip(planned), money(d.get(path + ".prevu")));
        check(
            s,
            true,
            where + " " + path + ".realise",
            strip(actual),
            money(d.get(path + ".realise")));
        Object detail = d.get(path + ".detail");
        List<?> lines = detail instanceof List<?> l ? l : List.of();
        check(s, true, where + " " + path + " lines", a.lines().size(), lines.size());
        for (int i = 0; i < Math.min(lines.size(), a.lines().size()); i++) {
          BudgetLine bl = a.lines().get(i);
          Map<?, ?> m = (Map<?, ?>) Draft.unwrap(lines.get(i));
          String lp = where + " " + path + ".detail[" + i + "]";
          String label = key(bl.label());
          String imported = squash(Draft.unwrap(m.get("libelle")));
          // the form's funder label printed before the line stands for a line named by it alone
          boolean sameLabel =
              Objects.equals(label, imported)
                  || bl.funder() != null && Objects.equals(funderLabel(bl), imported);
          check(s, true, lp + ".libelle", label, sameLabel ? label : imported);
          check(
              s,
              true,
              lp + ".financeur",
              bl.funder() == null ? null : bl.funder().key(),
              Draft.unwrap(m.get("financeur")));
          check(s, true, lp + ".prevu", money(bl.planned()), money(Draft.unwrap(m.get("prevu"))));
          check(
              s, true, lp + ".realise", money(bl.actual()), money(Draft.unwrap(m.get("realise"))));
          if (bl.comments() != null) {
            check(
                s,
                true,
                lp + ".commentaires",
                key(bl.comments()),
                squash(Draft.unwrap(m.get("commentaires"))));
          }
        }
        if (a.comments() != null) {
          check(
              s,
              true,
              where + " " + path + ".commentaires",
              key(a.comments()),
              squash(d.get(path + ".commentaires")));
        }
      }
      BudgetTotal stated = side.equals("charges") ? b.statedCharges() : b.statedProducts();
      BigDecimal tp =
          stated != null && stated.planned() != null
              ? stated.planned().value()
              : Budget.total(accounts, true);
      BigDecimal ta =
          stated != null && stated.actual() != null
              ? stated.actual().value()
              : Budget.total(accounts, false);
      check(
          s,
          true,
          where + " " + side + ".total.prevu",
          strip(tp),
          money(d.get("budget." + side + ".total.prevu")));
      check(
          s,
          true,
          where + " " + side + ".total.realise",
          strip(ta),
          money(d.get("budget." + side + ".total.realise")));
    }
    if (b.comments() != null) {
      check(
          s,
          true,
          where + " budget.commentaires",
          key(b.comments()),
          squash(d.get("budget.commentaires")));
    }
  }

  /**
   * The drafts written as a project (ProjectDraft) and loaded again: the loaded bilan and shares
   * are the original's (amounts as written are amounts the loader reads).
   */
  private void loaded(String name, Experiment e, List<Draft> drafts, Score s) throws Exception {
    Path dir = tmp.resolve("imported").resolve(name);
    Files.createDirectories(dir);
    for (var f : ProjectDraft.files(drafts, "schema.json", name).texts().entrySet()) {
      Files.writeString(dir.resolve(f.getKey()), f.getValue());
    }
    Experiment x = fr.fejdoc.load.ProjectLoader.load(dir, name).project().experiment();
    List<String> want = new ArrayList<>();
    List<String> got = new ArrayList<>();
    facts(e, want);
    facts(x, got);
    for (int i = 0; i < Math.max(want.size(), got.size()); i++) {
      String a = i < want.size() ? want.get(i) : null;
      String b = i < got.size() ? got.get(i) : null;
      s.loaded++;
      if (Objects.equals(a, b)) s.loadedOk++;
      else s.misses.add(name + " loaded: expected " + a + ", got " + b);
    }
  }

  /** The bilan and share facts of a model, one string each, in order. */
  private static void facts(Experiment e, List<String> out) {
    for (Share sh : e.partners().statedShares()) {
      out.add("part " + sh.category() + " " + sh.percent().stripTrailingZeros().toPlainString());
    }
    Budget b = e.budget();
    if (b == null) return;
    for (String side : List.of("charges", "produits")) {
      List<Account> accounts = side.equals("charges") ? b.charges() : b.products();
      for (Account a : accounts) {
        if (a.plannedValue() == null && a.actualValue() == null && a.lines().isEmpty()) continue;
        out.add(
            side
                + " "
                + a.number()
                + " "
                + strip(a.plannedValue())
                + " / "
                + strip(a.actualValue()));
        for (BudgetLine l : a.lines()) {
          String label = key(l.label());
          // « FEJ » under the FEJ funder prints as the form's « État : FEJ »: the same line
          if (l.funder() != null && label != null && funderLabel(l).endsWith(label)) label = "=";
          out.add(
              "  "
                  + (l.funder() == null ? "-" : l.funder().key())
                  + " "
                  + (label == null || label.equals(funderLabel(l)) ? "=" : label)
                  + " "
                  + money(l.planned())
                  + " / "
                  + money(l.actual())
                  + " "
                  + key(l.comments()));
        }
        out.add("  comments " + key(a.comments()));
      }
      BudgetTotal stated = side.equals("charges") ? b.statedCharges() : b.statedProducts();
      out.add(
          side
              + " total "
              + strip(
                  stated != null && stated.planned() != null
                      ? stated.planned().value()
                      : Budget.total(accounts, true))
              + " / "
              + strip(
                  stated != null && stated.actual() != null
                      ? stated.actual().value()
                      : Budget.total(accounts, false)));
    }
    out.add("comments " + key(b.comments()));
  }

  private static String funderLabel(BudgetLine bl) {
    if (bl.funder() == null) return null;
    return squash(fr.fejdoc.model.form.FormRegistry.SUBSIDY_FUNDERS.label(bl.funder().key()));
  }

  private static BigDecimal strip(BigDecimal v) {
    return v == null ? null : v.stripTrailingZeros();
  }

  private static void shares(String where, Experiment e, Draft d, Score s) {
    boolean table = d.counts().containsKey(FinancingReader.BLOCK);
    if (!table) return;
    for (String c : List.of("fej", "cofinancement", "autofinancement")) {
      BigDecimal expected = null;
      for (Share sh : e.partners().statedShares()) {
        if (sh.category().equals(c)) expected = sh.percent().stripTrailingZeros();
      }
      Object got = d.get("partenaires.parts_declarees." + c);
      BigDecimal imported =
          got == null
              ? null
              : FrenchNumbers.parseMoney(String.valueOf(got).replace("%", "").strip())
                  .map(BigDecimal::stripTrailingZeros)
                  .orElse(null);
      s.shares++;
      if (Objects.equals(expected, imported)) s.sharesOk++;
      else
        s.misses.add(
            where + " parts_declarees." + c + ": expected " + expected + ", imported " + got);
    }
    // the « Montant » column: each category's amount as the table gives it
    Map<String, BigDecimal> sums = Shares.byCategory(e.partners().funders());
    Map<String, BigDecimal> read = new java.util.LinkedHashMap<>();
    for (Source.Block b : d.source().blocks()) {
      if (!(b instanceof Source.Table t) || FinancingReader.columns(t) == null) continue;
      for (FinancingReader.Line l : FinancingReader.lines(t, FinancingReader.columns(t))) {
        if (l.category() != null) read.put(l.category(), money(l.amount()));
      }
    }
    for (Map.Entry<String, BigDecimal> sum : sums.entrySet()) {
      BigDecimal imported = read.get(sum.getKey());
      s.amounts++;
      if (Objects.equals(sum.getValue().stripTrailingZeros(), imported)) s.amountsOk++;
      else
        s.misses.add(
            where
                + " montant "
                + sum.getKey()
                + ": expected "
                + sum.getValue()
                + ", read "
                + imported);
    }
    // with the fiche synthétique in the note, its reader gives the funders: no second list
    Object funders = d.get("partenaires.financiers");
    if (funders instanceof List<?> l) {
      assertThat(l).as(where).hasSizeLessThanOrEqualTo(e.partners().funders().size());
    }
  }

  @Test
  void amountColumnWithoutFicheOrCheckedAgainstIt() {
    List<Source.Block> blocks = new ArrayList<>();
    List<Source.Row> rows = new ArrayList<>();
    rows.add(
        row(
            1,
            "Financements",
            "Montant",
            "Part de ces financements dans le budget total (…) en %"));
    rows.add(row(2, "Fonds d'Expérimentation pour la Jeunesse", "98 000 €", "65 %"));
    rows.add(row(3, "Région Bretagne", "30 000", "20 % *"));
    rows.add(row(4, "Autofinancement (Cnam)", "23 500 €", "15 %"));
    rows.add(row(5, "Total", "151 500 €", "100 %"));
    blocks.add(new Source.Table(new Source.Where(0, 1), rows));
    Source source = new Source("n.txt", Source.Format.TEXT, blocks, List.of(), List.of());
    Draft d = new Draft(source, fr.fejdoc.model.DocumentKind.RESTITUTION_FINALE);
    new FinancingReader().read(source, d);
    FinancingReader.AMOUNTS.read(source, d);
    assertThat(d.get("partenaires.parts_declarees.fej")).isEqualTo("65 %");
    assertThat(d.get("partenaires.parts_declarees.cofinancement")).isNull(); // computed « * »
    assertThat(d.get("partenaires.parts_declarees.autofinancement")).isEqualTo("15 %");
    List<?> funders = (List<?>) d.get("partenaires.financiers");
    assertThat(funders).hasSize(3);
    Map<?, ?> self = (Map<?, ?>) funders.get(2);
    assertThat(Draft.unwrap(self.get("nom"))).isEqualTo("Cnam");
    assertThat(Draft.unwrap(self.get("categorie"))).isEqualTo("autofinancement");
    assertThat(Draft.unwrap(self.get("montant"))).isEqualTo("23 500 €");
    assertThat(Draft.unwrap(((Map<?, ?>) funders.get(1)).get("categorie")))
        .isEqualTo("cofinancement");
    // funders read elsewhere that do not give the table's amount: a value to review
    Draft other = new Draft(source, fr.fejdoc.model.DocumentKind.RESTITUTION_FINALE);
    Map<String, Object> fej = new java.util.LinkedHashMap<>();
    fej.put("nom", "FEJ");
    fej.put("categorie", "fej");
    fej.put("montant", "97 000");
    other.put("partenaires.financiers", new ArrayList<>(List.of(fej)), null);
    FinancingReader.AMOUNTS.read(source, other);
    assertThat(other.review())
        .anyMatch(r -> r.path().equals("partenaires.financiers") && r.reason().contains("98 000"));
  }

  @Test
  void seedSharesAsWritten() throws Exception {
    Path seed = Path.of("src/test/resources/seeds/restitution-finale-AP1_027-CMA-Mayenne.txt");
    Source source = TextSource.read(seed.getFileName().toString(), Files.readString(seed));
    Draft d = Importer.read(source);
    assertThat(d.get("partenaires.parts_declarees.fej")).isEqualTo("49%");
    assertThat(d.get("partenaires.parts_declarees.cofinancement")).isEqualTo("24%");
    assertThat(d.get("partenaires.parts_declarees.autofinancement")).isEqualTo("27%");
    assertThat(d.counts()).containsEntry(FinancingReader.BLOCK, 3);
    Experiment ex = Rendered.model(Path.of("projects/AP1_027")).experiment();
    for (Share sh : ex.partners().statedShares()) {
      assertThat(d.get("partenaires.parts_declarees." + sh.category()))
          .isEqualTo(sh.percent().toPlainString() + "%");
    }
    // the table is consumed: its rows are no leftovers, the narrative keeps no copy of it
    assertThat(d.leftovers()).noneMatch(l -> l.text().contains("Part de ces financements"));
  }

  @Test
  void oneTableBilanUnreadableAmountAndStatedTotal() {
    List<Source.Block> blocks = new ArrayList<>();
    blocks.add(
        new Source.Para(
            new Source.Where(0, 1), "# NOTE DE RESTITUTION FINALE", 1, Source.ListKind.NONE, 0));
    blocks.add(new Source.Para(new Source.Where(0, 2), "BILAN D'EXÉCUTION FINANCIÈRE"));
    List<Source.Row> rows = new ArrayList<>();
    rows.add(row(3, "CHARGES", "Prévu", "Réalisé", "PRODUITS", "Prévu", "Réalisé"));
    rows.add(
        row(4, "60 - Achats", "2 200,64 €", "2000", "74 – Subventions d'exploitation", "", ""));
    rows.add(
        row(
            5,
            "64 – Charges de personnel",
            "10 000",
            "douze",
            "Région(s) — Région Centre",
            "5000",
            "5 000,00"));
    rows.add(row(6, "Total des charges", "12 200,64", "99999", "État : FEJ", "7 200,64", "7000"));
    rows.add(row(7, "", "", "", "TOTAL DES PRODUITS", "12 200,64", "12000"));
    blocks.add(new Source.Table(new Source.Where(0, 3), rows));
    blocks.add(
        new Source.Para(
            new Source.Where(0, 8),
            "**Commentaires et explications sur les écarts entre le prévu et le réalisé :**"));
    blocks.add(new Source.Para(new Source.Where(0, 9), "Moins d'achats."));
    blocks.add(new Source.Para(new Source.Where(0, 10), "**64 – Charges de personnel :**"));
    blocks.add(new Source.Para(new Source.Where(0, 11), "Un départ."));
    Source source = new Source("n.txt", Source.Format.TEXT, blocks, List.of(), List.of());
    Draft d = new Draft(source, fr.fejdoc.model.DocumentKind.RESTITUTION_FINALE);
    new BudgetReader().read(source, d);
    assertThat(d.get("budget.charges.60.prevu")).isEqualTo("2 200,64 €");
    assertThat(d.get("budget.charges.64.prevu")).isEqualTo("10 000");
    assertThat(d.get("budget.charges.64.realise")).isNull();
    assertThat(d.review())
        .anyMatch(
            r -> r.path().equals("budget.charges.64.realise") && r.reason().contains("douze"));
    // a total that does not add up is kept as written
    assertThat(d.get("budget.charges.total.realise")).isEqualTo("99999");
    List<?> lines = (List<?>) d.get("budget.produits.74.detail");
    assertThat(lines).hasSize(2);
    Map<?, ?> region = (Map<?, ?>) lines.get(0);
    assertThat(Draft.unwrap(region.get("financeur"))).isEqualTo("region");
    assertThat(Draft.unwrap(region.get("libelle"))).isEqualTo("Région Centre");
    Map<?, ?> fej = (Map<?, ?>) lines.get(1);
    assertThat(Draft.unwrap(fej.get("financeur"))).isEqualTo("fej");
    assertThat(d.get("budget.commentaires")).isEqualTo("Moins d'achats.");
    assertThat(d.get("budget.charges.64.commentaires")).isEqualTo("Un départ.");
    assertThat(blocks.subList(1, blocks.size())).allMatch(d::used);
    assertThat(d.experiment().toString()).contains("importé : ligne 5");
  }

  private static Source.Row row(int line, String... cells) {
    List<Source.Cell> c = new ArrayList<>();
    for (String s : cells) c.add(new Source.Cell(s));
    return new Source.Row(new Source.Where(0, line), c);
  }
}
