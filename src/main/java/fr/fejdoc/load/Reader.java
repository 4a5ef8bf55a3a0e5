package fr.fejdoc.load;

import fr.fejdoc.load.yaml.YNode;
import fr.fejdoc.model.Amount;
import fr.fejdoc.model.Choice;
import fr.fejdoc.model.Count;
import fr.fejdoc.model.DateValue;
import fr.fejdoc.model.DurationText;
import fr.fejdoc.model.Etp;
import fr.fejdoc.model.MoneyCell;
import fr.fejdoc.model.Planned;
import fr.fejdoc.model.Text;
import fr.fejdoc.model.finding.Code;
import fr.fejdoc.model.finding.Finding;
import fr.fejdoc.model.finding.Localized;
import fr.fejdoc.text.FrenchNumbers;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads YAML nodes into located model values, reporting every problem as a finding (a value that
 * cannot be read becomes null, so one bad value never stops the reading of the others).
 */
public final class Reader {
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  /** A day written the French way: "28/01/2011", "28 janvier 2011", "1er avril 2009". */
  private static final Pattern FRENCH_DAY =
      Pattern.compile(
          "(\\d{1,2})(?:er)?(?:\\s*/\\s*|\\s+)(\\p{L}{3,10}\\.?|\\d{1,2})(?:\\s*/\\s*|\\s+)(\\d{4})");

  static final Localized A_TEXT = new Localized("un texte", "a text");
  static final Localized A_COUNT = new Localized("un nombre entier ≥ 0", "a whole number ≥ 0");
  static final Localized A_PLANNED =
      new Localized(
          "un nombre entier, une fourchette « 17 à 20 » ou un plafond « 30 max »",
          "a whole number, a range \"17 à 20\" or a cap \"30 max\"");
  static final Localized AN_AMOUNT =
      new Localized(
          "un montant (2200.64 ou « 2 200,64 € »)", "an amount (2200.64 or \"2 200,64 €\")");
  static final Localized AN_ETP =
      new Localized("un nombre d'ETP (0,5, « 1/2 », « 1 et ½ »)", "a number of FTE (0.5, \"1/2\")");
  static final Localized A_DURATION =
      new Localized(
          "une durée (« 8 semaines », « 6 mois », « 18 mois (dont 12 mois de formation) »)",
          "a duration (\"8 semaines\", \"6 mois\", \"18 mois (dont 12 mois de formation)\")");
  static final Localized A_MONTHS =
      new Localized(
          "un nombre de mois (27) ou une durée (« 18 mois (dont 12 mois de formation) »)",
          "a number of months (27) or a duration (\"18 mois (dont 12 mois de formation)\")");
  static final Localized A_DATE =
      new Localized(
          "une date (AAAA-MM-JJ, AAAA-MM pour un mois, AAAA pour une année)",
          "a date (YYYY-MM-DD, YYYY-MM for a month, YYYY for a year)");
  static final Localized A_BOOLEAN = new Localized("oui/non (true/false)", "yes/no (true/false)");
  static final Localized A_LIST = new Localized("une liste", "a list");
  static final Localized A_MAP = new Localized("un bloc de clés", "a block of keys");
  static final Localized A_PERCENT = new Localized("un pourcentage", "a percentage");

  private final String file;
  private final List<Finding> findings;

  public Reader(String file, List<Finding> findings) {
    this.file = file;
    this.findings = findings;
  }

  public String file() {
    return file;
  }

  public void report(Code code, fr.fejdoc.model.Loc loc, Object... args) {
    findings.add(Finding.of(code, loc, args));
  }

  /** A node is absent when missing or written as null / empty. */
  static boolean absent(YNode n) {
    return n == null || (n instanceof YNode.Scalar s && s.isNull());
  }

  /**
   * A node that holds nothing: absent, null or blank text, or a block or list whose every value is
   * blank (the empty keys {@code fejdoc nouveau} writes, a list item left as written).
   */
  public static boolean blank(YNode n) {
    // tests of types, not a switch on them (see ProjectLoader.readable): on every cold check path
    if (n instanceof YNode.Scalar s) return s.isNull() || s.text().isBlank();
    if (n instanceof YNode.Map m) return m.entries().stream().allMatch(e -> blank(e.value()));
    if (n instanceof YNode.Seq q) return q.items().stream().allMatch(Reader::blank);
    return true; // null
  }

  /** The keys of a mapping, checked against {@code allowed}; null when absent or not a map. */
  public Fields fields(YNode node, String path, List<String> allowed) {
    return fields(node, path, allowed, null);
  }

  /** As {@link #fields(YNode, String, List)}, located at {@code at} (the key naming the block). */
  public Fields fields(YNode node, String path, List<String> allowed, fr.fejdoc.model.Loc at) {
    if (absent(node)) return null;
    if (!(node instanceof YNode.Map map)) {
      wrongType(node, path, A_MAP);
      return null;
    }
    return new Fields(this, map, path, allowed, at == null ? map.loc() : at);
  }

