package fr.fejdoc.catalogue;

import fr.fejdoc.check.Checker;
import fr.fejdoc.check.Messages;
import fr.fejdoc.model.Beneficiaries;
import fr.fejdoc.model.Budget;
import fr.fejdoc.model.DateValue;
import fr.fejdoc.model.Document;
import fr.fejdoc.model.Experiment;
import fr.fejdoc.model.Funder;
import fr.fejdoc.model.Organisation;
import fr.fejdoc.model.Shares;
import fr.fejdoc.model.Text;
import fr.fejdoc.model.finding.Finding;
import fr.fejdoc.model.finding.Severity;
import fr.fejdoc.model.form.FormRegistry;
import fr.fejdoc.text.FrenchFormat;
import fr.fejdoc.write.Publication;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The comparable facts of one experiment, as the catalogue shows them. Figures are computed the way
 * the documents compute them (Tableau 1 totals and rate, {@link Shares}); they are null when the
 * project fails its checks, so that no unverified figure is ever published as verified.
 *
 * @param project the project folder's name (also its folder under the build output)
 * @param start ISO date ("2009-10-20") or month ("2009-10")
 * @param figures the verified figures ({@link Figures#NONE} when the project fails its checks)
 * @param asOf ISO date or month of the newest dated document (note d'étape, restitution, fiche
 *     d'expérience), or null
 * @param searchTerms the distinct search terms of the experiment, published narrative included,
 *     space separated with a space at both ends (see {@link SearchIndex})
 */
public record CatalogueEntry(
    String project,
    String dossier,
    String title,
    String theme,
    String programme,
    List<String> regions,
    String holder,
    String holderType,
    String evaluator,
    String evaluatorType,
    String start,
    String end,
    Integer initialMonths,
    Integer effectiveMonths,
    Figures figures,
    List<String> partners,
    Synthesis synthesis,
    List<CatalogueDocument> documents,
    long errors,
    long warnings,
    List<FindingLine> findings,
    String asOf,
    String searchTerms) {

  /**
   * Every text the holder wrote is made printable here, once, for every output of the catalogue
   * ({@link Printable}); the project's name stays as it is, since it names its folders.
   */
  public CatalogueEntry {
    dossier = Printable.clean(dossier);
    title = Printable.clean(title);
    theme = Printable.clean(theme);
    programme = Printable.clean(programme);
    regions = regions.stream().map(Printable::clean).toList();
    holder = Printable.clean(holder);
    holderType = Printable.clean(holderType);
    evaluator = Printable.clean(evaluator);
    evaluatorType = Printable.clean(evaluatorType);
    partners = partners.stream().map(Printable::clean).toList();
  }

  /** Tableau 1 in short: planned (as written) and entered, young and adults, and abandons. */
  public record Tableau1(
      String plannedYoung, String plannedAdults, Integer young, Integer adults, Integer abandons) {
    public Tableau1 {
      plannedYoung = Printable.clean(plannedYoung);
      plannedAdults = Printable.clean(plannedAdults);
    }
  }

  /** One row of the financing table: category, its funders, amount and share. */
  public record Financing(String category, String funders, BigDecimal amount, Integer share) {
    public Financing {
      funders = Printable.clean(funders);
    }

    /**
     * The category's short French name (the keys of {@code partenaires.financiers[].categorie}),
     * from the form registry.
     */
    public String label() {
      return label(category);
    }

    static String label(String key) {
      String label = FormRegistry.FUNDING_CATEGORIES.shortLabel(key);
      return label == null ? key : label;
    }
  }

  /** The fiche synthétique fields (Markdown source, shown as text). */
  public record Synthesis(
      String objectives,
      String targetPublic,
      String description,
      String territories,
      String addedValue) {
    public Synthesis {
      objectives = Printable.clean(objectives);
      targetPublic = Printable.clean(targetPublic);
      description = Printable.clean(description);
      territories = Printable.clean(territories);
      addedValue = Printable.clean(addedValue);
    }
  }

  /** A check finding as shown on the experiment's page. */
  public record FindingLine(String place, Severity severity, String code, String message) {
    public FindingLine {
      place = Printable.clean(place);
      message = Printable.clean(message);
    }
  }

  /** "erreurs", "avertissements" or "ok": the machine value of the check state. */
  public String state() {
    return errors > 0 ? "erreurs" : warnings > 0 ? "avertissements" : "ok";
  }

  /** Whether the figures passed every check (and so are shown). */
  public boolean verified() {
    return errors == 0;
  }

  /**
   * The same entry without its texts (partners, fiche synthétique, documents, findings, search
   * terms): what the charts draw, in a fraction of the memory.
   */
  CatalogueEntry figuresOnly() {
    return new CatalogueEntry(
        project,
        dossier,
        title,
        theme,
        programme,
        regions,
        holder,
        holderType,
        evaluator,
        evaluatorType,
        start,
        end,
        initialMonths,
        effectiveMonths,
        figures,
        List.of(),
        null,
        List.of(),
        errors,
        warnings,
        List.of(),
        asOf,
        null);
  }

  /** The name shown for the experiment: its title, else its short name or folder. */
  public String displayTitle() {
    return title != null ? title : project;
  }

  /**
   * Builds the entry of a checked project; {@code documents} lists its built files. What is
   * published of the project is decided by {@link Publication} (see there): the entry reads the
   * fiche synthétique, the dates and the narrative of the published documents only, and a finding
   * located in a part not published is shown by its code and count, without its place or text.
   */
  public static CatalogueEntry of(
      Checker.Checked checked, List<CatalogueDocument> documents, Messages messages) {
    return of(checked, Publication.of(checked.project(), checked.findings()), documents, messages);
  }

  /** The same with the project's publication view, already made. */
  static CatalogueEntry of(
      Checker.Checked checked,
      Publication pub,
      List<CatalogueDocument> documents,
      Messages messages) {
    String name = checked.project().name();
    Experiment e = checked.project().experiment();
    long errors = checked.count(Severity.ERROR);
    long warnings = checked.count(Severity.WARNING);
    List<FindingLine> findings = new ArrayList<>();
    Map<List<Object>, Integer> withheld = new java.util.LinkedHashMap<>();
    for (Finding f : checked.findings()) {
      String message = messages.format(f);
      String part = pub.withheldPart(f, message);
      if (part != null) {
        withheld.merge(List.of(part, f.severity(), f.code().id()), 1, Integer::sum);
        continue;
      }
      findings.add(
          new FindingLine(
              place(f.loc(), checked.project()),
              f.severity(),
              f.code().id(),
              f.acknowledged()
                  ? message + " (" + messages.text("acknowledged", f.acknowledgement()) + ")"
                  : message));
    }
    for (var w : withheld.entrySet()) {
      findings.add(
          new FindingLine(
              (String) w.getKey().get(0),
              (Severity) w.getKey().get(1),
              (String) w.getKey().get(2),
              Html.plural(w.getValue(), "constat", "constats")
                  + " dans une partie non publiée ; le détail est donné au porteur par"
                  + " « fejdoc check »."));
    }
    if (e == null) {
      return unknown(name, documents, errors, warnings, List.copyOf(findings));
    }
    boolean ok = errors == 0;
    Organisation h = e.holder(), v = e.evaluator();
    CatalogueEntry entry =
        new CatalogueEntry(
            name,
            e.dossier() == null ? null : e.dossier().underscore(),
            text(e.title()),
            text(e.theme()),
            text(e.programme()),
            e.regions().stream().map(Text::value).toList(),
            h == null ? null : text(h.name()),
            h == null ? null : text(h.type()),
            v == null ? null : text(v.name()),
            v == null ? null : text(v.type()),
            e.schedule() == null ? null : iso(e.schedule().start()),
            e.schedule() == null ? null : iso(e.schedule().end()),
            e.schedule() == null || e.schedule().initialMonths() == null
                ? null
                : e.schedule().initialMonths().value(),
            e.schedule() == null || e.schedule().effectiveMonths() == null
                ? null
                : e.schedule().effectiveMonths().value(),
            ok ? Figures.of(e) : Figures.NONE,
            e.partners().operational().stream()
                .filter(p -> p.name() != null)
                .map(p -> p.name().value())
                .toList(),
            synthesis(pub.synthesis()),
            documents,
            errors,
            warnings,
            List.copyOf(findings),
            asOf(pub.documents()),
            "");
    return entry.withSearchTerms(SearchIndex.of(entry, SearchIndex.narrative(pub)));
  }

  /** The same entry with the given search terms. */
  CatalogueEntry withSearchTerms(String terms) {
    return new CatalogueEntry(
        project,
        dossier,
        title,
        theme,
        programme,
        regions,
        holder,
        holderType,
        evaluator,
        evaluatorType,
        start,
        end,
        initialMonths,
        effectiveMonths,
        figures,
        partners,
        synthesis,
        documents,
        errors,
        warnings,
        findings,
        asOf,
        terms);
  }

  /** The fiche synthétique as shown, or null when absent or not published. */
  private static Synthesis synthesis(fr.fejdoc.model.Synthesis s) {
    return s == null
        ? null
        : new Synthesis(
            text(s.objectives()),
            text(s.targetPublic()),
            text(s.description()),
            text(s.territories()),
            text(s.addedValue()));
  }

  /**
   * The "Lieu" of a finding as published: the file as displayed, relative to the working folder;
   * never an absolute path of the build machine (a project given by an absolute path outside the
   * working folder is shown from its own name: "AP1_027/experiment.yaml:3:5").
   */
  static String place(fr.fejdoc.model.Loc loc, fr.fejdoc.model.Project project) {
    String file = loc.file();
    if (!absolute(file)) return loc.toString();
    String shown = project.name();
    if (project.dir() != null) {
      String dir = project.dir().toAbsolutePath().normalize().toString().replace('\\', '/');
      String f = file.replace('\\', '/');
      if (f.equals(dir)) shown = project.name();
      else if (f.startsWith(dir + "/")) shown = project.name() + f.substring(dir.length());
      else shown = project.name() + "/" + f.substring(f.lastIndexOf('/') + 1);
    }
    return new fr.fejdoc.model.Loc(shown, loc.line(), loc.column()).toString();
  }

  private static boolean absolute(String file) {
    return file.startsWith("/")
        || file.startsWith("\\")
        || (file.length() > 2
            && Character.isLetter(file.charAt(0))
            && file.charAt(1) == ':'
            && (file.charAt(2) == '/' || file.charAt(2) == '\\'));
  }

  /** The newest date among the documents' own dates (ISO strings compare in time order). */
  static String asOf(List<Document> documents) {
    String newest = null;
    for (Document d : documents) {
      List<DateValue> dates =
          switch (d) {
            case Document.ProgressNote n -> java.util.Arrays.asList(n.asOf());
            case Document.FinalReport r -> java.util.Arrays.asList(r.submitted());
            case Document.ExperienceSheet s -> java.util.Arrays.asList(s.date(), s.updated());
          };
      for (DateValue v : dates) {
        String iso = iso(v);
        if (iso != null && (newest == null || iso.compareTo(newest) > 0)) newest = iso;
      }
    }
    return newest;
  }

  /** The entry of a project whose check failed unexpectedly: one error, nothing else shown. */
  static CatalogueEntry crashed(String name, String display, Throwable e, Messages messages) {
    // a French message with a reference to report: no exception class, no path of this machine
    Finding f = fr.fejdoc.check.Boundary.finding(e, fr.fejdoc.model.Loc.of(display), name);
    FindingLine line = new FindingLine(display, f.severity(), f.code().id(), messages.format(f));
    return unknown(name, List.of(), 1, 0, List.of(line));
  }

  /** An entry whose experiment could not be read: its name, documents and findings only. */
  private static CatalogueEntry unknown(
      String name,
      List<CatalogueDocument> documents,
      long errors,
      long warnings,
      List<FindingLine> findings) {
    CatalogueEntry entry =
        new CatalogueEntry(
            name,
            null,
            null,
            null,
            null,
            List.of(),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            Figures.NONE,
            List.of(),
            null,
            documents,
            errors,
            warnings,
            findings,
            null,
            "");
    return entry.withSearchTerms(SearchIndex.of(entry, null));
  }

  static String text(Text t) {
    return t == null ? null : t.value();
  }

  /** "2009-10-20", or "2009-10" for a month-only date, or "2009" for a year. */
  static String iso(DateValue d) {
    if (d == null) return null;
    return d.iso();
  }

  /**
   * The verified figures: all null (and no financing row) when the project fails its checks.
   *
   * @param plannedText the planned number of beneficiaries as written ("120", "17 à 20")
   * @param planned the least planned number of beneficiaries (young + adults), the rate's divisor
   * @param rate beneficiaries reached in percent of {@code planned}, rounded as in Tableau 1; null
   *     when the plan is a range (a rate against a range is a range: {@code rateText})
   * @param rateText the rate as the documents say it: "87 %", "entre 36 % et 41 %" (null when
   *     unknown); computed by fejdoc, like every rate of the catalogue
   */
  public record Figures(
      String plannedText,
      Integer planned,
      Integer reached,
      Integer rate,
      Tableau1 tableau1,
      BigDecimal financingTotal,
      BigDecimal fejAmount,
      Integer fejShare,
      BigDecimal chargesActual,
      List<Financing> financing,
      String rateText) {
    public Figures {
      plannedText = Printable.clean(plannedText);
    }

    static final Figures NONE =
        new Figures(null, null, null, null, null, null, null, null, null, List.of(), null);

    static Figures of(Experiment e) {
      String plannedText = null, rateText = null;
      Integer planned = null, reached = null, rate = null;
      Tableau1 tableau1 = null;
      Beneficiaries b = e.beneficiaries();
      if (b != null) {
        tableau1 =
            new Tableau1(
                b.plannedYoung() == null ? null : b.plannedYoung().text(),
                b.plannedAdults() == null ? null : b.plannedAdults().text(),
                b.youngTotalGiven(),
                b.adultTotalGiven(),
                b.abandonsGiven());
        // the figures the documents print: given by the holder (or the form's sums), like with
        // like, a rate against a range said as a range
        Beneficiaries.Realisation r = b.realisation();
        reached =
            r != null
                ? Integer.valueOf(r.reached())
                : b.plannedAdults() == null ? b.youngTotalGiven() : b.totalGiven();
        planned = b.plannedMinimum();
        plannedText = b.plannedTotalText();
        if (r != null) {
          if (r.exact()) planned = (int) Math.min(Integer.MAX_VALUE, r.plannedMin());
          plannedText = r.plannedText();
          rate = b.rate();
          rateText = FrenchFormat.percentRange(r.lowRate(), r.highRate());
        }
      }
      Map<String, BigDecimal> amounts = Shares.byCategory(e.partners().funders());
      Map<String, Integer> shares = Shares.largestRemainder(amounts);
      BigDecimal total = null;
      List<Financing> rows = new ArrayList<>();
      for (var entry : amounts.entrySet()) {
        total = total == null ? entry.getValue() : total.add(entry.getValue());
        List<String> names = new ArrayList<>();
        for (Funder f : e.partners().funders()) {
          if (f.category() != null && f.category().key().equals(entry.getKey()) && f.name() != null)
            names.add(f.name().value());
        }
        rows.add(
            new Financing(
                entry.getKey(),
                String.join(", ", names),
                entry.getValue(),
                shares.get(entry.getKey())));
      }
      BigDecimal charges =
          e.budget() == null || e.budget().charges().isEmpty()
              ? null
              : Budget.total(e.budget().charges(), false);
      return new Figures(
          plannedText,
          planned,
          reached,
          rate,
          tableau1,
          total,
          amounts.get(Funder.FEJ),
          amounts.containsKey(Funder.FEJ) ? shares.get(Funder.FEJ) : null,
          charges,
          List.copyOf(rows),
          rateText);
    }
  }
}
