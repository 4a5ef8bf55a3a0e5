package fr.fejdoc.importer;

import fr.fejdoc.model.Deadline;
import fr.fejdoc.model.form.FormRegistry;
import fr.fejdoc.text.Fold;
import fr.fejdoc.text.FrenchNumbers;
import fr.fejdoc.text.YamlWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the identity of a note de restitution finale: the cover (title and holder in « »,
 * thématique, dossier, date of submission, « Rédigée par »), the FEJ's introduction (« appel à
 * projets n° … lancé en … »), the fiche synthétique (as our writers print it, a two-column table
 * label | value, or as real notes extracted to text print it, « label : value » runs in tab lines),
 * the « Partenaires opérationnels » table (merged with the fiche's lists) and the certificate. The
 * form's fixed texts around them (ministry blocks, instructions, the plan's preamble) are
 * recognised and marked used, so they are neither narrative nor leftovers.
 */
public final class RestitutionReader implements FormReader {

  /** Longest text considered for a fixed text or a fiche (hostile input: bounded work). */
  private static final int MAX = 20_000;

  private static final Pattern GUILLEMETS = Pattern.compile("«\\s*(.+?)\\s*»", Pattern.DOTALL);
  private static final Pattern CALL_INTRO =
      Pattern.compile(
          "appel a projets n\\s*[°o]\\s*([^ ]+) lance en (.+?) par le ministere", Pattern.DOTALL);
  private static final Pattern COVER_DOSSIER =
      Pattern.compile("^([A-Z][A-Z0-9]{1,10})\\s*[–-]\\s*N\\s*°\\s*([0-9]{1,5})$");
  private static final Pattern DOSSIER_CODE =
      Pattern.compile("^([A-Za-z][A-Za-z0-9]{1,10})[\\s_–-]");
  private static final Pattern SUBMITTED =
      Pattern.compile("^date de remise du rapport\\s*:\\s*([0-9]{1,2})\\s*/\\s*([0-9]{4})$");
  private static final Pattern MONTHS = Pattern.compile("^([0-9]{1,3}) mois$");
  private static final Pattern SIGNED =
      Pattern.compile(
          "^je soussigne(?:e|\\(e\\))?\\s*,\\s*(.+?)\\s+([A-Za-z][A-Za-z0-9]{1,10}_n°\\s*[0-9]+|[A-Za-z][A-Za-z0-9]{1,10}[_-][0-9]+)?\\s*,\\s*certifie exact",
          Pattern.DOTALL);
  private static final Pattern SIGNED_AT =
      Pattern.compile("^(?:(?:a|fait a)\\s+(.+?),\\s*)?le\\s+(.+?)\\.?$", Pattern.DOTALL);
  private static final String HOLDER_DEFAULT = "responsable de la structure porteuse du projet";

  /** The fixed texts of the cover, the FEJ's introduction and the ministry blocks (keys). */
  private static final List<String> FIXED_STARTS =
      List.of(
          "ministere de",
          "ministere charge",
          "secretariat d'etat",
          "direction de la jeunesse",
          "mission d'animation du fonds",
          "institut national de la jeunesse",
          "95, avenue de france",
          "95 avenue de france",
          "telephone : 01",
          "www.",
          "http://www",
          "<http",
          "le fonds d'experimentation pour la jeunesse est destine",
          "le contenu de cette note n'engage",
          "pour plus d'informations sur l'evaluation du projet",
          "cette fiche doit tenir en une seule page",
          "plan de la note de restitution",
          "proposition de plan a titre indicatif",
          "note de restitution finale du porteur de projet",
          "note de restitution finale",
          "fiche synthetique du projet");

  private static final List<String> ANNEX_LIST =
      List.of(
          "annexes obligatoires a joindre au fichier",
          "tableau 1 sur les publics",
          "tableau 2 sur les actions",
          "tableau 3 sur les outils developpes dans le cadre de l'experimentation");

  // ---- The fiche synthétique's labels ----

  private enum L {
    G_DISPOSITIF("le dispositif experimente", false, true),
    G_PORTEUR("le porteur du projet", false, true),
    G_EVALUATEUR("l'evaluateur du projet", false, true),
    THEME("thematique", false, false),
    NUMBER("numero du projet", true, false),
    TITLE("titre", false, false),
    OBJECTIVES("objectifs(?: initiaux)?", false, false),
    PUBLIC("public(?:s|\\(s\\))? cibles?(?:\\(s\\))?", false, false),
    DESCRIPTION("descriptif(?: synthetique)?(?: du dispositif experimente)?", false, false),
    TERRITORIES("territoires?(?:\\(s\\))? d'experimentation", false, false),
    ADDED("valeur ajoutee(?: du dispositif experimente)?", false, false),
    TECHNICAL("partenaires techniques operationnels", false, false),
    PLANNED("partenaires indiques dans le projet", true, false),
    EFFECTIVE("partenaires effectifs(?: de l'experimentation)?", true, false),
    FUNDERS("partenaires financiers(?: \\(avec montants?\\))?(?: realises?)?", false, false),
    DURATION("duree de l'experimentation", false, false),
    INITIAL("(?:\\(1\\) )?duree initiale", true, false),
    EFFECTIVE_DURATION("(?:\\(2\\) )?duree effective", true, false),
    NAME("nom de la structure", false, false),
    TYPE("type de structure", true, false);