  void wrongType(YNode node, String path, Localized expected) {
    report(
        Code.WRONG_TYPE,
        node.loc(),
        path.isEmpty() ? new Localized("(racine)", "(root)") : path,
        expected,
        new Localized(node.kindFr(), node.kindEn()));
  }

  private YNode.Scalar scalar(YNode node, String path, Localized expected) {
    if (absent(node)) return null;
    if (node instanceof YNode.Scalar s) return s;
    wrongType(node, path, expected);
    return null;
  }

  public Text text(YNode node, String path) {
    YNode.Scalar s = scalar(node, path, A_TEXT);
    if (s == null) return null;
    String v = s.text().strip();
    return v.isEmpty() ? null : new Text(v, s.loc());
  }

  public Count count(YNode node, String path) {
    YNode.Scalar s = scalar(node, path, A_COUNT);
    if (s == null) return null;
    Optional<Integer> v = FrenchNumbers.parseCount(s.text());
    if (v.isEmpty()) {
      wrongType(s, path, A_COUNT);
      return null;
    }
    if (v.get() < 0) {
      report(Code.NEGATIVE, s.loc(), path, v.get());
      return null;
    }
    return new Count(v.get(), s.loc());
  }

  public Planned planned(YNode node, String path) {
    YNode.Scalar s = scalar(node, path, A_PLANNED);
    if (s == null) return null;
    String t = s.text().strip();
    Optional<Integer> exact = FrenchNumbers.parseCount(t);
    if (exact.isPresent() && exact.get() < 0) {
      report(Code.NEGATIVE, s.loc(), path, exact.get());
      return null;
    }
    Optional<FrenchNumbers.Range> r = FrenchNumbers.parseRange(t);
    if (r.isEmpty()) {
      wrongType(s, path, A_PLANNED);
      return null;
    }
    return new Planned(r.get().min(), r.get().max(), t, s.loc());
  }

  public Amount amount(YNode node, String path) {
    YNode.Scalar s = scalar(node, path, AN_AMOUNT);
    if (s == null) return null;
    Optional<BigDecimal> v = FrenchNumbers.parseMoney(s.text());
    if (v.isEmpty()) {
      wrongType(s, path, AN_AMOUNT);
      return null;
    }
    if (v.get().signum() < 0) {
      report(Code.NEGATIVE, s.loc(), path, v.get());
      return null;
    }
    return new Amount(v.get(), s.loc());
  }

  /** A percentage ("49", "49 %", "49,5 %"). */
  public BigDecimal percent(YNode node, String path) {
    YNode.Scalar s = scalar(node, path, A_PERCENT);
    if (s == null) return null;
    String t = s.text().strip();
    if (t.endsWith("%")) t = t.substring(0, t.length() - 1);
    Optional<BigDecimal> v = FrenchNumbers.parseMoney(t);
    if (v.isEmpty() || v.get().compareTo(BigDecimal.valueOf(100)) > 0) {
      wrongType(s, path, A_PERCENT);
      return null;
    }
    if (v.get().signum() < 0) {
      report(Code.NEGATIVE, s.loc(), path, v.get());
      return null;
    }
    return v.get();
  }

  /** A money cell of Tableau 2: an amount, or a reference text kept as written. */
  public MoneyCell moneyCell(YNode node, String path) {
    YNode.Scalar s = scalar(node, path, AN_AMOUNT);
    if (s == null) return null;
    String t = s.text().strip();
    Optional<BigDecimal> v = FrenchNumbers.parseMoney(t);
    if (v.isPresent() && v.get().signum() < 0) {
      report(Code.NEGATIVE, s.loc(), path, v.get());
      return null;
    }
    boolean looksNumeric = !t.isEmpty() && (Character.isDigit(t.charAt(0)) || t.charAt(0) == '-');
    if (v.isEmpty() && looksNumeric && t.chars().noneMatch(Character::isLetter)) {
      wrongType(s, path, AN_AMOUNT);
      return null;
    }
    return new MoneyCell(v.orElse(null), t, s.loc());
  }

  public Etp etp(YNode node, String path) {
    YNode.Scalar s = scalar(node, path, AN_ETP);
    if (s == null) return null;
    String t = s.text().strip();
    Optional<BigDecimal> v = FrenchNumbers.parseEtp(t);
    if (v.isEmpty()) {
      wrongType(s, path, AN_ETP);
      return null;
    }
    if (v.get().signum() < 0) {
      report(Code.NEGATIVE, s.loc(), path, v.get());
      return null;
    }
    return new Etp(v.get(), t, s.loc());
  }

