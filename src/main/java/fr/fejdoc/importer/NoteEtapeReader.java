package fr.fejdoc.importer;

import fr.fejdoc.model.FormPlan;
import fr.fejdoc.text.YamlWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The identity block and the certificate of a note d'étape: « DOSSIER : », « INTITULÉ DU PROJET :
 * », the porteur, the évaluateur, the regions, the start date, « Rédigée par », the note's date in
 * its title, and the signatory, quality, place, date and publication choice of the certificate.
 */
final class NoteEtapeReader implements FormReader {
  private static final Pattern TITLE =
      Pattern.compile("note d'etape sur l'experimentation(?: au (.*))?");
  private static final Pattern SIGNED =
      Pattern.compile("(?iu)^je soussign[ée]+e?\\s*,?\\s*(.*?),?\\s*certifie\\b.*$");
  private static final Pattern DATED =
      Pattern.compile("(?iu)^(?:(?:fait\\s+)?(?:à|a)\\s+(.+?),\\s*)?le\\s+(.+?)\\.?$");
  private static final List<String> FIXED =
      List.of(
          "direction de la jeunesse",
          "de l'education populaire et de la vie associative",
          "mission d'animation",
          "du fonds d'experimentations pour la jeunesse",
          "du fonds d'experimentation pour la jeunesse",
          "direction de la jeunesse, de l'education populaire et de la vie associative",
          "mission d'animation du fonds d'experimentations pour la jeunesse",
          "mission d'animation du fonds d'experimentation pour la jeunesse",
          "signature :",
          "signature");

  /**
   * A paragraph's lines as one text (or a row of the identity table, « label : value »), the block
   * to mark used and where it is.
   */
  private record Para(Object block, Source.Where where, String text) {
    Para(Source.Para p, String text) {
      this(p, p.where(), text);
    }
  }

  @Override
  public void read(Source source, Draft draft) {
    FormPlan plan = FormPlan.of(draft.kind());
    List<Source.Block> blocks = source.blocks();
    int firstPart = blocks.size();
    int certificate = blocks.size();
    for (int i = 0; i < blocks.size(); i++) {
      if (!(blocks.get(i) instanceof Source.Para p)) continue;
      if (firstPart == blocks.size()
          && p.text().length() < 250
          && Texts.heading(plan, p.text()) != null) firstPart = i;
      if (i > firstPart && Texts.key(p.text()).startsWith("certificat")) certificate = i;
    }
    List<Para> head = new ArrayList<>();
    for (int i = 0; i < Math.min(firstPart, certificate); i++) {
      if (blocks.get(i) instanceof Source.Para p) head.add(new Para(p, Texts.plain(p.text())));
      else if (blocks.get(i) instanceof Source.Table t) {
        // the identity as a two-column table (label | value), as Word notes often have it
        boolean all = true;
        for (Source.Row r : t.rows()) {
          String label = Texts.plain(r.text(0));
          if (r.cells().size() < 2 || label(Texts.normalize(label)) == null) {
            all = false;
            continue;
          }
          List<String> rest = new ArrayList<>();
          for (int c = 1; c < r.cells().size(); c++) rest.add(Texts.plain(r.text(c)));
          String l = label.endsWith(":") ? label : label + " :";
          head.add(new Para(r, r.where(), l + " " + String.join(" ", rest).strip()));
        }
        if (all) draft.use(t);
      }
    }
    identity(draft, head);
    List<Para> cert = new ArrayList<>();
    for (int i = certificate; i < blocks.size(); i++) {
      draft.use(blocks.get(i));
      if (blocks.get(i) instanceof Source.Para p) cert.add(new Para(p, Texts.plain(p.text())));
      else if (blocks.get(i) instanceof Source.Table t) {
        for (Source.Row r : t.rows()) {
          draft.leftover(r.where(), PartsReader.rowText(r));
        }
      }
    }
    if (certificate < blocks.size()) certificate(draft, cert);
    for (int i = firstPart; i < Math.min(certificate, blocks.size()); i++) {
      if (blocks.get(i) instanceof Source.Table t && !draft.used(t) && distribution(t)) {
        effectifs(draft, t, i > 0 ? blocks.get(i - 1) : null);
        break;
      }
    }
    for (String k : EXPECTED) {
      if (draft.get(k) == null && frontValue(draft, k) == null) {
        String name =
            k.endsWith(".nom")
                ? k.substring(0, k.indexOf('.'))
                : k.substring(k.lastIndexOf('.') + 1);
        draft.missing().add(k.equals("certificat.date") ? "date du certificat" : name);
      }
    }
  }