    final Pattern pattern;
    final boolean strong;
    final boolean group;

    L(String regex, boolean strong, boolean group) {
      this.pattern =
          Pattern.compile("(?<![a-z0-9'])" + regex.replace(" ", "\\s+") + "(?![a-z0-9])");
      this.strong = strong;
      this.group = group;
    }
  }

  private record Field(L label, String value, Source.Where where) {}

  @Override
  public void read(Source source, Draft draft) {
    List<Source.Block> blocks = source.blocks();
    int ficheAt = -1;
    for (int i = 0; i < blocks.size(); i++) {
      Deadline.check();
      if (blocks.get(i) instanceof Source.Table t && !draft.used(t) && isFiche(t)) {
        ficheAt = i;
        break;
      }
    }
    cover(blocks, ficheAt, draft);
    if (ficheAt >= 0) fiche((Source.Table) blocks.get(ficheAt), draft);
    if (funderList.isEmpty()) proseFunders(blocks, draft);
    partnersTable(blocks, draft);
    funderNames(blocks, draft);
    tail(blocks, draft);
  }

  // ---- Cover, introduction, fixed texts before the fiche ----

  private void cover(List<Source.Block> blocks, int ficheAt, Draft draft) {
    int end = ficheAt >= 0 ? ficheAt : Math.min(blocks.size(), 60);
    boolean titleSeen = false;
    for (int i = 0; i < end; i++) {
      Deadline.check();
      if (!(blocks.get(i) instanceof Source.Para p) || draft.used(p)) continue;
      String text = p.text();
      if (text.length() > MAX) continue;
      String plain = Texts.plain(text.replace('\n', ' '));
      String key = Texts.normalize(plain);
      if (!titleSeen) {
        Matcher g = GUILLEMETS.matcher(plain);
        List<String> quoted = new ArrayList<>();
        while (g.find()) quoted.add(g.group(1).strip());
        if (!quoted.isEmpty() && key.startsWith("«")) {
          draft.use(p);
          titleSeen = true;
          offer(draft, "titre", quoted.get(0), p.where(), "identite");
          if (quoted.size() > 1) offer(draft, "porteur.nom", quoted.get(1), p.where(), "identite");
          else if (i + 1 < end
              && blocks.get(i + 1) instanceof Source.Para q
              && Texts.plain(q.text()).startsWith("«")) {
            Matcher h = GUILLEMETS.matcher(Texts.plain(q.text().replace('\n', ' ')));
            if (h.find()) {
              draft.use(q);
              offer(draft, "porteur.nom", h.group(1).strip(), q.where(), "identite");
              i++;
            }
          }
          continue;
        }
      }
      if (key.startsWith("redigee par")) {
        String v = afterColon(plain);
        draft.use(p);
        if (!v.isEmpty()) {
          draft.putFront("redigee_par", v, p.where());
          draft.count("identite", 1);
        }
        continue;
      }
      if (key.startsWith("thematique :") || key.equals("thematique")) {
        draft.use(p);
        String[] lines = text.split("\n");
        if (lines.length == 1) {
          // a PDF joins the cover's lines: « Thématique : X Programme 3 : … »
          Matcher prog =
              Pattern.compile("(?i)^(.*?)\\s+(programme\\s+\\d{1,3}\\s*:.*)$").matcher(text);
          if (prog.matches() && text.length() < 1000)
            lines = new String[] {prog.group(1), prog.group(2)};
        }
        String theme = afterColon(Texts.plain(lines[0]));
        if (!theme.isEmpty() && !isUnset(theme))
          offer(draft, "thematique", theme, p.where(), "identite");
        if (lines.length > 1) {
          String prog =
              Texts.plain(String.join(" ", java.util.Arrays.copyOfRange(lines, 1, lines.length)));
          if (!prog.isEmpty()) offer(draft, "programme", prog, p.where(), "identite");
        }
        continue;
      }
      Matcher d = COVER_DOSSIER.matcher(plain);
      if (d.matches()) {
        draft.use(p);
        offer(draft, "dossier", d.group(1) + "_" + d.group(2), p.where(), "identite");
        continue;
      }
      if (key.startsWith("numero de dossier non renseigne")) {
        draft.use(p);
        continue;
      }
      Matcher s = SUBMITTED.matcher(key);
      if (key.startsWith("date de remise du rapport")) {
        draft.use(p);
        if (s.matches()) {
          int month = Integer.parseInt(s.group(1));
          if (month >= 1 && month <= 12) {
            draft.putFront(
                "date_remise",
                new YamlWriter.Raw(s.group(2) + "-" + (month < 10 ? "0" : "") + month),
                p.where());
            draft.count("identite", 1);
          } else draft.review("date_remise", "mois illisible : " + plain, p.where());
        }
        continue;
      }
      if (key.startsWith("ce projet a ete finance par le fonds") && key.length() < 2000) {
        draft.use(p);
        introduction(plain, key, p.where(), draft);
        if (i > 0
            && blocks.get(i - 1) instanceof Source.Para h
            && Texts.key(h.text()).equals("introduction")) {
          draft.use(h);
        }
        continue;
      }
      if (isFixed(key) || isFejTitle(key)) {
        draft.use(p);
      }
    }
    // the FEJ's own « INTRODUCTION » heading when the sentence came first in another paragraph
  }

