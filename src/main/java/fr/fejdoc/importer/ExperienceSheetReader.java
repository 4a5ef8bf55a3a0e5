package fr.fejdoc.importer;

import fr.fejdoc.load.Keys;
import fr.fejdoc.model.Deadline;
import fr.fejdoc.model.DocumentKind;
import fr.fejdoc.model.FormPlan;
import fr.fejdoc.text.YamlWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a fiche d'expérience: its band (number, date, series, territory, theme), its catchy title
 * and lead, the identity box, the pull quotes, the key figures, the update notice, the resources,
 * the contacts and the publisher's box, into the document's front matter (and the few facts of
 * experiment.yaml the sheet gives). The editorial parts are left to {@link PartsReader}; every
 * block read here is marked used.
 *
 * <p>The sheet's fixed texts other than its plan (which comes from {@link FormPlan}) are printed by
 * templates/fiche-experience.ftlx; the form registry does not hold them, so they are listed here,
 * compared with {@link Texts#key} (case, accents and markup ignored).
 */
final class ExperienceSheetReader implements FormReader {

  private static final String BLOCK = "fiche";

  /** The band's title and the boxes' and sections' titles, as keys. */
  private static final String BAND = "fiche d'experience";

  private static final List<String> IDENTITY =
      List.of("fiche d'identite synthetique de l'action", "fiche d'identite de l'action");
  private static final List<String> KEY_FIGURES =
      List.of("quelques chiffres clef", "quelques chiffres cles", "chiffres cles", "chiffres clef");
  private static final List<String> UPDATE = List.of("actualisation des donnees");
  private static final List<String> RESOURCES = List.of("les ressources", "ressources");
  private static final List<String> CONTACTS = List.of("contacts", "contact");

  /** The resources' sub-titles, as keys, to their list's key. */
  private static final Map<String, String> RESOURCE_LISTS =
      Map.of(
          "les rapports", "rapports",
          "rapports", "rapports",
          "les docs techniques", "docs_techniques",
          "docs techniques", "docs_techniques",
          "les documents techniques", "docs_techniques",
          "des sites internet", "sites",
          "sites internet", "sites",
          "les sites internet", "sites");

  /** The identity box's labels, as keys, to their front matter key. */
  private static final Map<String, String> IDENTITY_FIELDS =
      Map.of(
          "nom de l'action", "nom_action",
          "public cible", "public_cible",
          "duree du projet experimental", "duree",
          "duree", "duree",
          "pilotage", "pilotage",
          "financement", "financement");

  /** The band's labels, as keys, to their front matter key. */
  private static final Map<String, String> BAND_FIELDS =
      Map.of(
          "territoire d'intervention",
          "territoire",
          "territoire",
          "territoire",
          "thematique",
          "thematique");

  private static final Pattern NUMBER_LINE =
      Pattern.compile("^#\\s*([0-9]{1,5})\\s*(?:[-–—]\\s*([^|]*?))?\\s*(?:\\|\\s*(.*?))?\\s*$");
  private static final Pattern NOT_UPDATED = Pattern.compile("fiche non (?:remise )?a jour.*");
  private static final Pattern UPDATED =
      Pattern.compile("(?i)^\\s*fiche (?:mise|remise) à jour (?:le |en |au )?(.+?)\\.?\\s*$");
  private static final Pattern PAGES = Pattern.compile("^([0-9]{1,5})\\s*p(?:\\.|ages?)?$");
  private static final Pattern TAIL_DATE =
      Pattern.compile(
          "^(.*?)(?:\\s*,\\s*|\\s+(?:du|le|en)\\s+)((?:1er|[0-9]{1,2})?\\s*\\p{L}+\\.?\\s+[0-9]{4})$");
  private static final Pattern YEAR = Pattern.compile("^(.*?)\\s*,\\s*([0-9]{4})$");
  private static final Pattern PHONE =
      Pattern.compile("(?i)^(?:t\\.|tél\\.?|tel\\.?|téléphone)\\s*:?\\s*(.+)$");
  private static final Pattern URL = Pattern.compile("(?i)^(?:https?://|www\\.)\\S+$");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\(([^)\\s]*)\\)");
  private static final Pattern DURATION =
      Pattern.compile("^([0-9]{1,3})\\s+(mois|ans?)\\b.*", Pattern.DOTALL);

  private enum State {
    HEAD,
    IDENTITY,
    NARRATIVE,
    KEY_FIGURES,
    UPDATE,
    RESOURCES,
    CONTACTS
  }

  @Override
  public void read(Source source, Draft draft) {
    new Run(source, draft).read();
  }

  private static final class Run {
    final Source source;
    final Draft draft;
    final FormPlan plan = FormPlan.of(DocumentKind.FICHE_EXPERIENCE);
    int facts;
    State state = State.HEAD;
    boolean titled;
    final List<String> lead = new ArrayList<>();
    Source.Where leadWhere;
    final List<Object> quotes = new ArrayList<>();
    final List<Object> figures = new ArrayList<>();
    final Map<String, List<Object>> resources = new LinkedHashMap<>();
    String resourceList = "rapports";
    final List<Object> contacts = new ArrayList<>();

    /** A contacts' paragraph holding a name alone: the title of the publisher's box. */
    Source.Para pendingName;

    Source.Where firstContact;

    Run(Source source, Draft draft) {
      this.source = source;
      this.draft = draft;
    }

    void read() {
      List<Source.Block> blocks = source.blocks();
      for (int i = 0; i < blocks.size(); i++) {
        Deadline.check();
        Source.Block b = blocks.get(i);
        if (draft.used(b)) continue;
        String first = firstLine(b);
        String key = first.length() > 200 ? "" : Texts.key(stripMarks(first));
        State next = titleState(b, key);
        if (next != null) {
          flushPending();
          state = next;
          draft.use(b);
          if (b instanceof Source.Table t) {
            if (next == State.IDENTITY) identityTable(t);
          }
          continue;
        }
        if (isPlanHeading(b)) {
          flushPending();
          state = State.NARRATIVE;
          continue;
        }
        switch (state) {
          case HEAD -> head(b, key);
          case IDENTITY -> identity(b);
          case NARRATIVE -> {
            if (b instanceof Source.Para p && i + 1 <= blocks.size()) {
              Source.Block after = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
              if (quote(p, after)) {
                if (after instanceof Source.Para a && isAuthor(a)) i++;
              }
            }
          }
          case KEY_FIGURES -> keyFigures(b);
          case UPDATE -> update(b);
          case RESOURCES -> resource(b, key);
          case CONTACTS -> contact(b);
        }
      }
      flushPending();
      finish();
    }

    // ------------------------------------------------------------ titles

    State titleState(Source.Block b, String key) {
      if (b instanceof Source.Para p && p.text().contains("\n") && !isBox(b)) return null;
      if (IDENTITY.contains(key)) return State.IDENTITY;
      if (b instanceof Source.Table) return null;
      if (KEY_FIGURES.contains(key)) return State.KEY_FIGURES;
      if (UPDATE.contains(key)) return State.UPDATE;
      if (RESOURCES.contains(key)) return State.RESOURCES;
      if (CONTACTS.contains(key) && state.ordinal() >= State.NARRATIVE.ordinal()) {
        return State.CONTACTS;
      }
      return null;
    }

    boolean isBox(Source.Block b) {
      return b instanceof Source.Table t
          && t.rows().size() == 1
          && t.rows().get(0).cells().size() <= 2;
    }

    boolean isPlanHeading(Source.Block b) {
      return b instanceof Source.Para p
          && p.text().length() <= 250
          && !p.text().contains("\n")
          && (Texts.heading(plan, p.text()) != null || Texts.headingPrefix(plan, p.text()) != null);
    }

    // ------------------------------------------------------------ the head

    void head(Source.Block b, String key) {
      if (b instanceof Source.Table t) {
        boolean band = false;
        for (Source.Row r : t.rows()) {
          for (Source.Cell c : r.cells()) {
            String[] lines = Texts.unlink(c.text()).split("\n");
            if (lines.length > 0 && Texts.key(stripMarks(lines[0])).equals(BAND)) band = true;
          }
        }
        if (!band) return; // the narrative reader will place it, or the leftovers
        draft.use(b);
        for (Source.Row r : t.rows()) {
          draft.use(r);
          for (Source.Cell c : r.cells()) {
            for (String line : Texts.unlink(c.text()).split("\n")) headLine(line, r.where(), true);
          }
        }
        return;
      }
      Source.Para p = (Source.Para) b;
      if (key.equals(BAND)) {
        draft.use(b);
        return;
      }
      boolean all = true;
      List<String> rest = new ArrayList<>();
      for (String line : Texts.unlink(p.text()).split("\n")) {
        Deadline.check();
        if (!headLine(line, p.where(), false)) {
          all = false;
          rest.add(line);
        }
      }
      draft.use(b);
      if (all) return;
      String text = String.join("\n", rest).strip();
      if (!titled && !text.contains("\n") && Texts.plain(text).length() <= 200 && lead.isEmpty()) {
        titled = true;
        draft.putFront("titre", Texts.plain(text), p.where());
        facts++;
        return;
      }
      if (lead.isEmpty()) leadWhere = p.where();
      // the lead is set in bold throughout (the PDF's glyphs say so, not the holder's marks)
      lead.add(unwrap(String.join(" ", rest).strip()));
    }

    /** A line of the band; false when it is none of the band's lines. */
    boolean headLine(String raw, Source.Where where, boolean inBand) {
      if (raw.length() > 400) return false; // the lead, not a line of the band
      String line = stripMarks(raw.strip().replaceFirst("^[-•>]\\s+", ""));
      String k = Texts.key(line);
      if (k.isEmpty()) return true;
      if (k.equals(BAND)) return true;
      Matcher m = NUMBER_LINE.matcher(line.replace("**", "").replace('\u00A0', ' ').strip());
      if (m.matches()) {
        draft.putFront("numero", Integer.valueOf(m.group(1)), where);
        facts++;
        if (m.group(2) != null && !m.group(2).isBlank()) {
          String iso = date(m.group(2));
          if (iso != null) draft.putFront("date", new YamlWriter.Raw(iso), where);
          else {
            draft.putFront("date", m.group(2).strip(), where);
            draft.review(
                "date", "date de la fiche illisible : « " + m.group(2).strip() + " »", where);
          }
          facts++;
        }
        if (m.group(3) != null && !m.group(3).isBlank()) {
          draft.putFront("serie", m.group(3).strip(), where);
          facts++;
        }
        return true;
      }
      String[] lv = labelled(line);
      if (lv != null && BAND_FIELDS.containsKey(Texts.key(lv[0]))) {
        String field = BAND_FIELDS.get(Texts.key(lv[0]));
        draft.putFront(field, lv[1], where);
        facts++;
        if (field.equals("thematique") && draft.get("thematique") == null) {
          draft.put("thematique", lv[1], where);
        }
        if (field.equals("territoire")) {
          Matcher r = Pattern.compile("(?i)^r[ée]gion\\s+(.+)$").matcher(lv[1]);
          if (r.matches() && !r.group(1).contains(",")) {
            draft.put("regions", YamlWriter.flowList(List.of(r.group(1).strip())), where);
          }
        }
        return true;
      }
      return false;
    }

    // ------------------------------------------------------------ identity

    void identityTable(Source.Table t) {
      for (Source.Row r : t.rows()) {
        draft.use(r);
        for (Source.Cell c : r.cells()) {
          String[] lines = Texts.unlink(c.text()).split("\n");
          for (int j = 0; j < lines.length; j++) {
            if (j == 0 && IDENTITY.contains(Texts.key(stripMarks(lines[0])))) continue;
            identityLine(lines[j], r.where());
          }
        }
      }
    }

    String lastIdentity;

    void identity(Source.Block b) {
      if (b instanceof Source.Table t) {
        draft.use(b);
        for (Source.Row r : t.rows()) {
          draft.use(r);
          if (r.cells().size() >= 2) {
            field(Texts.plain(r.text(0)), r.text(1), r.where());
          } else identityLine(r.text(0), r.where());
        }
        return;
      }
      Source.Para p = (Source.Para) b;
      draft.use(b);
      for (String line : Texts.unlink(p.text()).split("\n")) {
        Deadline.check();
        Deadline.check();
        identityLine(line, p.where());
      }
    }

    void identityLine(String raw, Source.Where where) {
      String line = raw.strip().replaceFirst("^[-•>]\\s+", "").replaceFirst("^>\\s*", "");
      if (line.isBlank()) return;
      if (raw.indexOf('\t') >= 0) {
        String[] cells = raw.strip().split("\t", 2);
        if (cells.length < 2) cells = new String[] {cells[0], ""};
        field(Texts.plain(cells[0]), cells[1], where);
        return;
      }
      if (IDENTITY_FIELDS.containsKey(Texts.key(line))) {
        field(line, "", where); // a label left empty (the cell's tab lost at its end)
        return;
      }
      String[] lv = labelled(line);
      if (lv != null && IDENTITY_FIELDS.containsKey(Texts.key(lv[0]))) {
        field(lv[0], lv[1], where);
        return;
      }
      if (lastIdentity != null) {
        draft.leftover(where, line);
        draft.review("identite." + lastIdentity, "suite possible du champ, laissée de côté", where);
      } else draft.leftover(where, line);
    }

    void field(String label, String value, Source.Where where) {
      String k = IDENTITY_FIELDS.get(Texts.key(label));
      String v = value.strip();
      if (k == null) {
        draft.leftover(where, label + " : " + v);
        return;
      }
      lastIdentity = k;
      if (v.isEmpty()) return;
      v = k.equals("nom_action") || k.equals("duree") ? Texts.plain(v) : v;
      draft.putFront("identite." + k, v, where);
      facts++;
      if (k.equals("nom_action") && draft.get("nom_court") == null) {
        draft.put("nom_court", Texts.plain(v), where);
        if (draft.get("titre") == null) {
          draft.put("titre", Texts.plain(v), where);
          draft.review(
              "titre",
              "la fiche ne donne pas l'intitulé officiel : le nom de l'action est repris",
              where);
        }
      }
      if (k.equals("duree")) {
        Matcher m = DURATION.matcher(Texts.normalize(Texts.plain(v)));
        if (m.matches() && draft.get("calendrier.duree_initiale_mois") == null) {
          int n = Integer.parseInt(m.group(1));
          draft.put(
              "calendrier.duree_initiale_mois", m.group(2).startsWith("an") ? n * 12 : n, where);
          draft.review(
              "calendrier.duree_initiale_mois",
              "durée lue dans la fiche : initiale ou effective ?",
              where);
        }
      }
    }

    // ------------------------------------------------------------ quotes

    /** A pull quote: a paragraph that is all « … », its author on the next line « — … ». */
    boolean quote(Source.Para p, Source.Block after) {
      if (p.list() != Source.ListKind.NONE || p.heading() > 0) return false;
      // a pull quote is set in italics throughout (a PDF's glyphs carry that style)
      String t = unwrap(stripMarks(Texts.unlink(p.text()).strip()));
      if (!(t.startsWith("«") && t.endsWith("»"))) return false;
      String inner =
          t.substring(1, t.length() - 1).replaceAll("^[\\s\u00A0\u202F]+|[\\s\u00A0\u202F]+$", "");
      if (inner.isEmpty() || !nested(inner)) return false; // « a » says X, « b »: not one quote
      Map<String, Object> q = new LinkedHashMap<>();
      q.put("texte", draft.at(inner, p.where()));
      draft.use(p);
      if (after instanceof Source.Para a && isAuthor(a)) {
        q.put("auteur", draft.at(Texts.plain(a.text()).replaceFirst("^[—–-]\\s*", ""), a.where()));
        draft.use(a);
        facts++;
      }
      quotes.add(q);
      facts++;
      return true;
    }

    boolean isAuthor(Source.Para a) {
      String t = Texts.plain(a.text());
      return (t.startsWith("— ") || t.startsWith("– ")) && t.length() < 300 && !t.contains("\n");
    }

    // ------------------------------------------------------------ key figures

    void keyFigures(Source.Block b) {
      draft.use(b);
      if (b instanceof Source.Table t) {
        for (Source.Row r : t.rows()) {
          draft.use(r);
          for (Source.Cell c : r.cells()) {
            if (c.text().isBlank()) continue;
            String[] lines = Texts.unlink(c.text()).split("\n", 2);
            if (lines.length < 2) {
              figure(lines[0], null, r.where());
            } else figure(lines[0], lines[1].replace('\n', ' '), r.where());
          }
        }
        return;
      }
      Source.Para p = (Source.Para) b;
      for (String raw : Texts.unlink(p.text()).split("\n")) {
        Deadline.check();
        String line = raw.strip().replaceFirst("^[-•>]\\s+", "").replaceFirst("^>\\s*", "");
        if (line.isBlank()) continue;
        Matcher m = Pattern.compile("^\\*\\*(.+?)\\*\\*\\s*(.*)$").matcher(line);
        if (m.matches()) figure(m.group(1), m.group(2), p.where());
        else {
          Matcher n =
              Pattern.compile("^([0-9][0-9  .,]*\\s*(?:%|€)?\\s*\\p{L}*)\\s+(.+)$")
                  .matcher(Texts.plain(line));
          if (n.matches()) figure(n.group(1), n.group(2), p.where());
          else draft.leftover(p.where(), line);
        }
      }
    }

    void figure(String value, String caption, Source.Where where) {
      Map<String, Object> k = new LinkedHashMap<>();
      k.put("valeur", draft.at(Texts.plain(value), where));
      if (caption == null || caption.isBlank()) {
        draft.review(
            "chiffres_cles", "chiffre clé sans libellé : « " + Texts.plain(value) + " »", where);
        k.put("libelle", "");
      } else k.put("libelle", draft.at(caption.strip(), where));
      figures.add(k);
      facts++;
    }

    // ------------------------------------------------------------ update notice

    void update(Source.Block b) {
      if (!(b instanceof Source.Para p)) return;
      String t = Texts.plain(p.text());
      if (NOT_UPDATED.matcher(Texts.key(t)).matches()) {
        draft.use(b);
        draft.putFront("actualisation", null, p.where());
        facts++;
        return;
      }
      Matcher m = UPDATED.matcher(t);
      if (m.matches()) {
        String iso = Dates.parse(m.group(1));
        draft.use(b);
        if (iso != null) {
          draft.putFront("actualisation", new YamlWriter.Raw(iso), p.where());
          facts++;
        } else {
          draft.leftover(p.where(), t);
          draft.review("actualisation", "date de mise à jour illisible", p.where());
        }
      }
    }

    // ------------------------------------------------------------ resources

    void resource(Source.Block b, String key) {
      if (b instanceof Source.Para p
          && !p.text().contains("\n")
          && RESOURCE_LISTS.containsKey(key)) {
        resourceList = RESOURCE_LISTS.get(key);
        draft.use(b);
        return;
      }
      if (!(b instanceof Source.Para p)) return;
      draft.use(b);
      List<String> item = null;
      for (String raw : Texts.unlink(p.text()).split("\n")) {
        Deadline.check();
        String line = raw.strip();
        boolean starts = line.startsWith(">");
        line = line.replaceFirst("^>\\s*", "").strip();
        if (line.isEmpty()) continue;
        if (item == null || starts) {
          if (item != null) resourceItem(item, p.where());
          item = new ArrayList<>();
        }
        item.add(line);
      }
      if (item != null) resourceItem(item, p.where());
    }

    void resourceItem(List<String> lines, Source.Where where) {
      String text = Texts.plain(lines.get(0));
      String link = null;
      for (int j = 1; j < lines.size(); j++) {
        String l = Texts.plain(lines.get(j));
        Matcher lm = LINK.matcher(lines.get(j));
        if (lm.find()) l = lm.group(2);
        if (link == null && URL.matcher(l).matches()) link = l;
        else text = text + " " + l;
      }
      if (link == null) {
        // the address on its own line under the title, the line break lost (a PDF's wrapping)
        int sp = text.lastIndexOf(' ');
        if (sp > 0 && URL.matcher(text.substring(sp + 1)).matches()) {
          link = text.substring(sp + 1);
          text = text.substring(0, sp).strip();
        }
      }
      Map<String, Object> r = new LinkedHashMap<>();
      String title = text;
      Object pages = null;
      String date = null;
      int comma = title.lastIndexOf(',');
      if (comma > 0) {
        Matcher pm = PAGES.matcher(title.substring(comma + 1).strip());
        if (pm.matches()) {
          pages = Integer.valueOf(pm.group(1));
          title = title.substring(0, comma).strip();
        }
      }
      if (title.length() > 1000) { // no date nor pages sought in a text this long
        r.put("titre", draft.at(title, where));
        resources.computeIfAbsent(resourceList, x -> new ArrayList<>()).add(r);
        facts++;
        return;
      }
      Matcher dm = TAIL_DATE.matcher(title);
      if (dm.matches() && date(dm.group(2)) != null && !dm.group(1).isBlank()) {
        date = date(dm.group(2));
        title = dm.group(1).strip();
      } else {
        Matcher ym = YEAR.matcher(title);
        if (ym.matches() && !ym.group(1).isBlank()) {
          date = ym.group(2);
          title = ym.group(1).strip();
        }
      }
      if (link == null && URL.matcher(title).matches()) link = title;
      r.put("titre", draft.at(title, where));
      if (date != null) r.put("date", new YamlWriter.Raw(date));
      if (pages != null) r.put("pages", pages);
      if (link != null) r.put("lien", link);
      resources.computeIfAbsent(resourceList, x -> new ArrayList<>()).add(r);
      facts++;
    }

    // ------------------------------------------------------------ contacts

    void contact(Source.Block b) {
      if (b instanceof Source.Table t) {
        if (!isBox(t)) return;
        draft.use(b);
        draft.use(t.rows().get(0));
        String[] lines = Texts.unlink(t.rows().get(0).text(0)).split("\n");
        publisher(lines[0], List.of(lines).subList(1, lines.length), t.where());
        return;
      }
      Source.Para p = (Source.Para) b;
      draft.use(b);
      String[] lines = Texts.unlink(p.text()).split("\n");
      boolean detail = false;
      for (String l : lines) detail |= isDetail(Texts.plain(l));
      if (!detail && lines.length <= 2 && source.format() != Source.Format.DOCX) {
        flushPending();
        pendingName = p;
        return;
      }
      if (pendingName != null && source.format() == Source.Format.PDF) {
        // a PDF draws the publisher's box as a table: a bold name alone (read as a heading, the
        // contact's lines under it without spacing) then its details is one contact
        Source.Para name = pendingName;
        pendingName = null;
        List<String> all = new ArrayList<>(List.of(Texts.unlink(name.text()).split("\n")));
        all.addAll(List.of(lines));
        contact(new Source.Para(name.where(), String.join("\n", all)));
        return;
      }
      if (pendingName != null) {
        Source.Para name = pendingName;
        pendingName = null;
        publisher(Texts.plain(name.text()).replace('\n', ' '), List.of(lines), name.where());
        return;
      }
      Map<String, Object> c = new LinkedHashMap<>();
      List<String> org = new ArrayList<>();
      List<String> address = new ArrayList<>();
      boolean bold = lines[0].strip().startsWith("**");
      boolean afterOrg = false;
      for (int j = 0; j < lines.length; j++) {
        String l = Texts.plain(lines[j]);
        if (l.isEmpty()) continue;
        if (detail(c, l, p.where())) {
          afterOrg = true;
          continue;
        }
        if (!afterOrg && (j == 0 || !bold)) org.add(l);
        else address.add(l);
        if (bold) afterOrg = true;
      }
      Map<String, Object> ordered = new LinkedHashMap<>();
      if (!org.isEmpty()) ordered.put("organisation", draft.at(String.join(" ", org), p.where()));
      if (!address.isEmpty()) ordered.put("adresse", String.join(", ", address));
      ordered.putAll(c);
      contacts.add(ordered);
      if (firstContact == null) firstContact = p.where();
      facts++;
    }

    void flushPending() {
      if (pendingName == null) return;
      Source.Para p = pendingName;
      pendingName = null;
      Map<String, Object> c = new LinkedHashMap<>();
      c.put("organisation", draft.at(Texts.plain(p.text()).replace('\n', ' '), p.where()));
      contacts.add(c);
      if (firstContact == null) firstContact = p.where();
      facts++;
    }

    boolean isDetail(String l) {
      return PHONE.matcher(l).matches()
          || l.contains("@")
          || URL.matcher(l.replaceFirst("^/\\s*", "")).matches();
    }

    /**
     * Puts a contact's detail line (phone, e-mail, site) into {@code c}; false for another line.
     */
    boolean detail(Map<String, Object> c, String l, Source.Where where) {
      Matcher ph = PHONE.matcher(l);
      if (ph.matches()) {
        String[] parts = ph.group(1).split("\\s*/\\s*", 2);
        c.putIfAbsent("telephone", parts[0].strip());
        if (parts.length > 1) draft.leftover(where, parts[1].strip());
        return true;
      }
      if (l.contains("@") || URL.matcher(l.replaceFirst("^/\\s*", "")).matches()) {
        for (String part : l.split("\\s*/\\s*|\\s+")) {
          if (part.isBlank()) continue;
          if (part.contains("@")) c.putIfAbsent("email", part.replaceFirst("^mailto:", ""));
          else if (URL.matcher(part).matches()) c.putIfAbsent("site", part);
          else draft.leftover(where, part);
        }
        return true;
      }
      return false;
    }

    void publisher(String name, List<String> lines, Source.Where where) {
      Map<String, Object> c = new LinkedHashMap<>();
      Map<String, Object> details = new LinkedHashMap<>();
      c.put("nom", Texts.plain(name));
      for (String raw : lines) {
        String l = Texts.plain(raw);
        if (l.isEmpty() || detail(details, l, where)) continue;
        if (l.matches(".*\\b[0-9]{5}\\b.*") || l.matches("^[0-9]{1,4}\\b.*")) {
          c.merge("adresse", l, (a, x) -> a + ", " + x);
        } else c.merge("description", l, (a, x) -> a + " " + x);
      }
      c.putAll(details);
      draft.putFront("editeur", c, where);
      facts++;
    }

    // ------------------------------------------------------------ the end

    void finish() {
      if (!lead.isEmpty()) {
        draft.putFront("chapeau", String.join("\n\n", lead), leadWhere);
        facts++;
      }
      if (!quotes.isEmpty()) draft.putFront("citations", quotes, null);
      if (!figures.isEmpty()) draft.putFront("chiffres_cles", figures, null);
      if (!resources.isEmpty()) {
        Map<String, Object> r = new LinkedHashMap<>();
        for (String k : List.of("rapports", "docs_techniques", "sites")) {
          if (resources.containsKey(k)) r.put(k, resources.get(k));
        }
        draft.putFront("ressources", r, null);
      }
      if (!contacts.isEmpty()) {
        draft.putFront("contacts", contacts, null);
        Object first = Draft.unwrap(((Map<?, ?>) contacts.get(0)).get("organisation"));
        if (first instanceof String org && draft.get("porteur.nom") == null) {
          draft.put("porteur.nom", org, firstContact);
          draft.review(
              "porteur.nom", "porteur déduit du premier contact de la fiche", firstContact);
        }
      }
      draft.count(BLOCK, facts);
      order(draft.front(), Keys.SHEET);
      Object id = draft.front().get("identite");
      if (id instanceof Map<?, ?> m) {
        @SuppressWarnings("unchecked")
        Map<String, Object> identity = (Map<String, Object>) m;
        order(identity, Keys.SHEET_IDENTITY);
      }
    }

    /** The entries of {@code m} in the reference's order (others after, as read). */
    private static void order(Map<String, Object> m, List<String> keys) {
      Map<String, Object> copy = new LinkedHashMap<>(m);
      m.clear();
      for (String k : keys) if (copy.containsKey(k)) m.put(k, copy.remove(k));
      m.putAll(copy);
    }
  }

  // ------------------------------------------------------------ helpers

  /** Whether the guillemets inside a quote open before they close, and all close. */
  private static boolean nested(String s) {
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '«') depth++;
      else if (c == '»' && --depth < 0) return false;
    }
    return depth == 0;
  }

  /** The first line of a paragraph, or of a table's first cell. */
  private static String firstLine(Source.Block b) {
    String t =
        b instanceof Source.Para p
            ? p.text()
            : b instanceof Source.Table t2 && !t2.rows().isEmpty() ? t2.rows().get(0).text(0) : "";
    int nl = t.indexOf('\n');
    return nl < 0 ? t : t.substring(0, nl);
  }

  /**
   * A text without the bold or italic marks that wrap it whole (« **…** », « *…* »): the style of
   * the sheet's lead or quotes, not a mark of the holder's.
   */
  static String unwrap(String s) {
    String t = s.strip();
    int n = 0;
    while (n < 3 && n < t.length() && t.charAt(n) == '*') n++;
    if (n == 0 || t.length() <= 2 * n) return t;
    String marks = t.substring(0, n);
    if (!t.endsWith(marks) || t.charAt(t.length() - n - 1) == '*') return t;
    String inner = t.substring(n, t.length() - n);
    // « **a** et **b** »: two bold runs, not one wrapping the whole text
    if (inner.contains(marks)) return t;
    return inner.strip();
  }

  /** A line without the quote marker "> " of the text extractions, nor bullets. */
  private static String stripMarks(String s) {
    return s.replaceFirst("^\\s*>\\s*", "");
  }

  /** "Label : value" (the label possibly bold) as {label, value}, or null. */
  private static String[] labelled(String line) {
    String l = line.strip();
    Matcher bold = Pattern.compile("^\\*\\*(.+?)\\*\\*\\s*:\\s*(.*)$").matcher(l);
    if (bold.matches()) return new String[] {Texts.plain(bold.group(1)), bold.group(2).strip()};
    int colon = l.indexOf(':');
    if (colon <= 0 || colon > 60) return null;
    return new String[] {Texts.plain(l.substring(0, colon)), l.substring(colon + 1).strip()};
  }

  /** A French date, months possibly abbreviated ("janv. 2011"), as ISO; null when unreadable. */
  static String date(String text) {
    String s = Texts.normalize(text).replaceAll("\\s+", " ").strip();
    if (s.matches("[0-9]{4}")) return s;
    return Dates.parse(s);
  }
}
