package fr.fejdoc.catalogue;

import fr.fejdoc.document.Doc;
import fr.fejdoc.document.assemble.Assembler;
import fr.fejdoc.document.read.MarkupReader;
import fr.fejdoc.model.form.FormRegistry;
import fr.fejdoc.text.FrenchFormat;
import fr.fejdoc.write.Resources;
import fr.fejdoc.write.Writers;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The printed edition of the catalogue ({@code catalogue.pdf}, {@code catalogue.docx}): the entries
 * become template data, {@code templates/catalogue.ftlx} turns them into the common document tree,
 * and the ordinary writers render it. No signature image is ever included.
 */
public final class PrintedEdition {
  /** The template of the printed edition. */
  static final String TEMPLATE = "catalogue.ftlx";

  /** The file stem of the printed edition inside the site. */
  public static final String NAME = "catalogue";

  /** The formats of the printed edition. */
  static final List<String> FORMATS = List.of("pdf", "docx", "odt");

  /** The files' names in the site. */
  static final String PDF = NAME + ".pdf";

  static final String DOCX = NAME + ".docx";

  private PrintedEdition() {}

  /**
   * The most experiments in one volume (tome) of the printed edition: {@value #VOLUME}, or the
   * system property {@code fejdoc.catalogue.tome} (tests). A printed edition of thousands of
   * experiments is cut into volumes: a file of ten thousand pages serves no reader, and a volume is
   * made in a memory bounded by its size, not by the number of experiments (the DOCX is built whole
   * in memory). Each volume is one part of the site: a changed figure remakes its volume only.
   */
  static final int VOLUME = 500;

  static int volumeSize() {
    try {
      int v = Integer.parseInt(System.getProperty("fejdoc.catalogue.tome", "" + VOLUME).strip());
      return v > 0 ? v : VOLUME;
    } catch (NumberFormatException e) {
      return VOLUME;
    }
  }

  /**
   * A volume: {@code number} of {@code of} (from 1), its experiments in the catalogue's order. A
   * catalogue of one volume keeps the names catalogue.pdf and catalogue.docx; volumes are
   * catalogue-1.pdf, catalogue-2.pdf…
   */
  public record Volume(int number, int of, List<CatalogueEntry> entries) {
    /** The file stem: "catalogue", or "catalogue-2" for the second of several volumes. */
    public String stem() {
      return of == 1 ? NAME : NAME + "-" + number;
    }

    /** "AP1_001 à AP1_500": the first and last experiments of the volume. */
    String range() {
      String first =
          entries.get(0).dossier() != null ? entries.get(0).dossier() : entries.get(0).project();
      CatalogueEntry l = entries.get(entries.size() - 1);
      String last = l.dossier() != null ? l.dossier() : l.project();
      return first.equals(last) ? first : first + " à " + last;
    }
  }

  /** The volumes of {@code entries}: one for an empty catalogue, so that the files always exist. */
  public static List<Volume> volumes(List<CatalogueEntry> entries) {
    int size = volumeSize();
    int count = Math.max(1, (entries.size() + size - 1) / size);
    List<Volume> out = new ArrayList<>(count);
    for (int v = 0; v < count; v++)
      out.add(
          new Volume(
              v + 1,
              count,
              entries.subList(
                  Math.min(entries.size(), v * size), Math.min(entries.size(), (v + 1) * size))));
    return out;
  }

  /** The printed edition's files, by name in the site ("catalogue.pdf", "catalogue.docx"). */
  public static Map<String, byte[]> files(List<CatalogueEntry> entries) {
    Map<String, byte[]> out = new TreeMap<>();
    List<Supplier<Map<String, byte[]>>> all = new ArrayList<>();
    for (Volume v : volumes(entries)) all.addAll(parts(v, entries));
    Parallel.all(all).forEach(out::putAll);
    return out;
  }