  private static boolean isFejTitle(String key) {
    return key.equals("fonds d'experimentation pour la jeunesse");
  }

  private static boolean isFixed(String key) {
    if (key.isEmpty()) return false;
    for (String s : FIXED_STARTS) if (key.startsWith(s)) return true;
    return false;
  }

  private void introduction(String plain, String key, Source.Where where, Draft draft) {
    Matcher m = CALL_INTRO.matcher(key);
    if (!m.find()) return;
    String number = m.group(1);
    String when = m.group(2).strip();
    if (!number.startsWith("(")) {
      Object dossier = draft.get("dossier");
      if (dossier instanceof String ds
          && !ds.replaceAll("[^0-9]", "").endsWith(number.replaceAll("[^0-9]", ""))) {
        draft.review("dossier", "l'introduction donne l'appel à projets n° " + number, where);
      }
    }
    if (when.startsWith("(")) return;
    String iso = when.matches("[0-9]{4}") ? when : Dates.parse(when);
    if (iso == null) {
      draft.review("appel_a_projets.lancement", "date illisible : « " + when + " »", where);
      return;
    }
    draft.put("appel_a_projets.lancement", new YamlWriter.Raw(iso), where);
    draft.count("identite", 1);
  }

  // ---- The fiche synthétique ----

  private static boolean isFiche(Source.Table t) {
    int labels = 0;
    int seen = 0;
    for (Source.Row r : t.rows()) {
      Deadline.check();
      if (++seen > 60) break;
      String k = Fold.sameLength(r.text(0));
      if (k.length() > MAX) continue;
      for (L l : new L[] {L.TITLE, L.OBJECTIVES, L.NUMBER, L.DESCRIPTION, L.ADDED, L.NAME}) {
        Matcher m = l.pattern.matcher(k);
        if (m.find() && m.start() < 40) {
          labels++;
          break;
        }
      }
    }
    return labels >= 3;
  }

  private void fiche(Source.Table t, Draft draft) {
    draft.use(t);
    List<Field> fields = new ArrayList<>();
    for (Source.Row r : t.rows()) {
      Deadline.check();
      draft.use(r);
      List<Source.Cell> cells = r.cells().stream().filter(c -> !c.text().isBlank()).toList();
      if (cells.isEmpty()) continue;
      String first = cells.get(0).text();
      L exact = exactLabel(first);
      if (exact != null && cells.size() >= 2) {
        StringBuilder v = new StringBuilder();
        for (int i = 1; i < cells.size(); i++) {
          if (v.length() > 0) v.append('\n');
          v.append(cells.get(i).text());
        }
        String value = v.toString();
        if (exact == L.TECHNICAL || exact == L.DURATION) {
          fields.add(new Field(exact, "", r.where()));
          fields.addAll(scan(value, r.where()));
        } else fields.add(new Field(exact, value, r.where()));
      } else if (exact != null) {
        fields.add(new Field(exact, "", r.where()));
      } else {
        StringBuilder all = new StringBuilder();
        for (Source.Cell c : cells) {
          if (all.length() > 0) all.append(' ');
          all.append(c.text());
        }
        List<Field> found = scan(all.toString(), r.where());
        if (found.isEmpty()) draft.leftover(r.where(), Texts.plain(all.toString()));
        fields.addAll(found);
      }
    }
    String group = "";
    List<String> planned = null;
    List<String> effective = null;
    Source.Where partnersAt = null;
    for (Field f : fields) {
      Deadline.check();
      String v = f.value().strip();
      String plainV = Texts.plain(v);
      switch (f.label()) {
        case G_DISPOSITIF -> group = "";
        case G_PORTEUR -> group = "porteur";
        case G_EVALUATEUR -> group = "evaluateur";
        case THEME -> {
          if (!plainV.isEmpty() && !isUnset(plainV))
            offer(draft, "thematique", plainV, f.where(), "identite");
        }
        case NUMBER -> {
          if (!plainV.isEmpty() && !isUnset(plainV))
            offer(draft, "dossier", plainV, f.where(), "identite");
        }
        case TITLE -> {
          if (!plainV.isEmpty()) offer(draft, "titre", plainV, f.where(), "identite");
        }
        case OBJECTIVES -> synthese(draft, "objectifs", v, f.where());
        case PUBLIC -> synthese(draft, "public_cible", v, f.where());
        case DESCRIPTION -> synthese(draft, "descriptif", v, f.where());
        case TERRITORIES -> synthese(draft, "territoires", v, f.where());
        case ADDED -> synthese(draft, "valeur_ajoutee", v, f.where());
        case TECHNICAL -> {
          if (!plainV.isEmpty()) planned = names(plainV);
          partnersAt = f.where();
        }
        case PLANNED -> {
          planned = names(plainV);
          partnersAt = f.where();
        }
        case EFFECTIVE -> {
          effective = names(plainV);
          partnersAt = f.where();
        }
        case FUNDERS -> funders(v, f.where(), draft);
        case DURATION -> {}
        case INITIAL -> duration(draft, "calendrier.duree_initiale_mois", plainV, f.where());
        case EFFECTIVE_DURATION ->
            duration(draft, "calendrier.duree_effective_mois", plainV, f.where());
        case NAME -> {
          if (!group.isEmpty() && !plainV.isEmpty() && !isUnset(plainV)) {
            offer(draft, group + ".nom", stripDot(plainV), f.where(), "identite");
          }
        }
        case TYPE -> {
          if (!group.isEmpty() && !plainV.isEmpty() && !isUnset(plainV)) {
            offer(draft, group + ".type", stripDot(plainV), f.where(), "identite");
          }
        }
      }
    }
    this.planned = planned;
    this.effective = effective;
    this.partnersAt = partnersAt;
  }

