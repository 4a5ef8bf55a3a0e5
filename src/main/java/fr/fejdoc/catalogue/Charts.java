package fr.fejdoc.catalogue;

import static fr.fejdoc.catalogue.Html.esc;

import java.math.BigDecimal;
import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The catalogue's charts, drawn as inline SVG at build time (no script, no chart library). Every
 * chart is a {@code <figure>}: an SVG with role="img", a title and a description, then the same
 * figures as a table. Coordinates are written with one decimal in {@link Locale#ROOT}, so the same
 * entries give the same bytes. Figures come from {@link CatalogueEntry} as they are; only verified
 * entries are drawn.
 */
final class Charts {
  private Charts() {}

  static final String BAR = "#000091";
  static final String PLANNED = "#6b6b6b";
  static final String INK = "#1e1e1e";
  static final int WIDTH = 720;
  static final int LABEL = 230;
  static final int ROW = 22;

  /** One bar: its label and value, and the value as displayed. */
  record Bar(String label, double value, String text) {}

  /** The overview charts of graphiques.html. */
  static void overview(StringBuilder h, List<CatalogueEntry> entries) {
    // every verified entry at once, by its figures only (the entries may wait on disk)
    List<CatalogueEntry> ok =
        entries.stream().filter(CatalogueEntry::verified).map(CatalogueEntry::figuresOnly).toList();
    h.append("<h2>Bénéficiaires prévus et entrés</h2>\n");
    scatter(h, ok);

    h.append("<h2>Part du FEJ dans le financement</h2>\n");
    BigDecimal fej = BigDecimal.ZERO, total = BigDecimal.ZERO;
    int[] bands = new int[10];
    int counted = 0;
    for (CatalogueEntry e : ok) {
      if (e.figures().financingTotal() != null) total = total.add(e.figures().financingTotal());
      if (e.figures().fejAmount() != null) fej = fej.add(e.figures().fejAmount());
      if (e.figures().fejShare() != null) {
        bands[Math.min(9, e.figures().fejShare() / 10)]++;
        counted++;
      }
    }
    h.append("<p>Ensemble des projets vérifiés : ")
        .append(esc(Html.money(fej)))
        .append(" apportés par le FEJ sur ")
        .append(esc(Html.money(total)))
        .append(" de financement.</p>\n");
    List<Bar> share = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      String label = i == 9 ? "90 à 100 %" : (i * 10) + " à " + (i * 10 + 9) + " %";
      share.add(new Bar(label, bands[i], Html.plural(bands[i], "projet", "projets")));
    }
    bars(
        h,
        "part-fej",
        "Nombre de projets selon la part du FEJ dans leur financement",
        counted
            + " projets vérifiés dont la part du FEJ est connue, répartis par tranche de 10 points"
            + " de pourcentage.",
        "Part du FEJ",
        "Projets",
        share);

    h.append("<h2>Par région</h2>\n");
    byGroup(h, "region", "région", "Région", ok, CatalogueEntry::regions);
    h.append("<h2>Par thématique</h2>\n");
    byGroup(
        h,
        "thematique",
        "thématique",
        "Thématique",
        ok,
        e -> e.theme() == null ? List.of() : List.of(e.theme()));
  }

  private static void byGroup(
      StringBuilder h,
      String id,
      String noun,
      String header,
      List<CatalogueEntry> ok,
      java.util.function.Function<CatalogueEntry, List<String>> groups) {
    Map<String, int[]> by = new TreeMap<>(Collator.getInstance(Locale.FRENCH));
    for (CatalogueEntry e : ok) {
      for (String g : groups.apply(e)) {
        int[] c = by.computeIfAbsent(g, k -> new int[2]);
        c[0]++;
        if (e.figures().reached() != null) c[1] += e.figures().reached();
      }
    }
    List<Bar> count = new ArrayList<>(), reached = new ArrayList<>();
    for (var g : by.entrySet()) {
      count.add(
          new Bar(
              g.getKey(),
              g.getValue()[0],
              Html.plural(g.getValue()[0], "expérimentation", "expérimentations")));
      reached.add(new Bar(g.getKey(), g.getValue()[1], Html.number(g.getValue()[1])));
    }
    bars(
        h,
        "experiences-" + id,
        "Expérimentations par " + noun,
        "Nombre d'expérimentations vérifiées par "
            + noun
            + (id.equals("region")
                ? " (un projet sur plusieurs régions compte dans chacune)."
                : "."),
        header,
        "Expérimentations",
        count);
    bars(
        h,
        "beneficiaires-" + id,
        "Bénéficiaires entrés par " + noun,
        "Somme des bénéficiaires entrés (Tableau 1) des expérimentations vérifiées, par "
            + noun
            + ".",
        header,
        "Bénéficiaires entrés",
        reached);
  }

  /** A horizontal bar chart with its table. */
  static void bars(
      StringBuilder h,
      String id,
      String title,
      String desc,
      String labelHeader,
      String valueHeader,
      List<Bar> bars) {
    bars(h, id, title, desc, labelHeader, valueHeader, bars, WIDTH, LABEL);
  }

  /** The same, {@code width} wide with {@code label} for the labels (smaller on a page). */
  static void bars(
      StringBuilder h,
      String id,
      String title,
      String desc,
      String labelHeader,
      String valueHeader,
      List<Bar> bars,
      int width,
      int label) {
    double max = 0;
    for (Bar b : bars) max = Math.max(max, b.value());
    int height = Math.max(1, bars.size()) * ROW + 10;
    int span = width - label - 130;
    open(h, id, title, desc, width, height);
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      double y = 5 + i * ROW;
      double w = max == 0 ? 0 : b.value() / max * span;
      h.append("<text x=\"")
          .append(label - 6)
          .append("\" y=\"")
          .append(f(y + 15))
          .append("\" text-anchor=\"end\">")
          .append(esc(shorten(b.label(), label / 7)))
          .append("</text><rect x=\"")
          .append(label)
          .append("\" y=\"")
          .append(f(y + 3))
          .append("\" width=\"")
          .append(f(w))
          .append("\" height=\"16\" fill=\"")
          .append(BAR)
          .append("\"/><text x=\"")
          .append(f(label + w + 5))
          .append("\" y=\"")
          .append(f(y + 15))
          .append("\">")
          .append(esc(b.text()))
          .append("</text>\n");
    }
    h.append("</svg></div>\n");
    caption(h, title);
    h.append("<table class=\"figures\"><caption class=\"visually-hidden\">")
        .append(esc(title))
        .append("</caption><thead><tr><th scope=\"col\">")
        .append(esc(labelHeader))
        .append("</th><th scope=\"col\">")
        .append(esc(valueHeader))
        .append("</th></tr></thead><tbody>\n");
    for (Bar b : bars) {
      h.append("<tr><th scope=\"row\">")
          .append(esc(b.label()))
          .append("</th><td class=\"n\">")
          .append(esc(b.text()))
          .append("</td></tr>\n");
    }
    h.append("</tbody></table></details></figure>\n");
  }

  /** Planned (x) against reached (y), one dot per experiment, with the 100 % line. */
  static void scatter(StringBuilder h, List<CatalogueEntry> ok) {
    List<CatalogueEntry> pts =
        ok.stream()
            .filter(e -> e.figures().planned() != null && e.figures().reached() != null)
            .toList();
    double max = 1;
    for (CatalogueEntry e : pts)
      max = Math.max(max, Math.max(e.figures().planned(), e.figures().reached()));
    max = nice(max);
    int size = 360, left = 70, top = 10;
    String title = "Bénéficiaires entrés selon les bénéficiaires prévus";
    String desc =
        pts.size()
            + " expérimentations vérifiées : un point par expérimentation, le nombre prévu en"
            + " abscisse, le nombre entré en ordonnée ; au-dessus de la diagonale, plus de"
            + " bénéficiaires que prévu.";
    open(h, "prevus-entres", title, desc, WIDTH, size + 60);
    String[] axis = {"x1", "y1", "x2", "y2"};
    double[] xAxis = {left, top + size, left + size, top + size};
    double[] yAxis = {left, top, left, top + size};
    line(h, axis, xAxis, INK);
    line(h, axis, yAxis, INK);
    line(h, axis, new double[] {left, top + size, left + size, top}, PLANNED);
    for (int i = 0; i <= 4; i++) {
      double v = max * i / 4, d = size * i / 4.0;
      String t = Html.number((int) Math.round(v));
      h.append("<text x=\"")
          .append(f(left + d))
          .append("\" y=\"")
          .append(top + size + 16)
          .append("\" text-anchor=\"middle\">")
          .append(esc(t))
          .append("</text><text x=\"")
          .append(left - 6)
          .append("\" y=\"")
          .append(f(top + size - d + 4))
          .append("\" text-anchor=\"end\">")
          .append(esc(t))
          .append("</text>\n");
    }
    h.append("<text x=\"")
        .append(left + size / 2)
        .append("\" y=\"")
        .append(top + size + 36)
        .append("\" text-anchor=\"middle\">Prévus</text><text x=\"")
        .append(left + size + 10)
        .append("\" y=\"")
        .append(top + 12)
        .append("\">Entrés (diagonale : 100 %)</text>\n");
    for (CatalogueEntry e : pts) {
      h.append("<circle cx=\"")
          .append(f(left + e.figures().planned() / max * size))
          .append("\" cy=\"")
          .append(f(top + size - e.figures().reached() / max * size))
          .append("\" r=\"3\" fill=\"")
          .append(BAR)
          .append("\" fill-opacity=\"0.6\"/>\n");
    }
    h.append("</svg></div>\n");
    caption(h, title);
    h.append("<table class=\"figures\"><caption class=\"visually-hidden\">")
        .append(esc(title))
        .append("</caption><thead><tr><th scope=\"col\">Expérimentation</th>")
        .append("<th scope=\"col\">Prévus</th><th scope=\"col\">Entrés</th>")
        .append("<th scope=\"col\">Taux</th></tr></thead><tbody>\n");
    for (CatalogueEntry e : pts) {
      h.append("<tr><th scope=\"row\">")
          .append(esc(e.dossier() != null ? e.dossier() : e.project()))
          .append(" — ")
          .append(esc(e.displayTitle()))
          .append("</th><td class=\"n\">")
          .append(esc(e.figures().plannedText()))
          .append("</td><td class=\"n\">")
          .append(esc(Html.number(e.figures().reached())))
          .append("</td><td class=\"n\">")
          .append(esc(e.figures().rateText() == null ? "—" : e.figures().rateText()))
          .append("</td></tr>\n");
    }
    h.append("</tbody></table></details></figure>\n");
  }

  /** The charts of an experiment's page: planned vs reached, and its financing by category. */
  static void experiment(StringBuilder h, CatalogueEntry e) {
    if (e.figures().planned() != null && e.figures().reached() != null) {
      List<Bar> b =
          List.of(
              new Bar("Prévus", e.figures().planned(), e.figures().plannedText()),
              new Bar("Entrés", e.figures().reached(), Html.number(e.figures().reached())));
      bars(
          h,
          "prevus-entres",
          "Bénéficiaires prévus et entrés",
          "Prévus : "
              + e.figures().plannedText()
              + " ; entrés : "
              + Html.number(e.figures().reached())
              + (e.figures().rateText() == null ? "." : " (" + e.figures().rateText() + ")."),
          "Bénéficiaires",
          "Nombre",
          b,
          440,
          120);
    }
    if (!e.figures().financing().isEmpty() && e.figures().financingTotal() != null) {
      List<Bar> b = new ArrayList<>();
      StringBuilder d =
          new StringBuilder("Financement total : " + Html.money(e.figures().financingTotal()));
      for (CatalogueEntry.Financing f : e.figures().financing()) {
        String text = Html.money(f.amount()) + " (" + Html.percent(f.share()) + ")";
        String label = f.category().equals("fej") ? "FEJ" : f.label();
        b.add(new Bar(label, f.amount().doubleValue(), text));
        d.append(" ; ").append(f.label()).append(" : ").append(text);
      }
      bars(
          h,
          "financement",
          "Financement par catégorie (part du FEJ)",
          d + ".",
          "Catégorie",
          "Montant (part)",
          b,
          440,
          120);
    }
  }

  private static void open(
      StringBuilder h, String id, String title, String desc, int width, int height) {
    h.append("<figure class=\"chart\" id=\"g-")
        .append(id)
        .append("\"><div class=\"plot\" tabindex=\"0\" role=\"group\" aria-labelledby=\"t-")
        .append(id)
        .append("\">") // scrolls sideways on a phone rather than shrinking its text
        .append("<svg role=\"img\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
        .append("\" aria-labelledby=\"t-")
        .append(id)
        .append(" d-")
        .append(id)
        .append("\" font-family=\"Liberation Sans, Arial, sans-serif\" font-size=\"12\" fill=\"")
        .append(INK)
        .append("\"><title id=\"t-")
        .append(id)
        .append("\">")
        .append(esc(title))
        .append("</title><desc id=\"d-")
        .append(id)
        .append("\">")
        .append(esc(desc))
        .append("</desc>\n");
  }

  private static void caption(StringBuilder h, String title) {
    h.append("<figcaption>")
        .append(esc(title))
        .append("</figcaption><details><summary>Données du graphique</summary>");
  }

  private static void line(StringBuilder h, String[] names, double[] v, String color) {
    h.append("<line");
    for (int i = 0; i < 4; i++)
      h.append(' ').append(names[i]).append("=\"").append(f(v[i])).append('"');
    h.append(" stroke=\"").append(color).append("\"/>\n");
  }

  /** A round axis maximum: 1, 2, 2.5 or 5 times a power of ten, at least {@code v}. */
  static double nice(double v) {
    double p = Math.pow(10, Math.floor(Math.log10(v)));
    for (double m : new double[] {1, 2, 2.5, 5, 10}) if (m * p >= v) return m * p;
    return 10 * p;
  }

  private static String shorten(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1) + "…";
  }

  /** A coordinate with one decimal, '.' separator, whatever the default locale. */
  static String f(double v) {
    String s = String.format(Locale.ROOT, "%.1f", v);
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }
}