  /** The facts a note d'étape gives, in the form's order. */
  private static final List<String> EXPECTED =
      List.of(
          "au",
          "redigee_par",
          "dossier",
          "titre",
          "porteur.nom",
          "evaluateur.nom",
          "regions",
          "calendrier.demarrage",
          "certificat.signataire",
          "certificat.qualite",
          "certificat.date");

  private static Object frontValue(Draft draft, String path) {
    Object v = draft.front();
    for (String k : path.split("\\.")) {
      v = Draft.unwrap(v);
      if (!(v instanceof java.util.Map<?, ?> m)) return null;
      v = m.get(k);
    }
    return Draft.unwrap(v);
  }

  /** The note's « effectifs » table: « | Nombre » above, one row per group, « Total » below. */
  private static boolean distribution(Source.Table t) {
    if (t.rows().size() < 2 || t.rows().size() > 200) return false;
    Source.Row head = t.rows().get(0);
    Source.Row last = t.rows().get(t.rows().size() - 1);
    return head.cells().size() == 2
        && Texts.key(head.text(1)).equals("nombre")
        && Texts.key(last.text(0)).equals("total");
  }

  private static void effectifs(Draft draft, Source.Table t, Source.Block before) {
    draft.use(t);
    if (before instanceof Source.Para caption
        && !draft.used(caption)
        && caption.heading() == 0
        && caption.list() == Source.ListKind.NONE
        && caption.text().length() <= 150) {
      String label = Texts.plain(caption.text());
      if (!Texts.key(label).equals("effectifs"))
        draft.putFront("effectifs.libelle", label, caption.where());
      draft.use(caption);
    }
    Map<String, Object> parts = new LinkedHashMap<>();
    for (int r = 1; r < t.rows().size(); r++) {
      Source.Row row = t.rows().get(r);
      String name = Texts.plain(row.text(0));
      String n = Texts.plain(row.text(1)).replace(" ", "").replace("\u00A0", "");
      Object v = n.matches("\\d{1,9}") ? (Object) Long.valueOf(n) : n;
      if (r == t.rows().size() - 1) {
        if (!n.isEmpty()) draft.putFront("effectifs.total", v, row.where());
      } else if (!name.isEmpty()) {
        parts.put(name, draft.at(v, row.where()));
      }
    }
    draft.putFront("effectifs.repartition", parts, null);
    draft.count("note", parts.size() + 1);
  }

  private static void identity(Draft draft, List<Para> head) {
    for (int p = 0; p < head.size(); p++) {
      Para para = head.get(p);
      String text = para.text();
      String n = Texts.normalize(text);
      Source.Where w = para.where();
      if (FIXED.contains(n)) {
        draft.use(para.block());
        continue;
      }
      Matcher title = TITLE.matcher(n);
      if (title.matches()) {
        draft.use(para.block());
        if (title.group(1) != null) {
          String v = valueAfter(text, " au ");
          String iso = v == null ? null : Dates.parse(v);
          if (v != null) {
            if (iso == null) draft.putFront("au", v, w);
            else draft.putFrontWritten("au", new YamlWriter.Raw(iso), v, w);
            draft.count("note", 1);
          }
        }
        continue;
      }
      if (n.startsWith("redigee par ") || n.startsWith("redige par ")) {
        String v = text.substring(text.indexOf(' ', text.indexOf(' ') + 1) + 1).strip();
        v = v.replaceFirst("(?i)^(le |la |les |l'|l’)", "").strip();
        v = Texts.recase(v, draft.source());
        draft.use(para.block());
        if (!v.isEmpty()) {
          draft.putFront("redigee_par", v, w);
          draft.count("note", 1);
        }
        continue;
      }
      String key = label(n);
      if (key != null) {
        draft.use(para.block());
        String v = afterColon(text);
        if (v.isEmpty()
            && p + 1 < head.size()
            && label(Texts.normalize(head.get(p + 1).text())) == null) {
          p++;
          draft.use(head.get(p).block());
          v = head.get(p).text();
          w = head.get(p).where();
        }
        v = v.replaceAll("\\s+", " ").strip();
        if (v.isEmpty()) continue;
        identityFact(draft, key, v, w);
        continue;
      }
      // not used: PartsReader lists it as a leftover
    }
  }

  private static void identityFact(Draft draft, String key, String v, Source.Where w) {
    switch (key) {
      case "porteur" -> draft.put("porteur.nom", v, w);
      case "evaluateur" -> draft.put("evaluateur.nom", v, w);
      case "regions" -> {
        List<Object> regions = new ArrayList<>();
        for (String r : v.split("\\s*(?:,|;|\\bet\\b)\\s*"))
          if (!r.isBlank()) regions.add(r.strip());
        draft.put("regions", new YamlWriter.Flow(regions), w);
      }
      case "demarrage" -> {
        String iso = Dates.parse(v);
        if (iso == null) draft.put("calendrier.demarrage", v, w);
        else draft.putWritten("calendrier.demarrage", new YamlWriter.Raw(iso), v, w);
      }
      default -> draft.put(key, v, w);
    }
    draft.count("identite", 1);
  }