  private List<String> planned;
  private List<String> effective;
  private Source.Where partnersAt;
  private final List<Map<String, Object>> funderList = new ArrayList<>();
  private Source.Where fundersAt;

  private static L exactLabel(String cell) {
    String k = Fold.sameLength(Texts.plain(cell)).replaceAll("\\s*:\\s*$", "").strip();
    if (k.length() > 120) return null;
    for (L l : L.values()) {
      Matcher m = l.pattern.matcher(k);
      if (m.matches()) return l;
    }
    return null;
  }

  /** The labels found in a run of text, each with the text up to the next one. */
  private static List<Field> scan(String text, Source.Where where) {
    List<Field> out = new ArrayList<>();
    if (text.length() > MAX) text = text.substring(0, MAX);
    String folded = Fold.sameLength(text);
    record Hit(L label, int start, int end) {}
    List<Hit> hits = new ArrayList<>();
    for (L l : L.values()) {
      Deadline.check();
      Matcher m = l.pattern.matcher(folded);
      while (m.find()) {
        int s = m.start();
        int e = m.end();
        String before = folded.substring(0, s).replaceAll("<[^>]*>|\\*", "").strip();
        boolean atStart = before.isEmpty();
        Matcher colon = Pattern.compile("^\\s*(?:</?u>|\\*)*\\s*:").matcher(folded.substring(e));
        boolean hasColon = colon.find();
        if (l.group && !atStart) continue;
        if (!atStart && !hasColon && !l.strong) continue;
        if (hasColon) e += colon.end();
        hits.add(new Hit(l, s, e));
      }
    }
    hits.sort(
        (a, b) ->
            a.start() != b.start()
                ? Integer.compare(a.start(), b.start())
                : Integer.compare(b.end(), a.end()));
    List<Hit> kept = new ArrayList<>();
    int last = -1;
    for (Hit h : hits) {
      if (h.start() < last) continue;
      kept.add(h);
      last = h.end();
    }
    for (int i = 0; i < kept.size(); i++) {
      Hit h = kept.get(i);
      int to = i + 1 < kept.size() ? kept.get(i + 1).start() : text.length();
      String v = text.substring(h.end(), to);
      v = v.replaceAll("^\\s*(?:</u>|\\*\\*)\\s*", "").replaceAll("\\s*(?:<u>|\\*\\*)\\s*$", "");
      out.add(new Field(h.label(), v.strip(), where));
    }
    return out;
  }

  private static void synthese(Draft draft, String key, String value, Source.Where where) {
    String md = cellMarkdown(value);
    if (md.isEmpty() || isUnset(Texts.plain(md))) return;
    draft.put("synthese." + key, md, where);
    draft.count("fiche_synthetique", 1);
  }

  /** A cell's text as Markdown: its paragraphs separated by blank lines, list items together. */
  static String cellMarkdown(String value) {
    String v = value.replaceAll("<ul[^>]*>|</ul>|</?li>", "\n").strip();
    StringBuilder b = new StringBuilder();
    for (String raw : v.split("\n")) {
      Deadline.check();
      String l = raw.strip();
      if (l.isEmpty()) continue;
      boolean item = l.startsWith("- ") || l.matches("^[0-9]{1,3}[.)] .*");
      if (b.length() > 0) b.append(item ? "\n" : "\n\n");
      b.append(l);
    }
    return b.toString();
  }

  private static void duration(Draft draft, String path, String value, Source.Where where) {
    String v = value.strip();
    if (v.isEmpty() || isUnset(v)) return;
    Matcher m = MONTHS.matcher(Texts.normalize(v));
    Object val = m.matches() ? (Object) Integer.valueOf(m.group(1)) : v;
    draft.put(path, val, where);
    draft.count("identite", 1);
  }

  private static List<String> names(String list) {
    List<String> out = new ArrayList<>();
    // fejdoc and most holders write « A/ B/ C »; others « A, B, C » or « A ; B »
    List<String> parts =
        list.contains("/")
            ? List.of(list.split("\\s*/\\s*"))
            : list.contains(";") ? List.of(list.split("\\s*;\\s*")) : splitTop(list);
    for (String n : parts) {
      Deadline.check();
      String s = n.strip().replaceAll("[.;,]$", "").strip();
      if (!s.isEmpty() && !isUnset(s)) out.add(s);
    }
    return out;
  }

  // ---- Financial partners ----

