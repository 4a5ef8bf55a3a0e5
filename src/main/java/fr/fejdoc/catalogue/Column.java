package fr.fejdoc.catalogue;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * A column of experiences.csv: its stable name, its Table Schema type, French title and
 * description, and how to read it from an entry. The same list drives the CSV header, the JSON keys
 * and datapackage.json, so they cannot drift apart.
 */
record Column(
    String name,
    String type,
    String title,
    String description,
    Function<CatalogueEntry, Object> value) {

  static final List<Column> ALL =
      List.of(
          new Column("projet", "string", "Projet", "Nom du dossier du projet.", e -> e.project()),
          new Column(
              "dossier", "string", "Dossier", "Numéro de dossier (AP1_027).", e -> e.dossier()),
          new Column("titre", "string", "Titre", "Titre de l'expérimentation.", e -> e.title()),
          new Column("thematique", "string", "Thématique", "Thématique.", e -> e.theme()),
          new Column("programme", "string", "Programme", "Programme.", e -> e.programme()),
          new Column(
              "regions",
              "string",
              "Région(s)",
              "Régions, séparées par « ; ».",
              e -> e.regions().isEmpty() ? null : String.join(" ; ", e.regions())),
          new Column("porteur", "string", "Porteur", "Porteur de projet.", e -> e.holder()),
          new Column(
              "porteur_type",
              "string",
              "Type de porteur",
              "Type de structure.",
              e -> e.holderType()),
          new Column("evaluateur", "string", "Évaluateur", "Évaluateur.", e -> e.evaluator()),
          new Column(
              "evaluateur_type",
              "string",
              "Type d'évaluateur",
              "Type de structure.",
              e -> e.evaluatorType()),
          new Column(
              "demarrage",
              "string",
              "Démarrage",
              "Date de démarrage, ISO 8601 : AAAA-MM-JJ, ou AAAA-MM si seul le mois est connu.",
              e -> e.start()),
          new Column(
              "fin",
              "string",
              "Fin",
              "Date de fin, ISO 8601 : AAAA-MM-JJ, ou AAAA-MM si seul le mois est connu.",
              e -> e.end()),
          new Column(
              "duree_initiale_mois",
              "integer",
              "Durée initiale (mois)",
              "Durée initiale prévue, en mois.",
              e -> e.initialMonths()),
          new Column(
              "duree_effective_mois",
              "integer",
              "Durée effective (mois)",
              "Durée effective, en mois.",
              e -> e.effectiveMonths()),
          new Column(
              "beneficiaires_prevus",
              "integer",
              "Bénéficiaires prévus",
              "Nombre prévu de bénéficiaires (jeunes et adultes ; le minimum pour une"
                  + " fourchette). Vide si le projet est en erreur.",
              e -> e.figures().planned()),
          new Column(
              "beneficiaires_prevus_texte",
              "string",
              "Bénéficiaires prévus (tel qu'écrit)",
              "Nombre prévu tel qu'écrit dans le Tableau 1 (« 17 à 20 »).",
              e -> e.figures().plannedText()),
          new Column(
              "beneficiaires_entres",
              "integer",
              "Bénéficiaires entrés",
              "Nombre total de bénéficiaires entrés (Tableau 1). Vide si le projet est en erreur.",
              e -> e.figures().reached()),
          new Column(
              "taux_realisation_pct",
              "integer",
              "Taux de réalisation (%)",
              "Bénéficiaires entrés en pourcentage des prévus, arrondi à l'unité.",
              e -> e.figures().rate()),
          new Column(
              "financement_total",
              "number",
              "Financement total (€)",
              "Somme des montants des financeurs, en euros, point décimal.",
              e -> e.figures().financingTotal()),
          new Column(
              "montant_fej",
              "number",
              "Montant FEJ (€)",
              "Montant apporté par le FEJ, en euros, point décimal.",
              e -> e.figures().fejAmount()),
          new Column(
              "part_fej_pct",
              "integer",
              "Part FEJ (%)",
              "Part du FEJ dans le financement, en pourcentage entier (plus forts restes, comme"
                  + " dans les documents).",
              e -> e.figures().fejShare()),
          new Column(
              "charges_realisees",
              "number",
              "Charges réalisées (€)",
              "Total des charges réalisées du bilan, en euros, point décimal.",
              e -> e.figures().chargesActual()),
          new Column(
              "documents",
              "string",
              "Documents publiés",
              "Documents publiés et construits, « nom:formats » séparés par « ; »"
                  + " (restitution-finale:html,pdf).",
              Column::documents),
          new Column(
              "documents_non_publies",
              "string",
              "Documents non publiés",
              "Documents dont l'attestation dit publication: false, séparés par « ; ».",
              e ->
                  join(
                      e.documents().stream()
                          .filter(d -> !d.published())
                          .map(CatalogueDocument::name)
                          .toList())),
          new Column(
              "erreurs",
              "integer",
              "Erreurs",
              "Nombre d'erreurs de vérification.",
              e -> e.errors()),
          new Column(
              "avertissements",
              "integer",
              "Avertissements",
              "Nombre d'avertissements de vérification.",
              e -> e.warnings()),
          new Column(
              "etat",
              "string",
              "État",
              "État de la vérification : ok, avertissements ou erreurs.",
              CatalogueEntry::state));

  private static Object documents(CatalogueEntry e) {
    return join(
        e.documents().stream()
            .filter(d -> d.published() && !d.formats().isEmpty())
            .map(d -> d.name() + ":" + String.join(",", d.formats()))
            .toList());
  }

  private static String join(List<String> parts) {
    return parts.isEmpty() ? null : String.join(" ; ", parts);
  }

  /** The machine text of a value: '.' decimals without exponent, empty for null. */
  static String machine(Object v) {
    if (v == null) return "";
    if (v instanceof BigDecimal d) return plain(d);
    return v.toString();
  }

  static String plain(BigDecimal d) {
    BigDecimal s = d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
    if (s.scale() < 0) s = s.setScale(0);
    return s.toPlainString();
  }
}
