package fr.fejdoc.catalogue;

import fr.fejdoc.text.Json;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The catalogue's data downloads, hand-written: experiences.csv (RFC 4180, UTF-8, CRLF, '.'
 * decimals, ISO dates), experiences.json and datapackage.json (Frictionless Data Package with a
 * Table Schema describing every column). Same entries, same bytes.
 */
public final class CatalogueData {
  public static final String CSV = "experiences.csv";
  public static final String JSON = "experiences.json";
  public static final String DATAPACKAGE = "datapackage.json";

  /** The Table Schema of experiences.csv, as schema.data.gouv.fr publishes schemas. */
  public static final String SCHEMA = "experiences.schema.json";

  /** The schema's own version: changed when a column is added, removed or retyped. */
  static final String SCHEMA_VERSION = "1.0.0";

  /** When this version of the schema was written (a fixed date, never the clock). */
  static final String SCHEMA_DATE = "2026-12-05";

  /**
   * The licence of the published data: the Licence Ouverte 2.0 of the French administration (SPDX
   * {@code etalab-2.0}), as data.gouv.fr expects for public data.
   */
  static final String LICENCE =
      "[{\"name\": \"etalab-2.0\", \"title\": \"Licence Ouverte / Open Licence version 2.0\","
          + " \"path\": \"https://www.etalab.gouv.fr/licence-ouverte-open-licence/\"}]";

  /** An example value of each column, for the schema (as schema.data.gouv.fr asks). */
  private static final java.util.Map<String, String> EXAMPLES =
      java.util.Map.ofEntries(
          java.util.Map.entry("projet", "AP1_027"),
          java.util.Map.entry("dossier", "AP1_027"),
          java.util.Map.entry("titre", "Entreprendre à moins de 26 ans"),
          java.util.Map.entry("thematique", "Création d'activité par les jeunes"),
          java.util.Map.entry("programme", "Appel à projets n° 1"),
          java.util.Map.entry("regions", "Lorraine"),
          java.util.Map.entry("porteur", "Mission locale du Pays messin"),
          java.util.Map.entry("porteur_type", "association"),
          java.util.Map.entry("evaluateur", "Cabinet d'évaluation"),
          java.util.Map.entry("evaluateur_type", "structure privée"),
          java.util.Map.entry("demarrage", "2009-08-02"),
          java.util.Map.entry("fin", "2011-07-31"),
          java.util.Map.entry("duree_initiale_mois", "24"),
          java.util.Map.entry("duree_effective_mois", "24"),
          java.util.Map.entry("beneficiaires_prevus", "120"),
          java.util.Map.entry("beneficiaires_prevus_texte", "120"),
          java.util.Map.entry("beneficiaires_entres", "104"),
          java.util.Map.entry("taux_realisation_pct", "87"),
          java.util.Map.entry("financement_total", "218500.5"),
          java.util.Map.entry("montant_fej", "107710"),
          java.util.Map.entry("part_fej_pct", "49"),
          java.util.Map.entry("charges_realisees", "215000"),
          java.util.Map.entry(
              "documents", "restitution-finale:html,pdf,docx ; annexes:html,pdf,docx,xlsx"),
          java.util.Map.entry("documents_non_publies", "note-etape-2010-12-31"),
          java.util.Map.entry("erreurs", "0"),
          java.util.Map.entry("avertissements", "1"),
          java.util.Map.entry("etat", "ok"));

