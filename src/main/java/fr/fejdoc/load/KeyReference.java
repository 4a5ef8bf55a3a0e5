package fr.fejdoc.load;

import fr.fejdoc.model.DocumentKind;
import fr.fejdoc.model.FormPlan;
import java.util.List;

/**
 * Writes docs/reference-cles.md, the French reference of every key of experiment.yaml and of each
 * document's front matter, from the described registry of {@link Keys}. The file is generated:
 * KeyReferenceTest fails when the committed copy differs (rewrite it with {@code
 * -Dfejdoc.updateGolden=true}).
 */
public final class KeyReference {
  private KeyReference() {}

  /** The kinds of document, in the order the reference gives them. */
  public static final List<String> DOCUMENTS =
      List.of("note_etape", "restitution_finale", "fiche_experience");

  /** The reference, as Markdown. */
  public static String markdown() {
    StringBuilder out = new StringBuilder();
    out.append("# Référence des clés YAML\n\n");
    out.append(
        "<!-- Fichier généré à partir de src/main/java/fr/fejdoc/load/Keys.java et du registre"
            + " des formulaires src/main/java/fr/fejdoc/model/form/FormRegistry.java : ne pas le"
            + " modifier à la main. KeyReferenceTest le régénère avec"
            + " -Dfejdoc.updateGolden=true. -->\n\n");
    out.append(
        "Chaque clé que fejdoc lit, avec ce qu'elle contient, les valeurs permises, un exemple"
            + " et la case du formulaire qu'elle remplit. Une clé absente de cette liste est"
            + " une erreur (FEJ020, avec la clé la plus proche) : une faute de frappe ne fait"
            + " jamais perdre une donnée. Pour chaque document suivent les parties du récit que"
            + " nomment ses titres. Toute clé peut valoir `null` (ou rester absente) sauf"
            + " si elle est obligatoire. Les conventions (ce que contient chaque document, ce que"
            + " `check` vérifie) sont dans [conventions.md](conventions.md) ; les schémas JSON"
            + " générés de la même source sont dans [../schemas/](../schemas/).\n\n");
    out.append("Notation : `a.b` est la clé `b` du bloc `a` ; `a[].b` est la clé `b` de chaque");
    out.append(" élément de la liste `a` ; les numéros de compte et les clés qui commencent par");
    out.append(" un chiffre s'écrivent entre guillemets (`\"60\"`, `\"16_18\"`).\n\n");

    out.append("## experiment.yaml\n\n");
    KeySpec root = Keys.experimentSpec();
    out.append(root.description()).append("\n\n");
    for (KeySpec top : root.children()) {
      out.append("### `").append(top.name()).append("`\n\n");
      table(out, List.of(top), "");
    }
    for (String kind : DOCUMENTS) {
      KeySpec doc = Keys.documentSpec(kind);
      out.append("## En-tête d'un document `").append(kind).append("`\n\n");
      out.append(doc.description())
          .append(" Entre deux lignes `---` au début du fichier Markdown.\n\n");
      table(out, doc.children(), "");
      parts(out, FormPlan.of(DocumentKind.ofKey(kind)));
    }
    return out.toString();
  }

  /** The parts of a form the holder's headings name, from the form's plan. */
  private static void parts(StringBuilder out, FormPlan plan) {
    out.append("Parties du récit, dans l'ordre du formulaire, que nomment les titres Markdown (la");
    out.append(" correspondance ignore la casse, les accents et la numérotation ; un identifiant");
    out.append(" `{#identifiant}` écrit après le titre l'emporte) :\n\n");
    out.append("| Identifiant | Numéro | Titre | Statut | Autres titres acceptés |\n");
    out.append("|---|---|---|---|---|\n");
    for (FormPlan.Item i : plan.items()) {
      out.append("| `").append(i.id()).append("` | ");
      out.append(cell(i.number())).append(" | ");
      out.append(cell(i.title())).append(" | ");
      out.append(
              i.container()
                  ? "regroupement (titre facultatif)"
                  : i.required() ? "obligatoire" : "facultative")
          .append(" | ");
      out.append(cell(String.join(" ; ", i.aliases()))).append(" |\n");
    }
    out.append("\n");
  }

  private static void table(StringBuilder out, List<KeySpec> keys, String prefix) {
    out.append("| Clé | Type | Obligatoire | Valeurs permises | Exemple | Case remplie | Rôle |\n");
    out.append("|---|---|---|---|---|---|---|\n");
    for (KeySpec k : keys) rows(out, k, prefix);
    out.append("\n");
  }

  private static void rows(StringBuilder out, KeySpec k, String prefix) {
    String path = prefix + quoted(k.name());
    out.append("| `").append(path).append("` | ");
    out.append(cell(k.kind().french())).append(" | ");
    out.append(k.required() ? "oui" : "non").append(" | ");
    out.append(values(k)).append(" | ");
    out.append(k.example().isEmpty() ? "" : "`" + cell(k.example()) + "`").append(" | ");
    out.append(cell(k.cell())).append(" | ");
    out.append(cell(k.description())).append(" |\n");
    String childPrefix = path + (k.kind() == KeySpec.Kind.BLOCK_LIST ? "[]." : ".");
    for (KeySpec c : k.children()) rows(out, c, childPrefix);
  }

  private static String values(KeySpec k) {
    if (k.values().isEmpty()) return "";
    StringBuilder b = new StringBuilder();
    for (String v : k.values()) {
      if (b.length() > 0) b.append(", ");
      b.append('`').append(v).append('`');
    }
    return b.toString();
  }

  /** A key as written in YAML: quoted when it starts with a digit. */
  static String quoted(String key) {
    return !key.isEmpty() && Character.isDigit(key.charAt(0)) ? "\"" + key + "\"" : key;
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