  private static final Pattern ITEM_SPLIT = Pattern.compile("(?:^|\\n|,?\\s)[-•]\\s+");
  private static final Pattern INLINE_SPLIT =
      Pattern.compile("\\s*;\\s*|,\\s+(?=[^\\d\\s][^:;,]{0,200}:)");
  private static final Pattern AMOUNT =
      Pattern.compile("^([0-9][0-9\\s\u00A0\u202F.,]*[0-9]|[0-9])\\s*(?:€|euros?|eur)?\\s*[,;.]?$");

  private void funders(String value, Source.Where where, Draft draft) {
    if (Texts.plain(value).isEmpty()) return;
    fundersAt = where;
    String flat = value.replaceAll("<[^>]*>", " ");
    String[] items = ITEM_SPLIT.split("\n" + flat);
    List<String> given = new ArrayList<>();
    for (String i : items) if (!i.isBlank()) given.add(i);
    if (given.size() == 1 && given.get(0).chars().filter(c -> c == ':').count() >= 2) {
      // « FEJ : 107 710 € ; Région : 51 700 € » : items separated by « ; » or « , » alone
      items = INLINE_SPLIT.split(given.get(0));
    }
    for (String raw : items) {
      Deadline.check();
      String item = Texts.plain(raw).strip().replaceAll("[,;]$", "").strip();
      if (item.isEmpty()) continue;
      int colon = item.lastIndexOf(':');
      String name = colon >= 0 ? item.substring(0, colon).strip() : item;
      String amountText = colon >= 0 ? item.substring(colon + 1).strip() : "";
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("nom", draft.at(name, where));
      f.put("categorie", null);
      draft.count("partenaires", 1);
      if (!amountText.isEmpty() && !isUnset(amountText)) {
        String amount = amount(amountText);
        if (amount == null) {
          draft.review(
              "partenaires.financiers",
              "montant illisible pour « " + name + " » : « " + amountText + " »",
              where);
        } else {
          f.put("montant", draft.at(new YamlWriter.Raw(amount), where));
          draft.count("partenaires", 1);
        }
      }
      funderList.add(f);
    }
  }

  /**
   * « Partenaires financiers (avec montant) : - FEJ : 12 500 €, - … » written as a paragraph of the
   * note (outside the fiche synthétique), its items on the same line or as the list after it.
   */
  private void proseFunders(List<Source.Block> blocks, Draft draft) {
    for (int i = 0; i < blocks.size(); i++) {
      Deadline.check();
      if (!(blocks.get(i) instanceof Source.Para p) || draft.used(p) || p.text().length() > MAX)
        continue;
      if (!Texts.key(p.text()).startsWith("partenaires financiers (avec montant")) continue;
      List<Field> fields = scan(p.text(), p.where());
      if (fields.size() != 1 || fields.get(0).label() != L.FUNDERS) continue;
      StringBuilder value = new StringBuilder(fields.get(0).value());
      List<Source.Para> items = new ArrayList<>();
      for (int j = i + 1; value.isEmpty() && j < blocks.size(); j++) {
        Deadline.check();
        if (!(blocks.get(j) instanceof Source.Para q) || q.list() != Source.ListKind.BULLET) break;
        items.add(q);
      }
      for (Source.Para q : items) value.append("\n- ").append(q.text());
      if (Texts.plain(value.toString()).isEmpty()) continue;
      draft.use(p);
      for (Source.Para q : items) draft.use(q);
      funders(value.toString(), p.where(), draft);
      return;
    }
  }

  /** The amount as a YAML decimal ("56838.64"), or null when it is no amount. */
  static String amount(String text) {
    Matcher m = AMOUNT.matcher(text.strip());
    if (!m.matches()) return null;
    String n = m.group(1);
    String decimal = "";
    Matcher d = Pattern.compile("[.,]([0-9]{1,2})$").matcher(n);
    if (d.find()) {
      decimal = d.group(1);
      n = n.substring(0, d.start());
    }
    if (!n.matches("[0-9]+|[0-9]{1,3}(?:[\\s\u00A0\u202F.,]+[0-9]{3})+")) return null;
    n = n.replaceAll("[^0-9]", "").replaceFirst("^0+(?=[0-9])", "");
    return decimal.isEmpty() ? n : n + "." + decimal;
  }