  /** The same for a catalogue printed whole (one volume, whatever its size; tests). */
  static List<Supplier<Map<String, byte[]>>> parts(List<CatalogueEntry> entries) {
    return parts(new Volume(1, 1, entries), entries);
  }

  /**
   * One task per format of a volume, each giving its file; they share the volume's document tree,
   * assembled by whichever task needs it first and let go once every format has it, so that the
   * trees of the volumes done or not yet begun take no memory. The writers are thread-safe, so the
   * tasks may run at once. {@code all} is the whole catalogue (its count and date on the cover).
   */
  static List<Supplier<Map<String, byte[]>>> parts(Volume volume, List<CatalogueEntry> all) {
    Supplier<Doc> doc = shared(() -> doc(volume, all), FORMATS.size());
    List<Supplier<Map<String, byte[]>>> out = new ArrayList<>();
    for (String ext : FORMATS) {
      out.add(
          () ->
              Map.of(
                  volume.stem() + "." + ext,
                  Writers.all().get(ext).write(doc.get(), Resources.NONE)));
    }
    return out;
  }

  /** A supplier computing its value on first use, given to {@code uses} callers, then let go. */
  private static <T> Supplier<T> shared(Supplier<T> compute, int uses) {
    return new Supplier<>() {
      private T value;
      private int left = uses;

      @Override
      public synchronized T get() {
        if (value == null) value = compute.get();
        T v = value;
        if (--left <= 0) {
          value = null;
          left = uses;
        }
        return v;
      }
    };
  }

  /**
   * The assembled document tree of the printed edition. The holders' fiche synthétique is Markdown
   * and a project in error may hold anything there: when the whole fails, each experiment is tried
   * alone, and those that fail are printed without their fiche synthétique (the site's pages show
   * it as plain text), so that one project never costs the whole edition.
   */
  static Doc doc(List<CatalogueEntry> entries) {
    return doc(new Volume(1, 1, entries), entries);
  }

  /** The tree of one volume (see {@link #doc(List)}). */
  static Doc doc(Volume stored, List<CatalogueEntry> all) {
    // the volume's entries in memory while it is made (they may wait on disk: see StoredEntries)
    Volume volume = new Volume(stored.number(), stored.of(), List.copyOf(stored.entries()));
    List<CatalogueEntry> entries = volume.entries();
    try {
      return render(volume, all, java.util.Set.of());
    } catch (RuntimeException | StackOverflowError whole) {
      java.util.Set<CatalogueEntry> failing =
          java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
      for (CatalogueEntry e : entries) {
        try {
          render(new Volume(1, 1, List.of(e)), List.of(e), java.util.Set.of());
        } catch (RuntimeException | StackOverflowError alone) {
          failing.add(e);
        }
      }
      return render(volume, all, failing);
    }
  }

  private static Doc render(
      Volume volume, List<CatalogueEntry> all, java.util.Set<CatalogueEntry> withoutSynthesis) {
    return Assembler.render(null, TEMPLATE, data(volume, all, withoutSynthesis));
  }

  /** What the template sees: strings, numbers, booleans, lists and maps, figures formatted. */
  static Map<String, Object> data(List<CatalogueEntry> entries) {
    return data(new Volume(1, 1, entries), entries, java.util.Set.of());
  }