  private static void certificate(Draft draft, List<Para> cert) {
    boolean publication = true;
    Source.Where start = cert.isEmpty() ? null : cert.get(0).where();
    // the date the certificate is signed: the paragraph « À Lyon, le 3 mars 2011 » when there is
    // one, else the first « Le 3 mars 2011 »
    Para dated = null;
    for (Para para : cert) {
      Matcher d = DATED.matcher(para.text());
      if (!d.matches() || Dates.parse(d.group(2)) == null) continue;
      if (dated == null) dated = para;
      if (d.group(1) != null) {
        dated = para;
        break;
      }
    }
    for (Para para : cert) {
      String text = para.text();
      String n = Texts.normalize(text);
      Source.Where w = para.where();
      if (n.startsWith("certificat")) {
        if (n.contains("ne fera pas l'objet d'une publication")) publication = false;
        continue;
      }
      if (FIXED.contains(n)) continue;
      String picture = Texts.imageAlone(para.block() instanceof Source.Para sp ? sp.text() : "");
      if (picture != null) {
        draft.putFront("certificat.signature", picture, w); // the signature's picture
        continue;
      }
      Matcher s = SIGNED.matcher(text);
      if (s.matches()) {
        signatory(draft, s.group(1), w);
        if (Texts.normalize(s.group(0)).contains("ne fera pas l'objet d'une publication")) {
          publication = false;
        }
        continue;
      }
      Matcher d = DATED.matcher(text);
      if (d.matches() && Dates.parse(d.group(2)) != null && para != dated) {
        draft.leftover(w, text); // another date than the signature's: to place by hand
        continue;
      }
      if (d.matches() && d.group(1) != null && blankDate(d.group(2)) && dated == null) {
        // « À Cannes, le … »: the place is given, the date left blank
        draft.putFront("certificat.lieu", Texts.plain(d.group(1)).strip(), w);
        draft.count("certificat", 1);
        continue;
      }
      if (d.matches() && Dates.parse(d.group(2)) != null) {
        if (d.group(1) != null) draft.putFront("certificat.lieu", d.group(1).strip(), w);
        draft.putFront("certificat.date", new YamlWriter.Raw(Dates.parse(d.group(2))), w);
        draft.count("certificat", d.group(1) != null ? 2 : 1);
        continue;
      }
      draft.leftover(w, text);
    }
    if (start != null) {
      draft.putFront("certificat.publication", publication, start);
      draft.count("certificat", 1);
    }
  }

  /** A date left blank: « … », « ... », « __ ». */
  private static boolean blankDate(String text) {
    return Texts.plain(text).strip().matches("[.…_\\s]*");
  }

  private static void signatory(Draft draft, String who, Source.Where w) {
    String rest = who.strip();
    int comma = rest.indexOf(',');
    String name = comma < 0 ? rest : rest.substring(0, comma).strip();
    String quality = comma < 0 ? "" : rest.substring(comma + 1).strip();
    quality = quality.replaceFirst("\\s*AP\\d+\\s*_?\\s*n?°?\\s*\\d+\\s*$", "").strip();
    Matcher std =
        Pattern.compile("(?i)^(.+?),\\s*responsable de la structure porteuse du projet$")
            .matcher(quality);
    if (std.matches()) quality = std.group(1).strip();
    quality = quality.replaceFirst(",$", "").strip();
    if (!name.isEmpty()) {
      draft.putFront("certificat.signataire", name, w);
      draft.count("certificat", 1);
    }
    if (!quality.isEmpty()) {
      draft.putFront("certificat.qualite", quality, w);
      draft.count("certificat", 1);
    }
  }

  /** The identity label a paragraph starts with, as a key, or null. */
  private static String label(String n) {
    if (n.startsWith("dossier")) return "dossier";
    if (n.startsWith("intitule du projet")) return "titre";
    if (n.startsWith("porteur du projet")) return "porteur";
    if (n.startsWith("evaluateur du projet")) return "evaluateur";
    if (n.startsWith("region(s) d'experimentation")
        || n.startsWith("region d'experimentation")
        || n.startsWith("regions d'experimentation")) return "regions";
    if (n.startsWith("date de demarrage")) return "demarrage";
    return null;
  }

  private static String afterColon(String text) {
    int c = text.indexOf(':');
    return c < 0 ? "" : text.substring(c + 1).strip();
  }

  private static String valueAfter(String text, String word) {
    int i = Texts.normalize(text).lastIndexOf(word);
    return i < 0 ? null : text.substring(i + word.length()).strip();
  }
}