  /**
   * Completes the financial partners: names the II.B.2 list gives in full, categories from the
   * financing table's labels (« Autofinancement (CMA) »), the holder's name or the fund's.
   */
  private void funderNames(List<Source.Block> blocks, Draft draft) {
    if (funderList.isEmpty()) return;
    Map<String, String> category = new LinkedHashMap<>();
    Map<String, Source.Where> fullNames = new LinkedHashMap<>();
    Map<String, String> byAmount = new LinkedHashMap<>();
    boolean inFinancial = false;
    for (Source.Block b : blocks) {
      Deadline.check();
      if (b instanceof Source.Para p) {
        if (p.text().length() > MAX) continue;
        String k = Texts.key(p.text()).replaceFirst("^[0-9]+\\.\\s*", "");
        if (k.startsWith("partenaires financiers") && k.length() < 40) inFinancial = true;
        else if (p.heading() > 0 || k.startsWith("c. pilotage") || k.startsWith("pilotage de")) {
          inFinancial = false;
        }
        if (inFinancial && p.list() != Source.ListKind.NONE) {
          String item = Texts.plain(p.text());
          // « Mission Locale (autofinancement) »: the holder names the funder's category
          int open = item.lastIndexOf('(');
          String cat =
              open > 0 && item.endsWith(")")
                  ? FinancingReader.category(item.substring(open + 1, item.length() - 1))
                  : null;
          if (cat != null) category.put(Texts.key(item.substring(0, open).strip()), cat);
          else fullNames.putIfAbsent(item, p.where());
        }
      } else if (b instanceof Source.Table t) {
        if (t.rows().isEmpty() || !Texts.key(t.rows().get(0).text(0)).startsWith("financements"))
          continue;
        int[] cols = FinancingReader.columns(t);
        if (cols != null && cols[1] >= 0) {
          for (FinancingReader.Line l : FinancingReader.lines(t, cols)) {
            Optional<BigDecimal> v = FrenchNumbers.parseMoney(l.amount());
            if (l.category() == null || v.isEmpty()) continue;
            String key = v.get().stripTrailingZeros().toPlainString();
            // an amount two categories give names neither
            byAmount.merge(key, l.category(), (x, y) -> x.equals(y) ? x : "");
          }
        }
        for (Source.Row r : t.rows()) {
          Deadline.check();
          String label = Texts.plain(r.text(0));
          String k = Texts.normalize(label);
          String cat =
              k.startsWith("autofinancement")
                  ? "autofinancement"
                  : k.startsWith("cofinancement") ? "cofinancement" : null;
          int open = label.indexOf('(');
          if (cat == null || open < 0 || !label.endsWith(")")) continue;
          for (String n : splitTop(label.substring(open + 1, label.length() - 1))) {
            category.put(Texts.key(n), cat);
          }
        }
      }
    }
    String holder = str(draft.get("porteur.nom"));
    String sigle = str(draft.get("porteur.sigle"));
    String fund = FormRegistry.FUNDING_CATEGORIES.label("fej");
    for (Map<String, Object> f : funderList) {
      Deadline.check();
      Object nomC = f.get("nom");
      String nom = str(Draft.unwrap(nomC));
      String k = Texts.key(nom);
      String full = null;
      Source.Where fullAt = null;
      for (Map.Entry<String, Source.Where> fn : fullNames.entrySet()) {
        String fk = Texts.key(fn.getKey());
        if (fk.endsWith("(" + k + ")")) {
          full = fn.getKey().substring(0, fn.getKey().lastIndexOf('(')).strip();
          fullAt = fn.getValue();
        }
      }
      if (full != null && nomC instanceof YamlWriter.Commented c) {
        if (sigle == null && holder != null && Texts.key(full).equals(Texts.key(holder))) {
          draft.put("porteur.sigle", nom, fullAt);
          draft.count("identite", 1);
          sigle = nom;
        }
        f.put(
            "nom", new YamlWriter.Commented(full, c.comment() + " ; nom complet : partie II.B.2"));
      }
      String cat = category.get(k);
      if (cat == null && full != null) cat = category.get(Texts.key(full));
      if (cat == null) {
        if (k.equals(Texts.key(fund))
            || k.startsWith(Texts.key(fund) + " (")
            || k.equals("fej")
            || k.startsWith("fej ")
            || k.endsWith("(fej)")) cat = "fej";
        else if (holder != null
                && (k.equals(Texts.key(holder))
                    || full != null && Texts.key(full).equals(Texts.key(holder)))
            || sigle != null && k.equals(Texts.key(sigle))) cat = "autofinancement";
        else if (!byAmount.getOrDefault(amountKey(f.get("montant")), "").isEmpty()) {
          // the financing table's « Montant » column gives this amount to one category alone
          cat = byAmount.get(amountKey(f.get("montant")));
        } else {
          cat = "cofinancement";
          draft.review(
              "partenaires.financiers",
              "catégorie supposée (cofinancement) pour « " + nom + " »",
              fundersAt);
        }
      }
      f.put("categorie", cat);
    }
    draft.put("partenaires.financiers", new ArrayList<>(funderList), null);
  }

  /** A funder's amount as a plain decimal, or "" when it has none. */
  private static String amountKey(Object montant) {
    Object a = Draft.unwrap(montant);
    if (a instanceof YamlWriter.Raw r) a = r.text();
    if (a == null) return "";
    return FrenchNumbers.parseMoney(String.valueOf(a))
        .map(v -> v.stripTrailingZeros().toPlainString())
        .orElse("");
  }