  /**
   * A duration as written, qualifier included ("8 semaines", "18 mois (dont 12 mois de formation)",
   * "environ 6 mois", "3 à 6 mois"); a text with no number and unit of time is refused.
   */
  public DurationText duration(YNode node, String path) {
    YNode.Scalar s = scalar(node, path, A_DURATION);
    if (s == null) return null;
    String t = s.text().strip();
    Optional<Durations.Read> v = Durations.read(t);
    if (v.isEmpty()) {
      // a bare number ("6" under "Durée en mois ou semaine") is printed as the note gives it
      Optional<BigDecimal> n = FrenchNumbers.parseEtp(t);
      if (n.isPresent() && t.chars().noneMatch(Character::isLetter))
        return new DurationText(t, null, false, s.loc());
      wrongType(s, path, A_DURATION);
      return null;
    }
    return new DurationText(t, v.get().months(), v.get().approximate(), s.loc());
  }

  /**
   * A duration whose bare number counts months (the calendrier's {@code duree_*_mois}): "27" is 27
   * months (text null: the writer formats it), a text is read as {@link #duration}.
   */
  public DurationText months(YNode node, String path) {
    YNode.Scalar s = scalar(node, path, A_MONTHS);
    if (s == null) return null;
    String t = s.text().strip();
    Optional<BigDecimal> n = FrenchNumbers.parseMoney(t);
    if (n.isPresent() && t.chars().noneMatch(c -> Character.isLetter(c) || c == '€')) {
      if (n.get().signum() < 0) {
        report(Code.NEGATIVE, s.loc(), path, n.get());
        return null;
      }
      return new DurationText(null, n.get(), false, s.loc());
    }
    Optional<Durations.Read> v = Durations.read(t);
    if (v.isEmpty()) {
      wrongType(s, path, A_MONTHS);
      return null;
    }
    return new DurationText(t, v.get().months(), v.get().approximate(), s.loc());
  }

  public DateValue date(YNode node, String path) {
    YNode.Scalar s = scalar(node, path, A_DATE);
    if (s == null) return null;
    String t = s.text().strip();
    Matcher m = ISO_DATE.matcher(t);
    try {
      if (m.matches()) {
        LocalDate d =
            LocalDate.of(
                Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)));
        return new DateValue(d, false, s.loc());
      }
      m = ISO_MONTH.matcher(t);
      if (m.matches()) {
        YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        return new DateValue(ym.atDay(1), true, s.loc());
      }
      if (YEAR.matcher(t).matches()) {
        int year = Integer.parseInt(t);
        if (year < 1000) throw new DateTimeException(t);
        return DateValue.year(year, s.loc());
      }
      m = t.length() > 40 ? null : FRENCH_DAY.matcher(t);
      if (m != null && m.matches()) {
        String monthText = m.group(2);
        int month =
            Character.isDigit(monthText.charAt(0))
                ? Integer.parseInt(monthText)
                : FrenchNumbers.parseMonthYear(monthText + " " + m.group(3))
                    .map(YearMonth::getMonthValue)
                    .orElse(0);
        if (month > 0) {
          LocalDate d =
              LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(1)));
          return new DateValue(d, false, s.loc());
        }
      }
    } catch (DateTimeException e) {
      report(Code.INVALID_DATE, s.loc(), path, t);
      return null;
    }
    Optional<YearMonth> ym = FrenchNumbers.parseMonthYear(t);
    if (ym.isPresent()) return new DateValue(ym.get().atDay(1), true, s.loc());
    wrongType(s, path, A_DATE);
    return null;
  }

  public Boolean bool(YNode node, String path) {
    YNode.Scalar s = scalar(node, path, A_BOOLEAN);
    if (s == null) return null;
    return switch (s.text().strip().toLowerCase(java.util.Locale.ROOT)) {
      case "true", "oui", "yes" -> Boolean.TRUE;
      case "false", "non", "no" -> Boolean.FALSE;
      default -> {
        wrongType(s, path, A_BOOLEAN);
        yield null;
      }
    };
  }

  public Choice choice(YNode node, String path, List<String> allowed) {
    YNode.Scalar s = scalar(node, path, A_TEXT);
    if (s == null) return null;
    String t = s.text().strip();
    if (allowed.contains(t)) return new Choice(t, s.loc());
    String close = Suggest.closest(t, allowed);
    report(
        Code.INVALID_CHOICE,
        s.loc(),
        path,
        t,
        close == null ? "—" : close,
        String.join(", ", allowed));
    return null;
  }

  /** A list node's items (a single scalar is read as a list of one); empty when absent. */
  public List<YNode> items(YNode node, String path) {
    if (absent(node)) return List.of();
    if (node instanceof YNode.Seq seq) return seq.items();
    if (node instanceof YNode.Scalar) return List.of(node);
    wrongType(node, path, A_LIST);
    return List.of();
  }

  public List<Choice> choices(YNode node, String path, List<String> allowed) {
    List<Choice> out = new ArrayList<>();
    List<YNode> items = items(node, path);
    for (int i = 0; i < items.size(); i++) {
      Choice c = choice(items.get(i), path + "[" + (i + 1) + "]", allowed);
      if (c != null) out.add(c);
    }
    return out;
  }
}