  /**
   * experiences.schema.json: the Table Schema of experiences.csv with the metadata
   * schema.data.gouv.fr asks of the schemas it publishes (name, title, description, country,
   * version, dates, contributors, licence, an example and a description of each field). The
   * addresses (home page, the schema's own, an example file) are given only when the site's address
   * is known ({@code --base-url}).
   */
  static byte[] tableSchema(String base) {
    StringBuilder out = new StringBuilder("{\n");
    out.append("  \"$schema\": \"https://frictionlessdata.io/schemas/table-schema.json\",\n");
    out.append("  \"name\": \"fejdoc-experiences\",\n");
    out.append("  \"title\": ")
        .append(Json.string("Expérimentations du Fonds d'Expérimentation pour la Jeunesse"))
        .append(",\n");
    out.append("  \"description\": ").append(Json.string(DESCRIPTION)).append(",\n");
    out.append("  \"keywords\": [\"FEJ\", \"expérimentation\", \"jeunesse\", \"catalogue\"],\n");
    out.append("  \"countryCode\": \"FR\",\n");
    if (base != null) {
      out.append("  \"homepage\": ").append(Json.string(base)).append(",\n");
      out.append("  \"path\": ").append(Json.string(base + SCHEMA)).append(",\n");
      out.append("  \"resources\": [{\"title\": \"Catalogue publié\", \"path\": ")
          .append(Json.string(base + CSV))
          .append("}],\n");
    }
    out.append("  \"created\": \"" + SCHEMA_DATE + "\",\n");
    out.append("  \"lastModified\": \"" + SCHEMA_DATE + "\",\n");
    out.append("  \"version\": \"" + SCHEMA_VERSION + "\",\n");
    out.append("  \"contributors\": [{\"title\": \"fejdoc\", \"role\": \"author\"}],\n");
    out.append("  \"licenses\": ").append(LICENCE).append(",\n");
    out.append("  \"fields\": [");
    for (int i = 0; i < Column.ALL.size(); i++) {
      Column c = Column.ALL.get(i);
      out.append(i == 0 ? "\n" : ",\n").append("    {");
      out.append("\"name\": ").append(Json.string(c.name()));
      out.append(", \"title\": ").append(Json.string(c.title()));
      out.append(", \"description\": ").append(Json.string(c.description()));
      String example = EXAMPLES.get(c.name());
      if (example != null) out.append(", \"example\": ").append(Json.string(example));
      out.append(", \"type\": ").append(Json.string(c.type()));
      if (c.type().equals("number")) out.append(", \"decimalChar\": \".\"");
      if (c.name().equals("projet"))
        out.append(", \"constraints\": {\"required\": true, \"unique\": true}");
      else if (c.name().equals("demarrage") || c.name().equals("fin"))
        out.append(", \"constraints\": {\"pattern\": \"[0-9]{4}-[0-9]{2}(-[0-9]{2})?\"}");
      else if (c.name().equals("erreurs") || c.name().equals("avertissements"))
        out.append(", \"constraints\": {\"required\": true, \"minimum\": 0}");
      out.append('}');
    }
    out.append("\n  ],\n");
    out.append("  \"missingValues\": [\"\"],\n");
    out.append("  \"primaryKey\": \"projet\"\n}\n");
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static final String DESCRIPTION =
      "Une ligne par expérimentation. Nombres avec un point décimal, sans séparateur"
          + " de milliers ; dates ISO 8601 ; valeur vide (CSV) ou null (JSON) : inconnue,"
          + " ou non publiée parce que le projet ne passe pas ses vérifications. Dans le"
          + " CSV, un texte qui commence par =, +, -, @, une tabulation ou un retour"
          + " chariot est précédé d'une apostrophe (') pour qu'un tableur ne le prenne"
          + " pas pour une formule ; le JSON donne le texte tel qu'écrit.";

  private CatalogueData() {}

  /** experiences.csv: a header of stable column names, then one row per experiment. */
  public static byte[] csv(List<CatalogueEntry> entries) {
    return inMemory(entries, CatalogueData::csv);
  }

  /** The same, written to {@code out} row by row. */
  static void csv(List<CatalogueEntry> entries, java.io.Writer out) throws java.io.IOException {
    StringBuilder line = new StringBuilder();
    row(line, Column.ALL.stream().map(Column::name).toList());
    for (CatalogueEntry e : entries) {
      out.append(line);
      line.setLength(0);
      row(line, Column.ALL.stream().map(c -> cell(c, c.value().apply(e))).toList());
    }
    out.append(line);
  }

  private static void row(StringBuilder out, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) out.append(',');
      out.append(csvCell(cells.get(i)));
    }
    out.append("\r\n");
  }

  /**
   * The CSV text of a value. A number (the integer and number columns) is written as it is, a
   * negative one included: fejdoc computes it, so it cannot be a formula. A text that a spreadsheet
   * would take for a formula (its first character, after any blank, is {@code =}, {@code +}, {@code
   * -}, {@code @}, or their full-width forms, or it begins with a tab or a carriage return) is
   * prefixed with an apostrophe, as OWASP recommends against CSV injection: « =HYPERLINK(…) »
   * becomes « '=HYPERLINK(…) », shown as text. datapackage.json says so.
   */
  static String cell(Column c, Object v) {
    String s = Column.machine(v);
    return c.type().equals("string") ? formulaSafe(s) : s;
  }

  /** {@code s}, prefixed with an apostrophe when a spreadsheet could read it as a formula. */
  static String formulaSafe(String s) {
    if (s.isEmpty()) return s;
    char first = s.charAt(0);
    if (first == '\t' || first == '\r') return "'" + s;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c <= ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c)) continue;
      return "=+-@\uFF1D\uFF0B\uFF0D\uFF20".indexOf(c) >= 0 ? "'" + s : s;
    }
    return s;
  }

  /** RFC 4180: quoted when it holds a comma, a quote, CR or LF; quotes doubled. */
  static String csvCell(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0)
      return s;
    return '"' + s.replace("\"", "\"\"") + '"';
  }

  /**
   * experiences.json: {@code {"version": 1, "experiences": [...]}}, each experiment with the CSV's
   * keys (numbers as JSON numbers, absent values as null) plus its documents in detail.
   */
  public static byte[] json(List<CatalogueEntry> entries) {
    return inMemory(entries, CatalogueData::json);
  }

  /** A file written row by row ({@link #csv(List, java.io.Writer)}, {@link #json}). */
  private interface Rows {
    void write(List<CatalogueEntry> entries, java.io.Writer out) throws java.io.IOException;
  }

  /** What {@code rows} writes, as UTF-8 bytes in memory. */
  private static byte[] inMemory(List<CatalogueEntry> entries, Rows rows) {
    java.io.StringWriter out = new java.io.StringWriter();
    try {
      rows.write(entries, out);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e); // memory: not reached
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The same, written to {@code out} one experiment at a time. */
  static void json(List<CatalogueEntry> entries, java.io.Writer w) throws java.io.IOException {
    StringBuilder out = new StringBuilder("{\n  \"version\": 1,\n  \"experiences\": [");
    for (int i = 0; i < entries.size(); i++) {
      w.append(out);
      out.setLength(0);
      CatalogueEntry e = entries.get(i);
      out.append(i == 0 ? "\n" : ",\n").append("    {");
      for (Column c : Column.ALL) {
        out.append("\n      ").append(Json.string(c.name())).append(": ");
        out.append(value(c, c.value().apply(e))).append(',');
      }
      out.append("\n      \"liste_documents\": [");
      for (int j = 0; j < e.documents().size(); j++) {
        CatalogueDocument d = e.documents().get(j);
        out.append(j == 0 ? "\n" : ",\n").append("        {");
        out.append("\"nom\": ").append(Json.string(d.name()));
        out.append(", \"libelle\": ").append(Json.string(d.label()));
        out.append(", \"publie\": ").append(d.published());
        out.append(", \"formats\": [");
        for (int k = 0; k < d.formats().size(); k++) {
          if (k > 0) out.append(", ");
          out.append(Json.string(d.formats().get(k)));
        }
        out.append("]}");
      }
      out.append(e.documents().isEmpty() ? "]" : "\n      ]");
      out.append("\n    }");
    }
    out.append(entries.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
    w.append(out);
  }

  private static String value(Column c, Object v) {
    if (v == null) return "null";
    if (v instanceof BigDecimal d) return Column.plain(d);
    if (v instanceof Number n) return n.toString();
    return Json.string(v.toString());
  }

  /** datapackage.json: the Frictionless Data Package describing both downloads. */
  public static byte[] datapackage() {
    return datapackage(null);
  }

  /** The same, naming {@code base} (the published site, or null) as its home page. */
  static byte[] datapackage(String base) {
    StringBuilder out = new StringBuilder("{\n");
    out.append("  \"name\": \"fejdoc-catalogue\",\n");
    if (base != null) out.append("  \"homepage\": ").append(Json.string(base)).append(",\n");
    out.append("  \"title\": ")
        .append(Json.string("Catalogue des expérimentations du FEJ"))
        .append(",\n");
    out.append("  \"description\": ").append(Json.string(DESCRIPTION)).append(",\n");
    out.append("  \"licenses\": ").append(LICENCE).append(",\n");
    out.append("  \"profile\": \"data-package\",\n");
    out.append("  \"resources\": [\n    {\n");
    out.append("      \"name\": \"experiences\",\n");
    out.append("      \"path\": \"" + CSV + "\",\n");
    out.append("      \"profile\": \"tabular-data-resource\",\n");
    out.append("      \"format\": \"csv\",\n");
    out.append("      \"mediatype\": \"text/csv\",\n");
    out.append("      \"encoding\": \"utf-8\",\n");
    out.append("      \"dialect\": {\"delimiter\": \",\", \"lineTerminator\": \"\\r\\n\",")
        .append(" \"quoteChar\": \"\\\"\", \"doubleQuote\": true, \"header\": true},\n");
    // the Table Schema is its own file (as schema.data.gouv.fr publishes it), referred to here
    out.append("      \"schema\": \"" + SCHEMA + "\"\n    },\n    {\n");
    out.append("      \"name\": \"experiences-json\",\n");
    out.append("      \"path\": \"" + JSON + "\",\n");
    out.append("      \"format\": \"json\",\n");
    out.append("      \"mediatype\": \"application/json\",\n");
    out.append("      \"encoding\": \"utf-8\",\n");
    out.append("      \"description\": ")
        .append(
            Json.string(
                "Les mêmes colonnes sous les mêmes noms (null pour une valeur absente), plus"
                    + " liste_documents : nom, libelle, publie, formats."))
        .append("\n    }\n  ]\n}\n");
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }
}