  private static List<String> splitTop(String s) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int from = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(') depth++;
      else if (c == ')') depth--;
      else if (c == ',' && depth == 0) {
        out.add(s.substring(from, i).strip());
        from = i + 1;
      }
    }
    out.add(s.substring(from).strip());
    return out;
  }

  // ---- Operational partners ----

  private void partnersTable(List<Source.Block> blocks, Draft draft) {
    List<Map<String, Object>> partners = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      Deadline.check();
      if (!(blocks.get(i) instanceof Source.Table t) || draft.used(t) || t.rows().isEmpty())
        continue;
      Source.Row head = t.rows().get(0);
      if (!Texts.key(head.text(0)).startsWith("nom de la structure partenaire")) continue;
      int typeCol = -1;
      int roleCol = -1;
      for (int c = 1; c < head.cells().size(); c++) {
        String k = Texts.key(head.text(c));
        if (k.startsWith("type")) typeCol = c;
        else if (k.startsWith("role")) roleCol = c;
      }
      if (roleCol < 0 && typeCol < 0) roleCol = 1;
      draft.use(t);
      for (Source.Row r : t.rows()) draft.use(r);
      if (i > 0
          && blocks.get(i - 1) instanceof Source.Para cap
          && Texts.key(cap.text()).equals("partenaires operationnels")
          && cap.heading() == 0
          && cap.list() == Source.ListKind.NONE) {
        draft.use(cap);
      }
      for (Source.Row r : t.rows().subList(1, t.rows().size())) {
        Deadline.check();
        String nom = Texts.plain(r.text(0));
        if (nom.isEmpty()) continue;
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("nom", draft.at(nom, r.where()));
        draft.count("partenaires", 1);
        String type = typeCol >= 0 ? Texts.plain(r.text(typeCol)) : "";
        if (!type.isEmpty()) {
          p.put("type", draft.at(type, r.where()));
          draft.count("partenaires", 1);
        }
        String role = roleCol >= 0 ? role(r.text(roleCol)) : "";
        if (!role.isEmpty()) {
          p.put("role", draft.at(role, r.where()));
          draft.count("partenaires", 1);
        }
        partners.add(p);
      }
      break;
    }
    if (planned != null || effective != null) {
      List<String> all = new ArrayList<>();
      if (planned != null) all.addAll(planned);
      if (effective != null) all.addAll(effective);
      for (String n : all) {
        Deadline.check();
        if (find(partners, n) == null) {
          Map<String, Object> p = new LinkedHashMap<>();
          p.put("nom", draft.at(n, partnersAt));
          draft.count("partenaires", 1);
          partners.add(p);
        }
      }
      for (Map<String, Object> p : partners) {
        Deadline.check();
        String nom = str(Draft.unwrap(p.get("nom")));
        if (!(planned != null && contains(planned, nom))
            && !(effective != null && contains(effective, nom))) {
          draft.review(
              "partenaires.operationnels",
              "« "
                  + nom
                  + " » est dans le tableau des partenaires mais dans aucune liste de la fiche"
                  + " synthétique : prévu et effectif à vérifier",
              partnersAt);
        }
        if (planned != null) {
          p.put("prevu", contains(planned, nom));
          draft.count("partenaires", 1);
        }
        if (effective != null) {
          p.put("effectif", contains(effective, nom));
          draft.count("partenaires", 1);
        }
      }
    }
    if (!partners.isEmpty()) draft.put("partenaires.operationnels", partners, null);
  }

  private static Map<String, Object> find(List<Map<String, Object>> partners, String name) {
    for (Map<String, Object> p : partners) {
      if (same(str(Draft.unwrap(p.get("nom"))), name)) return p;
    }
    return null;
  }

  private static boolean contains(List<String> names, String name) {
    for (String n : names) if (same(n, name)) return true;
    return false;
  }

  /** The same partner: the same words, or one name the other's start (« X/ Porteur du projet »). */
  private static boolean same(String a, String b) {
    String x = article(Texts.key(a));
    String y = article(Texts.key(b));
    if (x.equals(y)) return true;
    if (x.isEmpty() || y.isEmpty()) return false;
    String shorter = x.length() < y.length() ? x : y;
    String longer = x.length() < y.length() ? y : x;
    return shorter.length() >= 6
        && longer.startsWith(shorter)
        && !Character.isLetterOrDigit(longer.charAt(shorter.length()));
  }

  private static String article(String k) {
    return k.replaceFirst("^(?:le |la |les |l')", "");
  }

  /** A role cell as Markdown: one « - » item a line, a lead text before the first. */
  static String role(String cell) {
    String t = cell.replaceAll("<ul[^>]*>|</ul>|</?li>", "\n").replace('\u00A0', ' ');
    if (!t.contains("\n- ") && !t.startsWith("- ")) {
      t = t.replaceAll("\\s+-\\s+(?=\\S)", "\n- ");
    }
    StringBuilder b = new StringBuilder();
    for (String l : t.split("\n")) {
      String s = l.strip();
      if (s.isEmpty()) continue;
      if (b.length() > 0) b.append('\n');
      b.append(s);
    }
    return b.toString();
  }

  // ---- After the narrative: the annexes' list and the certificate ----

  private void tail(List<Source.Block> blocks, Draft draft) {
    for (int i = 0; i < blocks.size(); i++) {
      Deadline.check();
      if (!(blocks.get(i) instanceof Source.Para p) || draft.used(p) || p.text().length() > MAX)
        continue;
      String k = Texts.key(p.text().replace('\n', ' '));
      if (k.startsWith("plan de la note de restitution")
          || k.startsWith("proposition de plan a titre indicatif")) {
        draft.use(p);
        continue;
      }
      if (ANNEX_LIST.contains(k)) {
        draft.use(p);
        continue;
      }
      if (k.startsWith("certificat :") || k.equals("certificat")) {
        draft.use(p);
        if (k.contains("ne fera pas l'objet d'une publication")) {
          draft.putFront("certificat.publication", false, p.where());
          draft.count("identite", 1);
        }
        continue;
      }
      if (k.startsWith("je soussigne") && k.length() < 2000) {
        String plain = Texts.plain(p.text().replace('\n', ' '));
        // fold keeps every character's place: the spans found are cut from the holder's spelling
        Matcher m = SIGNED.matcher(Fold.sameLength(plain));
        if (!m.find()) continue;
        draft.use(p);
        String who = plain.substring(m.start(1), m.end(1));
        int comma = who.indexOf(',');
        String name = (comma < 0 ? who : who.substring(0, comma)).strip();
        String quality = comma < 0 ? "" : who.substring(comma + 1).strip();
        if (!name.isEmpty() && !name.equals("…") && !name.equals("...")) {
          draft.putFront("certificat.signataire", name, p.where());
          draft.count("identite", 1);
        }
        if (!quality.isEmpty() && !Texts.normalize(quality).equals(HOLDER_DEFAULT)) {
          String q = quality;
          String suffix = ", " + HOLDER_DEFAULT;
          String qk = Texts.normalize(q);
          if (qk.endsWith(suffix)
              && !qk.substring(0, qk.length() - suffix.length()).contains("structure porteuse")) {
            // the form adds these words after a quality that does not name the structure
            q = q.substring(0, q.length() - suffix.length()).strip();
          }
          draft.putFront("certificat.qualite", q, p.where());
          draft.count("identite", 1);
        }
        if (i + 1 < blocks.size() && blocks.get(i + 1) instanceof Source.Para d && !draft.used(d)) {
          String dp = Texts.plain(d.text());
          Matcher at = SIGNED_AT.matcher(Fold.sameLength(dp));
          if (dp.length() < 200 && at.matches()) {
            draft.use(d);
            if (at.group(1) != null) {
              String lieu = dp.substring(at.start(1), at.end(1));
              draft.putFront("certificat.lieu", lieu.strip(), d.where());
              draft.count("identite", 1);
            }
            String iso = Dates.parse(dp.substring(at.start(2), at.end(2)));
            if (iso != null) {
              draft.putFront("certificat.date", new YamlWriter.Raw(iso), d.where());
              draft.count("identite", 1);
            } else if (!at.group(2).startsWith("…")) {
              draft.review(
                  "certificat.date", "date illisible : « " + at.group(2) + " »", d.where());
            }
          }
        }
        continue;
      }
      if (k.equals("signature :") || k.equals("signature")) {
        draft.use(p);
        // the signature's picture, when the note has one right under the word
        if (i + 1 < blocks.size()
            && blocks.get(i + 1) instanceof Source.Para sig
            && Texts.imageAlone(sig.text()) != null) {
          draft.putFront("certificat.signature", Texts.imageAlone(sig.text()), sig.where());
          draft.use(sig);
        }
        continue;
      }
      if (isFejTitle(k)) {
        // the back cover: the fund's name, then the ministry block
        draft.use(p);
        for (int j = i + 1; j < blocks.size() && j <= i + 4; j++) {
          if (blocks.get(j) instanceof Source.Para q
              && isFixed(Texts.key(q.text().replace('\n', ' ')))) {
            draft.use(q);
          }
        }
      }
    }
    Object dossier = draft.get("dossier");
    if (dossier instanceof String d && draft.get("appel_a_projets.lancement") != null) {
      Matcher c = DOSSIER_CODE.matcher(d);
      if (c.find()) {
        draft.put("appel_a_projets.code", c.group(1).toUpperCase(java.util.Locale.ROOT), null);
      }
    }
  }

  // ---- Helpers ----

  /** Puts a value read once; a second reading that differs becomes a value to review. */
  private static void offer(
      Draft draft, String path, String value, Source.Where where, String block) {
    Object had = draft.get(path);
    if (had == null) {
      draft.put(path, value, where);
      draft.count(block, 1);
    } else if (!Texts.key(String.valueOf(had)).equals(Texts.key(value))
        && !(path.equals("dossier") && sameDossier(String.valueOf(had), value))) {
      draft.review(path, "lu aussi : « " + value + " »", where);
    }
  }

  private static boolean sameDossier(String a, String b) {
    return a.replaceAll("(?i)n°|[^A-Za-z0-9]", "")
        .equalsIgnoreCase(b.replaceAll("(?i)n°|[^A-Za-z0-9]", ""));
  }

  private static boolean isUnset(String v) {
    String k = Texts.normalize(v);
    return k.startsWith("non renseigne")
        || k.equals("partie non renseignee") // fejdoc's own marker of an empty box
        || k.equals("montant non renseigne")
        || k.matches("[_/\\s.…-]*");
  }

  private static String afterColon(String s) {
    int c = s.indexOf(':');
    return c < 0 ? "" : s.substring(c + 1).strip();
  }

  private static String stripDot(String s) {
    return s.endsWith(".") && !s.endsWith("..") ? s.substring(0, s.length() - 1).strip() : s;
  }

  private static String str(Object o) {
    return o == null ? null : o instanceof YamlWriter.Raw r ? r.text() : String.valueOf(o);
  }
}