  /**
   * The same for one volume, leaving out the fiche synthétique of {@code withoutSynthesis}: the
   * cover gives the whole catalogue's count and date, and the volume's number and range.
   */
  static Map<String, Object> data(
      Volume volume, List<CatalogueEntry> all, java.util.Set<CatalogueEntry> withoutSynthesis) {
    List<CatalogueEntry> entries = volume.entries();
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("markup_version", MarkupReader.VERSION);
    Map<String, Object> c = new LinkedHashMap<>();
    put(c, "nombre", Html.plural(all.size(), "expérimentation", "expérimentations"));
    long failed = all.stream().filter(e -> !e.verified()).count();
    if (failed > 0) put(c, "en_erreur", Html.plural(failed, "projet", "projets") + " en erreur");
    put(c, "date", dataDate(all));
    if (volume.of() > 1) {
      put(c, "tome", "Tome " + volume.number() + " sur " + volume.of());
      put(
          c,
          "tome_contenu",
          Html.plural(entries.size(), "expérimentation", "expérimentations")
              + (entries.size() == 1 ? " : dossier " : " : dossiers ")
              + volume.range());
    }
    List<Object> list = new ArrayList<>();
    for (CatalogueEntry e : entries) list.add(entry(e, !withoutSynthesis.contains(e)));
    c.put("experiences", list);
    root.put("catalogue", c);
    return printable(root);
  }

  /**
   * The template's data with every string made printable ({@link Printable}): the one place where
   * the catalogue's texts go to XML (the markup, then catalogue.docx and catalogue.pdf), so that no
   * character a folder or a file may hold breaks them.
   */
  @SuppressWarnings("unchecked")
  static <T> T printable(T value) {
    Object out =
        switch (value) {
          case String s -> Printable.clean(s);
          case Map<?, ?> m -> {
            Map<String, Object> copy = new LinkedHashMap<>();
            m.forEach((k, v) -> copy.put(Printable.clean((String) k), printable(v)));
            yield copy;
          }
          case List<?> l -> {
            List<Object> copy = new ArrayList<>(l.size());
            for (Object o : l) copy.add(printable(o));
            yield copy;
          }
          case null -> null;
          default -> value;
        };
    return (T) out;
  }

  /**
   * "Données à jour au 31 décembre 2010": the newest document date of the entries, else the build
   * date from SOURCE_DATE_EPOCH; null when neither is known (never the clock).
   */
  static String dataDate(List<CatalogueEntry> entries) {
    String newest = null;
    for (CatalogueEntry e : entries) {
      if (e.asOf() != null && (newest == null || e.asOf().compareTo(newest) > 0)) newest = e.asOf();
    }
    if (newest != null) {
      return (newest.length() == 7 ? "Données à jour en " : "Données à jour au ")
          + Html.date(newest);
    }
    String epoch = System.getProperty("fejdoc.sourceDateEpoch");
    if (epoch == null || epoch.isBlank()) epoch = System.getenv("SOURCE_DATE_EPOCH");
    if (epoch == null || epoch.isBlank()) return null;
    try {
      LocalDate d =
          Instant.ofEpochSecond(Long.parseLong(epoch.strip())).atZone(ZoneOffset.UTC).toLocalDate();
      return "Édition du " + FrenchFormat.date(d);
    } catch (NumberFormatException | java.time.DateTimeException x) {
      return null;
    }
  }

  private static Map<String, Object> entry(CatalogueEntry e, boolean synthesis) {
    Map<String, Object> m = new LinkedHashMap<>();
    put(m, "id", "exp-" + anchor(e.project()));
    put(m, "projet", e.project());
    put(m, "dossier", e.dossier() != null ? e.dossier() : e.project());
    put(m, "numero", e.dossier());
    put(m, "titre", e.displayTitle());
    put(m, "thematique", e.theme());
    put(m, "programme", e.programme());
    if (!e.regions().isEmpty()) put(m, "regions", String.join(", ", e.regions()));
    put(m, "porteur", e.holder());
    put(m, "porteur_type", e.holderType());
    put(m, "evaluateur", e.evaluator());
    put(m, "evaluateur_type", e.evaluatorType());
    put(m, "demarrage", Html.date(e.start()));
    put(m, "fin", Html.date(e.end()));
    put(m, "duree_initiale", Html.months(e.initialMonths()));
    put(m, "duree_effective", Html.months(e.effectiveMonths()));
    m.put("verifie", e.verified());
    m.put("erreurs", e.errors());
    put(m, "erreurs_texte", Html.plural(e.errors(), "erreur", "erreurs"));
    put(m, "etat", state(e));
    if (e.verified()) figures(m, e);
    if (synthesis && e.synthesis() != null) {
      CatalogueEntry.Synthesis s = e.synthesis();
      Map<String, Object> syn = new LinkedHashMap<>();
      put(syn, "objectifs", s.objectives());
      put(syn, "public_cible", s.targetPublic());
      put(syn, "descriptif", s.description());
      put(syn, "territoires", s.territories());
      put(syn, "valeur_ajoutee", s.addedValue());
      m.put("synthese", syn);
    }
    List<Object> docs = new ArrayList<>();
    for (CatalogueDocument d : e.documents()) {
      Map<String, Object> dm = new LinkedHashMap<>();
      put(dm, "libelle", d.label());
      put(dm, "nom", d.name());
      dm.put("publie", d.published());
      docs.add(dm);
    }
    m.put("documents", docs);
    return m;
  }

