package fr.fejdoc.document.assemble;

import static fr.fejdoc.document.assemble.ExperimentData.dateText;
import static fr.fejdoc.document.assemble.ExperimentData.text;

import fr.fejdoc.model.Certificate;
import fr.fejdoc.model.Distribution;
import fr.fejdoc.model.Document;
import fr.fejdoc.model.Experiment;
import fr.fejdoc.model.FormPlan;
import fr.fejdoc.model.Section;
import fr.fejdoc.text.FrenchFormat;
import java.util.ArrayList;
import java.util.List;

/** The front matter and narrative of one document file, as templates see them. */
final class DocumentData {
  private DocumentData() {}

  static Data of(Document doc, Experiment e) {
    Data d = new Data();
    d.with("type", doc.kind().key());
    Data sections = new Data();
    for (Section s : doc.source().sections()) sections.with(s.id(), s.markdown());
    d.with("sections", sections);
    d.with("plan", plan(doc));
    d.with("certificat", certificate(doc.certificate()));
    switch (doc) {
      case Document.ProgressNote n -> {
        d.with("au", n.asOf() == null ? null : dateText(n.asOf(), false));
        d.with(
            "au_majuscules",
            n.asOf() == null
                ? null
                : n.asOf().hasDay()
                    ? FrenchFormat.dateUpper(n.asOf().date())
                    : ExperimentData.upper(dateText(n.asOf(), false)));
        d.with("redigee_par", text(n.writtenBy()));
        d.with("effectifs", distribution(n.distribution()));
      }
      case Document.FinalReport r -> {
        d.with(
            "date_remise",
            r.submitted() == null
                ? null
                : r.submitted().yearOnly()
                    ? Integer.toString(r.submitted().date().getYear())
                    : FrenchFormat.monthSlashYear(r.submitted().month()));
        d.with("redigee_par", text(r.writtenBy()));
      }
      case Document.ExperienceSheet s -> sheet(s, e, d);
    }
    return d;
  }

  /** The whole plan of the form, in order, with the holder's narrative where given. */
  private static List<Data> plan(Document doc) {
    List<Data> out = new ArrayList<>();
    for (FormPlan.Item item : FormPlan.of(doc.kind()).items()) {
      Section s = doc.source().section(item.id());
      out.add(
          Data.of(
              "id", item.id(),
              "numero", item.number(),
              "titre", item.title(),
              "niveau", item.depth(),
              "groupe", item.container(),
              "obligatoire", item.required(),
              "present", s != null && s.hasText(),
              "markdown", s == null ? null : s.markdown()));
    }
    return out;
  }

  private static Data certificate(Certificate c) {
    if (c == null) return null;
    return Data.of(
        "signataire", text(c.signatory()),
        "qualite", text(c.quality()),
        "lieu", text(c.place()),
        "date", c.date() == null ? null : dateText(c.date(), false),
        "publication", c.publication(),
        "signature", text(c.signature()));
  }

  private static Data distribution(Distribution dist) {
    if (dist == null) return null;
    List<Data> parts = new ArrayList<>();
    for (Distribution.Part p : dist.parts())
      parts.add(Data.of("nom", p.name(), "nombre", Figures.count(p.count().value())));
    return Data.of(
        "libelle",
        text(dist.label()),
        "total",
        dist.total() == null ? null : Figures.count(dist.total().value()),
        "repartition",
        parts);
  }

