package fr.fejdoc.load;

import fr.fejdoc.model.DocumentKind;
import fr.fejdoc.model.FormPlan;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The files of a new project ({@code fejdoc nouveau}), generated from the key registry ({@link
 * Keys#experimentSpec()}, {@link Keys#documentSpec(String)}) and the form's plan ({@link FormPlan})
 * so that a key or a part added there appears here by itself.
 *
 * <p>How an unfilled value is written: every key is present and empty ({@code titre:}), under a
 * comment with what it holds, its type, its allowed values and an example. An empty value means
 * "not given" and is never printed as a figure. A required key left empty is to fill in ({@link
 * fr.fejdoc.model.finding.Code#TO_FILL}, a warning at its line), not an error; a list holds one
 * empty item to copy, and an item left empty is ignored. Each part of the form is a {@code #}
 * heading (with its form number and its {@code {#id}}) followed by a hint in an HTML comment, which
 * no document prints; a part holding only its hint is reported empty (FEJ053).
 */
public final class ProjectTemplate {
  private ProjectTemplate() {}

  /** Width of the comment lines written. */
  private static final int WIDTH = 100;

  /** The kinds of document {@code nouveau} prepares, by their command-line name. */
  public static final Map<String, DocumentKind> DOCUMENTS =
      Map.of(
          "restitution-finale", DocumentKind.RESTITUTION_FINALE,
          "note-etape", DocumentKind.NOTE_ETAPE,
          "fiche-experience", DocumentKind.FICHE_EXPERIENCE);

  /**
   * The file name of a new document: {@code note-etape-AAAA-MM-JJ.md} for a note dated {@code asOf}
   * ({@code note-etape.md} while its date is unknown), {@code restitution-finale.md}, {@code
   * fiche-experience.md}.
   */
  public static String documentFile(DocumentKind kind, LocalDate asOf) {
    return switch (kind) {
      case NOTE_ETAPE -> asOf == null ? "note-etape.md" : "note-etape-" + asOf + ".md";
      case RESTITUTION_FINALE -> "restitution-finale.md";
      case FICHE_EXPERIENCE -> "fiche-experience.md";
    };
  }

  /**
   * A new experiment.yaml: the editor's schema line ({@code schema}, a path relative to the
   * project's folder), then every key of the registry, empty, each under its French hint. {@code
   * dossier} (null when unknown) is written as the dossier number.
   */
  public static String experiment(String schema, String dossier) {
    StringBuilder out = new StringBuilder();
    out.append("# yaml-language-server: $schema=").append(schema).append('\n');
    out.append("#\n");
    KeySpec root = Keys.experimentSpec();
    comment(
        out,
        0,
        "experiment.yaml : "
            + sentence(root.description())
            + " Fichier écrit par « fejdoc nouveau » : chaque clé que lit fejdoc est là, vide,"
            + " sous ce qu'elle contient (type, valeurs permises, exemple). Écrivez vos valeurs"
            + " après les deux-points ; une valeur laissée vide vaut « non renseigné » et n'est"
            + " jamais imprimée comme un chiffre. Une clé « obligatoire » laissée vide est"
            + " signalée « à compléter » par « fejdoc check ». Dans une liste, chaque élément"
            + " commence par « - » : copiez-le pour en ajouter un ; un élément laissé vide est"
            + " ignoré. Un bloc dont vous n'avez pas l'usage peut rester vide ou être retiré."
            + " Référence de chaque clé : docs/reference-cles.md du dépôt fejdoc.");
    keys(
        out,
        root.children(),
        0,
        false,
        "",
        dossier == null ? Map.of() : Map.of("dossier", dossier));
    return out.toString();
  }

  /**
   * A new document: its front matter (every key of the registry for this kind, empty, under its
   * hint; {@code document} set, and {@code au} for a note dated {@code asOf}), then every part of
   * the form, in order, as a heading followed by a hint in an HTML comment.
   */
  public static String document(DocumentKind kind, LocalDate asOf) {
    StringBuilder out = new StringBuilder("---\n");
    KeySpec spec = Keys.documentSpec(kind.key());
    String intro =
        switch (kind) {
          case NOTE_ETAPE -> "Note d'étape";
          case RESTITUTION_FINALE ->
              "Note de restitution finale (« Proposition de plan à titre indicatif sachant que la"
                  + " structure générale et l'ensemble des items devront être traités. » : chaque"
                  + " partie du plan est à traiter)";
          case FICHE_EXPERIENCE -> "Fiche d'expérience";
        };
    comment(
        out,
        0,
        intro
            + ", écrite par « fejdoc nouveau ». L'en-tête, entre les deux lignes ---, porte ce qui"
            + " est propre au document (ses clés sont là, vides, sous ce qu'elles contiennent) ;"
            + " les faits communs (titre, porteur, tableaux, budget) sont dans experiment.yaml."
            + " Sous l'en-tête, chaque titre « # » est une partie du formulaire du FEJ, dans son"
            + " ordre, avec son numéro (s'il en a un) et son identifiant {#...} : écrivez votre texte sous chaque"
            + " titre, à la place du commentaire qui le suit (un commentaire n'est jamais"
            + " imprimé). « fejdoc check » signale les parties encore vides. Vos propres"
            + " sous-titres s'écrivent « ## » ou « ### ». Référence : docs/reference-cles.md.");
    Map<String, String> values =
        asOf == null
            ? Map.of("document", kind.key())
            : Map.of("document", kind.key(), "au", asOf.toString());
    keys(out, spec.children(), 0, false, "", values);
    out.append("---\n");
    for (FormPlan.Item item : FormPlan.of(kind).items()) {
      String numbered = (item.number().isEmpty() ? "" : item.number() + " ") + item.title();
      out.append('\n').append("# ").append(numbered).append(" {#").append(item.id()).append("}\n");
      out.append('\n');
      String hint =
          item.container()
              ? "Titre de regroupement du formulaire (« "
                  + numbered
                  + " ») : rien à écrire ici, ses parties suivent."
              : item.required()
                  ? "À compléter : « "
                      + numbered
                      + " », partie du formulaire à traiter. Écrivez votre texte ici, à la place"
                      + " de ce commentaire."
                  : "« "
                      + numbered
                      + " » : partie facultative du formulaire. Écrivez votre texte ici, ou"
                      + " laissez-la vide si elle ne s'applique pas.";
      wrap(out, "<!-- ", "     ", hint.replace("--", "—") + " -->");
    }
    return out.toString();
  }

  // ---- YAML ----

  private static void keys(
      StringBuilder out,
      List<KeySpec> keys,
      int indent,
      boolean listItem,
      String prefix,
      Map<String, String> values) {
    for (int i = 0; i < keys.size(); i++) {
      KeySpec k = keys.get(i);
      String path = prefix + k.name();
      if (indent == 0) out.append('\n');
      comment(out, indent, hint(k));
      String lead = listItem && i == 0 ? " ".repeat(indent - 2) + "- " : " ".repeat(indent);
      out.append(lead).append(KeyReference.quoted(k.name())).append(':');
      String value = values.get(path);
      if (value != null) out.append(' ').append(value);
      out.append('\n');
      if (k.children().isEmpty()) continue;
      if (k.kind() == KeySpec.Kind.BLOCK_LIST) {
        keys(out, k.children(), indent + 4, true, path + "[].", values);
      } else {
        keys(out, k.children(), indent + 2, false, path + ".", values);
      }
    }
  }

  /** The hint of a key: what it holds, required or not, its type, allowed values and example. */
  static String hint(KeySpec k) {
    StringBuilder b = new StringBuilder(sentence(k.description()));
    if (k.required() && !k.description().contains("Obligatoire")) b.append(" Obligatoire.");
    switch (k.kind()) {
      case BLOCK -> {}
      case BLOCK_LIST ->
          b.append(
              " Liste de blocs : chaque élément commence par « - » ; copiez-le pour en ajouter un"
                  + " (laissé vide, il est ignoré).");
      case COUNT_ROW, PERIODS -> b.append(" Forme : ").append(k.kind().french()).append('.');
      default -> b.append(" Type : ").append(k.kind().french()).append('.');
    }
    if (!k.values().isEmpty() && k.kind() != KeySpec.Kind.FREE_COUNTS) {
      b.append(" Valeurs : ").append(String.join(", ", k.values())).append('.');
    }
    if (!k.example().isEmpty()) b.append(" Exemple : ").append(k.example());
    return b.toString();
  }

  /** A sentence: whitespace collapsed, ending with a full stop. */
  private static String sentence(String text) {
    String s = text.strip().replaceAll("\\s+", " ");
    if (s.isEmpty() || s.endsWith(".") || s.endsWith("?") || s.endsWith("!")) return s;
    return s + ".";
  }

  /** {@code text} as YAML comment lines of at most {@link #WIDTH} columns, at {@code indent}. */
  private static void comment(StringBuilder out, int indent, String text) {
    String lead = " ".repeat(indent) + "# ";
    wrap(out, lead, lead, text);
  }

  /**
   * {@code text} in lines of at most {@link #WIDTH} columns, after {@code first}, then {@code
   * next}.
   */
  private static void wrap(StringBuilder out, String first, String next, String text) {
    StringBuilder line = new StringBuilder(first);
    boolean empty = true; // no word on the line yet
    // French punctuation stays with its word: « texte », « Exemple : 17 »
    String glued =
        text.strip()
            .replaceAll("\\s+", " ")
            .replace("« ", "«\u00A0")
            .replace(" »", "\u00A0»")
            .replace(" :", "\u00A0:")
            .replace(" ;", "\u00A0;");
    for (String word : glued.split(" ")) {
      word = word.replace('\u00A0', ' ');
      if (!empty && line.length() + 1 + word.length() > WIDTH) {
        out.append(line).append('\n');
        line.setLength(0);
        line.append(next);
        empty = true;
      }
      if (!empty) line.append(' ');
      line.append(word);
      empty = false;
    }
    out.append(line).append('\n');
  }
}
