package fr.fejdoc.load;

import fr.fejdoc.load.yaml.YNode;
import fr.fejdoc.model.Document;
import fr.fejdoc.model.SourceText;
import java.util.List;

/** Reads the front matter of a fiche d'expérience. */
final class ExperienceSheetLoader {
  private ExperienceSheetLoader() {}

  static Document load(Reader r, YNode.Map map, SourceText source) {
    Fields f = r.fields(map, "", Keys.SHEET);
    Fields identity = f.sub("identite", Keys.SHEET_IDENTITY);
    Fields resources = f.sub("ressources", Keys.RESOURCES);
    Fields publisher = f.sub("editeur", Keys.CONTACT);
    return new Document.ExperienceSheet(
        source,
        f.count("numero"),
        f.date("date"),
        f.text("serie"),
        f.text("territoire"),
        f.text("thematique"),
        f.text("titre"),
        f.text("chapeau"),
        identity == null
            ? new Document.SheetIdentity(null, null, null, null, null)
            : new Document.SheetIdentity(
                identity.text("nom_action"),
                identity.text("public_cible"),
                identity.text("duree"),
                identity.text("pilotage"),
                identity.text("financement")),
        f.list(
            "citations",
            Keys.QUOTE,
            q -> new Document.Quote(q.requiredText("texte"), q.text("auteur"), q.loc())),
        f.list(
            "chiffres_cles",
            Keys.KEY_FIGURE,
            k ->
                new Document.KeyFigure(
                    k.requiredText("valeur"), k.requiredText("libelle"), k.loc())),
        f.date("actualisation"),
        resources(resources, "rapports"),
        resources(resources, "docs_techniques"),
        resources(resources, "sites"),
        f.list("contacts", Keys.CONTACT, ExperienceSheetLoader::contact),
        publisher == null ? null : contact(publisher),
        DocumentLoader.certificate(f));
  }

  private static List<Document.Resource> resources(Fields f, String key) {
    if (f == null) return List.of();
    return f.list(
        key,
        Keys.RESOURCE,
        x ->
            new Document.Resource(
                x.requiredText("titre"), x.text("date"), x.text("pages"), x.text("lien"), x.loc()));
  }

  private static Document.Contact contact(Fields c) {
    var org = c.text("organisation");
    if (org == null) org = c.text("nom");
    return new Document.Contact(
        org,
        c.text("telephone"),
        c.text("email"),
        c.text("adresse"),
        c.text("site"),
        c.text("description"),
        c.loc());
  }
}