  private static void sheet(Document.ExperienceSheet s, Experiment e, Data d) {
    d.with("numero", s.number() == null ? null : String.valueOf(s.number().value()));
    d.with(
        "date",
        s.date() == null
            ? null
            : s.date().yearOnly()
                ? Integer.toString(s.date().date().getYear())
                : FrenchFormat.monthShort(s.date().month()));
    d.with("serie", text(s.series()));
    d.with("territoire", text(s.territory()));
    d.with("thematique", s.theme() != null ? text(s.theme()) : e == null ? null : text(e.theme()));
    d.with("titre", s.title() != null ? text(s.title()) : e == null ? null : text(e.title()));
    d.with("chapeau", text(s.lead()));
    Document.SheetIdentity id = s.identity();
    String duration =
        e == null || e.schedule() == null
            ? null
            : ExperimentData.duration(e.schedule().effective());
    d.with(
        "identite",
        Data.of(
            "nom_action",
                id.actionName() != null
                    ? text(id.actionName())
                    : e == null
                        ? null
                        : e.shortName() != null ? text(e.shortName()) : text(e.title()),
            "public_cible",
                id.targetPublic() != null
                    ? text(id.targetPublic())
                    : e == null || e.synthesis() == null
                        ? null
                        : text(e.synthesis().targetPublic()),
            "duree", id.duration() != null ? text(id.duration()) : duration,
            "pilotage", text(id.steering()),
            "financement", text(id.funding())));
    List<Data> quotes = new ArrayList<>();
    for (Document.Quote q : s.quotes())
      quotes.add(Data.of("texte", text(q.text()), "auteur", text(q.author())));
    d.with("citations", quotes);
    List<Data> figures = new ArrayList<>();
    for (Document.KeyFigure k : s.keyFigures())
      figures.add(Data.of("valeur", text(k.value()), "libelle", text(k.caption())));
    d.with("chiffres_cles", figures);
    d.with("actualisation", s.updated() == null ? null : dateText(s.updated(), false));
    d.with("rapports", resources(s.reports()));
    d.with("docs_techniques", resources(s.technicalDocs()));
    d.with("sites", resources(s.sites()));
    List<Data> contacts = new ArrayList<>();
    for (Document.Contact c : s.contacts()) contacts.add(contact(c));
    d.with("contacts", contacts);
    d.with("editeur", s.publisher() == null ? null : contact(s.publisher()));
    Section actors = s.source().section("acteurs");
    if (actors != null) d.with("acteurs", actors(actors.markdown()));
  }

  /** The actors section cut at its sub-headings: one box per actor. */
  static List<Data> actors(String markdown) {
    List<Data> out = new ArrayList<>();
    String name = null;
    StringBuilder body = new StringBuilder();
    for (String line : markdown.split("\n", -1)) {
      String t = line.strip();
      if (t.startsWith("##") && t.replaceFirst("^#+", "").startsWith(" ")) {
        if (name != null || !body.toString().isBlank())
          out.add(Data.of("nom", name, "markdown", body.toString().strip()));
        name = t.replaceFirst("^#+\\s*", "").replaceFirst("\\s*#*$", "");
        body.setLength(0);
      } else {
        body.append(line).append('\n');
      }
    }
    if (name != null || !body.toString().isBlank())
      out.add(Data.of("nom", name, "markdown", body.toString().strip()));
    return out;
  }

  private static List<Data> resources(List<Document.Resource> list) {
    List<Data> out = new ArrayList<>();
    for (Document.Resource r : list)
      out.add(
          Data.of(
              "titre",
              text(r.title()),
              "date",
              looseDate(text(r.date())),
              "pages",
              pages(text(r.pages())),
              "lien",
              text(r.link())));
    return out;
  }

  /** An ISO date written in a free-text field, in French ("3 février 2010"); else as written. */
  static String looseDate(String s) {
    if (s == null) return null;
    try {
      if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return FrenchFormat.date(java.time.LocalDate.parse(s));
      }
      if (s.matches("\\d{4}-\\d{2}")) return FrenchFormat.monthYear(java.time.YearMonth.parse(s));
    } catch (java.time.DateTimeException e) {
      return s;
    }
    return s;
  }

  /** "6" → "6 p." (a page count); any other wording as written. */
  static String pages(String s) {
    return s != null && s.matches("\\d+") ? s + " p." : s;
  }

  private static Data contact(Document.Contact c) {
    return Data.of(
        "organisation",
        text(c.organisation()),
        "telephone",
        text(c.phone()),
        "email",
        text(c.email()),
        "adresse",
        text(c.address()),
        "site",
        text(c.site()),
        "description",
        text(c.description()));
  }
}