  private static void figures(Map<String, Object> m, CatalogueEntry e) {
    put(m, "prevus", e.figures().plannedText());
    put(m, "entres", Html.number(e.figures().reached()));
    put(m, "taux", e.figures().rateText());
    put(m, "budget", Html.money(e.figures().financingTotal()));
    if (e.figures().financingTotal() != null) put(m, "budget_part", Html.percent(100));
    put(m, "fej", Html.money(e.figures().fejAmount()));
    put(m, "fej_part", Html.percent(e.figures().fejShare()));
    put(m, "charges", Html.money(e.figures().chargesActual()));
    CatalogueEntry.Tableau1 t = e.figures().tableau1();
    if (t != null) {
      Map<String, Object> tm = new LinkedHashMap<>();
      put(tm, "prevus_jeunes", t.plannedYoung());
      put(tm, "prevus_adultes", t.plannedAdults());
      put(tm, "jeunes", Html.number(t.young()));
      put(tm, "adultes", Html.number(t.adults()));
      put(tm, "abandons", Html.number(t.abandons()));
      Map<String, Object> labels = new LinkedHashMap<>();
      for (String line : List.of("jeunes", "adultes", "total")) {
        labels.put(line, FormRegistry.BENEFICIARY_LINES.label(line));
      }
      tm.put("libelles", labels);
      m.put("tableau1", tm);
    }
    List<Object> rows = new ArrayList<>();
    for (CatalogueEntry.Financing f : e.figures().financing()) {
      Map<String, Object> fm = new LinkedHashMap<>();
      put(fm, "categorie", f.category());
      put(fm, "libelle", f.label());
      put(fm, "financeurs", f.funders() == null || f.funders().isBlank() ? null : f.funders());
      put(fm, "montant", Html.money(f.amount()));
      put(fm, "part", Html.percent(f.share()));
      rows.add(fm);
    }
    m.put("financement", rows);
  }

  /** The check state in words. */
  static String state(CatalogueEntry e) {
    if (e.errors() > 0)
      return "En erreur : "
          + Html.plural(e.errors(), "erreur", "erreurs")
          + (e.warnings() > 0
              ? ", " + Html.plural(e.warnings(), "avertissement", "avertissements")
              : "");
    if (e.warnings() > 0)
      return "Vérifié, " + Html.plural(e.warnings(), "avertissement", "avertissements");
    return "Vérifié";
  }

  /** An identifier made of letters, digits, '-' and '_' only. */
  private static String anchor(String s) {
    StringBuilder out = new StringBuilder();
    for (char ch : s.toCharArray()) {
      out.append(
          (ch >= 'a' && ch <= 'z')
                  || (ch >= 'A' && ch <= 'Z')
                  || (ch >= '0' && ch <= '9')
                  || ch == '-'
                  || ch == '_'
              ? ch
              : '-');
    }
    return out.toString();
  }

  private static void put(Map<String, Object> m, String key, Object value) {
    if (value != null) m.put(key, value);
  }
}
